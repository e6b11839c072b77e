-- Kushiro eligibility (釧路社会的企業創造協議会「自己紹介します」): the stage-based programmes for public-assistance
-- recipients (HG-01), and work training, not available while no provider is certified (JK-01,
-- replacing the national rule: the same target group, but "no" until `kunren_certified`).

local is_open = require("case_facts").is_open
local kunren = require("kunren")

local hogo = { ja = "被保護者就労準備支援事業", en = "readiness support for public-assistance recipients" }

-- The Kushiro names of the stages (Kushiro council presentation: 日常生活自立・社会生活自立・就労自立).
local stage_names = {
  life = { ja = "日常生活自立", en = "daily-life independence" },
  social = { ja = "社会生活自立", en = "social-life independence" },
  employment = { ja = "就労自立", en = "work independence" },
  intermediate = { ja = "中間的就労", en = "intermediate work" },
}

return {
  {
    id = "HG-01",
    title = { ja = "生活保護受給者の段階に応じた自立支援プログラム", en = "Stage-based programmes for public-assistance recipients" },
    references = {
      { id = "kushiro_kyogikai", section = "ただちに就労困難、あるいはケースワークだけでは就労困難な生活保護受給者を対象にご本人の「ステージ」に応じた多様な自立支援プログラム; 2015 被保護者就労準備支援事業（釧路市）" },
      { id = "seikatsu_hogo_ho", section = "第55条の7（被保護者就労支援事業）" },
    },
    decide = function(case, ctx)
      if case.status == "closed" or not case.household.on_public_assistance then return nil end
      local program, name = "hogo_jyunbi", hogo
      local employed = ctx.equals("stage", case.stage, "general")
      local stage = stage_names[case.stage] or { ja = case.stage, en = case.stage }
      if employed then
        return {
          program = program,
          eligible = false,
          reason = {
            ja = string.format("一般就労に移行済み：%sは就労が直ちに難しい人のためのもの（定着の支援は続ける）", name.ja),
            en = string.format("already in general work: %s is for people for whom work is not yet within reach (retention support goes on)", name.en),
          },
        }
      end
      return {
        program = program,
        eligible = true,
        route = "hogo",
        reason = {
          ja = string.format("生活保護を受けていて、ただちに就労することが難しい（%sの段階）：%sを利用できる", stage.ja, name.ja),
          en = string.format("on public assistance and not yet able to work straight away (%s): can use %s", stage.en, name.en),
        },
        plain = {
          ja = "せいかつほごを うけている ひとの ための プログラムを つかえます。",
          en = "You can use the programme for people on public assistance.",
        },
      }
    end,
  },
  {
    id = "JK-01",
    title = { ja = "就労訓練事業の対象者（釧路：認定事業所の有無）", en = "Work training: target group (Kushiro: is there a certified provider?)" },
    references = {
      { id = "kushiro_kyogikai", section = "2015年 ※就労訓練、事業者認定はまだです; 釧路モデル: 中間的就労がない" },
      { id = "kunren_nintei", section = "直ちに一般就労が困難な者" },
      { id = "jiritsu_ho", section = "第10条（認定生活困窮者就労訓練事業）" },
    },
    decide = function(case, ctx, base)
      if ctx.equals("kunren_certified", ctx.param("kunren_certified"), true) then return base(case, ctx) end
      if not is_open(case) or case.stage == "general" or case.stage == "life" then return nil end
      local grounds = kunren.target_grounds(case, ctx)
      if #grounds == 0 then return nil end
      local ja, en = {}, {}
      for _, g in ipairs(grounds) do ja[#ja + 1] = g.ja; en[#en + 1] = g.en end
      return {
        program = "kunren",
        eligible = false,
        reason = {
          ja = "直ちに一般就労は難しい（" .. table.concat(ja, "／") .. "）が、釧路では認定就労訓練事業所がまだない：自立支援プログラム（有償の作業）と無料職業紹介・ハローワークの求職で一般就労をめざす",
          en = "immediate general employment is difficult (" .. table.concat(en, "; ") .. "), but Kushiro has no certified work-training provider yet: aim at general work through the self-reliance programmes (paid work) and job search with the free placement office or Hello Work",
        },
        plain = {
          ja = "しゅうろうくんれんの ばしょは まだ ありません。ほかの かたちで しごとを めざします。",
          en = "There is no work-training place yet. We will aim for a job in another way.",
        },
      }
    end,
  },
}
