-- Osaka eligibility: cross-category (態様横断) — the career ladder's intermediate work is open to
-- every category of people who find it hard to work (A´ Work Sozokan career-ladder model 2.0), and 大阪府地域就労支援事業 takes
-- 就職困難者等 of working age whatever their category (A´ Work Sozokan career-ladder model 2.0, 注1: 対象を限定しない).

local contains = require("lists").contains
local open = require("case_facts").is_open
local in_category = require("categories").in_category

-- The categories the person falls in, in the pack's order.
local function categories(case, ctx)
  local out = {}
  for _, cat in ipairs(ctx.param("diversity_categories")) do
    if in_category(case, ctx, cat) then out[#out + 1] = cat end
  end
  return out
end

local function names(cats, lang, sep)
  local out = {}
  for _, c in ipairs(cats) do out[#out + 1] = c[lang] end
  return table.concat(out, sep)
end

local function codes(cats)
  local out = {}
  for _, c in ipairs(cats) do out[#out + 1] = c.code end
  return table.concat(out, "+")
end

local function wants_work(case, ctx)
  for _, c in ipairs(ctx.param("work_concerns")) do
    if contains(case.concerns, c) then return true end
  end
  return case.stage == "employment" or case.stage == "intermediate" or case.stage == "general"
end

return {
  {
    id = "OS-01",
    title = {
      ja = "態様横断：キャリアラダー（中間的就労）の対象",
      en = "Cross-category: who the career ladder (intermediate work) is for",
    },
    references = {
      { id = "osaka_ladder_2", section = "態様横断的就労支援モデル2.0; 障害者・ひきこもり・ニート・LGBT・がん患者・指定難病患者・薬物経験者・アルコール依存症・刑余者・貧困母子世帯ほか; 注1 対象を限定しない" },
    },
    note = "category signals [default value, not from a source]",
    decide = function(case, ctx)
      if not open(case) then return nil end
      local cats = categories(case, ctx)
      if #cats > 0 then
        return {
          program = "diversity_shuro",
          eligible = true,
          route = "category:" .. codes(cats),
          reason = {
            ja = string.format("態様（%s）にかかわらず、働きづらさのある人としてキャリアラダーの中間的就労を使える", names(cats, "ja", "・")),
            en = string.format("in scope as a person who finds it hard to work, whatever the category (%s)", names(cats, "en", ", ")),
          },
          plain = {
            ja = "あなたに あった はたらきかたを、だんかいを ふんで いっしょに さがします。",
            en = "We will find a way of working that suits you, one step at a time.",
          },
        }
      end
      if not wants_work(case, ctx) then return nil end
      return {
        program = "diversity_shuro",
        eligible = true,
        route = "unrestricted",
        reason = {
          ja = "対象を限定しない態様横断の支援：働きたい・働きづらいという相談だけで対象になる",
          en = "cross-category support limits no one: wanting to work, or finding work hard, is enough",
        },
        plain = {
          ja = "はたらきたい きもちが あれば だれでも つかえます。",
          en = "Anyone who wants to work can use this.",
        },
      }
    end,
  },
  {
    id = "OS-02",
    title = {
      ja = "大阪府地域就労支援事業（就職困難者等）",
      en = "Osaka regional employment support (people facing barriers to work)",
    },
    references = {
      { id = "osaka_ladder_2", section = "注1: 大阪府地域就労支援事業は対象を限定しない取組み; 就労困難者等に対する支援（地域就労支援等）を行う大阪府" },
      { id = "osaka_chiiki_shuro", section = "大阪府地域就労支援事業" },
    },
    note = "ages 15–64 [default value, not from a source]",
    decide = function(case, ctx)
      if not open(case) or case.age == nil then return nil end
      if not wants_work(case, ctx) then return nil end
      local old_enough = ctx.at_least("age", case.age, "chiiki_shuro_age_min")
      local young_enough = ctx.at_most("age", case.age, "chiiki_shuro_age_max")
      local cats = categories(case, ctx)
      if not (old_enough and young_enough) then return nil end
      -- The scheme does not limit its targets (note 1: 対象を限定しない): a category, when there is
      -- one, only says which barrier to work on.
      local barriers = #cats > 0 and {
        ja = string.format("（就労阻害要因：%s）", names(cats, "ja", "・")),
        en = string.format(" (barriers: %s)", names(cats, "en", ", ")),
      } or { ja = "", en = "" }
      return {
        program = "chiiki_shuro",
        eligible = true,
        route = #cats > 0 and "shushoku_konnan" or "open",
        reason = {
          ja = string.format("働く意欲のある%d歳%s：地域就労支援センターの対象（対象を限定しない事業）", case.age, barriers.ja),
          en = string.format("aged %d and wants to work%s: in scope for the regional employment support centres (a scheme that does not limit its targets)", case.age, barriers.en),
        },
        plain = {
          ja = "ちいきの しゅうろう しえん センターも つかえます。",
          en = "You can also use the local employment support centre.",
        },
      }
    end,
  },
}
