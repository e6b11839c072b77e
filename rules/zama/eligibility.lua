-- Zama eligibility: はたらっく・ざま for households on public assistance before the 2025 joint use
-- (ZM-11), universal work for anyone who finds work hard (ZM-13), and Zama's reading of the
-- "persons equivalent" of readiness support (JR-02, overriding the national rule): the national
-- routes, plus the need the city recognises itself (施行規則4条2号「市町村が必要と認める者」).

local is_open = require("case_facts").is_open
local contains = require("lists").contains
local at_one_of = require("case_facts").at_one_of
local jyunbi = require("jyunbi")
local long_term = require("fdp").long_term

local function at_readiness_position(case, ctx)
  return at_one_of(case, ctx.param("readiness_positions"))
end

-- Zama's own recognition (4条2号 市町村が必要と認める者): withdrawn, or at long-term risk.
local function need_recognised(case, ctx)
  for _, c in ipairs(ctx.param("recognise_need_concerns")) do
    if contains(case.concerns, c) then return { ja = "ひきこもりの相談", en = "withdrawal" } end
  end
  if long_term(case, ctx) then
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
    references = {
      { id = "diversity_bukai", section = "林委員: 生活困窮者自立支援制度と生活保護制度の連携; はたらっく・ざま" },
      { id = "seikatsu_hogo_ho", section = "第55条の7（被保護者就労準備支援事業（予算事業））" },
      { id = "jiritsu_ho_kaisei_2024", section = "特定被保護者の就労準備支援の利用（2025-04-01施行、それ以降は JR-01）" },
    },
    decide = function(case, ctx)
      if not is_open(case) or not case.household.on_public_assistance then return nil end
      if not at_readiness_position(case, ctx) then return nil end
      -- From 2025-04 a recipient the welfare office recognised as 特定被保護者 uses the needy-persons
      -- programme (JR-01 speaks); the others keep the recipients' programme.
      local recognised = case.programs.tokutei_hihogosha ~= nil and case.programs.tokutei_hihogosha.active
      if ctx.equals("hihogosha_joint_use", ctx.param("hihogosha_joint_use"), true) and recognised then return nil end
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
    references = {
      { id = "diversity_bukai", section = "チーム座間: ユニバーサル就労支援" },
      { id = "uwn_chiba_report", section = "ユニバーサル就労: はたらきたいのにはたらきにくいすべての人、障害者手帳は不要" },
    },
    decide = function(case, ctx)
      if not is_open(case) then return nil end
      if not contains(ctx.param("universal_positions"), case.stage) then return nil end
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
    references = {
      { id = "jiritsu_ho_kisoku", section = "第4条第2号（前号に準ずる者 — 市町村が必要と認める者）" },
      { id = "diversity_bukai", section = "第1回部会 林委員: 「断らない相談支援」; はたらっく・ざま" },
    },
    note = "幅20%（全国）と座間市が必要と認める基準は既定値",
    decide = function(case, ctx, base)
      local national = base(case, ctx)
      if national == nil or national.eligible then return national end
      local need = need_recognised(case, ctx)
      if need ~= nil and #jyunbi.bars(case, ctx) == 0 and at_readiness_position(case, ctx) then
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
      national.reason = {
        ja = national.reason.ja .. "。座間市が必要と認める事情（ひきこもり・長期化リスク）もない",
        en = national.reason.en .. "; and none of the needs Zama recognises (withdrawal, long-term risk)",
      }
      return national
    end,
  },
}
