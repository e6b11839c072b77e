-- E世帯：82歳の母と、20年ひきこもる53歳の息子（全国パック、J5）
-- Household E: a mother of 82 and her son, 53, withdrawn for twenty years (national pack, journey J5).
--
-- 学習目標 / learning goal: see `goal` below. The case starts without the son's consent: the
-- national pack then proposes only what may be shared in the support meeting (法9条) — the
-- community care centre, outreach (JS-02, RF-HOUKATSU, RF-OUTREACH). Readiness support is tested on
-- the household, not the person (JR-01/JR-03): the mother's savings put it out of reach, and the
-- pack routes the need to take part to the council of social welfare's places (RF-SANKA). The
-- choice in month 7 is what the worker does once readiness support is ruled out.

local PENSION = 80000            -- 母の年金（円／月）
local AT_HAND = 300000           -- 受付で聞けた手元のお金（円）
local SAVINGS = 4000000          -- 世帯の貯金（円）：2人世帯の資産の線（基準額×6＝69万円）を大きく超える
local VISIT_GAP = 14             -- 訪問の間隔（日）
local TRIAL_HOURS = 2            -- 農作業体験：週1回×2時間
local VOLUNTEER_HOURS = 6        -- 有償ボランティア：週2日×3時間
local STIPEND = 500              -- 1回あたりの謝礼（円）
local LEVEL = 0.9                -- 通い方
local WOBBLE = 0.05              -- month-to-month spread of attendance (seeded)
local WEEKS = 4
local FARM = "地域の農家（社協の紹介）"
local MOTHER = "national-j5-mother"  -- 母のケース（地域包括からの相談で同じ日に受け付けた）

local way = "outside"            -- month 7: "outside" (community resources) or "close" (close his case)
local job = nil
local reopened_month = nil

local function visit(m, day, ok, minutes)
  m.event("contact", { date = m.day(day), kind = ok and "home_visit" or "outreach_attempt", successful = ok, minutes = ok and minutes or nil })
end

-- 合同ケース会議：同じ世帯の二つのケースを地域包括と一緒に検討し、両方のケースに記録する（HH-03）
local function joint_conference(m, day, id, note)
  local meeting = { date = m.day(day), meeting_id = id, kind = "joint_case", decisions = { { decision = "info_shared" } }, note = note }
  m.event("meeting", meeting)
  m.event("meeting", meeting, MOTHER)
end

local function start(m, day, id, kind, hours, fields)
  local e = { date = m.day(day), placement_id = id, employer = FARM, kind = kind, hours_per_week = hours, contract = "none" }
  for k, v in pairs(fields or {}) do e[k] = v end
  m.event("placement_started", e)
  job = { id = id, hours = hours }
end

return {
  id = "national-j5-8050",
  title = { ja = "E世帯：8050の家で、同意のないところから", en = "Household E: an 8050 home, starting without consent" },
  goal = {
    ja = "本人の同意がない間は、支援会議（法9条）のメンバーとの情報共有だけが示される（JS-02）。地域包括からのつなぎで始まる8050世帯で、訪問（RF-OUTREACH）で本人に会い、同意を得るまでを追う。就労準備支援は世帯単位で判定され（JR-01・JR-03）、母の貯金のために対象外になる。そのとき、社協の居場所や地域の農家など制度の外の資源で進めるか、本人の支援を終結して母の介護支援に一本化するかで、段の移動と、終結・再開（新しい受付期間）がどう変わるかを見る。就労に至らなくても、意欲・関係・参加の改善を評価して再プランする意味を考える。",
    en = "Without the person's consent the national pack proposes only sharing with members of the support meeting (Act art. 9; JS-02). Follow an 8050 household referred by the community care centre, through home visits (RF-OUTREACH), to meeting the son and his consent. Readiness support is tested on the household (JR-01, JR-03), and the mother's savings rule it out. Then compare going on with resources outside the programmes (the council's drop-in, a local farm) with closing the son's case and keeping only the mother's care support: see the moves on the ladder, and a closure followed by a reopening (a new episode). Think about evaluating gains in motivation, relationships and participation and re-planning, even without a job.",
  },
  region = "national",
  regions = { "national", "zama", "saga" },
  start = "2024-04-08",
  months = 13,
  person = { pseudonym = "Eさん", birth_date = "1971-02-14", gender = "male", disability_cert = "none" },
  household = {
    size = 2, kind = "8050", housing = "owned", prefecture = "12", municipality = "122378",
    members = { { relation = "mother", birth_date = "1942-01-20" } },
  },
  intake = { channel = "referral", source = "houkatsu", concerns = { "care", "hikikomori_futoko" }, stage = "life" },
  -- 母にも自分のケースがあり、二人は1つの世帯の記録（hashigo.household/1、docs/households.md）でつながる。
  -- 息子の判定は、母のケースに記録された家計と、母の年齢・状況を世帯として読む（HH-01〜HH-03）。
  -- His mother has a case of her own, and a household record links the two: his evaluations read
  -- the finances recorded on her case and her age and situation as the household's.
  cases = {
    { id = MOTHER, start = "2024-04-08",
      person = { pseudonym = "Eさんの母", birth_date = "1942-01-20", gender = "female", disability_cert = "none" },
      household = { size = 2, kind = "8050", housing = "owned", prefecture = "12", municipality = "122378" },
      intake = { channel = "referral", source = "houkatsu", concerns = { "care" }, stage = "life" } },
  },
  households = {
    { id = "e-household-j5", kind = "8050", since = "2024-04-08", note = "J5 の世帯",
      members = { { case = MOTHER, relation = "head", note = "82歳" }, { case = "national-j5-8050", relation = "child" } } },
  },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "母親の介護の相談を受けた地域包括支援センターから。息子は20年ほど家から出ず、会うことを拒んでいる。",
              en = "The community care centre, consulted about the mother's care, refers the household. The son has hardly left the house for twenty years and refuses to meet anyone." }
      -- 地域包括から聞けたのは母の年金と手元のお金だけ。定期預金は、母の担当が6か月目に母のケースに記録する
      m.event("household_finance", { date = m.day(18), income_yen = PENSION, financial_assets_yen = AT_HAND, debt_total_yen = 0, arrears_months = 0 })
      visit(m, 24, false)
      return
    end

    if m.month == 2 then
      m.say { ja = "支援会議（法9条）で、地域包括・保健所と情報を共有し、訪問の計画を立てる。手紙と2回の訪問、会えない。", en = "The support meeting (art. 9) shares information with the care centre and the health centre and plans visits. A letter and two visits; nobody comes to the door." }
      m.event("referral_made", { date = m.day(5), referral_id = "r1", target = "houkatsu", warm_handoff = false, reason = "支援会議で共有（母の介護）" })
      m.event("referral_answered", { date = m.day(6), referral_id = "r1", outcome = "accepted" })
      visit(m, 8, false)
      visit(m, 8 + VISIT_GAP, false)
      return
    end

    if m.month == 3 then
      m.event("referral_made", { date = m.day(1), referral_id = "r2", target = "outreach", warm_handoff = false, reason = "支援会議で共有（訪問支援）" })
      m.event("referral_answered", { date = m.day(3), referral_id = "r2", outcome = "accepted" })
      visit(m, 10, false)
      m.say { ja = "3回目の訪問で、Eさんが玄関に出てきた。母親のことが心配だと言う。", en = "At the third visit E-san comes to the door. He says he is worried about his mother." }
      visit(m, 24, true, 20)
      return
    end

    if m.month == 4 then
      m.say { ja = "Eさんが相談を続けることに同意。アセスメント：対人関係1、環境2。", en = "E-san agrees to go on. Assessment: interpersonal 1, environment 2." }
      visit(m, 5, true, 45)
      m.event("consent", { date = m.day(5), info_sharing = true })
      m.event("assessment", { date = m.day(12), kind = "initial",
        fdp = { interpersonal = 1, mental = 3, stress = 2, thinking = 3, environment = 2 }, daily_rhythm = 2 })
      visit(m, 5 + VISIT_GAP, true, 45)
      return
    end

    if m.month == 5 then
      m.event("plan", { date = m.day(2), start_on = m.day(9), end_on = "2025-03-31",
        goals = { { text = "週1回、訪問支援員と外出する", domain = "social" }, { text = "母のデイサービスの日に家事を引き受ける", domain = "life" } } })
      m.event("plan_approved", { date = m.day(9) })
      m.say { ja = "母親は地域包括の調整でデイサービスへ週2回。", en = "Through the care centre, the mother starts day service twice a week." }
      -- 合同ケース会議：同じ世帯の二つのケースを地域包括と一緒に検討する（HH-03）
      joint_conference(m, 16, "joint-2024-08", "母の介護と息子の支援を、地域包括と自立相談で分担する")
      visit(m, 6, true, 60)
      visit(m, 6 + VISIT_GAP, true, 60)
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 1 })
      return
    end

    if m.month == 6 then
      m.say { ja = "就労準備支援の利用を検討。母の担当が母のケースに記録した世帯の家計では、貯金が400万円あり、世帯単位の資産の要件を超える。",
              en = "Readiness support is considered. The household's finances, recorded on the mother's case by her worker, show 4 million yen in savings, above the household asset line." }
      m.event("household_finance", { date = m.day(3), income_yen = PENSION, financial_assets_yen = SAVINGS, debt_total_yen = 0, arrears_months = 0 }, MOTHER)
      visit(m, 4, true, 60)
      m.event("contact", { date = m.day(18), kind = "accompany", minutes = 90, note = "近所の公園まで散歩" })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 1 })
      return
    end

    if m.month == 7 then
      local c = m.choose("no_readiness", {
        ja = "就労準備支援は世帯の資産で対象外。Eさんの支援をどう進めますか",
        en = "Readiness support is ruled out by the household's savings. How do you go on with E-san?",
      }, {
        a = { ja = "制度の外の資源で進める：社協のサロンに通い、地域の農家の協力で農作業の見学・体験を組む",
              en = "go on with resources outside the programmes: the council's drop-in, then visits and trials at a local farm" },
        b = { ja = "本人の支援はいったん終結し、母の介護の支援（地域包括）に一本化する",
              en = "close E-san's case for now and keep only the mother's care support (care centre)" },
      })
      way = c == "a" and "outside" or "close"
      if way == "close" then
        m.event("review", { date = m.day(15), kind = "evaluation", goals_total = 2, goals_achieved = 1 })
        m.event("closed", { date = m.day(20), reason = "other", note = "就労準備支援の対象外。母の介護支援に一本化" })
        return
      end
      m.event("referral_made", { date = m.day(2), referral_id = "r3", target = "shakyo", warm_handoff = true, reason = "社協のサロン" })
      m.event("referral_answered", { date = m.day(3), referral_id = "r3", outcome = "accepted" })
      m.event("contact", { date = m.day(10), kind = "accompany", minutes = 120, note = "サロンに同行" })
      m.event("contact", { date = m.day(24), kind = "accompany", minutes = 120 })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
      return
    end

    -- 終結を選んだとき / after closing his case
    if way == "close" then
      if m.month == 10 then
        m.say { ja = "母親が自宅で転倒し入院。地域包括から「息子さんが一人で食事もとれていない」。Eさんの相談を再開する（新しい受付期間）。",
                en = "The mother falls at home and is admitted to hospital. The care centre calls: the son is alone and not eating. E-san's case is reopened (a new episode)." }
        m.event("contact", { date = m.day(12), kind = "phone", minutes = 20, note = "転倒して入院。地域包括から連絡" }, MOTHER)
        m.event("reopened", { date = m.day(15), reason = "母の入院で本人が孤立" })
        visit(m, 16, true, 60)
        reopened_month = m.month
      elseif reopened_month ~= nil and m.month == reopened_month + 1 then
        m.event("assessment", { date = m.day(5), kind = "re",
          fdp = { interpersonal = 1, mental = 2, stress = 2, thinking = 3, environment = 1 }, daily_rhythm = 1 })
        m.event("plan", { date = m.day(12), start_on = m.day(15), end_on = "2025-12-31",
          goals = { { text = "食事をとり、生活のリズムを整える", domain = "life" }, { text = "週1回、訪問支援員と外出する", domain = "social" } } })
        m.event("plan_approved", { date = m.day(15) })
        visit(m, 19, true, 60)
        m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 1 })
      elseif reopened_month ~= nil then
        visit(m, 5, true, 60)
        visit(m, 5 + VISIT_GAP, true, 60)
        m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
      end
      return
    end

    -- 制度の外の資源で / with resources outside the programmes
    if m.month == 8 then
      m.say { ja = "サロンの紹介で、地域の農家の畑を見学。", en = "Through the drop-in, a visit to a local farmer's fields." }
      start(m, 6, "p1", "kengaku", TRIAL_HOURS)
      m.attendance { placement_id = "p1", hours = TRIAL_HOURS * 2, level = 1.0 }
      m.event("placement_ended", { date = m.day(20), placement_id = "p1", reason = "completed" })
      job = nil
      m.event("contact", { date = m.day(14), kind = "accompany", minutes = 120 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
      return
    end
    if m.month == 9 then
      m.say { ja = "農作業の体験を週1回2時間。", en = "Farm work trials, two hours once a week." }
      start(m, 3, "p2", "taiken", TRIAL_HOURS)
      joint_conference(m, 18, "joint-2024-12", "母のデイサービスの日に体験。母の見守りは地域包括と分担")
    end
    if m.month == 11 then
      m.say { ja = "農家の出荷作業を、有償ボランティア（1回500円）として週2日手伝う。", en = "He helps with the farmer's shipping twice a week as a paid volunteer (500 yen a shift)." }
      m.event("placement_ended", { date = m.day(1), placement_id = "p2", reason = "moved_on" })
      start(m, 4, "p3", "commuter_paid", VOLUNTEER_HOURS, { contract = "commuter_confirmation", stipend_per_shift_yen = STIPEND })
    end
    if job ~= nil then
      m.attendance { placement_id = job.id, hours = job.hours * WEEKS, level = LEVEL, wobble = WOBBLE }
    end
    m.event("contact", { date = m.day(15), kind = "interview", minutes = 45 })
    if m.month == 12 then
      m.say { ja = "プランの評価。一般就労には至らないが、外出・人との関わり・作業への参加が増えた。終結せず、再プランへ。",
              en = "The plan is evaluated: no job, but he goes out, talks with people and takes part in work. Not closed: a new plan." }
      m.event("assessment", { date = m.day(10), kind = "re",
        fdp = { interpersonal = 2, mental = 3, stress = 3, thinking = 3, environment = 3 }, daily_rhythm = 3 })
      m.event("review", { date = m.day(20), kind = "evaluation", goals_total = 3, goals_achieved = 2 })
      joint_conference(m, 24, "joint-2025-03", "評価を共有。母の介護度の見直しと合わせて再プラン")
      return
    end
    if m.month == 13 then
      m.event("plan", { date = m.day(3), start_on = m.day(7), end_on = "2026-03-31",
        goals = { { text = "農家の手伝いを週2日続ける", domain = "work" }, { text = "母の見舞いに一人で行く", domain = "life" },
                  { text = "サロンで知り合いを作る", domain = "social" } } })
      m.event("plan_approved", { date = m.day(7) })
    end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
  end,
}
