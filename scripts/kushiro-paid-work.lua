-- Kさん：釧路モデル、無償の手伝いから有償の作業へ（釧路パック）
-- K-san: the Kushiro model, from unpaid help to paid work (Kushiro pack).

local absences = 0
local called = true

return {
  id = "kushiro-paid-work",
  title = { ja = "Kさん：ペイドワーク0%から", en = "K-san: from no paid work" },
  goal = {
    ja = "釧路モデルでは、無償の活動から有償の仕事の割合を上げていく。「お休みする時は、必ず連絡する」が守れないとき、すぐ電話するか、月の振り返りまで待つかで、段の移動とアラートがどう変わるかを見る。",
    en = "The Kushiro model raises the share of paid work step by step. When K-san misses days without calling in (rule 5 of the participants' rules), see how calling him at once or waiting for the monthly review changes his steps and alerts.",
  },
  region = "kushiro",
  regions = { "kushiro", "national" },
  start = "2015-05-12",
  months = 8,
  person = { pseudonym = "Kさん", birth_date = "1970-02-10", gender = "male", disability_cert = "none" },
  household = { size = 1, kind = "single", housing = "rented", rent_yen = 30000, on_public_assistance = true,
                prefecture = "01", municipality = "012068" },
  intake = { channel = "referral", source = "municipal_dept", concerns = { "job_search", "community", "income" }, stage = "life" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "生活福祉事務所のケースワーカーと来所。昼夜逆転で、外出はほとんどない。", en = "Came with his caseworker; days and nights reversed, he hardly goes out." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("assessment", { date = m.day(26), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 2 }, daily_rhythm = 2 })
      m.event("household_finance", { date = m.day(26), income_yen = 0, financial_assets_yen = 20000 })
      return
    end
    if m.month == 2 then
      m.event("plan", { date = m.day(1), start_on = m.day(8), end_on = "2016-06-07",
        goals = { { text = "週3日、朝9時に協議会に通う", domain = "life" }, { text = "みんなで守るルールを守る", domain = "social" } } })
      m.event("plan_approved", { date = m.day(8) })
      m.event("program_enrolled", { date = m.day(8), program = "hogo_jyunbi", planned_end_on = "2016-06-07", route = "hogo" })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
      return
    end
    if m.month == 3 then
      m.event("placement_started", { date = m.day(6), placement_id = "p1", employer = "ふまねっと教室", kind = "taiken", hours_per_week = 4 })
    end
    if m.month == 4 then
      m.say { ja = "連絡のない欠席が2回あった。", en = "He missed two days without calling in." }
      local c = m.choose("no_call", { ja = "連絡のない欠席が続いた。どうしますか", en = "Absences without a call: what do you do?" },
        { a = { ja = "その日のうちに電話し、ルール5を一緒に確かめる", en = "call him that day and go over rule 5 together" },
          b = { ja = "月末の振り返りで話す", en = "raise it at the month-end review" } })
      called = c == "a"
      absences = 2
      if called then m.event("contact", { date = m.day(20), kind = "phone", minutes = 20 }) end
    elseif absences > 0 then
      absences = called and 0 or absences - 1
    end
    if m.month == 5 then
      m.say { ja = "協議会の漁網の仕立て作業（有償）を始める。", en = "Starts the council's paid fishing-net work." }
      m.event("placement_started", { date = m.first_day, placement_id = "p2", employer = "釧路社会的企業創造協議会（漁網の仕立て作業）",
        kind = "taiken", hours_per_week = 8, stipend_per_shift_yen = 1000 })
    end
    if m.month == 6 then
      m.say { ja = "ふまねっと教室の手伝いを終え、有償の作業だけにする。", en = "He leaves the unpaid helping and keeps only the paid work." }
      m.event("placement_ended", { date = m.first_day, placement_id = "p1", reason = "moved_on" })
    end
    if m.month < 6 then
      m.attendance { placement_id = "p1", hours = 16, level = absences > 0 and 0.65 or 0.92, wobble = 0.03, absences = absences }
    end
    if m.month >= 5 then m.attendance { placement_id = "p2", hours = 32, level = absences > 0 and 0.7 or 0.95, wobble = 0.03 } end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = absences > 0 and 1 or 3 })
  end,
}
