-- Kanagawa eligibility: which optional programmes each city runs (003: 鎌倉市 任意事業なし;
-- 藤沢市 就労準備支援・家計相談支援・学習支援), learning support (GK-01) and byturn (BT-01).
--
-- JR-01, JR-02 and KK-05 replace national's rules of the same id: in a city that does not run
-- the programme they say so (eligible = false); in a city that runs it they are national's rules
-- unchanged (copied from rules/national/eligibility.lua, national 0.2.0 — keep them in step).
-- A programme cannot be vetoed by another rule (any "yes" wins), hence the copies; see README.

-- ── copied from national ──────────────────────────────────────────────────────────────────
local function is_open(case)
  return case.status ~= "closed" and case.status ~= "suspended"
end

local function listed(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

-- A household-size table (index = size; larger households use the last value).
local function by_size(ctx, name, size)
  local t = ctx.param(name)
  local n = math.max(1, math.min(size or 1, #t))
  return t[n]
end

-- 12345678 → "12,345,678"
local function yen(n)
  local digits = string.format("%d", math.floor(n + 0.5))
  local grouped = string.reverse((string.gsub(string.reverse(digits), "(%d%d%d)", "%1,")))
  return (string.gsub(grouped, "^,", ""))
end

-- Joins failure texts {ja=, en=} into one reason.
local function joined(failures, lang)
  local parts = {}
  for _, f in ipairs(failures) do parts[#parts + 1] = f[lang] end
  return table.concat(parts, lang == "ja" and "／" or "; ")
end

-- The JR-01 lines for the household (JR-03: the household is the unit; JR-04: 基準額).
local function jyunbi_lines(case, ctx)
  local h = case.household
  local base = by_size(ctx, "kijungaku_by_size", h.size)
  return base + by_size(ctx, "jutaku_fujo_by_size", h.size), base * ctx.param("jyunbi_asset_multiple"), base
end

-- What bars readiness support whatever the income: age before 2019-04 (JR-05), public assistance
-- before 2025-04 (JS-09), the 12-month period used up without a longer period set (JR-06).
local function jyunbi_bars(case, ctx)
  local bars = {}
  local cap = ctx.param("jyunbi_max_age")
  if cap and case.age ~= nil and not ctx.at_most("age", case.age, cap) then
    bars[#bars + 1] = { ja = string.format("%d歳（対象は%d歳以下：2019年3月までの年齢要件）", case.age, cap),
                        en = string.format("age %d (up to %d: the age limit in force until March 2019)", case.age, cap) }
  end
  if case.household.on_public_assistance and not ctx.param("hihogosha_joint_use") then
    bars[#bars + 1] = { ja = "生活保護世帯：福祉事務所の被保護者就労準備支援が対象（特定被保護者の併用は2025年4月から）",
                        en = "household on public assistance: the welfare office's programme applies (joint use from April 2025)" }
  end
  local p = case.programs.jyunbi
  if p ~= nil and not (p.active and p.extensions > 0)
      and not ctx.below("jyunbi_months_used", p.months, "jyunbi_period_months") then
    bars[#bars + 1] = { ja = string.format("利用期間%dか月を使い切った（市町村が延長を認めていない）", p.months),
                        en = string.format("the %d-month period is used up (no longer period set by the municipality)", p.months) }
  end
  return bars
end

-- ── Kanagawa ──────────────────────────────────────────────────────────────────────────────

-- The municipality a case belongs to: the household's (case.household.municipality, its
-- 全国地方公共団体コード) when this pack serves it; else default_municipality.
local function municipality_of(case, ctx)
  local cities = ctx.param("municipalities")
  for name, city in pairs(cities) do
    if city.code == case.household.municipality then return name, city end
  end
  local m = ctx.param("default_municipality")
  return m, cities[m]
end

local function contains(list, x)
  for _, v in ipairs(list) do
    if v == x then return true end
  end
  return false
end

-- True when the case's city runs `program` (an optional programme, 任意事業).
local function runs(case, ctx, program)
  local _, city = municipality_of(case, ctx)
  return contains(city.programs, program)
end

local JYUNBI_NOT_RUN = {
  ja = "%sは就労準備支援事業（任意事業）を実施していない：インクルージョンネットかながわの自主事業（民間助成）へ（JR-09）",
  en = "%s does not run the readiness programme (optional): Inclusion Net Kanagawa's self-funded programme instead (JR-09)",
}
local KAKEI_NOT_RUN = {
  ja = "%sは家計相談支援事業（任意事業）を実施していない：家計の相談は自立相談支援で受け、債務は法テラス・資金は社会福祉協議会へ",
  en = "%s does not run household-budget support (optional): the consultation service takes budget questions; debt to Houterasu, loans to the council of social welfare",
}

-- JR-01 speaks until the person is in general work.
local function before_general(case)
  return case.stage ~= "general"
end

-- KK-05's triggers, for the "not run here" answer: only a household with budget trouble is told.
local function kakei_trouble(case, ctx)
  local h = case.household
  if h.income_yen == nil then return false end
  return (h.arrears_months or 0) >= ctx.param("kakei_arrears_months_min")
    or (h.debt_total_yen or 0) >= ctx.param("kakei_debt_min_yen")
    or (h.expenses_yen ~= nil and h.income_yen - h.expenses_yen < ctx.param("kakei_surplus_min_yen"))
end

-- In a city that does not run `program`: an eligible = false answer (or nil when the case is
-- closed or `relevant` says the person has no need). In a city that runs it: false, and the
-- national rule decides.
local function not_run_here(case, ctx, program, text, relevant)
  local _, city = municipality_of(case, ctx)
  if contains(city.programs, program) then return false end
  if not is_open(case) then return nil end
  if relevant ~= nil and not relevant(case, ctx) then return nil end
  return {
    program = program,
    eligible = false,
    reason = { ja = string.format(text.ja, city.ja), en = string.format(text.en, city.en) },
    plain = {
      ja = "この まちには この じぎょうが ありません。かわりの しえんを いっしょに さがします。",
      en = "This city does not run this program. We will find other support with you.",
    },
  }
end

return {
  {
    id = "JR-01",
    title = { ja = "就労準備支援：収入・資産要件（世帯単位）", en = "Readiness support: household income and asset test" },
    source = "003_dc0ba222058be22b.txt (鎌倉市 任意事業: なし; 藤沢市: 就労準備支援を実施); 生活困窮者自立支援法施行規則 第4条第1号 (L-4: 収入が基準額＋住宅扶助基準以下・資産が基準額×6以下); 世帯単位 (W-wam4, JR-03); 基準額 (JR-04); 年齢 (JR-05); 期間 第5条 (L-5, JR-06)",
    decide = function(case, ctx)
      local kanagawa = not_run_here(case, ctx, "jyunbi", JYUNBI_NOT_RUN, before_general)
      if kanagawa ~= false then return kanagawa or nil end
      if not is_open(case) or case.stage == "general" or case.household.income_yen == nil then return nil end
      local h = case.household
      local income_line, asset_line = jyunbi_lines(case, ctx)
      local failures = {}
      if not ctx.at_most("household_income_yen", h.income_yen, income_line) then
        failures[#failures + 1] = { ja = string.format("世帯収入%s円が基準%s円（基準額＋住宅扶助）を超える", yen(h.income_yen), yen(income_line)),
                                    en = string.format("household income %s yen is above %s (base + housing allowance)", yen(h.income_yen), yen(income_line)) }
      end
      if not ctx.at_most("household_assets_yen", h.financial_assets_yen, asset_line) then
        failures[#failures + 1] = { ja = string.format("世帯の金融資産%s円が基準額×6＝%s円を超える", yen(h.financial_assets_yen), yen(asset_line)),
                                    en = string.format("household assets %s yen are above 6 × base = %s", yen(h.financial_assets_yen), yen(asset_line)) }
      end
      for _, bar in ipairs(jyunbi_bars(case, ctx)) do failures[#failures + 1] = bar end
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
    source = "003_dc0ba222058be22b.txt (鎌倉市 任意事業: なし); 生活困窮者自立支援法施行規則 第4条第2号 (L-4: 前号に準ずる者 — 収入・資産の把握が困難な者、このままでは前号に該当するおそれのある者、市町村が必要と認める者); margin 20% [default]",
    decide = function(case, ctx)
      if not runs(case, ctx, "jyunbi") then return nil end -- JR-01 says it is not run here
      if not is_open(case) or case.stage == "general" or case.household.income_yen == nil then return nil end
      local h = case.household
      local income_line, asset_line = jyunbi_lines(case, ctx)
      if h.income_yen <= income_line and h.financial_assets_yen <= asset_line then return nil end  -- JR-01 route
      local margin = 1 + ctx.param("jyunbi_risk_margin")
      local near_income = ctx.at_most("household_income_yen", h.income_yen, income_line * margin)
      local near_assets = ctx.at_most("household_assets_yen", h.financial_assets_yen, asset_line * margin)
      local bars = jyunbi_bars(case, ctx)
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
    id = "KK-05",
    title = { ja = "家計改善支援のきっかけ", en = "Household-budget support: triggers" },
    source = "003_dc0ba222058be22b.txt (鎌倉市 任意事業: なし; 藤沢市: 家計相談支援を実施); domain §2.5 KK-05 [default: 滞納1か月以上・債務あり・収支赤字]; 所得要件なし (W-kakei, KK-01); 対象例 (KK-02); 特定被保護者 2025-04 (W-2024law)",
    decide = function(case, ctx)
      local kanagawa = not_run_here(case, ctx, "kakei", KAKEI_NOT_RUN, kakei_trouble)
      if kanagawa ~= false then return kanagawa or nil end
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
      if h.on_public_assistance and not ctx.param("hihogosha_joint_use") then
        return {
          program = "kakei", eligible = false,
          reason = { ja = "家計の課題（" .. joined(triggers, "ja") .. "）はあるが、生活保護世帯は福祉事務所が支援（特定被保護者の併用は2025年4月から）",
                     en = "budget problems (" .. joined(triggers, "en") .. "), but a household on public assistance is supported by the welfare office (joint use from April 2025)" },
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
    id = "GK-01",
    title = { ja = "学習支援事業（藤沢市の任意事業）", en = "Learning support (a Fujisawa optional programme)" },
    source = "003_dc0ba222058be22b.txt (藤沢市 任意事業: 学習支援事業; 鎌倉市 任意事業: なし); 生活困窮者自立支援法 (子どもの学習・生活支援事業); age 18 [default]",
    decide = function(case, ctx)
      if case.status == "closed" or case.age == nil then return nil end
      if not ctx.at_most("age", case.age, "gakushu_age_max") then return nil end
      local _, city = municipality_of(case, ctx)
      if not contains(city.programs, "gakushu") then
        return {
          program = "gakushu",
          eligible = false,
          reason = {
            ja = string.format("%sは学習支援事業（任意事業）を実施していない", city.ja),
            en = string.format("%s does not run the learning-support programme (optional)", city.en),
          },
          plain = {
            ja = "この まちには がくしゅう しえんの じぎょうが ありません。",
            en = "This city has no learning-support program.",
          },
        }
      end
      return {
        program = "gakushu",
        eligible = true,
        route = "municipal",
        reason = {
          ja = string.format("%sの学習支援事業：生活困窮世帯の%d歳（%d歳まで）", city.ja, case.age, ctx.param("gakushu_age_max")),
          en = string.format("%s learning support: aged %d in a household in need (up to %d)", city.en, case.age, ctx.param("gakushu_age_max")),
        },
        plain = {
          ja = "べんきょうの サポートが つかえます。",
          en = "You can use the study support program.",
        },
      }
    end,
  },
  {
    id = "BT-01",
    title = { ja = "バイターンの対象（高校生）", en = "Byturn: who can take part (high-school students)" },
    source = "003_dc0ba222058be22b.txt (高校生支援で成功してきた「バイターン」; 参加生徒の募集); ages 15–19 [default]",
    decide = function(case, ctx)
      if case.status == "closed" or case.age == nil then return nil end
      local old_enough = ctx.at_least("age", case.age, "byturn_age_min")
      local young_enough = ctx.at_most("age", case.age, "byturn_age_max")
      if not (old_enough and young_enough) then return nil end
      local byturn = case.programs.byturn
      if byturn ~= nil and not byturn.active then return nil end -- taken part already (graduated or left)
      if byturn ~= nil or ctx.equals("intake_source", case.intake_source, "school") then
        return {
          program = "byturn",
          eligible = true,
          route = "school_recruitment",
          reason = {
            ja = string.format("高校から紹介された%d歳の生徒：バイターン（事前研修・マッチング面談・3日間職場体験・学校が介入するアルバイト）の対象", case.age),
            en = string.format("a %d-year-old student referred by the school: byturn (pre-training, matching interview, three-day experience, part-time work with the school involved)", case.age),
          },
          plain = {
            ja = "こうこうせいの「バイターン」に さんかできます。",
            en = "You can join Byturn, the part-time internship for high-school students.",
          },
        }
      end
      return {
        program = "byturn",
        eligible = false,
        reason = {
          ja = string.format("%d歳だが高校からの紹介ではない：バイターンは参加高校で募集する（在学の確認が必要）", case.age),
          en = string.format("aged %d but not referred by a school: byturn recruits through participating high schools (enrolment must be confirmed)", case.age),
        },
        plain = {
          ja = "バイターンは こうこうを とおして もうしこみます。",
          en = "Byturn is joined through your high school.",
        },
      }
    end,
  },
}
