-- Eligibility (domain research §2.2 就労準備支援 JR-*, §2.3 就労訓練 JK-01, §2.5 家計改善 KK-05,
-- §2.6 住居確保給付金 HK-*, §2.7 一時生活支援 IS-01).
-- Each rule returns nil (it does not apply) or
--   { program = "…", eligible = true|false, route = "…", reason = {ja=, en=}, plain = {ja=, en=} }.
-- For one programme any rule saying yes wins (its route is listed); the reasons for "no" are kept
-- only while no rule says yes. So each rule is one route and checks everything its route needs.

local contains = require("lists").contains
local open_statuses = require("case_facts").open_statuses
local is_open = require("case_facts").is_open
local text = require("text")
local yen, joined = text.yen, text.joined
local month_start_after = require("dates").month_start_after
local by_size = require("household").by_size
local table_gap = require("household").gap
local assistance_bar = require("household").assistance_bar
local jyunbi = require("jyunbi")
local kunren = require("kunren")
local hk_duties = require("hk_duties")

local function long_term_risk(case, ctx)
  return case.min_fdp_axis ~= nil and case.min_fdp_axis <= ctx.param("long_term_fdp_level")
end

-- ── 住居確保給付金 ─────────────────────────────────────────────────────────────────────────

-- HK-02 income line and HK-03 asset line of the household; the benefit is the rent up to the cap.
local function hk_lines(case, ctx)
  local h = case.household
  local base = by_size(ctx, "kijungaku_by_size", h.size)
  local cap = by_size(ctx, "jutaku_fujo_by_size", h.size)
  if base == nil or cap == nil then return nil end
  local benefit = math.min(h.rent_yen or 0, cap)
  local assets = math.min(base * ctx.param("hk_asset_multiple"), ctx.param("hk_asset_cap_yen"))
  return base + benefit, assets, benefit, cap
end

-- HK-02 and HK-03, with failures appended. True when both hold.
local function hk_means_test(case, ctx, failures)
  local h = case.household
  local income_line, asset_line, benefit = hk_lines(case, ctx)
  if income_line == nil then
    failures[#failures + 1] = table_gap(ctx, h.size)
    return false, nil
  end
  local ok = true
  if not ctx.at_most("household_income_yen", h.income_yen, income_line) then
    ok = false
    failures[#failures + 1] = { ja = string.format("世帯収入%s円が基準（基準額＋家賃%s円）を超える", yen(h.income_yen), yen(income_line)),
                                en = string.format("household income %s yen is above the line (base + rent = %s)", yen(h.income_yen), yen(income_line)) }
  end
  if not ctx.at_most("household_assets_yen", h.financial_assets_yen, asset_line) then
    ok = false
    failures[#failures + 1] = { ja = string.format("金融資産%s円が上限%s円を超える", yen(h.financial_assets_yen), yen(asset_line)),
                                en = string.format("financial assets %s yen are above the cap of %s", yen(h.financial_assets_yen), yen(asset_line)) }
  end
  return ok, benefit
end

-- HK-08 (L-16): the day a new application is possible after the last payment ended, or nil.
local function hk_reapply_from(case, ctx)
  local p = case.programs.jukyo_kakuho
  if p == nil or p.active or p.last_end_on == nil then return nil end
  return month_start_after(p.last_end_on, 1 + ctx.param("hk_reapply_wait_months"))
end


local function ichiji_name(ctx)
  if ctx.param("kyoju_shien_name") then
    return { ja = "居住支援事業（旧一時生活支援事業）", en = "housing support (formerly temporary shelter)" }
  end
  return { ja = "一時生活支援事業", en = "temporary shelter" }
end

return {
  {
    id = "JR-01",
    title = { ja = "就労準備支援：収入・資産要件（世帯単位）", en = "Readiness support: household income and asset test" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第4条第1号（収入が基準額＋住宅扶助基準以下、資産が基準額×6以下）" },
      { id = "wam_qa_setai", section = "世帯単位の収入・資産要件" },
      { id = "jiritsu_ho_kisoku", section = "第5条（期間（1年を超えない））" },
      { id = "sammu_jukyo", section = "基準額・住宅扶助基準の表" },
    },
    note = "年齢要件は jyunbi_max_age（2019年4月に撤廃）",
    applies_to = { stages = { "life", "social", "employment", "intermediate" }, statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.stage == "general" or case.household.income_yen == nil then return nil end
      local h = case.household
      local income_line, asset_line = jyunbi.lines(case, ctx)
      if income_line == nil then
        return {
          program = "jyunbi", eligible = false,
          reason = table_gap(ctx, h.size),
          plain = {
            ja = "この せたいの ひとずうの きじゅんが まだ ありません。しやくしょで たしかめます。",
            en = "There is no line yet for a household of your size. The city office will check.",
          },
        }
      end
      local failures = {}
      if not ctx.at_most("household_income_yen", h.income_yen, income_line) then
        failures[#failures + 1] = { ja = string.format("世帯収入%s円が基準%s円（基準額＋住宅扶助）を超える", yen(h.income_yen), yen(income_line)),
                                    en = string.format("household income %s yen is above %s (base + housing allowance)", yen(h.income_yen), yen(income_line)) }
      end
      if not ctx.at_most("household_assets_yen", h.financial_assets_yen, asset_line) then
        failures[#failures + 1] = { ja = string.format("世帯の金融資産%s円が基準額×6＝%s円を超える", yen(h.financial_assets_yen), yen(asset_line)),
                                    en = string.format("household assets %s yen are above 6 × base = %s", yen(h.financial_assets_yen), yen(asset_line)) }
      end
      for _, bar in ipairs(jyunbi.bars(case, ctx)) do failures[#failures + 1] = bar end
      if #failures == 0 then
        return {
          program = "jyunbi", eligible = true, route = "income_asset",
          reason = {
            ja = string.format("%d人世帯の収入%s円≦%s円、金融資産%s円≦%s円（世帯単位の要件を満たす）", h.size,
              yen(h.income_yen), yen(income_line), yen(h.financial_assets_yen), yen(asset_line)),
            en = string.format("household of %d: income %s ≤ %s yen, assets %s ≤ %s yen (household test met)", h.size,
              yen(h.income_yen), yen(income_line), yen(h.financial_assets_yen), yen(asset_line)),
          },
          plain = {
            ja = "しゅうろう じゅんび しえんを つかえます。",
            en = "You can use the work-readiness programme.",
          },
        }
      end
      return {
        program = "jyunbi", eligible = false,
        reason = { ja = "施行規則4条1号に当たらない：" .. joined(failures, "ja"),
                   en = "not within rule 4(1): " .. joined(failures, "en") },
        plain = {
          ja = "いまの しゅうにゅうや ちょきんでは、この しえんの じょうけんに あいません。",
          en = "With your household's current income or savings, this programme's conditions are not met.",
        },
      }
    end,
  },
  {
    id = "JR-02",
    title = { ja = "就労準備支援：準ずる者（おそれのある者）", en = "Readiness support: persons equivalent (at risk)" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第4条第2号（前号に準ずる者 — 収入・資産の把握が困難な者、このままでは前号に該当するおそれのある者、市町村が必要と認める者）" },
    },
    note = "「おそれのある者」の幅20%は既定値（jyunbi_risk_margin）",
    applies_to = { stages = { "life", "social", "employment", "intermediate" }, statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.stage == "general" or case.household.income_yen == nil then return nil end
      local h = case.household
      local income_line, asset_line = jyunbi.lines(case, ctx)
      if income_line == nil then return nil end  -- JR-01 says the table has no line for this size
      if h.income_yen <= income_line and h.financial_assets_yen <= asset_line then return nil end  -- JR-01 route
      local margin = 1 + ctx.param("jyunbi_risk_margin")
      local near_income = ctx.at_most("household_income_yen", h.income_yen, income_line * margin)
      local near_assets = ctx.at_most("household_assets_yen", h.financial_assets_yen, asset_line * margin)
      local bars = jyunbi.bars(case, ctx)
      if near_income and near_assets and #bars == 0 then
        return {
          program = "jyunbi", eligible = true, route = "junzuru",
          reason = {
            ja = string.format("世帯収入%s円・資産%s円は基準をわずかに超えるが%d%%以内：このままでは該当するおそれのある者（準ずる者）",
              yen(h.income_yen), yen(h.financial_assets_yen), math.floor(ctx.param("jyunbi_risk_margin") * 100 + 0.5)),
            en = string.format("household income %s and assets %s yen are just above the lines (within %d%%): at risk of falling within them (rule 4(2))",
              yen(h.income_yen), yen(h.financial_assets_yen), math.floor(ctx.param("jyunbi_risk_margin") * 100 + 0.5)),
          },
          plain = {
            ja = "しゅうろう じゅんび しえんを つかえます。",
            en = "You can use the work-readiness programme.",
          },
        }
      end
      local why = {}
      if not (near_income and near_assets) then
        why[#why + 1] = { ja = "収入・資産が基準を大きく超える", en = "income or assets well above the lines" }
      end
      for _, bar in ipairs(bars) do why[#why + 1] = bar end
      return {
        program = "jyunbi", eligible = false,
        reason = {
          ja = "準ずる者（4条2号）にも当たらない：" .. joined(why, "ja") .. "。市町村が必要と認める場合は地域のルールで判断",
          en = "not an equivalent person under rule 4(2) either: " .. joined(why, "en") .. ". A municipality that recognises the need decides in its regional rules",
        },
        plain = {
          ja = "いまは この しえんの じょうけんに あいません。ほかの しえんを いっしょに さがします。",
          en = "This programme's conditions are not met now. We will look for other support together.",
        },
      }
    end,
  },
  {
    id = "JK-01",
    title = { ja = "就労訓練事業の対象者", en = "Work training: target group" },
    references = {
      { id = "kunren_nintei", section = "直ちに一般就労が困難な者: 長期離職者・ニート・ひきこもり・心身の課題・生活保護受給者等" },
      { id = "uwn_chiba_report", section = "期間の定めなし" },
    },
    applies_to = { stages = { "social", "employment", "intermediate" }, statuses = open_statuses },
    decide = function(case, ctx)
      if not is_open(case) or case.stage == "general" or case.stage == "life" then return nil end
      local grounds = kunren.target_grounds(case, ctx)
      if #grounds == 0 then return nil end
      return {
        program = "kunren", eligible = true, route = "target_group",
        reason = {
          ja = "直ちに一般就労することが難しい（" .. joined(grounds, "ja") .. "）：非雇用型・雇用型の認定就労訓練の対象（期間の定めなし）",
          en = "immediate general employment is difficult (" .. joined(grounds, "en") .. "): certified work training, non-employment or employment type (no fixed period)",
        },
        plain = {
          ja = "じぶんの ペースで はたらく くんれんを つかえます。",
          en = "You can use work training at your own pace.",
        },
      }
    end,
  },
  {
    id = "KK-05",
    title = { ja = "家計改善支援のきっかけ", en = "Household-budget support: triggers" },
    references = {
      { id = "kakei_summary", section = "対象と所得要件なし" },
      { id = "jiritsu_ho_kaisei_2024", section = "特定被保護者の家計改善支援の利用（2025-04-01施行）" },
    },
    note = "滞納・債務・収支赤字の基準は既定値（kakei_* parameters）",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local h = case.household
      if not is_open(case) or h.income_yen == nil then return nil end
      local triggers = {}
      if ctx.at_least("arrears_months", h.arrears_months, "kakei_arrears_months_min") then
        triggers[#triggers + 1] = { ja = string.format("滞納%dか月", h.arrears_months), en = string.format("%d months in arrears", h.arrears_months) }
      end
      if ctx.at_least("debt_total_yen", h.debt_total_yen, "kakei_debt_min_yen") then
        triggers[#triggers + 1] = { ja = string.format("債務%s円", yen(h.debt_total_yen)), en = string.format("debt of %s yen", yen(h.debt_total_yen)) }
      end
      if h.expenses_yen ~= nil and ctx.below("monthly_surplus_yen", h.income_yen - h.expenses_yen, "kakei_surplus_min_yen") then
        triggers[#triggers + 1] = { ja = string.format("月%s円の赤字", yen(h.expenses_yen - h.income_yen)),
                                    en = string.format("a deficit of %s yen a month", yen(h.expenses_yen - h.income_yen)) }
      end
      if #triggers == 0 then return nil end
      local assisted = assistance_bar(case, ctx, { ja = "家計改善支援", en = "household-budget support" })
      if assisted ~= nil then
        return {
          program = "kakei", eligible = false,
          reason = { ja = "家計の課題（" .. joined(triggers, "ja") .. "）はあるが、" .. assisted.ja,
                     en = "budget problems (" .. joined(triggers, "en") .. "), but " .. assisted.en },
          plain = { ja = "おかねの そうだんは せいかつ ほごの たんとうしゃと します。", en = "Your public-assistance caseworker will help you with money matters." },
        }
      end
      return {
        program = "kakei", eligible = true, route = "budget_trouble",
        reason = {
          ja = "家計の課題：" .. joined(triggers, "ja") .. "。家計表で課題を把握し、家計再生・適正家計の継続へ（所得要件なし）",
          en = "budget problems: " .. joined(triggers, "en") .. ". Map the budget, then repair and keep it steady (no income requirement)",
        },
        plain = {
          ja = "おかねの やりくりを いっしょに かんがえる しえんを つかえます。",
          en = "You can get help planning your household money.",
        },
      }
    end,
  },
  {
    id = "HK-01",
    title = { ja = "住居確保給付金：新規の支給要件", en = "Housing security benefit: a new application" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "離職・廃業後2年以内の主たる生計維持者; 2020年4月から休業等による収入減少" },
      { id = "sammu_jukyo", section = "収入基準額の表" },
      { id = "jiritsu_ho_kisoku", section = "第16条（再支給の制限）" },
    },
    note = "資産の上限100万円は既定値（hk_asset_cap_yen）; 家主への代理納付",
    applies_to = { stages = { "life", "social", "employment", "intermediate" }, statuses = open_statuses },
    decide = function(case, ctx)
      local h, loss = case.household, case.job_loss
      if not is_open(case) or case.stage == "general" or loss == nil or h.income_yen == nil then return nil end
      if h.housing ~= "rented" and h.housing ~= "homeless" then return nil end
      local p = case.programs.jukyo_kakuho
      if p ~= nil and p.active then return nil end  -- HK-06 speaks while it is paid
      local failures = {}
      local route = loss.cause == "income_drop" and "income_drop" or "job_loss"
      if route == "income_drop" and not ctx.equals("income_drop_route", ctx.param("hk_income_drop_route"), true) then
        failures[#failures + 1] = { ja = "休業等による収入減少の類型は2020年4月20日から", en = "the income-drop route exists from 20 April 2020" }
      end
      local max_age = ctx.param("hk_max_age")
      if max_age and case.age ~= nil and not ctx.at_most("age", case.age, max_age) then
        failures[#failures + 1] = { ja = string.format("%d歳（2020年3月までは65歳未満が要件）", case.age),
                                    en = string.format("age %d (under 65 was required until March 2020)", case.age) }
      end
      local since = ctx.days_between(loss.lost_on, ctx.as_of)
      if not ctx.at_most("days_since_job_loss", since, "hk_job_loss_window_days") then
        failures[#failures + 1] = { ja = string.format("離職等（%s）から2年を過ぎた", loss.lost_on), en = string.format("more than 2 years since the job loss (%s)", loss.lost_on) }
      end
      if not ctx.equals("main_earner", loss.main_earner, true) then
        failures[#failures + 1] = { ja = "主たる生計維持者でない", en = "not the household's main earner" }
      end
      local _, benefit = hk_means_test(case, ctx, failures)
      local from = hk_reapply_from(case, ctx)
      if from ~= nil then
        local last = case.programs.jukyo_kakuho.last_end_on
        if ctx.as_of < from then
          failures[#failures + 1] = { ja = string.format("前回の支給終了（%s）の翌月から1年間は再申請できない（%sから）", last, from),
                                      en = string.format("no new application within a year of the month after the last payment (%s); possible from %s", last, from) }
        elseif loss.lost_on <= last then
          failures[#failures + 1] = { ja = "前回の支給終了後に新たな離職等がない", en = "no new job loss since the last payment ended" }
        end
      end
      if #failures == 0 then
        return {
          program = "jukyo_kakuho", eligible = true, route = route,
          reason = {
            ja = string.format("%s（%s）から2年以内の主たる生計維持者、収入・資産が基準内：家賃%s円に対し月%s円（住宅扶助基準まで）を家主へ、まず%dか月",
              route == "income_drop" and "収入減少" or "離職", loss.lost_on, yen(h.rent_yen), yen(benefit), ctx.param("hk_period_months")),
            en = string.format("main earner within 2 years of the %s (%s), income and assets within the lines: %s yen a month of the %s rent (up to the cap), paid to the landlord, for %d months first",
              route == "income_drop" and "income drop" or "job loss", loss.lost_on, yen(benefit), yen(h.rent_yen), ctx.param("hk_period_months")),
          },
          plain = {
            ja = "やちんの たすけ（じゅうきょ かくほ きゅうふきん）を もうしこめます。",
            en = "You can apply for help with your rent (housing security benefit).",
          },
        }
      end
      return {
        program = "jukyo_kakuho", eligible = false,
        reason = { ja = "住居確保給付金の要件を満たさない：" .. joined(failures, "ja"), en = "housing security benefit conditions not met: " .. joined(failures, "en") },
        plain = {
          ja = "いまは やちんの たすけの じょうけんに あいません。",
          en = "The rent-help conditions are not met right now.",
        },
      }
    end,
  },
  {
    id = "HK-06",
    title = { ja = "住居確保給付金：支給の継続と延長（3か月＋3か月＋3か月）", en = "Housing security benefit: continuing and extending (3 + 3 + 3 months)" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第12条（3か月、要件を満たし就職に向けた活動をしている場合は3か月ごとに9か月まで）" },
      { id = "sammu_jukyo", section = "求職活動要件（2023年4月から）" },
    },
    note = "収入の再確認で基準超過なら支給中止とするのは既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p, h = case.programs.jukyo_kakuho, case.household
      if not is_open(case) or p == nil or not p.active or h.income_yen == nil then return nil end
      local failures = {}
      local means_ok = hk_means_test(case, ctx, failures)
      if not means_ok then
        return {
          program = "jukyo_kakuho", eligible = false,
          reason = { ja = "支給中止の検討：" .. joined(failures, "ja"), en = "consider stopping the benefit: " .. joined(failures, "en") },
          plain = { ja = "しゅうにゅうが ふえたので、やちんの たすけは おわりに なります。", en = "Your income has gone up, so the rent help will end." },
        }
      end
      local ends = p.planned_end_on
      local left = ends and ctx.days_between(ctx.as_of, ends) or nil
      if left == nil or not ctx.at_most("days_to_benefit_end", left, "hk_extension_window_days") then
        return {
          program = "jukyo_kakuho", eligible = true, route = "in_payment",
          reason = {
            ja = string.format("支給中（%d回目の期間、%sまで）：収入・資産は基準内", p.extensions + 1, ends or "未定"),
            en = string.format("being paid (period %d, until %s): income and assets within the lines", p.extensions + 1, ends or "open"),
          },
          plain = { ja = "やちんの たすけが つづいて います。", en = "Your rent help continues." },
        }
      end
      local light = p.route == "income_drop" and ctx.param("hk_income_drop_light_duties")
      local duties_ok, unmet = hk_duties.check(case, ctx, light)
      local room = ctx.at_most("benefit_months_after_extension", p.months_granted + ctx.param("hk_extension_months"), "hk_max_months")
      if duties_ok and room then
        return {
          program = "jukyo_kakuho", eligible = true, route = "extension",
          reason = {
            ja = string.format("%sで期間終了：求職活動要件を満たし、延長%d回目（%dか月→%dか月、上限%dか月）が可能", ends, p.extensions + 1,
              p.months_granted, p.months_granted + ctx.param("hk_extension_months"), ctx.param("hk_max_months")),
            en = string.format("the period ends on %s: job-search duties met, extension %d possible (%d → %d months, at most %d)", ends, p.extensions + 1,
              p.months_granted, p.months_granted + ctx.param("hk_extension_months"), ctx.param("hk_max_months")),
          },
          plain = { ja = "やちんの たすけを あと 3かげつ のばせます。", en = "The rent help can go on for 3 more months." },
        }
      end
      local why = {}
      if not duties_ok then for _, u in ipairs(unmet) do why[#why + 1] = u end end
      if not room then
        why[#why + 1] = { ja = string.format("支給期間が上限%dか月に達する", ctx.param("hk_max_months")),
                          en = string.format("the benefit reaches its %d-month limit", ctx.param("hk_max_months")) }
      end
      return {
        program = "jukyo_kakuho", eligible = false,
        reason = { ja = string.format("%sで支給終了（延長できない）：", ends) .. joined(why, "ja"),
                   en = string.format("the benefit ends on %s (no extension): ", ends) .. joined(why, "en") },
        plain = { ja = "やちんの たすけは こんかいで おわりです。これからの くらしを いっしょに かんがえましょう。",
                  en = "The rent help ends this time. Let's plan what comes next together." },
      }
    end,
  },
  {
    id = "HK-07",
    title = { ja = "住居確保給付金：病気等による中断後の再開", en = "Housing security benefit: restart after illness" },
    references = {
      { id = "jiritsu_ho_kisoku", section = "第12条（疾病・負傷等で要件を欠いた後2年以内に再び満たせば再開、通算9か月まで）" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local p, h = case.programs.jukyo_kakuho, case.household
      if not is_open(case) or p == nil or p.active or p.last_end_reason ~= "illness" or h.income_yen == nil then return nil end
      local failures = {}
      if not ctx.at_most("days_since_interruption", ctx.days_between(p.last_end_on, ctx.as_of), "hk_illness_restart_days") then
        failures[#failures + 1] = { ja = "中断から2年を過ぎた", en = "more than 2 years since the interruption" }
      end
      if not ctx.below("benefit_months_granted", p.months_granted, "hk_max_months") then
        failures[#failures + 1] = { ja = "通算9か月を受給済み", en = "9 months already received" }
      end
      hk_means_test(case, ctx, failures)
      local left = ctx.param("hk_max_months") - p.months_granted
      if #failures == 0 then
        return {
          program = "jukyo_kakuho", eligible = true, route = "restart_after_illness",
          reason = {
            ja = string.format("病気等による中断（%s）から2年以内、要件を再び満たす：残り%dか月まで再開できる", p.last_end_on, left),
            en = string.format("interrupted by illness (%s) less than 2 years ago and the conditions are met again: may restart for up to %d months", p.last_end_on, left),
          },
          plain = { ja = "やちんの たすけを また つかえます。", en = "You can use the rent help again." },
        }
      end
      return {
        program = "jukyo_kakuho", eligible = false,
        reason = { ja = "病気等による中断後の再開はできない：" .. joined(failures, "ja"), en = "no restart after the illness break: " .. joined(failures, "en") },
        plain = { ja = "やちんの たすけを また つかう ことは できません。", en = "The rent help cannot be restarted." },
      }
    end,
  },
  {
    id = "HK-10",
    title = { ja = "住居確保給付金：家賃の低い住宅への転居費用（2025年4月から）", en = "Housing security benefit: moving to cheaper housing (from April 2025)" },
    references = {
      { id = "jiritsu_ho_kaisei_2024", section = "家計改善のための転居費用（2025-04-01施行）" },
    },
    note = "家賃が住宅扶助基準を超え家計改善支援を利用中であることを要件とするのは既定値",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local h, loss, kakei = case.household, case.job_loss, case.programs.kakei
      if not is_open(case) or h.housing ~= "rented" or loss == nil or h.income_yen == nil then return nil end
      if not ctx.param("hk_tenkyo_route") then return nil end
      if kakei == nil or not kakei.active then return nil end
      local _, _, _, cap = hk_lines(case, ctx)
      if cap == nil or not ctx.above("rent_yen", h.rent_yen, cap) then return nil end
      -- Its own route since the 2025 amendment: not bound to the two years after the job loss that
      -- HK-01 requires. A route that only opens: when it does not hold, HK-01 explains the benefit.
      if not hk_means_test(case, ctx, {}) then return nil end
      return {
        program = "jukyo_kakuho", eligible = true, route = "tenkyo",
        reason = {
          ja = string.format("家賃%s円が住宅扶助基準%s円を超え、家計改善支援で転居が必要と判断されれば転居費用を支給できる", yen(h.rent_yen), yen(cap)),
          en = string.format("rent of %s yen is above the %s cap: moving costs can be paid if budget support finds a move to cheaper housing necessary", yen(h.rent_yen), yen(cap)),
        },
        plain = { ja = "やちんの やすい いえに ひっこす おかねの たすけを つかえます。", en = "You can get help with the cost of moving to a cheaper home." },
      }
    end,
  },
  {
    id = "IS-01",
    title = { ja = "一時生活支援（居住支援事業）：住居のない人", en = "Temporary shelter (housing support): no stable housing" },
    references = {
      { id = "ichiji_summary", section = "原則3か月、必要に応じて6か月まで" },
      { id = "jiritsu_ho", section = "一時生活支援事業" },
      { id = "jiritsu_ho_kaisei_2024", section = "2025年4月から居住支援事業" },
    },
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      local used = case.programs.ichiji_seikatsu
      if not is_open(case) or (case.household.housing ~= "homeless" and used == nil) then return nil end
      local months = used and used.months or 0
      local name = ichiji_name(ctx)
      if not ctx.below("shelter_months", months, "ichiji_max_months") then
        return {
          program = "ichiji_seikatsu", eligible = false,
          reason = { ja = string.format("%sの利用が上限%dか月に達した：住まいの確保と次の支援へ", name.ja, ctx.param("ichiji_max_months")),
                     en = string.format("%s has reached its %d-month limit: secure housing and move on", name.en, ctx.param("ichiji_max_months")) },
          plain = { ja = "とまる ところの しえんは おわりです。すむ ところを いっしょに さがしましょう。", en = "The stay is ending. Let's find a place to live together." },
        }
      end
      if case.household.housing ~= "homeless" and not (used and used.active) then return nil end
      local assisted = assistance_bar(case, ctx, name)
      if assisted ~= nil then
        return {
          program = "ichiji_seikatsu", eligible = false, reason = assisted,
          plain = { ja = "すむ ところの ことは せいかつ ほごの たんとうしゃと そうだんします。", en = "Your public-assistance caseworker will help with housing." },
        }
      end
      local extended = not ctx.below("shelter_months", months, "ichiji_standard_months")
      return {
        program = "ichiji_seikatsu", eligible = true, route = extended and "extended" or "shelter",
        reason = extended
          and { ja = string.format("%s %dか月目：原則%dか月を超えるため、必要性を確認して%dか月まで", name.ja, months + 1,
                  ctx.param("ichiji_standard_months"), ctx.param("ichiji_max_months")),
                en = string.format("%s, month %d: beyond the usual %d months, only where needed, up to %d", name.en, months + 1,
                  ctx.param("ichiji_standard_months"), ctx.param("ichiji_max_months")) }
          or { ja = string.format("住居がない：%s（宿泊場所と食事、原則%dか月）", name.ja, ctx.param("ichiji_standard_months")),
               en = string.format("no stable housing: %s (a place to stay and meals, %d months in principle)", name.en, ctx.param("ichiji_standard_months")) },
        plain = { ja = "とまる ところと しょくじの しえんを つかえます。", en = "You can get a place to stay and meals." },
      }
    end,
  },
  {
    id = "IS-02",
    title = { ja = "地域居住支援：シェルターを出て住まいに移った人", en = "Community housing support: out of the shelter into a home" },
    references = {
      { id = "jiritsu_ho_kaisei_2018", section = "地域居住支援事業（2019年4月から、一時生活支援事業の一部）" },
      { id = "jiritsu_ho_kaisei_2024", section = "2025年4月から居住支援事業" },
    },
    note = "Only the route after the shelter is encoded; isolated low-income renters at risk are not yet (no case fact says so).",
    applies_to = { statuses = open_statuses },
    decide = function(case, ctx)
      if not ctx.param("chiiki_kyoju") or not is_open(case) then return nil end
      local shelter = case.programs.ichiji_seikatsu
      -- Still without a home, or still in the shelter: IS-01 decides.
      if case.household.housing == "homeless" or shelter == nil or shelter.active then return nil end
      local name = { ja = "地域居住支援事業", en = "community housing support" }
      local assisted = assistance_bar(case, ctx, name)
      if assisted ~= nil then
        return {
          program = "chiiki_kyoju", eligible = false, reason = assisted,
          plain = { ja = "あたらしい すまいでの くらしは せいかつ ほごの たんとうしゃと そうだんします。", en = "Your public-assistance caseworker will help with life in your new home." },
        }
      end
      return {
        program = "chiiki_kyoju", eligible = true, route = "after_shelter",
        reason = { ja = string.format("%sを出て住まいに移った：入居後の見守り・生活支援（%s）", ichiji_name(ctx).ja, name.ja),
                   en = string.format("moved from %s into a home: visits and support after moving in (%s)", ichiji_name(ctx).en, name.en) },
        plain = { ja = "あたらしい すまいで くらしが おちつくまで、ときどき ようすを みに いきます。", en = "We will visit you now and then until life in your new home settles." },
      }
    end,
  },
}
