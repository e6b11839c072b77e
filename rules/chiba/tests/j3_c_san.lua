-- J3 – Cさん in Chiba (domain research §6 J3, as a Chiba journey): the universal-work ladder
-- with a relapse. Chiba's flow (UWN Chiba report): 利用勧奨 → インテーク・アセスメント → 通所型支援プログラム
-- (生活リズム・SST・パソコン) → マッチング・見学 (特養) → 体験・就業の開始 as an unpaid commuter
-- (個別支援計画②: 3か月の短期目標) → 有償コミューター (500円程度) → 最賃保障職員 (千葉県最低賃金)
-- → relapse: back to 有償コミューター (最賃保障職員から有償コミューターへ移るなど) → 最賃保障職員
-- again → 人事考課 → 一般賃金職員 (still supported: intermediate in Chiba) → 支援が必要なくなった
-- 時点で一般就労 → 終結.
-- Stress at level 2 from intake: long-term risk (JS-10) until the re-assessment of May 2016, and
-- again from the relapse until September. Her household (2 persons, 162,000 yen a month, 60,000
-- saved) stays below Chiba City's own line (基準額 130,000 + rent 48,000), so the welfare office is
-- proposed each month (RF-FUKUSHI) — no referral is recorded in the case. Steps: 7 up, 1 down. Each move between a commuter
-- rung and a staff rung follows the contract events (コミューター確認書 ↔ 雇用契約書).
return {
  {
    name = "J3 Cさん: universal-work ladder with a relapse (Chiba)",
    case = "../../../examples/cases/chiba-c-san.json",
    months = { from = "2015-07", to = "2017-05" },
    expect = {
      -- Intake on a referral from the child-allowance window.
      ["2015-07"] = { position = "life", step = "stay", status = "assessment", referrals = { "fukushi_jimusho" }, alerts = { "long_term_risk" },
                      eligibility = { universal_work = true, jyunbi = true, kakei = true } },
      -- 通所型支援プログラム: daily rhythm and attendance goals met.
      ["2015-08"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true, alerts = { "long_term_risk" } },
      ["2015-09"] = { position = "social", step = "stay", referrals = { "fukushi_jimusho", "saposute" }, alerts = { "long_term_risk" } },
      -- After the 見学 she started as an unpaid commuter at the care home: universal work
      -- combines readiness, training and work at one host, so the entry may pass 就労自立.
      ["2015-10"] = { position = "social", step = "up", to = "intermediate/commuter_unpaid", rules = { "UW-01" }, accepted = true,
                      referrals = { "fukushi_jimusho", "saposute" }, alerts = { "long_term_risk" } },
      -- Universal work at long-term risk, no life-support agency on the team yet: the regional
      -- life-support centre (referred on 2015-12-07).
      ["2015-11"] = { position = "intermediate/commuter_unpaid", step = "stay", referrals = { "chukaku_center", "fukushi_jimusho" }, fired = { "CHB-03" },
                      alerts = { "long_term_risk" } },
      ["2015-12"] = { position = "intermediate/commuter_unpaid", step = "stay", referrals = { "fukushi_jimusho" }, alerts = { "long_term_risk" } },
      -- Three months on the same rung: review the individual support plan's short-term goals.
      ["2016-01"] = { position = "intermediate/commuter_unpaid", step = "stay", alerts = { "long_term_risk", "uw_goal_review_due" } },
      -- The 3-month goals all met, but the unpaid placement ended that day and the paid one
      -- starts on 03-01: the move waits for the commuter confirmation (SU-02 holds).
      ["2016-02"] = { position = "intermediate/commuter_unpaid", step = "stay", rules = { "SU-02" },
                      alerts = { "long_term_risk", "uw_goal_review_due" } },
      -- The paid commuter placement has begun: paid commuter.
      ["2016-03"] = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/commuter_paid", rules = { "UW-05" },
                      accepted = true, referrals = { "fukushi_jimusho" }, alerts = { "long_term_risk", "uw_goal_review_due" } },
      -- 94% attendance, but 2 of 3 goals: a commuter's yardstick is the plan's goals, so no step.
      ["2016-04"] = { position = "intermediate/commuter_paid", step = "stay", alerts = { "long_term_risk" } },
      -- The employment contract at the Chiba minimum wage (雇用契約書): minimum-wage staff.
      -- Re-assessed in May: stress 3, no more long-term risk.
      ["2016-05"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" },
                      accepted = true, referrals = { "fukushi_jimusho" }, alerts = {} },
      ["2016-06"] = { position = "intermediate/minwage_staff", step = "stay", alerts = {} },
      -- Relapse: attendance 50% for three weeks, mental and stress axes back at level 2. The step
      -- down to paid commuter is proposed but waits for the contract change (SD-01 holds, with
      -- SD-02); the plan ends on 2016-08-09.
      ["2016-07"] = { position = "intermediate/minwage_staff", step = "stay", rules = { "SD-01", "SD-02" },
                      alerts = { "evaluation_due", "long_term_risk" } },
      -- The contract became a commuter confirmation on 08-01: the position follows it down.
      ["2016-08"] = { position = "intermediate/minwage_staff", step = "down", to = "intermediate/commuter_paid", rules = { "SD-04" },
                      overruled = { "SD-02" }, accepted = true, alerts = { "long_term_risk" } },
      -- Recovered (FDP back to 3); still a paid commuter.
      ["2016-09"] = { position = "intermediate/commuter_paid", step = "stay", alerts = {} },
      -- A new employment contract at the Chiba minimum wage (842 yen from 2016-10-01).
      ["2016-10"] = { position = "intermediate/commuter_paid", step = "up", to = "intermediate/minwage_staff", rules = { "SU-05" },
                      accepted = true, alerts = {} },
      ["2016-12"] = { position = "intermediate/minwage_staff", step = "stay", referrals = { "fukushi_jimusho" }, alerts = {} },
      -- Three months on a contract and no appraisal yet.
      ["2017-01"] = { position = "intermediate/minwage_staff", step = "stay", alerts = { "appraisal_due" } },
      -- 人事考課 average 4.25: regular-wage staff, still with workplace support in Chiba (no Hello
      -- Work: the job is at the host).
      ["2017-02"] = { position = "intermediate/minwage_staff", step = "up", to = "intermediate/regular_staff", rules = { "SU-06" },
                      accepted = true, referrals = { "fukushi_jimusho" }, alerts = {} },
      ["2017-03"] = { position = "intermediate/regular_staff", step = "stay", eligibility = { universal_work = true }, referrals = { "fukushi_jimusho" }, alerts = {} },
      -- All goals met: support is no longer needed, so general work (24 h/week: part time).
      ["2017-04"] = { position = "intermediate/regular_staff", step = "up", to = "general/part_time", rules = { "UW-07" }, accepted = true,
                      referrals = { "fukushi_jimusho" }, alerts = {} },
      ["2017-05"] = { position = "general/part_time", status = "closed", referrals = {}, alerts = {} },
    },
  },
}
