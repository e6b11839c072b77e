-- Kushiro step rules (釧路社会的企業創造協議会 櫛部武俊「自己紹介します」2014-07-28, 釧路モデルの分析):
-- all-paid work marks 就労自立 and partly-paid work is the missing layer (PW-01), the house rule
-- "お休みする時は、必ず連絡する" holds the next step when it is not kept (HR-02), and with no intermediate work yet a step down from general work goes back to
-- 就労自立 (SD-01, replacing the national rule). National SU-02 (goals) moves 日常生活自立 →
-- 社会生活自立 → 就労自立, and EX-01 (hired) moves 就労自立 straight to general work.

local pct = require("text").pct
local paid_share = require("paid_work").share

return {
  -- A hire decides the move (EX-01), and so does certified work training once Kushiro has a
  -- certified provider and takes JK-03 off `disable` (set `kunren_certified` with it).
  {
    id = "EX-01",
    supersedes = { "PW-01", "HR-02" },
  },
  {
    id = "JK-03",
    supersedes = { "PW-01" },
  },
  {
    id = "PW-01",
    title = { ja = "有償の仕事が100%に：就労自立の段階へ", en = "All work paid: on to work independence" },
    references = {
      { id = "kushiro_kyogikai", section = "釧路モデルの分析: 日常生活自立・社会生活自立はペイドワーク０％、就労自立でペイドワーク１００％へ; 漁網の仕立て作業等" },
    },
    decide = function(case, ctx)
      if case.stage ~= "social" then return nil end
      local share = paid_share(case)
      if share == nil or share <= 0 then return nil end
      if ctx.at_least("paid_work_share", share, "paid_share_work_independence") then
        return {
          step = "up",
          to = { stage = "employment" },
          reason = {
            ja = string.format("活動時間のうち有償の仕事が%s（就労自立はペイドワーク%s）：就労自立の段階へ", pct(share), pct(ctx.param("paid_share_work_independence"))),
            en = string.format("%s of the activity hours are paid work (work independence is %s paid work): on to work independence", pct(share), pct(ctx.param("paid_share_work_independence"))),
          },
          plain = {
            ja = "おかねを もらう しごとだけに なりました。はたらく だんかいに すすみます。",
            en = "All your work is now paid. You move on to the work stage.",
          },
        }
      end
      -- Partly paid: the layer between 0% and 100% that the model names as missing.
      return {
        step = "hold",
        reason = {
          ja = string.format("有償の仕事は活動時間の%s：就労自立（ペイドワーク%s）には届かない一部有償の層。釧路モデルにはこの層（中間的就労）がなく、社会生活自立のまま支援する",
            pct(share), pct(ctx.param("paid_share_work_independence"))),
          en = string.format("paid work is %s of the activity hours: a partly-paid layer short of work independence (%s paid work); the Kushiro model has no such layer (intermediate work), so support continues at social independence",
            pct(share), pct(ctx.param("paid_share_work_independence"))),
        },
        plain = {
          ja = "おかねを もらう しごとが すこし はじまりました。いまの だんかいで つづけましょう。",
          en = "Some of your work is paid now. Let's keep going at this step.",
        },
      }
    end,
  },
  {
    id = "HR-02",
    title = { ja = "みんなで守るルール：連絡のない欠席が続くときは保留", en = "House rules: hold the next step after repeated unannounced absences" },
    references = {
      { id = "kushiro_kyogikai", section = "みんなで守るルール 平成26年7月14日版 5. お休みする時は、必ず連絡する" },
    },
    note = "2 absences in 30 days [default value, not from a source]",
    decide = function(case, ctx)
      if case.placement == nil or case.stage == "general" then return nil end
      if not ctx.at_least("unannounced_absences_30d", case.unannounced_absences_30d, "house_rule_hold_absences") then return nil end
      return {
        step = "hold",
        reason = {
          ja = string.format("過去30日に連絡のない欠席が%d回：「お休みする時は、必ず連絡する」を一緒に確かめるまでステップアップを保留", case.unannounced_absences_30d),
          en = string.format("%d unannounced absences in 30 days: hold any step up until the rule 'always call when you will be absent' is talked through", case.unannounced_absences_30d),
        },
        plain = {
          ja = "やすむ ときは かならず れんらくする、という やくそくを もういちど いっしょに たしかめましょう。",
          en = "Let's go over our promise again: always call when you will be absent.",
        },
      }
    end,
  },
  {
    id = "SD-01",
    title = { ja = "出勤率の低下によるステップダウン（中間的就労なし）", en = "Step down on falling attendance (no intermediate work)" },
    references = {
      { id = "kushiro_kyogikai", section = "※就労訓練、事業者認定はまだです; 釧路モデル: 中間的就労がない; 最賃保障職員から有償コミューターへ移るなど" },
    },
    note = "60% over 2 weeks [default value, not from a source]",
    -- From general work the step goes past the unused intermediate stage, back to 就労自立.
    allows_skip = true,
    decide = function(case, ctx, base)
      local out = base(case, ctx)
      if out == nil or case.stage ~= "general" or out.to == nil or out.to.stage ~= "employment" then return out end
      out.reason = {
        ja = string.format("過去2週間の出勤率%s（%s未満）：中間的就労がないため就労自立の段階に戻り、働き方を見直し、再アセスメント",
          pct(case.attendance_14d), pct(ctx.param("attendance_floor"))),
        en = string.format("attendance %s over 2 weeks (below %s): back to the work-independence stage (there is no intermediate work), adjust the work and re-assess",
          pct(case.attendance_14d), pct(ctx.param("attendance_floor"))),
      }
      return out
    end,
  },
}
