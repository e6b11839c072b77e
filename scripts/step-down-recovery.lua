-- Dさん：うつの再燃で出勤が落ち、一段下がってから戻る（千葉パック）
-- D-san: a relapse of depression, a step down, and the way back up (Chiba pack).

local level = 0.9
local placement = "p1"

return {
  id = "step-down-recovery",
  title = { ja = "Dさん：一段下がって、また上がる", en = "D-san: a step down, and back up" },
  goal = {
    ja = "梯子は下りることもある。出勤率が下がると段が下がり（SD-01）、回復して目標を達成するとまた上がる（SU-02）ことを確かめ、下がったときの支援員の関わり方を話し合う。",
    en = "The ladder goes both ways: see attendance falling take a paid commuter down a rung (SD-01) and recovered goals take her back up (SU-02), and discuss how a worker stays with someone who steps down.",
  },
  region = "chiba",
  regions = { "chiba", "national" },
  start = "2016-04-04",
  months = 9,
  person = { pseudonym = "Dさん", birth_date = "1979-09-12", gender = "female", disability_cert = "seishin", disability_grade = "3級" },
  household = { size = 1, kind = "single", housing = "rented", rent_yen = 42000, prefecture = "12", municipality = "121002" },
  intake = { channel = "visit", source = "medical", concerns = { "health_disability", "job_search" }, stage = "intermediate", rung = "commuter_paid" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "主治医のすすめで来所。以前、有償コミューターとして働いていた。", en = "Came on her doctor's advice; she used to work as a paid commuter." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("assessment", { date = m.day(6), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 }, daily_rhythm = 3 })
      m.event("plan", { date = m.day(8), start_on = m.day(11), end_on = "2017-03-31",
        goals = { { text = "週3日、午前中に清掃の仕事をする", domain = "work" } } })
      m.event("plan_approved", { date = m.day(11) })
      m.event("program_enrolled", { date = m.day(11), program = "universal_work" })
      m.event("placement_started", { date = m.day(11), placement_id = "p1", employer = "ビルメンテナンス会社", kind = "commuter_paid",
        contract = "commuter_confirmation", hours_per_week = 9, stipend_per_shift_yen = 500 })
      return
    end
    if m.month == 3 then
      m.say { ja = "眠れない日が続き、休みがちになる。", en = "Sleepless nights; she starts missing days." }
      local c = m.choose("relapse", { ja = "出勤が落ちてきた。まず何をしますか", en = "Attendance is falling. What first?" },
        { a = { ja = "主治医と連絡をとり、家庭訪問を増やす", en = "contact her doctor and visit her at home more often" },
          b = { ja = "様子を見る", en = "wait and see" } },
        { answer = "a",
          why = { ja = "再燃の兆しには早く、近くで関わる。主治医と情報を共有し（同意は1か月目に取得済み）、家庭訪問で生活の様子を確かめる。訪問の記録があると、この台本では回復が早い。",
                  en = "Signs of relapse call for early, close contact: share with her doctor (consent was given in month 1) and see how she lives at home. With visits on record, she recovers faster in this script." } })
      level = 0.45
      m.quiz({ ja = "この月の出勤は36時間中16時間ほど。月末、ルールはどう判定するでしょう？",
               en = "She works about 16 of 36 hours this month. What will the rules decide at the month end?" },
             { ja = "SD-01：過去2週間の出勤率が基準（既定60%）を下回ると、1段下がる（有償コミューター → 無償コミューター）。契約の切替えが要らないので、その月のうちに下がる。",
               en = "SD-01: attendance below the floor (60% by default) over two weeks is one step down (paid to unpaid commuter). No contract change is needed, so the step is taken that month." })
      if c == "a" then
        m.event("contact", { date = m.day(12), kind = "home_visit", minutes = 60 })
        m.event("contact", { date = m.day(26), kind = "home_visit", minutes = 60 })
      end
    elseif level < 0.85 then
      -- recovery: faster when the worker stayed close (home visits on record)
      level = math.min(0.92, level + (m.case.contacts.home_visit and 0.2 or 0.1))
    end
    -- after a step down the host lets her keep coming unpaid, with lighter hours
    if placement == "p1" and m.case and m.case.rung == "commuter_unpaid" then
      m.say { ja = "無償コミューターに戻り、時間を短くして続ける。", en = "Back to unpaid commuter, with shorter hours." }
      m.event("placement_ended", { date = m.first_day, placement_id = "p1", reason = "stepped_down" })
      placement = "p2"
      m.event("placement_started", { date = m.first_day, placement_id = "p2", employer = "ビルメンテナンス会社", kind = "commuter_unpaid",
        contract = "commuter_confirmation", hours_per_week = 6 })
    elseif placement == "p2" and m.case.rung == "commuter_paid" then
      m.say { ja = "有償コミューターに戻る。", en = "Back to paid commuter." }
      m.event("placement_ended", { date = m.first_day, placement_id = "p2", reason = "stepped_up" })
      placement = "p3"
      m.event("placement_started", { date = m.first_day, placement_id = "p3", employer = "ビルメンテナンス会社", kind = "commuter_paid",
        contract = "commuter_confirmation", hours_per_week = 9, stipend_per_shift_yen = 500 })
    end
    m.attendance { placement_id = placement, hours = placement == "p2" and 24 or 36, level = level, wobble = 0.03 }
    m.event("review", { date = m.last_day, goals_total = 1, goals_achieved = level >= 0.8 and 1 or 0 })
  end,
}
