-- Jさん：がん治療と子育てを抱えながら、見学から一段ずつ（大阪パック、態様横断）
-- J-san: back to work step by step while in cancer treatment and raising a child alone (Osaka
-- pack, cross-category support).
--
-- 学習目標 / learning goal: see `goal` below. The Osaka pack reads a person through several
-- categories at once (がん患者・貧困母子世帯・就職氷河期世代 here), names the lead category's
-- organisation (OS-11), calls a cross-category case conference when two or more specialist
-- organisations are involved (OS-32), and makes the intermediate menu 見学 → 体験実習 → 就労訓練 →
-- 訓練付き就労 into rungs (OS-21 … OS-25). The choice in month 2 is how the plan is built.

-- 出勤のよさ（予定時間のうち出勤した割合、0〜1）/ attendance as a share of scheduled hours
local STEADY = 0.92            -- she comes to nearly every shift
local TIRED_ADJUSTED = 0.80    -- side effects, but shifts arranged around hospital days
local TIRED_FIXED = 0.45       -- side effects, and fixed shifts that clash with hospital days
local AFTER_STEP_BACK = 0.75   -- still tired, on fewer hours after stepping back
local RECOVERED_LIGHT = 0.85   -- the month after, on fewer hours, feeling better
local WOBBLE = 0.04            -- month-to-month spread of attendance (seeded)

-- ホルモン療法の副作用が強まる月（2023年10月・11月）/ the months her hormone therapy hits hardest
local TREATMENT_MONTHS = { [6] = true, [7] = true }

-- 週あたりの予定時間 / scheduled hours a week
local VISIT_HOURS = 2          -- 見学：2時間×週1回
local PRACTICUM_HOURS = { team = 12, single = 16 }   -- 体験実習：週3日×4時間（通院日を避ける）か、週4日×4時間
local TRAINING_HOURS = { team = 16, single = 20 }    -- 就労訓練（非雇用型）
local LIGHT_HOURS = 8          -- 一段戻ったときの時間（週2日×4時間）
local CONTRACT_HOURS = 20      -- 訓練付き就労の雇用契約（週5日×4時間）
local FIRST_CONTRACT_HOURS = 16  -- 2か月目にすぐ結ぶ雇用契約（週4日×4時間）
local HALF_MONTH_WEEKS = 2     -- 6月19日から月末まで：2週間分
local WEEKS = 4                -- a month of attendance is scheduled as four weeks

-- 大阪府最低賃金（円／時）：2023年9月までは1,023円、10月1日から1,064円
local OSAKA_MINWAGE_2022 = 1023
local OSAKA_MINWAGE_2023 = 1064
local PART_TIME_WAGE = 1100    -- 一般就労（パート職員）の時給

local STEADY_ENOUGH = 0.80     -- a training month counts as steady from this attendance
local STEADY_MONTHS_BEFORE_CONTRACT = { team = 3, single = 3, income = 2 }  -- 訓練が安定して続いた月数
local MONTHS_TO_APPRAISAL = 3  -- 訓練付き就労の段で3か月目に人事考課（大阪パックの kunren_koyo_months_min と同じ）

local COMPANY = "協力企業（八尾市内の物流・事務センター）"

local path = "team"            -- "team" | "single" | "income", chosen in month 2
local seq = 0                  -- placement ids p1, p2, …
local current = nil            -- { id =, kind = } of the active placement
local decided = false          -- 認定就労訓練の支援決定（自治体）が出たか
local steady_training = 0      -- months of steady attendance in training
local contract_started = nil   -- month the employment-with-training contract began
local koyo_months = 0          -- months begun at the employment-with-training rung
local appraised, hired = false, false

local function start(m, kind, day, fields)
  seq = seq + 1
  local id = "p" .. seq
  local e = { date = m.day(day), placement_id = id, employer = COMPANY, kind = kind, contract = "none", hours_per_week = fields.hours }
  for k, v in pairs(fields) do if k ~= "hours" then e[k] = v end end
  m.event("placement_started", e)
  current = { id = id, kind = kind, hours = fields.hours }
end

local function stop(m, day, reason)
  if current ~= nil then
    m.event("placement_ended", { date = m.day(day), placement_id = current.id, reason = reason })
    current = nil
  end
end

-- 3つの目標のうち達成できた数を出勤のよさから / goals met out of three, from how she attended
local function goals_met(level)
  if level >= 0.85 then return 3 elseif level >= 0.7 then return 2 else return 1 end
end

return {
  id = "osaka-crossing",
  title = {
    ja = "Jさん：がん治療とひとり親、態様をまたいで一段ずつ",
    en = "J-san: cancer treatment and single parenthood, one step at a time across categories",
  },
  goal = {
    ja = "大阪パックでは、一人の人が複数の態様（がん患者・貧困母子世帯・就職氷河期世代）に当たり、主たる態様の専門団体（OS-11）と、複数の団体にまたがるときの態様横断のケース会議（OS-32）が示される。2か月目の選択で、態様横断で協働し治療に合わせた通い方を組むか、一つの窓口に任せて標準の時間で進めるか、収入を急いで雇用契約から始めるかを比べ、見学→体験実習→就労訓練→訓練付き就労の段（OS-21〜25）で、ステップダウン（SD-01）・自治体の決定待ちの保留・最低賃金改定のアラート（OS-33）がどう変わるかを見る。",
    en = "Under the Osaka pack one person can fall into several categories (cancer patient, poor single-mother household, ice-age generation): the pack names the lead category's organisation (OS-11) and calls a cross-category case conference when two or more are involved (OS-32). Compare the month-2 choices — work across categories and fit the schedule to her treatment, leave it to one window on standard hours, or start straight on an employment contract for the income — and see on the rungs visit → practicum → training → employment with training (OS-21–25) how step-downs (SD-01), holds awaiting the municipality's decision and the minimum-wage revision alert (OS-33) change.",
  },
  region = "osaka",
  regions = { "osaka", "national" },
  start = "2023-05-08",
  months = 14,
  person = { pseudonym = "Jさん", birth_date = "1981-06-20", gender = "female", disability_cert = "none" },
  household = {
    size = 2, kind = "single_parent", housing = "rented", rent_yen = 52000, prefecture = "27", municipality = "272124",
    members = { { relation = "child", birth_date = "2013-02-11" } },
  },
  intake = { channel = "referral", source = "municipal_dept", concerns = { "job_search", "income", "cancer", "childcare" }, stage = "employment" },

  month = function(m)
    local level = STEADY

    if m.month == 1 then
      m.say { ja = "市の子育て支援課から紹介。乳がんの手術から1年、ホルモン療法を続けながら働きたい。小学4年の娘と二人暮らし。",
              en = "Referred by the city's child-rearing section: a year after breast-cancer surgery, still on hormone therapy, she wants to work. She lives with her daughter, 10." }
      m.event("consent", { date = m.first_day, info_sharing = true })
      m.event("contact", { date = m.day(15), kind = "interview", minutes = 60 })
      m.event("assessment", { date = m.day(22), kind = "initial",
        fdp = { interpersonal = 4, mental = 3, stress = 3, thinking = 4, environment = 3 }, daily_rhythm = 4 })
      -- 児童扶養手当・児童手当・養育費で月13万2千円、支出は月17万5千円
      m.event("household_finance", { date = m.day(22), income_yen = 132000, financial_assets_yen = 180000,
        debt_total_yen = 0, arrears_months = 0, expenses_yen = 175000 })
      m.say { ja = "以前は事務職。月2回の通院日と、疲れやすさが気がかり。", en = "She used to work in an office. Hospital days twice a month and fatigue worry her." }
      return
    end

    if m.month == 2 then
      local c = m.choose("plan", {
        ja = "がん・ひとり親・氷河期世代。プランをどう組みますか",
        en = "Cancer, single parent, ice-age generation: how do you build the plan?",
      }, {
        a = { ja = "態様横断のケース会議を開き、がん相談支援センターと母子家庭等就業・自立支援センターと協働。通院日を避けたシフトで見学から",
              en = "hold a cross-category case conference, work with the cancer centre and the single-parent centre, and start with a visit on shifts that avoid hospital days" },
        b = { ja = "窓口は母子家庭等就業・自立支援センターに一本化し、標準の時間（週4日）で見学・体験実習へ",
              en = "use the single-parent centre as the one window, and go to a visit and practicum on standard hours (4 days a week)" },
        c = { ja = "収入を急ぎたいという本人の希望どおり、協力企業とすぐ雇用契約（訓練付き就労）を結ぶ",
              en = "as she asks, sign an employment contract (employment with training) with a cooperating company at once, for the income" },
      })
      path = c == "a" and "team" or (c == "b" and "single" or "income")
      m.event("plan", { date = m.day(5), start_on = m.day(12), end_on = "2024-05-31",
        goals = { { text = "決めた日に通う（通院日は事前に連絡）", domain = "work" }, { text = "職場で困ったことを担当者に伝える", domain = "social" },
                  { text = "娘の下校時間までに帰れる働き方を見つける", domain = "life" } } })
      if path == "team" then
        m.say { ja = "がん相談支援センターの両立支援の相談員、母子家庭等就業・自立支援センター、協力企業の担当者と態様横断のケース会議。",
                en = "A cross-category case conference with the cancer centre's work-and-treatment counsellor, the single-parent centre and the company." }
        m.event("contact", { date = m.day(8), kind = "case_conference", minutes = 90 })
        m.event("referral_made", { date = m.day(8), referral_id = "r1", target = "gan_soudan", warm_handoff = true })
        m.event("referral_made", { date = m.day(8), referral_id = "r2", target = "boshi_centre", warm_handoff = true })
        m.event("referral_answered", { date = m.day(9), referral_id = "r1", outcome = "accepted" })
        m.event("referral_answered", { date = m.day(9), referral_id = "r2", outcome = "accepted" })
      else
        m.event("referral_made", { date = m.day(8), referral_id = "r2", target = "boshi_centre", warm_handoff = false })
        m.event("referral_answered", { date = m.day(12), referral_id = "r2", outcome = "accepted" })
      end
      m.event("plan_approved", { date = m.day(12) })
      m.event("referral_made", { date = m.day(13), referral_id = "r3", target = "osaka_kyoryoku_kigyo", warm_handoff = true })
      m.event("referral_answered", { date = m.day(14), referral_id = "r3", outcome = "accepted" })
      if path == "income" then
        m.say { ja = "協力企業と雇用契約。週4日×4時間、時給は大阪府最低賃金と同じ1,023円。", en = "An employment contract with the company: 4 days × 4 hours at 1,023 yen, the Osaka minimum wage." }
        start(m, "kunren_koyo", 19, { hours = FIRST_CONTRACT_HOURS, contract = "employment", wage_per_hour_yen = OSAKA_MINWAGE_2022 })
        contract_started = m.month
        m.attendance { placement_id = current.id, hours = FIRST_CONTRACT_HOURS * HALF_MONTH_WEEKS, level = STEADY, wobble = WOBBLE }
      else
        start(m, "kengaku", 19, { hours = VISIT_HOURS })
        m.attendance { placement_id = current.id, hours = VISIT_HOURS * HALF_MONTH_WEEKS, level = STEADY, wobble = WOBBLE }
      end
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = 3 })
      return
    end

    local rung = m.case.rung
    local tired = TREATMENT_MONTHS[m.month]

    -- 訓練付き就労から一般就労へ移ったら、同じ会社でパートの雇用に切り替える
    if m.case.stage == "general" and current ~= nil and current.kind == "kunren_koyo" then
      m.say { ja = "訓練の支えなしで働けると評価され、同じ会社のパート職員に。", en = "Judged able to work without the training support, she becomes a part-time employee at the same company." }
      stop(m, 1, "moved_on")
      m.event("program_ended", { date = m.first_day, program = "kunren", reason = "employed" })
      start(m, "part_time", 1, { hours = CONTRACT_HOURS, contract = "employment", wage_per_hour_yen = PART_TIME_WAGE })
      hired = true
    end

    if path ~= "income" then
      if m.month == 3 then
        stop(m, 1, "completed")
        start(m, "taiken", 3, { hours = PRACTICUM_HOURS[path] })
      end
      -- 段が下がって体験実習に戻ったら、時間を減らした体験実習に切り替える / stepped back to the practicum rung
      if rung == "taiken" and current ~= nil and current.kind == "kunren_hikoyo" then
        m.say { ja = "就労訓練から体験実習に一段戻り、週2日×4時間に減らして続ける。", en = "One rung back, from training to a practicum, at 2 days × 4 hours." }
        stop(m, 1, "stepped_down")
        start(m, "taiken", 1, { hours = LIGHT_HOURS })
        steady_training = 0
      elseif rung == "kunren_hikoyo" and current ~= nil and current.kind == "taiken" and decided then
        stop(m, 1, "stepped_up")
        start(m, "kunren_hikoyo", 2, { hours = TRAINING_HOURS[path] })
      end
      if m.month == 5 and not decided then
        m.say { ja = "体験実習の振り返りを受けて、支援調整会議で認定就労訓練（非雇用型）を市が決定。", en = "After the practicum review, the coordination meeting: the city decides on certified training (non-employment type)." }
        m.event("program_enrolled", { date = m.day(27), program = "kunren", route = "hikoyo" })
        decided = true
      end
      if m.month == 6 and current ~= nil and current.kind == "taiken" then
        stop(m, 1, "completed")
        start(m, "kunren_hikoyo", 2, { hours = TRAINING_HOURS[path] })
      end
    else
      if m.month == 3 then
        m.say { ja = "支援調整会議で、訓練付き就労（雇用型の認定就労訓練）を市が決定。", en = "The coordination meeting: the city decides on employment-type certified training." }
        m.event("program_enrolled", { date = m.day(20), program = "kunren", route = "koyo" })
        decided = true
      end
      -- 雇用契約の時間を守れなくなったら、非雇用型の訓練へ切り替える（本人・会社と合意）
      if m.month == 7 and current ~= nil and current.kind == "kunren_koyo" then
        m.say { ja = "契約の時間を守れない日が続いた。本人・会社と話し合い、雇用契約を終えて非雇用型の訓練（週2日）に切り替える。会社が10月の最低賃金改定に対応していなかったことも分かった。",
                en = "She could not keep to the contract's hours. With her and the company, the contract ends and she moves to non-employment training (2 days a week). The company had also missed October's minimum-wage revision." }
        stop(m, 1, "stepped_down")
        start(m, "kunren_hikoyo", 2, { hours = LIGHT_HOURS })
        steady_training = 0
        contract_started = nil
      end
    end

    if tired then
      m.say { ja = "ホルモン療法の副作用（だるさ・関節の痛み）が強まる。", en = "The side effects of her hormone therapy (fatigue, joint pain) get worse." }
      if path == "team" then level = TIRED_ADJUSTED
      elseif current ~= nil and current.hours <= LIGHT_HOURS then level = AFTER_STEP_BACK
      else level = TIRED_FIXED end
    elseif current ~= nil and current.hours <= LIGHT_HOURS and m.month == 8 then
      level = RECOVERED_LIGHT
    end
    if path == "team" and tired then
      m.event("contact", { date = m.day(6), kind = "phone", minutes = 20 })
      m.event("contact", { date = m.day(20), kind = "interview", minutes = 40 })
    end

    -- 就労訓練が安定したら、訓練付き就労（雇用契約）へ / a contract once training has been steady
    if current ~= nil and current.kind == "kunren_hikoyo" and rung == "kunren_hikoyo" and contract_started == nil
        and steady_training >= STEADY_MONTHS_BEFORE_CONTRACT[path] then
      m.say { ja = "訓練が安定した。協力企業と雇用契約を結び、訓練付き就労へ（週5日×4時間）。", en = "Training is steady: an employment contract with the company, employment with training (5 days × 4 hours)." }
      stop(m, 1, "stepped_up")
      start(m, "kunren_koyo", 2, { hours = CONTRACT_HOURS, contract = "employment", wage_per_hour_yen = OSAKA_MINWAGE_2023 })
      contract_started = m.month
    end
    -- 人事考課（訓練付き就労の段で3か月目、体調の落ち着いた月に）/ the appraisal, in the third month on the rung
    koyo_months = (rung == "kunren_koyo" and current ~= nil and current.kind == "kunren_koyo") and koyo_months + 1 or 0
    if not appraised and not tired and koyo_months >= MONTHS_TO_APPRAISAL then
      m.event("appraisal", { date = m.day(25), placement_id = current.id,
        items = { rules = 4, responsibility = 5, ambition = 4, horenso = 4 } })
      appraised = true
    end

    if current ~= nil then
      m.attendance { placement_id = current.id, hours = current.hours * WEEKS, level = level, wobble = WOBBLE }
    end
    if current ~= nil and current.kind == "kunren_hikoyo" then
      steady_training = level >= STEADY_ENOUGH and steady_training + 1 or steady_training
    end

    if m.month == 14 then
      m.say { ja = "プランの評価。関係した団体と態様横断の会議で次のプランを考える。", en = "Plan evaluation: the organisations involved meet across categories to shape the next plan." }
      m.event("review", { date = m.day(10), kind = "evaluation", goals_total = 3, goals_achieved = goals_met(level) })
    else
      m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = goals_met(level) })
    end
    if hired and m.month == 13 then
      m.event("contact", { date = m.day(5), kind = "home_visit", minutes = 40 })
    end
  end,
}
