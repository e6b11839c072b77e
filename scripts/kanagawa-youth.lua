-- Rさん：定時制高校4年、バイターンから卒業後の進路へ（神奈川パック、鎌倉市）
-- R-san: a fourth-year evening high-school student, from byturn to life after graduation
-- (Kanagawa pack, Kamakura).
--
-- 学習目標 / learning goal: see `goal` below. Byturn is a high school's programme: pre-training,
-- a matching interview, a three-day workplace experience (BT-02), then a part-time job under an
-- employment contract with the school still involved — supported work on a rung of its own
-- (intermediate/byturn, BT-03), held there while at school (BT-08). Kamakura runs none of the
-- optional programmes, so readiness, budget and learning support are answered "not run here".
-- Two choices: what to do when the Kanagawa minimum wage rises above his hourly pay (month 6),
-- and the path at graduation (month 8).

local WEEKS = 4
local EXPERIENCE_HOURS = 18     -- 3日間の職場体験：1日6時間×3日
local BYTURN_HOURS = 8          -- バイターン：週2日×4時間（授業の前）
local AFTER_GRAD_HOURS = 20     -- 卒業後のアルバイト：週4日×5時間
local FULL_TIME_HOURS = 40      -- 正社員
local WAGE_START = 900          -- バイターン開始時の時給（円）：神奈川県最低賃金887円（2014年10月から）を上回る
local WAGE_REVISED = 910        -- 改定後の時給：神奈川県最低賃金905円（2015年10月18日から）を上回る
local WAGE_AFTER_GRAD = 950     -- 卒業後のアルバイト（時間を増やすときに時給も上げる）
local WAGE_FULL_TIME = 1000     -- 正社員（月給16万円を160時間で割った時給）
local LEVEL = 0.92              -- 通い方：ほぼ予定どおり
local EXAM_LEVEL = 0.8          -- 12月の定期試験の月
local WOBBLE = 0.04             -- month-to-month spread of attendance (seeded)
local GRADUATION = "2016-03-01"
local EMPLOYER = "鎌倉市内のベーカリー（バイターン協力企業）"

local wage_fix = "fix"          -- month 6: "fix" (ask for the raise) or "leave"
local after = nil               -- month 8: "regular" (hired at graduation) or "skillup" (part-time + NPO)
local seq = 0
local job = nil                 -- { id =, hours = }
local closed = false

local function start(m, day, kind, hours, wage)
  seq = seq + 1
  local e = { date = m.day(day), placement_id = "p" .. seq, employer = EMPLOYER, kind = kind, hours_per_week = hours,
              contract = wage and "employment" or "none" }
  if wage then e.wage_per_hour_yen = wage end
  m.event("placement_started", e)
  job = { id = "p" .. seq, hours = hours }
end

local function follow_up_meeting(m, day, note)
  m.event("contact", { date = m.day(day), kind = "case_conference", minutes = 30, note = note })
end

return {
  id = "kanagawa-youth",
  title = { ja = "Rさん：バイターンから卒業後へ", en = "R-san: from byturn to life after school" },
  goal = {
    ja = "神奈川パックでは、バイターン（高校の取り組み）のアルバイトは雇用契約があっても学校が関わる支援つきの中間的就労（intermediate/byturn）として扱われ、在学中は一般就労に移らない（BT-03・BT-08）。全国パックと並べると、同じアルバイトがすぐ一般就労に数えられる違いを見る。最低賃金の改定で時給が下回ったときの対応（MW-01）と、卒業時に正社員になるか、非正規を続けてNPOのスキルアップ研修に進むか（EX-01・BT-04・BT-08）で、段の移動とつなぎがどう変わるかを確かめる。鎌倉市には任意事業がないことも判定に表れる。",
    en = "Under the Kanagawa pack a byturn job (a high school's programme) is supported intermediate work on a rung of its own even on an employment contract, and does not count as general work while the student is at school (BT-03, BT-08); side by side with the national pack, the same job counts as general work at once. See what the minimum-wage alert asks when a revision overtakes his hourly pay (MW-01), and how a regular job at graduation differs from part-time work with the NPO's skill-up training (EX-01, BT-04, BT-08). Kamakura's lack of optional programmes shows in the eligibility answers too.",
  },
  region = "kanagawa",
  regions = { "kanagawa", "national" },
  start = "2015-06-08",
  months = 18,
  person = { pseudonym = "Rさん", birth_date = "1997-01-22", gender = "male", disability_cert = "none" },
  household = {
    size = 3, kind = "single_parent", housing = "public", rent_yen = 38000, prefecture = "14", municipality = "142042",
    members = { { relation = "mother", birth_date = "1973-10-05" }, { relation = "sibling", birth_date = "2002-06-17" } },
  },
  intake = { channel = "referral", source = "school", concerns = { "job_search", "income" }, stage = "social" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "定時制高校の進路担当から、バイターン参加生徒として紹介。中学で不登校、昼間は家にいることが多い。母と弟の三人暮らし。",
              en = "The evening high school's careers teacher refers him as a byturn student. He missed school in junior high and spends his days at home. He lives with his mother and younger brother." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("school_enrolled", { date = m.first_day, school = "high_part_time", enrolled_on = "2012-04-06", expected_graduation_on = GRADUATION })
      m.event("program_enrolled", { date = m.day(15), program = "byturn", planned_end_on = GRADUATION, route = "school_recruitment" })
      m.event("contact", { date = m.day(15), kind = "interview", minutes = 60, note = "事前研修（カウンセリング）1回目" })
      m.event("assessment", { date = m.day(22), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 4, environment = 3 }, daily_rhythm = 3 })
      -- 母のパート収入と児童扶養手当で月19万円、支出は月18万5千円。家賃（市営住宅）を1か月滞納
      m.event("household_finance", { date = m.day(22), income_yen = 190000, financial_assets_yen = 150000,
        debt_total_yen = 0, arrears_months = 1, expenses_yen = 185000 })
      return
    end

    if m.month == 2 then
      m.event("plan", { date = m.day(1), start_on = m.day(1), end_on = "2016-05-31",
        goals = { { text = "事前研修を3回受ける", domain = "social" }, { text = "学校でマッチング面談を受ける", domain = "work" },
                  { text = "3日間の職場体験をやりとげる", domain = "work" } } })
      m.event("plan_approved", { date = m.day(3) })
      m.event("contact", { date = m.day(6), kind = "interview", minutes = 60, note = "事前研修2回目" })
      m.event("contact", { date = m.day(13), kind = "interview", minutes = 60, note = "事前研修3回目" })
      follow_up_meeting(m, 24, "学校内のマッチング面談：企業を把握した担当者・生徒・担任")
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
      return
    end

    if m.month == 3 then
      m.say { ja = "夏休みに3日間の職場体験。パン工房の仕込みと店頭の補充。", en = "A three-day workplace experience in the summer holidays: prep in the bakery and restocking the shop." }
      start(m, 3, "taiken", EXPERIENCE_HOURS)
      m.attendance { placement_id = job.id, hours = EXPERIENCE_HOURS, level = 1.0 }
      m.event("placement_ended", { date = m.day(5), placement_id = job.id, reason = "completed" })
      job = nil
      m.event("contact", { date = m.day(20), kind = "interview", minutes = 30, note = "企業と生徒の面接：アルバイト契約に合意" })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
      return
    end

    if m.month == 4 then
      m.say { ja = "バイターン開始。週2日×4時間、時給900円。雇用契約のあとも担任が日報を見て関わる。", en = "Byturn starts: 2 days × 4 hours at 900 yen. After the contract his teacher still reads his daily reports." }
      start(m, 1, "part_time", BYTURN_HOURS, WAGE_START)
    end

    if m.month == 6 then
      m.say { ja = "10月18日に神奈川県の最低賃金が905円に上がった。Rさんの時給は900円のまま。", en = "On 18 October the Kanagawa minimum wage rose to 905 yen. R-san is still paid 900." }
      local c = m.choose("min_wage", {
        ja = "最低賃金の改定で、時給が最低賃金を下回りました。どうしますか",
        en = "The revision has put his pay below the minimum wage. What do you do?",
      }, {
        a = { ja = "学校と一緒に企業に伝え、11月から時給を改定してもらう（10月分の差額も確認）",
              en = "tell the company together with the school, have the pay raised from November (and check October's difference)" },
        b = { ja = "本人も企業も満足しているので、卒業までこのままにする",
              en = "he and the company are happy, so leave it until graduation" },
      })
      wage_fix = c == "a" and "fix" or "leave"
      if wage_fix == "fix" then
        m.event("placement_ended", { date = m.first_day, placement_id = job.id, reason = "wage_revised" })
        start(m, 1, "part_time", BYTURN_HOURS, WAGE_REVISED)
      end
    end

    if m.month == 8 then
      m.say { ja = "卒業まで2か月。企業・学校・NPOで進路を話し合う。", en = "Two months to graduation: the company, the school and the NPO talk about what comes next." }
      local c = m.choose("graduation", {
        ja = "卒業後の進路をどうしますか",
        en = "What comes after graduation?",
      }, {
        a = { ja = "卒業と同時に、バイターン先で正社員として働く", en = "a regular job at the byturn employer from graduation" },
        b = { ja = "非正規のまま時間を増やし、NPOのスキルアップ研修で正規雇用をめざす", en = "more part-time hours, and the NPO's skill-up training toward a regular job" },
      })
      after = c == "a" and "regular" or "skillup"
    end

    if m.month == 10 then
      m.say { ja = "定時制高校を卒業。", en = "He graduates from the evening high school." }
      m.event("program_ended", { date = m.first_day, program = "byturn", reason = "graduated" })
      m.event("school_left", { date = m.first_day, reason = "graduated" })
      m.event("placement_ended", { date = m.first_day, placement_id = job.id, reason = after == "regular" and "hired_regular" or "hours_changed" })
      if after == "regular" then
        m.say { ja = "バイターン先で正社員に（週40時間、月給16万円）。", en = "A regular job at the bakery (40 hours a week, 160,000 yen a month)." }
        start(m, 1, "full_time", FULL_TIME_HOURS, WAGE_FULL_TIME)
      else
        start(m, 1, "part_time", AFTER_GRAD_HOURS, WAGE_AFTER_GRAD)
      end
    end

    if after == "skillup" and m.month == 10 then
      m.say { ja = "NPOのフォロー・スキルアップ研修（月2回）につなぐ。", en = "Handed over to the NPO's follow-up and skill-up training (twice a month)." }
      m.event("referral_made", { date = m.day(2), referral_id = "r1", target = "npo_skillup", warm_handoff = true })
      m.event("referral_answered", { date = m.day(4), referral_id = "r1", outcome = "accepted" })
      m.event("program_enrolled", { date = m.day(7), program = "skillup", route = "byturn_followup" })
      m.event("contact", { date = m.day(10), kind = "interview", minutes = 90, note = "スキルアップ研修の初回面談（NPO）" })
    end
    if after == "skillup" and m.month == 17 then
      m.say { ja = "ベーカリーに正社員の枠がない。他社の正社員求人も、ハローワークに同行して探す。", en = "The bakery has no regular post: he looks at other employers' regular jobs too, with the worker at Hello Work." }
      m.event("referral_made", { date = m.day(3), referral_id = "r2", target = "hellowork", warm_handoff = true })
      m.event("referral_answered", { date = m.day(5), referral_id = "r2", outcome = "accepted" })
      m.event("contact", { date = m.day(12), kind = "accompany", minutes = 120 })
    end

    -- 終結後の定着支援（正社員の道）/ after closing, retention follow-ups (the regular-job path)
    if closed then
      if m.month == 14 then
        m.event("meeting", { date = m.day(12), meeting_id = "chosei-" .. string.sub(m.day(12), 1, 7), kind = "shien_chosei",
          decisions = { { decision = "closure_reported" } }, note = "一般就労による終結を報告し、支援を評価" })
      end
      if m.month == 16 then
        m.say { ja = "就職から6か月。終結後のフォローアップとして職場を訪ねる。", en = "Six months into the job: a retention visit at work, as a follow-up after the closure." }
        m.event("follow_up", { date = m.day(2), kind = "retention_visit", placement_id = job.id, minutes = 30 })
      end
      return
    end

    local level = m.month == 7 and EXAM_LEVEL or LEVEL
    local hours = job.hours * WEEKS
    m.attendance { placement_id = job.id, hours = hours, level = level, wobble = WOBBLE }
    if after == "regular" and m.month >= 11 then
      if m.month == 11 or m.month == 13 then
        m.event("contact", { date = m.day(2), kind = "home_visit", minutes = 45, note = "就職後の定着訪問" })
      end
    elseif after == "skillup" and m.month >= 11 then
      m.event("contact", { date = m.day(20), kind = "interview", minutes = 90, note = "スキルアップ研修" })
    else
      follow_up_meeting(m, 22, "日報の確認と担任・企業との面談")
    end

    if after == "regular" and m.month == 13 then
      m.say { ja = "就職から3か月。本人も職場も落ち着いている。評価し、本人の同意で終結（定着の訪問は続ける）。",
              en = "Three months into the job; he and the workplace are settled. The plan is evaluated and, with his agreement, closed (retention visits go on)." }
      m.event("review", { date = m.day(10), kind = "evaluation", goals_total = 3, goals_achieved = 3 })
      m.event("closed", { date = m.last_day, reason = "employed", agreed = true })
      closed = true
      return
    end
    if after == "skillup" and m.month == 13 then
      m.event("review", { date = m.day(10), kind = "evaluation", goals_total = 3, goals_achieved = 2 })
      m.event("plan", { date = m.day(15), start_on = m.day(15), end_on = "2017-03-31",
        goals = { { text = "週20時間のシフトを続ける", domain = "work" }, { text = "スキルアップ研修に月2回参加する", domain = "work" },
                  { text = "正社員の面接を受ける", domain = "work" } } })
      m.event("plan_approved", { date = m.day(20) })
    end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = level >= 0.85 and 3 or 2 })
  end,
}
