-- Kushiro referrals (釧路社会的企業創造協議会「自己紹介します」): once paid work is the larger part of the
-- person's activity, job search through the city's free job placement office, run by the
-- welfare office with the council (２０１４年度中に釧路市は無料職業紹介所をとり福祉事務所が担当・
-- 当法人と一緒になって職場開拓中), or through Hello Work (PW-02); and, while no work-training
-- provider is certified, the council's self-reliance programmes in place of 就労訓練 (JK-04,
-- replacing the national rule).

local pct = require("text").pct
local paid_share = require("paid_work").share
local ready_for_job_search = require("referrals").ready_for_job_search
local long_term = require("fdp").long_term

local function referred(case, targets)
  for _, r in ipairs(case.referrals) do
    for _, t in ipairs(targets) do
      if r.target == t and r.status ~= "rejected" then return true end
    end
  end
  return false
end

return {
  {
    id = "PW-02",
    title = {
      ja = "有償の仕事が中心になり準備ができたら求職へ（無料職業紹介所・ハローワーク）",
      en = "Paid work is most of the activity and the person is ready: job search (free job placement office or Hello Work)",
    },
    references = {
      { id = "kushiro_kyogikai", section = "２０１４年度中に釧路市は無料職業紹介所をとり福祉事務所が担当; 事業連携体制: 生活福祉事務所・ハローワーク; 釧路モデル: ペイドワーク１００％へ" },
      { id = "shokugyo_antei_ho", section = "第33条の4（地方公共団体の行う無料職業紹介）" },
    },
    note = "50%は既定値（paid_share_job_search）",
    decide = function(case, ctx)
      if case.stage ~= "employment" or case.status == "closed" or not case.consent then return nil end
      if referred(case, { "kushiro_muryo_shokai", "hellowork" }) then return nil end
      local share = paid_share(case)
      if not ctx.at_least("paid_work_share", share, "paid_share_job_search") then return nil end
      -- … and ready, as the national RF-HW reads it: the short-term goals met at a fresh review,
      -- or a fresh good appraisal.
      if not ready_for_job_search(case, ctx) then return nil end
      local office = ctx.param("muryo_shokai_available")
      local recipient = case.household.on_public_assistance
      if office and recipient then
        return {
          target = "kushiro_muryo_shokai",
          urgency = "routine",
          warm_handoff = true,
          reason = {
            ja = string.format("活動時間の%sが有償の仕事で求職の準備もできた：生活福祉事務所の無料職業紹介所で、協議会と開拓した職場への求職へ", pct(share)),
            en = string.format("%s of the activity hours are paid work and the person is ready: job search through the welfare office's free job placement office, with workplaces developed with the council", pct(share)),
          },
          plain = {
            ja = "しごとさがしを はじめましょう。ふくしじむしょの しょくぎょうしょうかいを つかえます。",
            en = "Let's start looking for a job. The welfare office's job placement service can help you.",
          },
        }
      end
      return {
        target = "hellowork",
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = string.format("活動時間の%sが有償の仕事で求職の準備もできた：ハローワークで求職へ", pct(share)),
          en = string.format("%s of the activity hours are paid work and the person is ready: job search with Hello Work", pct(share)),
        },
        plain = {
          ja = "しごとさがしを はじめましょう。ハローワークに いっしょに いきます。",
          en = "Let's start looking for a job. We will go to Hello Work with you.",
        },
      }
    end,
  },
  {
    id = "JK-04",
    title = { ja = "就労訓練の代わりに自立支援プログラムへ（認定事業所なし）", en = "Self-reliance programme in place of work training (no certified provider)" },
    references = {
      { id = "kushiro_kyogikai", section = "※就労訓練、事業者認定はまだです; ご本人の「ステージ」に応じた多様な自立支援プログラム（漁網の仕立て作業等）" },
      { id = "jiritsu_ho_kisoku", section = "第21条（認定事業所へのあっせん）" },
    },
    decide = function(case, ctx)
      if case.stage ~= "employment" or case.status == "closed" or case.status == "suspended" or not case.consent then return nil end
      local k = case.programs.kunren
      if k ~= nil and k.active then return nil end
      local hogo = case.programs.hogo_jyunbi
      local share = paid_share(case)
      if (hogo ~= nil and hogo.active) or (share ~= nil and share > 0) then return nil end  -- already in a programme / paid work
      local risk = long_term(case, ctx)
      local disability = case.person.disability_cert ~= "none"
      if not (risk or disability) then return nil end
      local certified = ctx.equals("kunren_certified", ctx.param("kunren_certified"), true)
      local target = certified and "kunren_jigyosho" or "kushiro_jiritsu_program"
      if referred(case, { target }) then return nil end
      if certified then
        return {
          target = target,
          urgency = "routine",
          warm_handoff = true,
          reason = {
            ja = "直ちに一般就労は難しい：認定就労訓練事業所へあっせんし、非雇用型・雇用型は自立相談のアセスメントを踏まえ行政が決定",
            en = "general employment is not yet within reach: place with a certified work-training provider; the municipality decides the type on the consultation's assessment",
          },
        }
      end
      return {
        target = target,
        urgency = "routine",
        warm_handoff = true,
        reason = {
          ja = "直ちに一般就労は難しいが認定就労訓練事業所はまだない：協議会と参加団体の自立支援プログラム（漁網の仕立て作業など有償の作業）で、本人のステージに合わせて有償の仕事を増やす",
          en = "general employment is not yet within reach and there is no certified work-training provider yet: the council's and member organisations' self-reliance programmes (paid work such as fishing-net making) raise the share of paid work at the person's own pace",
        },
        plain = {
          ja = "すこしずつ おかねを もらって はたらける プログラムを しょうかい します。",
          en = "We will introduce a programme where you can start doing some paid work, step by step.",
        },
      }
    end,
  },
}
