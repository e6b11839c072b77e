-- Zama eligibility: はたらっく・ざま for households on public assistance before the 2025 joint use
-- (ZM-11), universal work for anyone who finds work hard (ZM-13), and Zama's reading of the
-- "persons equivalent" of readiness support (JR-02, overriding the national rule): the national
-- routes, plus the need the city recognises itself (施行規則4条2号「市町村が必要と認める者」).

local function is_open(case)
  return case.status ~= "closed" and case.status ~= "suspended"
end

local function listed(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

local function at_readiness_position(case, ctx)
  local here = case.rung and (case.stage .. "/" .. case.rung) or case.stage
  local positions = ctx.param("readiness_positions")
  return listed(positions, case.stage) or listed(positions, here)
end

-- The national helpers JR-02 needs (rules/national/eligibility.lua), kept identical.
local function by_size(ctx, name, size)
  local t = ctx.param(name)
  local n = math.max(1, math.min(size or 1, #t))
  return t[n]
end

local function yen(n)
  local digits = string.format("%d", math.floor(n + 0.5))
  local grouped = string.reverse((string.gsub(string.reverse(digits), "(%d%d%d)", "%1,")))
  return (string.gsub(grouped, "^,", ""))
end

local function joined(failures, lang)
  local parts = {}
  for _, f in ipairs(failures) do parts[#parts + 1] = f[lang] end
  return table.concat(parts, lang == "ja" and "／" or "; ")
end

local function jyunbi_lines(case, ctx)
  local h = case.household
  local base = by_size(ctx, "kijungaku_by_size", h.size)
  return base + by_size(ctx, "jutaku_fujo_by_size", h.size), base * ctx.param("jyunbi_asset_multiple"), base
end

local function jyunbi_bars(case, ctx)
  local bars = {}
  local cap = ctx.param("jyunbi_max_age")
  if cap and case.age ~= nil and not ctx.at_most("age", case.age, cap) then
    bars[#bars + 1] = { ja = string.format("%d歳（対象は%d歳以下：2019年3月までの年齢要件）", case.age, cap),
                        en = string.format("age %d (up to %d: the age limit in force until March 2019)", case.age, cap) }
  end
  if case.household.on_public_assistance and not ctx.param("hihogosha_joint_use") then
    bars[#bars + 1] = { ja = "生活保護世帯：被保護者就労準備支援事業（はたらっく・ざま）が対象（特定被保護者の併用は2025年4月から）",
                        en = "household on public assistance: the recipients' programme at Hatarakku Zama applies (joint use from April 2025)" }
  end
  local p = case.programs.jyunbi
  if p ~= nil and not (p.active and p.extensions > 0)
      and not ctx.below("jyunbi_months_used", p.months, "jyunbi_period_months") then
    bars[#bars + 1] = { ja = string.format("利用期間%dか月を使い切った（市町村が延長を認めていない）", p.months),
                        en = string.format("the %d-month period is used up (no longer period set by the municipality)", p.months) }
  end
  return bars
end

-- Zama's own recognition (4条2号 市町村が必要と認める者): withdrawn, or at long-term risk.
local function need_recognised(case, ctx)
  for _, c in ipairs(ctx.param("recognise_need_concerns")) do
    if listed(case.concerns, c) then return { ja = "ひきこもりの相談", en = "withdrawal" } end
  end
  if case.min_fdp_axis ~= nil and ctx.at_most("min_fdp_axis", case.min_fdp_axis, "long_term_fdp_level") then
    return { ja = string.format("FDPの最低軸レベル%d（長期化リスク）", case.min_fdp_axis),
             en = string.format("lowest FDP axis at level %d (long-term risk)", case.min_fdp_axis) }
  end
  return nil
end

return {
  {
    id = "ZM-11",
    title = {
      ja = "生活保護世帯の就労準備支援（2025年3月まで：被保護者就労準備支援事業）",
      en = "Readiness support for households on public assistance (until March 2025: the recipients' programme)",
    },
    source = "001_a4a1435720a49cf6.txt (林委員: 生活困窮者自立支援制度と生活保護制度の連携; はたらっく・ざま); 被保護者就労準備支援事業; 生活困窮者自立支援法 令和6年改正 (2025-04-01: 特定被保護者の併用 — それ以降は JR-01)",
    decide = function(case, ctx)
      if not is_open(case) or not case.household.on_public_assistance then return nil end
      if not at_readiness_position(case, ctx) then return nil end
      if ctx.equals("hihogosha_joint_use", ctx.param("hihogosha_joint_use"), true) then return nil end -- JR-01 speaks
      return {
        program = "hogo_jyunbi",
        eligible = true,
        route = "hihogosha",
        reason = {
          ja = "生活保護世帯：被保護者就労準備支援事業を、はたらっく・ざまの同じ場で使う（困窮法の就労準備支援の併用は2025年4月から）",
          en = "household on public assistance: the recipients' readiness programme, held at Hatarakku Zama alongside the needy-persons programme (joint use of the latter from April 2025)",
        },
        plain = {
          ja = "せいかつほごの ひとの ための じゅんびの しえんを「はたらっく・ざま」で うけられます。",
          en = "You can get work-readiness support for people on public assistance at Hatarakku Zama.",
        },
      }
    end,
  },
  {
    id = "ZM-13",
    title = {
      ja = "ユニバーサル就労支援の対象（座間市）",
      en = "Universal work support: who can use it (Zama)",
    },
    source = "001_a4a1435720a49cf6.txt (チーム座間: ユニバーサル就労支援); domain.md UW-01 (はたらきたいのにはたらきにくいすべての人、証明書は不要)",
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      if not listed(ctx.param("universal_positions"), case.stage) then return nil end
      return {
        program = "universal_work",
        eligible = true,
        route = "universal",
        reason = {
          ja = "働きたいのに働きにくい人はだれでも対象（障害者手帳などは不要）",
          en = "open to anyone who wants to work but finds it hard (no disability certificate needed)",
        },
        plain = {
          ja = "あなたに あった はたらきかたを いっしょに さがせます。",
          en = "We can look for a way of working that suits you.",
        },
      }
    end,
  },
  {
    id = "JR-02",
    title = {
      ja = "就労準備支援：準ずる者（おそれのある者・座間市が必要と認める者）",
      en = "Readiness support: persons equivalent (at risk, or recognised by Zama)",
    },
    source = "生活困窮者自立支援法施行規則 第4条第2号 (L-4: 前号に準ずる者 — 収入・資産の把握が困難な者、このままでは前号に該当するおそれのある者、市町村が必要と認める者); 001_a4a1435720a49cf6.txt (断らない相談支援; はたらっく・ざま); margin 20% [default, national]; recognition [default]",
    decide = function(case, ctx)
      if not is_open(case) or case.stage == "general" or case.household.income_yen == nil then return nil end
      local h = case.household
      local income_line, asset_line = jyunbi_lines(case, ctx)
      if h.income_yen <= income_line and h.financial_assets_yen <= asset_line then return nil end -- JR-01 route
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
          plain = { ja = "しゅうろう じゅんび しえんを つかえます。", en = "You can use the work-readiness programme." },
        }
      end
      local need = need_recognised(case, ctx)
      if need ~= nil and #bars == 0 and at_readiness_position(case, ctx) then
        return {
          program = "jyunbi", eligible = true, route = "municipal_recognition",
          reason = {
            ja = string.format("世帯の収入・資産は基準を超えるが、本人の就労までの道のりが長い（%s）：座間市が必要と認める者（4条2号）として、はたらっく・ざまを使う", need.ja),
            en = string.format("the household's income or assets are above the lines, but the person's way to work will be long (%s): Zama recognises the need (rule 4(2)), so Hatarakku Zama is open", need.en),
          },
          plain = {
            ja = "「はたらっく・ざま」を つかえます。あなたの ペースで すすめます。",
            en = "You can use Hatarakku Zama, at your own pace.",
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
          ja = "準ずる者（4条2号）にも当たらず、座間市が必要と認める事情（ひきこもり・長期化リスク）もない：" .. joined(why, "ja"),
          en = "not an equivalent person under rule 4(2), and none of the needs Zama recognises (withdrawal, long-term risk): " .. joined(why, "en"),
        },
        plain = {
          ja = "いまは この しえんの じょうけんに あいません。ほかの しえんを いっしょに さがします。",
          en = "This programme's conditions are not met now. We will look for other support together.",
        },
      }
    end,
  },
}
