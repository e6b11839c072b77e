-- Cさん：千葉のユニバーサル就労、無償コミューターから有償コミューターへ（千葉パック）
-- C-san: Chiba's universal work, from unpaid to paid commuter (Chiba pack).

local level = 0.92      -- attendance share (0–1)
local hours = 24        -- scheduled hours a month at the host
local started = false
local placement = "p1"  -- the unpaid placement, then the paid one after the step up
local host = nil        -- the carved task she was matched to (month 3)

return {
  id = "chiba-commuter",
  title = { ja = "Cさん：無償コミューターから有償コミューターへ", en = "C-san: from unpaid to paid commuter" },
  goal = {
    ja = "ユニバーサル就労の梯子では、3か月の個別支援計画の目標と出勤が段を上げる。4か月目に体調が崩れたとき、時間を減らすか、そのまま続けるかで、段の移動がどう変わるかを見る。",
    en = "On Chiba's universal-work ladder the 3-month goals of the individual plan and attendance move a commuter up. When her health dips in month 4, see how cutting hours or keeping them changes the steps.",
  },
  region = "chiba",
  regions = { "chiba", "national" },
  start = "2015-07-06",
  months = 10,
  person = { pseudonym = "Cさん", birth_date = "1981-04-20", gender = "female", disability_cert = "none" },
  household = { size = 2, kind = "single_parent", housing = "rented", rent_yen = 48000, prefecture = "12", municipality = "121002" },
  intake = { channel = "referral", source = "municipal_dept", concerns = { "job_search", "childcare", "income" }, stage = "life" },
  -- 受け入れ先のしごと情報（hashigo.employer/1、docs/employers.md）：業務分解シートから切り出した作業。
  -- 3か月目に m.match で、Cさんのアセスメント（興味・強み・条件）と突き合わせる。
  -- The host's しごと情報 sheet, its tasks carved out with UWN Chiba's job breakdown; matched in month 3.
  employers = {
    { id = "tokuyo-chuo", name = "特別養護老人ホーム（千葉市中央区）", since = "2015-04-01", industry = "care", legal_form = "shafuku",
      municipality = "121011",
      tasks = {
        { id = "linen", title = { ja = "シーツ交換と居室の清掃", en = "Changing sheets and cleaning rooms" }, job = "居室清掃", place = "2階 居室",
          breakdown = { { time = "10:00", work = "居室清掃", content = "シーツ交換", minutes = 60 },
                        { time = "11:00", work = "居室清掃", content = "床掃き、拭き", minutes = 60 } },
          days_per_week = 3, hours_per_day = 2, wage_forms = { "commuter_unpaid", "commuter_paid" }, fields = { "cleaning" },
          skills = { "cleaning" }, supports = { "workplace_mentor", "gradual_start" },
          conditions = { "short_hours", "daytime_only", "fixed_routine" }, openings = 1 },
        { id = "laundry-evening", title = { ja = "夕方の洗濯物たたみ", en = "Folding laundry in the evening" }, job = "洗濯", place = "1階 洗濯室",
          breakdown = { { time = "17:00", work = "洗濯", content = "タオル・衣類をたたむ", minutes = 120 } },
          days_per_week = 2, hours_per_day = 2, wage_forms = { "commuter_unpaid", "commuter_paid" }, fields = { "cleaning" },
          supports = { "written_steps" }, conditions = { "short_hours", "no_customer_contact" }, openings = 1 },
        { id = "meal-assist", title = { ja = "食事の配膳と介助", en = "Serving meals and helping residents eat" }, job = "昼食", place = "食堂",
          breakdown = { { time = "11:30", work = "昼食", content = "配膳", minutes = 30 },
                        { time = "12:00", work = "昼食", content = "食事介助", minutes = 60, qualified_only = true } },
          days_per_week = 5, hours_per_day = 2, wage_forms = { "commuter_unpaid", "commuter_paid", "minwage_staff" }, fields = { "care" },
          supports = { "workplace_mentor" }, conditions = { "daytime_only" }, openings = 2 },
      },
    },
  },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "市の窓口から紹介。ひとり親で、体調に波がある。", en = "Referred by the city; a single mother whose health comes and goes." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("assessment", { date = m.day(21), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 2,
        interests = { "care", "cleaning" }, strengths = { "cleaning" }, constraints = { "daytime_only", "short_hours" },
        supports_needed = { "workplace_mentor" }, hours_per_week_max = 8, wishes = "子どもが学校にいる間だけ働きたい" })
      m.event("household_finance", { date = m.day(21), income_yen = 162000, financial_assets_yen = 60000, arrears_months = 1 })
    elseif m.month == 2 then
      m.event("plan", { date = m.day(3), start_on = m.day(10), end_on = "2016-08-09",
        goals = { { text = "週3日 朝9時に通所する", domain = "life" }, { text = "見学に行く", domain = "work" } } })
      m.event("plan_approved", { date = m.day(10) })
      m.event("program_enrolled", { date = m.day(10), program = "jyunbi", planned_end_on = "2016-02-09", route = "income_asset" })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
    elseif m.month == 3 then
      -- the sheet's tasks ranked for her (the Chiba pack's matching.lua); she starts on the best fit
      host = m.match(m.day(12))[1]
      m.say { ja = "しごと情報と突き合わせ、いちばん合う「" .. host.title.ja .. "」を提案。見学ののち、無償コミューターで始める。",
              en = "Matched with the host's sheet, the best fit is \"" .. host.title.en .. "\". After a visit, she starts as an unpaid commuter." }
      m.event("placement_started", { date = m.day(19), placement_id = "p1", employer = host.employer_name, employer_id = host.employer,
        task_id = host.task, kind = "commuter_unpaid", contract = "commuter_confirmation", hours_per_week = host.hours_per_week })
      m.event("program_ended", { date = m.day(19), program = "jyunbi", reason = "moved_on" })
      m.event("program_enrolled", { date = m.day(19), program = "universal_work" })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
      started = true
    elseif started then
      -- the rules moved her up last month: the host pays her from now on
      if placement == "p1" and m.case.rung == "commuter_paid" then
        m.say { ja = "有償コミューターとして、同じ施設で謝礼をもらって働き始める。", en = "She starts as a paid commuter at the same home." }
        m.event("placement_ended", { date = m.first_day, placement_id = "p1", reason = "stepped_up" })
        placement = "p2"
        m.event("placement_started", { date = m.first_day, placement_id = "p2", employer = host.employer_name, employer_id = host.employer,
          task_id = host.task, kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = hours / 4, stipend_per_shift_yen = 1000 })
      end
      if m.month == 4 then
        m.say { ja = "子どもの発熱が続き、Cさんも疲れがたまっている。", en = "Her child keeps running fevers; C-san is worn out." }
        local c = m.choose("health_dip", { ja = "体調が崩れてきた。支援員としてどうしますか", en = "Her health is dipping: what do you do?" },
          { a = { ja = "時間を週4時間に減らして続ける", en = "cut to 4 hours a week and carry on" },
            b = { ja = "予定はそのままにする", en = "keep the schedule as it is" } })
        if c == "a" then hours, level = 16, 0.95 else level = 0.6 end
        m.event("contact", { date = m.day(10), kind = "interview", minutes = 40 })
      elseif level < 0.9 then
        level = math.min(0.95, level + 0.1)  -- she recovers slowly either way
      end
      m.attendance { placement_id = placement, hours = hours, level = level, wobble = 0.05 }
      local achieved = level >= 0.85 and (m.month >= 6 and 3 or 2) or 1
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = achieved })
      m.event("contact", { date = m.last_day, kind = "interview", minutes = 30 })
    end
  end,
}
