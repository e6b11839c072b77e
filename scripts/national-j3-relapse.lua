-- Cさん：うつの既往のあるひとり親、コミューターから最賃保障職員へ、そして再発（全国パック、J3）
-- C-san: a single mother with a history of depression, from commuter to minimum-wage staff, and a
-- relapse (national pack, journey J3).
--
-- 学習目標 / learning goal: see `goal` below. In the national pack the universal-work rungs are
-- climbed on the plan's goals (SU-02) and, for minimum-wage staff, only on an employment contract
-- at the prefecture's minimum wage (SU-05). When attendance falls, a step down that changes the
-- contract is proposed and held (SD-01) until the contract events are recorded (SD-04); a fall in
-- the Five Different Positions holds every step up (SD-02). The choice in month 12 is how to
-- answer the relapse.

local WEEKS = 4
local COMMUTER_HOURS = 6         -- コミューター：週2日×3時間
local STAFF_HOURS = 12           -- 最賃保障職員：週3日×4時間
local SHORT_HOURS = 6            -- 再発後の短い勤務：週2日×3時間
local REGULAR_HOURS = 24         -- 一般賃金職員：週4日×6時間
local STIPEND = 500              -- 有償コミューターの謝礼（1回あたり円）
local CHIBA_MINWAGE_2023 = 1026  -- 千葉県最低賃金（円／時、2023年10月1日から）
local REGULAR_WAGE = 1150        -- 一般賃金職員の時給
local STEADY = 0.93              -- 出勤：ほぼ予定どおり
local RELAPSE = 0.45             -- 子どもの入院と再発が重なった月
local RECOVERING = { adjust = 0.85, short = 0.85 }  -- 働き方を変えたあとの出勤
local WOBBLE = 0.03              -- month-to-month spread of attendance (seeded)
local RELAPSE_MONTH = 11         -- 2024年2月
local MONTHS_BEFORE_APPRAISAL = 3  -- 最賃保障職員として落ち着いて3か月で人事考課

local answer = "step_back"       -- month 12: "step_back" (back to paid commuter) or "shorter" (same contract, fewer hours)
local seq = 0
local job = nil                  -- { id =, kind =, hours = }
local steady_staff = 0
local appraised = false
local regular_since = nil        -- the month she became regular-wage staff

local HOST = "社会福祉法人（特別養護老人ホーム）"

local function start(m, day, kind, hours, fields)
  seq = seq + 1
  local e = { date = m.day(day), placement_id = "p" .. seq, employer = HOST, kind = kind, hours_per_week = hours,
              contract = (kind == "commuter_unpaid" or kind == "commuter_paid") and "commuter_confirmation" or "employment" }
  for k, v in pairs(fields or {}) do e[k] = v end
  m.event("placement_started", e)
  job = { id = "p" .. seq, kind = kind, hours = hours }
end

local function stop(m, day, reason)
  m.event("placement_ended", { date = m.day(day), placement_id = job.id, reason = reason })
  job = nil
end

return {
  id = "national-j3-relapse",
  title = { ja = "Cさん：最賃保障職員になってからの再発", en = "C-san: a relapse after becoming minimum-wage staff" },
  goal = {
    ja = "ユニバーサル就労の段は、コミューターのあいだは個別支援計画の目標で上がり（SU-02）、最賃保障職員には雇用契約と最低賃金で上がる（SU-05）。子どもの入院と再発で出勤が落ちたとき、契約の変わるステップダウンは提案されて保留になり（SD-01）、FDPの低下はステップアップを止める（SD-02）。有償コミューターに戻すか（SD-04）、雇用契約のまま時間を減らすかで、その後の段の移動と一般賃金への移行（SU-06）の時期がどう変わるかを見る。",
    en = "On the universal-work rungs a commuter moves up on the plan's goals (SU-02) and becomes minimum-wage staff only on an employment contract at the minimum wage (SU-05). When her child's hospital stay and a relapse bring attendance down, a step down that changes the contract is proposed and held (SD-01), and a fall in the Five Different Positions holds any step up (SD-02). Compare going back to paid commuter (SD-04) with keeping the contract on fewer hours: see the moves that follow and when she reaches general wages (SU-06).",
  },
  region = "national",
  regions = { "national", "chiba" },
  start = "2023-04-10",
  months = 18,
  person = { pseudonym = "Cさん", birth_date = "1989-01-25", gender = "female", disability_cert = "none" },
  household = {
    size = 2, kind = "single_parent", housing = "rented", rent_yen = 46000, prefecture = "12", municipality = "122378",
    members = { { relation = "child", birth_date = "2016-05-30" } },
  },
  intake = { channel = "referral", source = "municipal_dept", concerns = { "childcare", "income", "job_search" }, stage = "life" },

  month = function(m)
    local level = STEADY

    if m.month == 1 then
      m.say { ja = "市の子育て支援の窓口から紹介（利用勧奨）。うつ病で通院歴があり、パートを辞めて半年。小学2年の娘と二人。",
              en = "Referred by the city's child-rearing desk. She has been treated for depression, and left her part-time job six months ago. She lives with her daughter, 7." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("assessment", { date = m.day(20), kind = "initial",
        fdp = { interpersonal = 3, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 2 })
      -- 児童扶養手当・児童手当などで月15万円、支出は月16万5千円
      m.event("household_finance", { date = m.day(20), income_yen = 150000, financial_assets_yen = 400000,
        debt_total_yen = 0, arrears_months = 0, expenses_yen = 165000 })
      return
    end

    if m.month == 2 then
      m.event("plan", { date = m.day(1), start_on = m.day(8), end_on = "2024-09-30",
        goals = { { text = "週3日、朝9時に通所する", domain = "life" }, { text = "家計表をつける", domain = "life" } } })
      m.event("plan_approved", { date = m.day(8) })
      m.event("program_enrolled", { date = m.day(8), program = "kakei", route = "budget_trouble" })
      m.event("program_enrolled", { date = m.day(8), program = "jyunbi", planned_end_on = "2024-05-07", route = "income_asset" })
      m.event("contact", { date = m.day(22), kind = "interview", minutes = 45 })
      m.event("review", { date = m.last_day, goals_total = 2, goals_achieved = 2 })
      return
    end

    if m.month == 3 then
      m.say { ja = "就労準備の通所（SST・パソコン）に慣れ、特別養護老人ホームを見学。", en = "She has settled into the readiness sessions (social skills, PC) and visits a nursing home." }
      m.event("contact", { date = m.day(14), kind = "accompany", minutes = 90 })
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 2 })
      return
    end

    if m.month == 4 then
      m.say { ja = "無償コミューターとして、浴室の清掃（16時〜16時30分）を週2日。コミューター確認書と傷害保険。",
              en = "An unpaid commuter: cleaning the baths (16:00–16:30) twice a week, on a commuter confirmation with accident insurance." }
      m.event("program_ended", { date = m.day(3), program = "jyunbi", reason = "moved_on" })
      start(m, 3, "commuter_unpaid", COMMUTER_HOURS)
    end

    -- 段の移動に合わせて受け入れ先での働き方を変える / the host follows the rungs
    local rung = m.case.rung
    if job ~= nil and job.kind == "commuter_unpaid" and rung == "commuter_paid" then
      m.say { ja = "3か月の目標を達成し、有償コミューターに（1回500円）。", en = "The 3-month goals are met: she becomes a paid commuter (500 yen a shift)." }
      stop(m, 1, "stepped_up")
      start(m, 1, "commuter_paid", COMMUTER_HOURS, { stipend_per_shift_yen = STIPEND })
    elseif job ~= nil and job.kind == "commuter_paid" and m.held("SU-02") then
      m.say { ja = "施設が最賃保障職員として雇用契約を申し出る（週3日×4時間、千葉県最低賃金）。", en = "The home offers her an employment contract as minimum-wage staff (3 days × 4 hours, Chiba minimum wage)." }
      stop(m, 1, "stepped_up")
      start(m, 1, "minwage_staff", STAFF_HOURS, { wage_per_hour_yen = CHIBA_MINWAGE_2023 })
      steady_staff = 0
    elseif (m.case.stage == "general" or rung == "regular_staff") and job ~= nil and job.kind == "minwage_staff" then
      m.say { ja = "人事考課をうけて、一般賃金職員に（週4日×6時間、雇用保険に加入）。", en = "After the appraisal she becomes regular-wage staff (4 days × 6 hours, with employment insurance)." }
      stop(m, 1, "stepped_up")
      start(m, 1, "regular_staff", REGULAR_HOURS, { wage_per_hour_yen = REGULAR_WAGE })
      regular_since = m.month
    end

    if m.month == RELAPSE_MONTH then
      m.say { ja = "娘が肺炎で入院。付き添いと不眠が重なり、うつが再燃。2週間ほとんど出勤できない。", en = "Her daughter is in hospital with pneumonia. Nights at the bedside and sleeplessness bring the depression back; for two weeks she hardly works." }
      level = RELAPSE
      m.event("assessment", { date = m.day(26), kind = "re",
        fdp = { interpersonal = 3, mental = 2, stress = 1, thinking = 3, environment = 3 }, daily_rhythm = 2 })
      m.event("contact", { date = m.day(20), kind = "home_visit", minutes = 60 })
    elseif m.month == RELAPSE_MONTH + 1 then
      local c = m.choose("relapse", {
        ja = "再発のあと、Cさんの働き方をどうしますか",
        en = "After the relapse, how should C-san work?",
      }, {
        a = { ja = "本人・施設と話し合い、有償コミューター（コミューター確認書）に戻して時間を減らす",
              en = "agree with her and the home to go back to paid commuter (commuter confirmation) on fewer hours" },
        b = { ja = "雇用契約のまま、勤務を週2日×3時間に減らしてもらう",
              en = "keep her employment contract and cut her shifts to 2 days × 3 hours" },
      })
      answer = c == "a" and "step_back" or "shorter"
      stop(m, 1, answer == "step_back" and "stepped_down" or "hours_changed")
      if answer == "step_back" then
        start(m, 1, "commuter_paid", SHORT_HOURS, { stipend_per_shift_yen = STIPEND })
      else
        start(m, 1, "minwage_staff", SHORT_HOURS, { wage_per_hour_yen = CHIBA_MINWAGE_2023 })
      end
      steady_staff = 0
      level = RECOVERING[answer == "step_back" and "adjust" or "short"]
      m.event("contact", { date = m.day(8), kind = "interview", minutes = 45 })
    elseif m.month == RELAPSE_MONTH + 3 then
      m.say { ja = "再アセスメント：ストレス2・メンタル3に戻る。主治医も「無理のない範囲で」と。", en = "Re-assessment: stress back to 2, mental 3. Her doctor agrees, within limits." }
      m.event("assessment", { date = m.day(12), kind = "re",
        fdp = { interpersonal = 3, mental = 3, stress = 2, thinking = 3, environment = 3 }, daily_rhythm = 3 })
      if answer == "shorter" then
        m.say { ja = "雇用契約のまま、勤務を週3日×4時間に戻す。", en = "Still on her contract, her shifts go back to 3 days × 4 hours." }
        stop(m, 1, "hours_changed")
        start(m, 1, "minwage_staff", STAFF_HOURS, { wage_per_hour_yen = CHIBA_MINWAGE_2023 })
      end
    end
    if regular_since ~= nil and m.month == regular_since + 1 then
      m.event("contact", { date = m.day(3), kind = "home_visit", minutes = 40, note = "一般賃金職員になって1か月の定着訪問" })
    end

    -- 最賃保障職員として落ち着いたら、人事考課 / the appraisal once she is settled as staff
    if job ~= nil and job.kind == "minwage_staff" and m.month ~= RELAPSE_MONTH then
      steady_staff = steady_staff + 1
      if not appraised and steady_staff >= MONTHS_BEFORE_APPRAISAL and m.month > RELAPSE_MONTH + 3 then
        m.event("appraisal", { date = m.day(20), placement_id = job.id, items = { rules = 5, responsibility = 4, ambition = 4, horenso = 4 } })
        appraised = true
      end
    end
    -- 戻ってから2か月落ち着いたら、同じ施設とあらためて雇用契約 / back on a contract after two good months
    if answer == "step_back" and job ~= nil and job.kind == "commuter_paid" and m.month == RELAPSE_MONTH + 3 then
      m.say { ja = "有償コミューターで2か月落ち着いた。施設とあらためて雇用契約（週3日×4時間）。", en = "Two settled months as a paid commuter: a new employment contract with the home (3 days × 4 hours)." }
      stop(m, 1, "stepped_up")
      start(m, 1, "minwage_staff", STAFF_HOURS, { wage_per_hour_yen = CHIBA_MINWAGE_2023 })
      steady_staff = 1
    end

    if job ~= nil then
      m.attendance { placement_id = job.id, hours = job.hours * WEEKS, level = level, wobble = WOBBLE }
    end
    local achieved
    if m.month == 4 or m.month == 5 then achieved = 2 else achieved = level >= 0.85 and 3 or 1 end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = achieved })
  end,
}
