-- Aさん：契約満了で収入がなくなり、家賃を滞納した46歳（全国パック、J2）
-- A-san: 46, his contract ended, no income, rent in arrears (national pack, journey J2).
--
-- 学習目標 / learning goal: see `goal` below. 住居確保給付金 is granted on the job loss, income and
-- assets (HK-01), paid for 3 months at a time and extended only while the monthly job-search
-- duties of April 2023 are met (HK-04, HK-06); household-budget support (KK-05) and Houterasu
-- (debt) run alongside, and the case stays open after the hire while budget goals remain (JS-08).
-- The choice in month 4 — the last month of the first benefit period — is how the worker meets
-- A-san's flagging job search.

local RENT = 42000               -- 家賃（円／月）。山武市の単身の住宅扶助基準37,200円を超えるので、給付は37,200円
local INTERVIEW_DAYS = { 3, 10, 17, 24 }  -- 相談支援員との面談（月4回以上が要件）
local HW_VISITS = 2              -- ハローワークでの職業相談（月2回以上が要件）
local APPLICATIONS = 4           -- 応募・面接（週1回以上＝月4回と読む）
local FEW_HW, FEW_APPS = 1, 1    -- 気持ちが沈んだ月の求職活動（職業相談・応募）
local FEW_INTERVIEW_DAYS = { 5, 19 }  -- その月の面談は2回だけ
local WEEKS = 4
local SALARY = 220000            -- 就職後の月収（円）
local JOB_HOURS_MONTH = 160      -- 正社員の月の所定労働時間（週40時間×4週）
local HOURLY = SALARY / JOB_HOURS_MONTH  -- 時給に直すと1,375円
local ATTENDANCE = 0.97          -- 就職後の出勤
local WOBBLE = 0.03              -- month-to-month spread of attendance (seeded)

local effort = "support"         -- month 4: "support" (more interviews, accompany to Hello Work) or "own_pace"
local hired_month = nil
local period_end = "2023-10-31"  -- 1回目の支給期間の終わり

local function interviews(m, days)
  for _, d in ipairs(days) do m.event("contact", { date = m.day(d), kind = "interview", minutes = 45 }) end
end

local function job_search(m, hw, apps, job_interviews)
  m.event("job_search", { date = m.last_day, period_start = m.first_day, hw_consultations = hw, applications = apps, job_interviews = job_interviews or 0 })
end

return {
  id = "national-j2-housing",
  title = { ja = "Aさん：住居確保給付金と求職活動の要件", en = "A-san: the housing security benefit and its job-search duties" },
  goal = {
    ja = "住居確保給付金は3か月ごとに、求職活動の要件（2023年4月から：支援員との面談月4回・ハローワークでの職業相談月2回・応募や面接週1回）を満たしているときだけ延長される（HK-04・HK-06）。1回目の期間の最後の月に、気持ちの沈んだAさんに面談と同行を増やすか、本人のペースに任せるかで、延長・支給の終わり・再支給の制限（HK-08）・福祉事務所へのつなぎがどう変わるかを見る。就職後も家計改善の目標が残る間は終結しない（JS-08）ことも確かめる。",
    en = "The housing security benefit is extended, 3 months at a time, only while the job-search duties of April 2023 are met (4 interviews with the worker, 2 Hello Work consultations and an application or interview a week each month: HK-04, HK-06). In the last month of the first period, compare more interviews and accompanied visits for a discouraged A-san with leaving the search to his own pace: see the extension, the end of the payments, the re-application bar (HK-08) and the referral to the welfare office. See too that the case stays open after the hire while budget goals remain (JS-08).",
  },
  region = "national",
  regions = { "national", "chiba" },
  start = "2023-07-03",
  months = 10,
  person = { pseudonym = "Aさん", birth_date = "1977-03-18", gender = "male", disability_cert = "none" },
  household = { size = 1, kind = "single", housing = "rented", rent_yen = RENT, prefecture = "12", municipality = "122378" },
  intake = { channel = "phone", source = "self", concerns = { "rent_loan", "debt", "job_search" }, stage = "employment" },

  month = function(m)
    if m.month == 1 then
      m.say { ja = "電話で相談。倉庫の契約社員の契約が5月末で終わり、収入がない。家賃2か月分とカードローンの返済が滞っている。",
              en = "A phone call: his contract at a warehouse ended in May and he has no income. Two months' rent and card-loan payments are overdue." }
      m.event("consent", { date = m.day(5), info_sharing = true })
      m.event("contact", { date = m.day(5), kind = "interview", minutes = 60 })
      m.event("job_lost", { date = m.day(5), lost_on = "2023-05-31", cause = "contract_end", main_earner = true })
      m.event("assessment", { date = m.day(12), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 4, environment = 3 }, daily_rhythm = 4 })
      m.event("household_finance", { date = m.day(12), income_yen = 0, financial_assets_yen = 150000,
        debt_total_yen = 800000, arrears_months = 2, expenses_yen = 150000 })
      m.event("plan", { date = m.day(26), start_on = m.day(31), end_on = "2024-04-30",
        goals = { { text = "住まいを守る（住居確保給付金と家賃の分納）", domain = "life" }, { text = "家計表をつけ、債務の整理を相談する", domain = "life" },
                  { text = "正社員の仕事に就く", domain = "work" } } })
      interviews(m, { 19, 26 })
      return
    end

    if m.month == 2 then
      m.event("plan_approved", { date = m.day(1) })
      m.event("program_enrolled", { date = m.day(1), program = "jukyo_kakuho", planned_end_on = period_end, route = "job_loss",
        note = "家主へ代理納付" })
      m.event("program_enrolled", { date = m.day(1), program = "kakei", route = "budget_trouble" })
      m.event("referral_made", { date = m.day(2), referral_id = "r1", target = "hellowork", warm_handoff = true, reason = "求職申込み（住居確保給付金の要件）" })
      m.event("referral_answered", { date = m.day(2), referral_id = "r1", outcome = "accepted" })
      m.event("referral_made", { date = m.day(21), referral_id = "r2", target = "houterasu", warm_handoff = true, reason = "カードローン80万円の整理" })
      m.event("referral_answered", { date = m.day(25), referral_id = "r2", outcome = "accepted" })
      interviews(m, INTERVIEW_DAYS)
      job_search(m, HW_VISITS, APPLICATIONS)
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end

    if m.month == 3 then
      m.say { ja = "家計表をつけ始めた。法テラスで任意整理を相談。", en = "He has started a household budget sheet, and consulted Houterasu about a voluntary debt arrangement." }
      interviews(m, INTERVIEW_DAYS)
      job_search(m, HW_VISITS, APPLICATIONS, 1)
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end

    if m.month == 4 then
      m.say { ja = "書類選考で落ち続け、Aさんは「どうせ無理だ」と言う。ハローワークに行く回数が減ってきた。1回目の支給期間は今月末まで。",
              en = "Rejections keep coming; \"it's no use,\" A-san says, and he goes to Hello Work less. The first benefit period ends this month." }
      local c = m.choose("duties", {
        ja = "気持ちが沈んだAさんの求職活動を、どう支えますか",
        en = "How do you support A-san's flagging job search?",
      }, {
        a = { ja = "面談を週1回に固定し、ハローワークに同行して一緒に求人を選ぶ", en = "fix a weekly interview, go to Hello Work with him and choose openings together" },
        b = { ja = "無理をさせず、求職活動は本人のペースに任せる", en = "don't push him: leave the job search to his own pace" },
      })
      effort = c == "a" and "support" or "own_pace"
      if effort == "support" then
        interviews(m, INTERVIEW_DAYS)
        m.event("contact", { date = m.day(12), kind = "accompany", minutes = 120 })
        job_search(m, HW_VISITS, APPLICATIONS, 1)
      else
        interviews(m, FEW_INTERVIEW_DAYS)
        job_search(m, FEW_HW, FEW_APPS)
      end
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end

    if m.month == 5 then
      if effort == "support" then
        m.say { ja = "要件を満たし、住居確保給付金を3か月延長（2024年1月まで）。債務は任意整理で月1万5千円の返済に。",
                en = "Duties met: the benefit is extended 3 months (to January 2024). The debt is settled at 15,000 yen a month." }
        m.event("program_extended", { date = m.first_day, program = "jukyo_kakuho", planned_end_on = "2024-01-31", reason = "求職活動要件を満たす" })
        interviews(m, INTERVIEW_DAYS)
        job_search(m, HW_VISITS, APPLICATIONS, 2)
      else
        m.say { ja = "要件を満たさず、住居確保給付金は10月分で終わった。11月の家賃が払えず、貯金も6万円に。",
                en = "Duties unmet: the benefit ended with October. November's rent is unpaid, and his savings are down to 60,000 yen." }
        m.event("program_ended", { date = m.first_day, program = "jukyo_kakuho", reason = "not_extended" })
        m.event("household_finance", { date = m.day(10), income_yen = 0, financial_assets_yen = 60000,
          debt_total_yen = 800000, arrears_months = 1, expenses_yen = 150000 })
        interviews(m, { 10, 24 })
        job_search(m, FEW_HW, 2)
      end
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
      return
    end

    -- 就職 / the hire: December with support, January at his own pace
    if hired_month == nil and ((effort == "support" and m.month == 6) or (effort == "own_pace" and m.month == 7)) then
      m.say { ja = "物流会社の倉庫管理で正社員に（週40時間）。", en = "A regular job in warehouse management at a logistics firm (40 hours a week)." }
      m.event("placement_started", { date = m.day(11), placement_id = "p1", employer = "物流会社（倉庫管理）", kind = "full_time",
        contract = "employment", hours_per_week = JOB_HOURS_MONTH / WEEKS, wage_per_hour_yen = HOURLY })
      hired_month = m.month
      if effort == "support" then
        m.event("program_ended", { date = m.last_day, program = "jukyo_kakuho", reason = "employed" })
      end
    end

    if effort == "own_pace" and m.month == 6 then
      m.say { ja = "社会福祉協議会の緊急小口資金で11月・12月の家賃をしのぐ。求職を立て直す。", en = "An emergency small loan from the council of social welfare covers the rent for now. The job search is rebuilt." }
      m.event("referral_made", { date = m.day(4), referral_id = "r3", target = "shakyo", warm_handoff = true, reason = "緊急小口資金" })
      m.event("referral_answered", { date = m.day(6), referral_id = "r3", outcome = "accepted" })
      interviews(m, INTERVIEW_DAYS)
      job_search(m, HW_VISITS, APPLICATIONS, 1)
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 1 })
      return
    end

    if hired_month ~= nil then
      if m.month > hired_month then
        if m.month == hired_month + 1 then
          m.event("household_finance", { date = m.day(25), income_yen = SALARY, financial_assets_yen = 80000,
            debt_total_yen = 700000, arrears_months = 0, expenses_yen = 165000 })
        end
        m.attendance { placement_id = "p1", hours = JOB_HOURS_MONTH, level = ATTENDANCE, wobble = WOBBLE }
      end
      if m.month == hired_month + 1 or m.month == hired_month + 3 then
        m.event("contact", { date = m.day(12), kind = "home_visit", minutes = 40, note = "定着の訪問と家計の確認" })
      else
        m.event("contact", { date = m.day(12), kind = "phone", minutes = 20, note = "家計の確認" })
      end
    end

    if m.month == 10 then
      m.say { ja = "プランの評価。仕事は続いているが、債務の返済はまだ残る：家計改善支援を続けて再プラン。",
              en = "The plan is evaluated: work continues, but the debt is not yet repaid. Budget support goes on in a new plan." }
      m.event("review", { date = m.day(22), kind = "evaluation", goals_total = 3, goals_achieved = 2 })
    else
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
    end
  end,
}
