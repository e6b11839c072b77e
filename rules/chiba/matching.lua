-- Chiba matching (UWNちば「本人の状態像に応じた支援のあり方」: 受け入れのための業務分解). The national
-- criteria apply; Chiba adds what its job breakdown sheet says of ★ rows: they are work only
-- qualified staff do, so a carved task that still holds ★ rows is not yet carved for a person
-- without a qualification.

return {
  {
    id = "CHB-MA-01",
    title = { ja = "★（資格が必要）の行が残る作業", en = "A carved task that still holds ★ rows (qualified staff only)" },
    references = {
      { id = "uwn_chiba_report", section = "受け入れのための業務分解: 業務分解シート【日】≪介護≫（★）" },
    },
    note = "The sheet marks with ★ the rows only qualified staff may do (口腔ケア, 排泄ケア, 食事介助, 送迎 …); "
      .. "ユニバーサル就労 carves the other rows out for a commuter. A task whose breakdown keeps ★ rows fits only a person with a recorded qualification.",
    decide = function(case, task, ctx)
      if task.qualified_only_minutes == 0 then
        local starred = false
        for _, row in ipairs(task.breakdown) do
          if row.qualified_only then starred = true end
        end
        if not starred then return nil end
      end
      local held = case.profile and case.profile.qualifications or {}
      if #held > 0 then return nil end
      return {
        exclude = true,
        reason = {
          ja = "業務分解に★（資格が必要）の行が残っている：★の行を切り分けてから",
          en = "its breakdown still holds ★ rows (qualified staff only): carve them out first",
        },
        plain = { ja = "この しごとには 資格が いる 作業が ふくまれています。", en = "This work includes steps that need a qualification." },
      }
    end,
  },
}
