-- Kanagawa referrals: where readiness support is routed in a city without the statutory
-- programme (JR-09) and the byturn hand-overs after graduation (Inclusion Net Kanagawa materials: バイターン開始後の流れ②).
--
-- RF-SAPO and RF-SANKA narrow national's rules of the same id by one Kanagawa condition each,
-- calling national's rule (`base`) for the rest:
--   RF-SAPO  stands aside for a byturn student, who is at school (サポステ serves young people
--            neither working nor at school); the case view has no school-enrolment fact.
--   RF-SANKA counts the NPO's self-funded readiness programme (jyunbi_jishu) as readiness support,
--            and byturn as a student's own way into taking part.

local facts = require("case_facts")
local referred, position_of, active = facts.referred, facts.position_of, facts.in_program
local contains = require("lists").contains

local municipality_of = require("municipalities").of

-- True when a referral to `target` is open or done (not rejected).
local function referred_to(case, target)
  return referred(case, target, true)
end

return {
  {
    id = "RF-SAPO",
    references = {
      { id = "inclusion_net_kanagawa", section = "バイターン: 在学中の高校生" },
      { id = "saposute_summary", section = "15〜39歳、2020年度から15〜49歳; 就労・就学していない若者" },
    },
    decide = function(case, ctx, base)
      -- a byturn student is at school (就学中), which サポステ is not for
      local byturn = case.programs.byturn
      if byturn ~= nil and byturn.active then return nil end
      return base(case, ctx)
    end,
  },
  {
    id = "RF-SANKA",
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市: 就労準備支援はインクルージョンネットかながわ自主事業; バイターン" },
      { id = "mhlw_jusou", section = "参加支援: 既存の制度で対応できない狭間のニーズ" },
      { id = "shien_center_symposium", section = "地域の居場所→見学" },
    },
    note = "重層的支援体制整備事業のない地域は社協のサロンへ（既定値: jusou）",
    decide = function(case, ctx, base)
      -- every readiness programme counts (jyunbi, jyunbi_jishu), and byturn, which is a
      -- student's own way into taking part
      local programs = { "byturn" }
      for _, name in ipairs(ctx.param("readiness_programs")) do programs[#programs + 1] = name end
      for _, name in ipairs(programs) do
        local p = case.programs[name]
        if p ~= nil and p.active then return nil end
      end
      return base(case, ctx)
    end,
  },
  {
    id = "JR-09",
    title = { ja = "就労準備支援事業のない市：代わりのつなぎ先へ", en = "A city without the readiness programme: route to the alternative provider" },
    references = {
      { id = "inclusion_net_kanagawa", section = "鎌倉市: 任意事業なし、就労準備支援はインクルージョンネットかながわ自主事業（民間助成）でカバー; 藤沢市: 就労準備支援を共同事業体で受託、自立相談支援事業から依頼のあった利用者と面談" },
    },
    decide = function(case, ctx)
      if case.status ~= "planning" and case.status ~= "in_support" then return nil end
      if not case.consent then return nil end -- JS-02: no referral shares data without consent
      local positions = ctx.param("readiness_positions")
      if not (contains(positions, position_of(case)) or contains(positions, case.stage)) then return nil end
      if active(case, "byturn") or active(case, "skillup") then return nil end -- byturn has its own track
      if case.placement ~= nil and case.placement.contract == "employment" then return nil end -- already working
      for _, program in ipairs(ctx.param("readiness_programs")) do
        if active(case, program) then return nil end
      end
      local _, city = municipality_of(case, ctx)
      -- a city that runs the statutory programme decides its use itself (JR-01, JS-05)
      if contains(city.programs, "jyunbi") then return nil end
      local target = city.readiness_provider
      if referred_to(case, target) then return nil end
      return {
        target = target,
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = string.format("%sは就労準備支援事業（任意事業）を実施していない：インクルージョンネットかながわの自主事業（民間助成）へつなぐ", city.ja),
          en = string.format("%s runs no statutory readiness programme: route to Inclusion Net Kanagawa's self-funded programme (private grants)", city.en),
        },
        plain = {
          ja = "まちの じぎょうは ありませんが、NPOの はたらく じゅんびの サポートが つかえます。",
          en = "The city has no program for this, but the NPO's work-readiness support is open to you.",
        },
      }
    end,
  },
  {
    id = "BT-04",
    title = { ja = "バイターン：卒業後のフォロー・スキルアップ研修へ", en = "Byturn: follow-up and skill-up training after graduation" },
    references = {
      { id = "inclusion_net_kanagawa", section = "卒業時点での生徒の成長が正規雇用に満たない場合は、非正規雇用を継続し、NPO法人のサービスを利用しスキルアップ" },
    },
    decide = function(case, ctx)
      local byturn = case.programs.byturn
      if byturn == nil or byturn.active or case.status == "closed" then return nil end
      local p = case.placement
      if p == nil or p.kind ~= "part_time" or p.contract ~= "employment" then return nil end
      if active(case, "skillup") or referred_to(case, "npo_skillup") then return nil end
      return {
        target = "npo_skillup",
        urgency = "soon",
        warm_handoff = true,
        reason = {
          ja = "バイターンを終えて卒業、非正規雇用を継続中：NPOのフォロー／スキルアップ研修で正規雇用をめざす",
          en = "byturn ended at graduation and the part-time job continues: the NPO's follow-up and skill-up training aims at a regular job",
        },
        plain = {
          ja = "そつぎょう おめでとう。アルバイトを つづけながら、NPOで スキルアップして せいしゃいんを めざしましょう。",
          en = "Congratulations on graduating. Keep your part-time job and build your skills with the NPO toward a regular job.",
        },
      }
    end,
  },
  {
    id = "BT-05",
    title = { ja = "バイターン：他社での正規雇用もさがす", en = "Byturn: look for a regular job with other employers too" },
    references = {
      { id = "inclusion_net_kanagawa", section = "雇用受け皿のない企業では、他社への就職を積極的に応援; バイターン先または他社への正規雇用" },
    },
    note = "6 months [default value, not from a source]",
    decide = function(case, ctx)
      local skillup = case.programs.skillup
      if skillup == nil or not skillup.active then return nil end
      local p = case.placement
      if p == nil or p.kind ~= "part_time" then return nil end
      if referred_to(case, "hellowork") then return nil end
      if not ctx.at_least("months_in_skillup", skillup.months, "byturn_skillup_review_months") then return nil end
      return {
        target = "hellowork",
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = string.format("スキルアップ研修%dか月（基準%dか月）でまだ非正規雇用：バイターン先以外の正規雇用もハローワークで応援",
            skillup.months, ctx.param("byturn_skillup_review_months")),
          en = string.format("%d months of skill-up training (review at %d) and still part-time: Hello Work helps look for regular jobs elsewhere too",
            skillup.months, ctx.param("byturn_skillup_review_months")),
        },
        plain = {
          ja = "ほかの かいしゃの せいしゃいんの しごとも いっしょに さがしましょう。",
          en = "Let's also look for regular jobs at other companies.",
        },
      }
    end,
  },
}
