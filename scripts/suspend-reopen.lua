-- Eさん：家族の危機で支援が中断し、アウトリーチで再開する（全国パック）
-- E-san: a family crisis suspends support; outreach reopens it (national pack).

local reopened = false
local outreach = nil  -- "monthly" or "wait", chosen in month 5
local since_reopening = 0

return {
  id = "suspend-reopen",
  title = { ja = "Eさん：中断と再開", en = "E-san: suspended, then reopened" },
  goal = {
    ja = "中断中もつながりを保つことの意味を考える。中断のあいだルールは何も促さない（つながりを保つのは支援員の判断）こと、再開すると新しい受付期間として受付から数え直されることを見る。",
    en = "Think about keeping in touch while support is suspended: the rules prompt nothing while a case is suspended (staying in touch is the worker's call), and a reopening starts a new episode counted from its intake.",
  },
  region = "national",
  regions = { "national", "zama" },
  start = "2016-04-11",
  months = 10,
  person = { pseudonym = "Eさん", birth_date = "1972-02-03", gender = "male", disability_cert = "none" },
  household = { size = 2, kind = "8050", housing = "owned", members = { { relation = "mother", birth_date = "1942-05-20" } } },
  intake = { channel = "phone", source = "houkatsu", concerns = { "job_search", "care", "hikikomori_futoko" }, stage = "life" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "地域包括支援センターから、80代の母と暮らす40代の息子の相談。", en = "The community care centre calls about a son in his forties living with his mother in her eighties." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("contact", { date = m.day(25), kind = "home_visit", minutes = 60 })
    elseif m.month == 2 then
      m.event("assessment", { date = m.day(9), kind = "initial",
        fdp = { interpersonal = 2, mental = 3, stress = 2, thinking = 3, environment = 2 }, daily_rhythm = 2 })
      m.event("plan", { date = m.day(16), start_on = m.day(20), end_on = "2017-03-31",
        goals = { { text = "週1回、面談に来る", domain = "social" } } })
      m.event("plan_approved", { date = m.day(20) })
      m.event("contact", { date = m.day(27), kind = "interview", minutes = 45 })
    elseif m.month == 3 then
      m.say { ja = "母親が入院。Eさんは介護と手続きに追われ、支援を休みたいと言う。", en = "His mother is hospitalised; busy with her care, E-san asks to pause." }
      m.event("suspended", { date = m.day(14), reason = "family_crisis" })
    elseif m.month >= 4 and not reopened then
      if m.month == 5 then
        local c = m.choose("while_suspended", { ja = "中断して2か月。どうしますか", en = "Two months into the pause: what do you do?" },
          { a = { ja = "月に一度、訪問と電話を試みる", en = "try a visit and a call each month" },
            b = { ja = "本人から連絡が来るのを待つ", en = "wait for him to call" } })
        outreach = c == "a" and "monthly" or "wait"
      end
      local trying = outreach == "monthly" or m.month == 4
      if trying then
        m.event("contact", { date = m.day(10), kind = "phone", successful = false })
        m.event("contact", { date = m.day(24), kind = "home_visit", successful = m.month >= 6 })
      end
      if (outreach == "monthly" and m.month == 6) or (outreach == "wait" and m.month == 9) then
        m.say { ja = "Eさんと会えた。母親は施設に移り、Eさんはもう一度始めたいと言う。", en = "E-san is reached: his mother has moved to a care home, and he wants to start again." }
        m.event("reopened", { date = m.day(26), reason = "contact_restored" })
        reopened = true
      end
    else
      -- the new episode: a re-assessment and a new plan, then weekly interviews
      since_reopening = since_reopening + 1
      if since_reopening == 1 then
        m.event("assessment", { date = m.day(5), kind = "re",
          fdp = { interpersonal = 3, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 3 })
        m.event("plan", { date = m.day(12), start_on = m.day(15), end_on = "2017-12-31",
          goals = { { text = "週1回、面談に来る", domain = "social" }, { text = "生活リズムを整える", domain = "life" } } })
        m.event("plan_approved", { date = m.day(15) })
      end
      m.event("contact", { date = m.day(20), kind = "interview", minutes = 45 })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = since_reopening >= 2 and 2 or 1 })
    end
  end,
}
