-- Kanagawa step rules: byturn (Inclusion Net Kanagawa materials: バイターン開始までの流れ / 開始後の流れ) and the exit to
-- general work, which waits while part-time work is still supported work.
--
-- EX-01 narrows national's rule of the same id by one Kanagawa condition, calling national's
-- rule for the rest: part-time work under byturn or the skill-up training is not yet general work
-- (BT-08 holds it). All other national step rules apply unchanged.

local minimum_wage = require("minimum_wage")
local first_active = require("case_facts").first_active

-- The first supported part-time programme (byturn, skillup) the case is active in, or nil.
local function supported_program(case, ctx)
  return first_active(case, ctx.param("supported_parttime_programs"))
end

local program_names = {
  byturn = { ja = "バイターン（在学中・学校が介入）", en = "byturn (at school, with the school intervening)" },
  skillup = { ja = "卒業後のNPOスキルアップ研修", en = "the NPO's skill-up training after graduation" },
}

local function program_label(name)
  return program_names[name] or { ja = name, en = name }
end

return {
  {
    id = "EX-01",
    references = {
      { id = "inclusion_net_kanagawa", section = "バイターン: 雇用契約後も学校が積極的に介入; 卒業時点で正規雇用に満たない場合は非正規雇用を継続しNPOのサービスでスキルアップ" },
      { id = "inclusion_net_kanagawa", section = "支援が必要なくなった時点で一般就労へ移行" },
    },
    decide = function(case, ctx, base)
      local p = case.placement
      local program = p ~= nil and p.kind == "part_time" and supported_program(case, ctx) or nil
      if program == nil then return base(case, ctx) end
      -- Still a hire for the ladder rules EX-01 supersedes: they stand aside, BT-08 decides.
      local label = program_label(program)
      return {
        step = "stay",
        reason = {
          ja = string.format("%sのアルバイトは支援付きの中間的就労：一般就労への移行はまだ", label.ja),
          en = string.format("part-time work under %s is supported intermediate work, not yet general work", label.en),
        },
        plain = {
          ja = "いまの アルバイトは サポートつきの はたらきかたです。",
          en = "Your part-time job still comes with support.",
        },
      }
    end,
  },
  {
    id = "BT-02",
    title = { ja = "バイターン：3日間の職場体験を終えて就労自立へ", en = "Byturn: three-day workplace experience done, on to work readiness" },
    references = {
      { id = "inclusion_net_kanagawa", section = "参加生徒の募集→事前研修→マッチング面談→3日間職場体験" },
    },
    decide = function(case, ctx)
      local byturn = case.programs.byturn
      if case.stage ~= "social" or byturn == nil or not byturn.active then return nil end
      for _, pl in ipairs(case.placements) do
        if pl.kind == "taiken" and not pl.active and pl.end_on ~= nil and pl.start_on >= byturn.start_on then
          local days = ctx.days_between(pl.start_on, pl.end_on) + 1
          if ctx.at_least("experience_days", days, "byturn_experience_days") then
            return {
              step = "up",
              to = { stage = "employment" },
              reason = {
                ja = string.format("バイターンの職場体験（%s、%d日間）を終えた：企業と生徒の面接でアルバイト契約を決める段階",
                  pl.employer ~= "" and pl.employer or "協力企業", days),
                en = string.format("finished the byturn workplace experience (%s, %d days): the company and the student now decide on a part-time contract",
                  pl.employer ~= "" and pl.employer or "a partner company", days),
              },
              plain = {
                ja = "3日間の しょくば たいけんが おわりました。つぎは アルバイトの めんせつです。",
                en = "You finished the three days at the workplace. Next is the interview for the part-time job.",
              },
            }
          end
        end
      end
      return nil
    end,
  },
  {
    id = "BT-03",
    title = { ja = "バイターン：アルバイト契約で中間的就労へ", en = "Byturn: part-time contract, on to intermediate work" },
    references = {
      { id = "inclusion_net_kanagawa", section = "バイターン開始面談（実質アルバイト開始）; 通常のアルバイトとの違いは雇用契約後も学校が積極的に介入する点" },
      { id = "saitei_chingin_ho", section = "第4条" },
    },
    allows_skip = true,
    -- The byturn contract is supported part-time work at the minimum wage or more: it decides
    -- the move, not national's pay ladder.
    supersedes = { "SU-05" },
    decide = function(case, ctx)
      local p = case.placement
      if p == nil or p.kind ~= "part_time" or p.contract ~= "employment" then return nil end
      local supported = supported_program(case, ctx)
      if supported == nil then return nil end
      if case.stage ~= "employment" then return nil end
      local wage = minimum_wage.home(ctx)
      local paid = ctx.at_least("wage_per_hour_yen", p.wage_per_hour_yen, wage)
      if not paid then return nil end
      local label = program_label(supported)
      return {
        step = "up",
        to = { stage = "intermediate", rung = "byturn" },
        reason = {
          ja = string.format("%sで%sとアルバイト契約（時給%.0f円・週%.0f時間、神奈川県最低賃金%d円以上）",
            label.ja, p.employer ~= "" and p.employer or "協力企業", p.wage_per_hour_yen, p.hours_per_week, ctx.param(wage)),
          en = string.format("part-time contract with %s under %s (%.0f yen an hour, %.0f hours a week; Kanagawa minimum wage %d)",
            p.employer ~= "" and p.employer or "a partner company", label.en, p.wage_per_hour_yen, p.hours_per_week, ctx.param(wage)),
        },
        plain = {
          ja = "アルバイトが はじまりました。がっこうと NPO も いっしょに ささえます。",
          en = "Your part-time job has started. Your school and the NPO will keep supporting you.",
        },
      }
    end,
  },
  {
    id = "BT-08",
    title = { ja = "バイターン：支援付きのアルバイトは正規雇用まで中間的就労", en = "Byturn: supported part-time work stays intermediate until a regular job" },
    references = {
      { id = "inclusion_net_kanagawa", section = "通常のアルバイトとの違いは、雇用契約をした後も生徒の課題に対して学校が積極的に介入する点; 卒業時点で正規雇用に満たない場合は非正規雇用を継続しNPOのサービスでスキルアップして正規雇用をめざす" },
    },
    decide = function(case, ctx)
      if not (case.stage == "intermediate" and case.rung == "byturn") then return nil end
      local p = case.placement
      if p == nil or p.kind ~= "part_time" or p.contract ~= "employment" then return nil end
      local supported = supported_program(case, ctx)
      if supported == nil then return nil end
      local label = program_label(supported)
      return {
        step = "hold",
        reason = {
          ja = string.format("%sのアルバイトは支援付きの中間的就労：正規雇用（または支援の終了）まで一般就労へ移さない", label.ja),
          en = string.format("part-time work under %s is supported intermediate work: no move to general work before a regular job (or the end of support)", label.en),
        },
        plain = {
          ja = "いまは がっこうや NPO の サポートを うけながら はたらいています。",
          en = "You are working with support from your school or the NPO for now.",
        },
      }
    end,
  },
}
