-- Bさん：7年のひきこもりから、就労準備支援・就労体験を経て一般就労へ（全国パック、J1）
-- B-san: from seven years of withdrawal, through work-readiness support and work trials, to a
-- job (national pack, journey J1).
--
-- 学習目標 / learning goal: see `goal` below. Copy this file to make your own scenario
-- (scripts/README.md explains each part).

-- Bさんの出席のよさ（0〜1）。選択によって変わる / how well B-san attends (0–1); the choices move it
local attendance = 0.90
local path = "trials"  -- "trials": work trials first; "job_now": straight to job search
local referred, hired = false, false

return {
  id = "b-san",
  title = { ja = "Bさん：ひきこもりから一般就労へ", en = "B-san: from withdrawal to a job" },
  goal = {
    ja = "就労準備支援のなかで、体験の出席と振り返りが段階の移動にどう効くかを見る。3か月目の選択で、体験を続けるか、すぐ求職に移るかの違いを確かめる。",
    en = "See how attendance in work trials and monthly reviews move a person up the ladder in work-readiness support, and compare continuing trials with moving straight to job search at month 3.",
  },
  region = "national",
  regions = { "national", "chiba", "osaka" },
  start = "2015-05-11",
  months = 10,
  person = { pseudonym = "Bさん", birth_date = "1988-03-14", gender = "male", disability_cert = "none" },
  household = {
    size = 2, kind = "multi_gen", housing = "rented", rent_yen = 52000, prefecture = "12", municipality = "121002",
    members = { { relation = "mother", birth_date = "1962-08-02" } },
  },
  intake = { channel = "visit", source = "hellowork", concerns = { "job_search", "hikikomori_futoko" }, stage = "social" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "母親とハローワークに来所。7年間ひきこもっていた。", en = "Came to Hello Work with his mother after seven years at home." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("contact", { date = m.day(25), kind = "interview", minutes = 60 })
    elseif m.month == 2 then
      m.event("assessment", { date = m.day(3), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 4, environment = 3 }, daily_rhythm = 3 })
      m.event("household_finance", { date = m.day(3), income_yen = 180000, financial_assets_yen = 300000 })
      m.event("plan", { date = m.day(10), start_on = m.day(15), end_on = "2016-02-15",
        goals = { { text = "職業興味検査を受ける", domain = "work" }, { text = "自己理解セッションに参加する", domain = "social" },
                  { text = "短期就労体験に通う", domain = "work" } } })
      m.event("plan_approved", { date = m.day(15) })
      m.event("program_enrolled", { date = m.day(15), program = "jyunbi", planned_end_on = "2016-06-14", route = "income_asset" })
      m.event("review", { date = m.day(29), goals_total = 2, goals_achieved = 2 })
      m.quiz({ ja = "月末の振り返りで、短期目標を2つとも達成した。ルールはどう判定するでしょう？",
               en = "At the month-end review he met both short-term goals. What will the rules decide?" },
             { ja = "SU-02：直近の振り返りで短期目標の80%以上を達成し、今の段階に1か月以上いれば、1段上がる（社会自立 → 就労自立）。",
               en = "SU-02: 80% or more of the short-term goals met at the last review, after a month or more in the stage, is one step up (social to employment)." })
    elseif m.month == 3 then
      m.event("placement_started", { date = m.day(6), placement_id = "p1", employer = "介護老人保健施設", kind = "taiken", hours_per_week = 9 })
      m.attendance { placement_id = "p1", hours = 36, level = attendance, wobble = 0.04 }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
      path = m.choose("after_first_trial",
        { ja = "最初の体験を終えて、次はどうしますか", en = "The first trial is done: what next?" },
        { a = { ja = "別の体験を続ける（介護 → 地域 → 物流）", en = "more trials (care, community space, logistics)" },
          b = { ja = "すぐにハローワークで求職を始める", en = "start job search at Hello Work now" } },
        { answer = "a",
          why = { ja = "J1 のBさんは体験を重ねて出勤が安定し、7か月目に就職した。出勤率が7割のまま求職に移ると、定着までの見通しが立ちにくい。",
                  en = "In J1, B-san built steady attendance over more trials and was hired in month 7; moving to job search at 70% attendance leaves little to go on." } }) == "a" and "trials" or "job_now"
      m.event("placement_ended", { date = m.last_day, placement_id = "p1", reason = "completed" })
      if path == "job_now" then attendance = 0.70 end
    elseif m.month <= 5 and path == "trials" then
      local id = "p" .. (m.month - 2)
      m.event("placement_started", { date = m.first_day, placement_id = id, employer = m.month == 4 and "コミュニティスペース" or "生協物流センター",
        kind = "taiken", hours_per_week = 12 })
      m.attendance { placement_id = id, hours = 48, level = attendance, wobble = 0.04 }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = m.month == 5 and 3 or 2 })
      m.event("placement_ended", { date = m.last_day, placement_id = id, reason = "completed" })
      attendance = math.min(0.98, attendance + 0.03)
    elseif not referred and (m.month == 6 or path == "job_now") then
      referred = true
      m.say { ja = "サポステとハローワークへ同行してつなぐ。", en = "Warm hand-offs to Saposute and Hello Work." }
      m.event("referral_made", { date = m.day(5), referral_id = "r1", target = "saposute", warm_handoff = true })
      m.event("referral_made", { date = m.day(7), referral_id = "r2", target = "hellowork", warm_handoff = true })
      m.event("referral_answered", { date = m.day(9), referral_id = "r1", outcome = "accepted" })
      m.event("referral_answered", { date = m.day(9), referral_id = "r2", outcome = "accepted" })
      m.event("contact", { date = m.day(20), kind = "accompany", minutes = 120 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
    elseif not hired and (path == "trials" and m.month == 7 or path == "job_now" and m.chance(attendance * 0.6)) then
      hired = true
      m.say { ja = "生協物流センターでパートとして働き始める。", en = "Starts part-time at the co-op logistics centre." }
      m.event("placement_started", { date = m.day(2), placement_id = "p4", employer = "生協物流センター", kind = "part_time",
        contract = "employment", hours_per_week = 20, wage_per_hour_yen = 830 })
      m.event("program_ended", { date = m.day(2), program = "jyunbi", reason = "employed" })
      m.attendance { placement_id = "p4", hours = 80, level = attendance, wobble = 0.03 }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
    elseif hired then
      m.event("contact", { date = m.day(2), kind = "home_visit", minutes = 45 })
      m.attendance { placement_id = "p4", hours = 80, level = attendance, wobble = 0.03 }
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
    else
      m.say { ja = "求職を続ける。", en = "Job search goes on." }
      m.event("job_search", { date = m.last_day, period_start = m.first_day, hw_consultations = 2, applications = m.chance(0.5) and 2 or 1 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
    end
  end,
}
