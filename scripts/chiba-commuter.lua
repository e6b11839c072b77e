-- Cさん：千葉のユニバーサル就労、無償コミューターから有償コミューターへ（千葉パック）
-- C-san: Chiba's universal work, from unpaid to paid commuter (Chiba pack).

local level = 0.92      -- attendance share (0–1)
local hours = 24        -- scheduled hours a month at the host
local started = false
local placement = "p1"  -- the unpaid placement, then the paid one after the step up

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

  month = function(m)
    if m.month == 1 then
      m.say { ja = "市の窓口から紹介。ひとり親で、体調に波がある。", en = "Referred by the city; a single mother whose health comes and goes." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("assessment", { date = m.day(21), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 2 })
      m.event("household_finance", { date = m.day(21), income_yen = 162000, financial_assets_yen = 60000, arrears_months = 1 })
    elseif m.month == 2 then
      m.event("plan", { date = m.day(3), start_on = m.day(10), end_on = "2016-08-09",
        goals = { { text = "週3日 朝9時に通所する", domain = "life" }, { text = "見学に行く", domain = "work" } } })
      m.event("plan_approved", { date = m.day(10) })
      m.event("program_enrolled", { date = m.day(10), program = "jyunbi", planned_end_on = "2016-02-09", route = "income_asset" })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
    elseif m.month == 3 then
      m.event("placement_started", { date = m.day(19), placement_id = "p1", employer = "特別養護老人ホーム", kind = "commuter_unpaid",
        contract = "commuter_confirmation", hours_per_week = 6 })
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
        m.event("placement_started", { date = m.first_day, placement_id = "p2", employer = "特別養護老人ホーム", kind = "commuter_paid",
          contract = "commuter_confirmation", hours_per_week = hours / 4, stipend_per_shift_yen = 1000 })
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
