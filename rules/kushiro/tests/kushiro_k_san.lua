-- Kさん in Kushiro (Kushiro council presentation: 釧路モデル): a public-assistance recipient, 10 years out of work,
-- climbs 日常生活自立 → 社会生活自立 → 就労自立 as the share of paid work goes from 0% to 100%,
-- with no intermediate work in between (就労訓練の事業者認定はまだ), and finds a job through the
-- city's free job placement office run by the welfare office.
--   2015-05 referred by his caseworker; 被保護者就労準備支援事業 (HG-01)
--   2015-06 生活リズム: 日常生活自立 → 社会生活自立 (SU-02)
--   2015-07 unpaid help at a ふまねっと class (paid work 0%)
--   2015-08 two absences without a call: house rule 5 (HR-01), the step is held (HR-02)
--   2015-09 漁網の仕立て作業 for 1,000 yen a shift beside the unpaid class: paid work 67%, the
--           partly-paid layer the model lacks — still 社会生活自立 (PW-01 holds)
--   2015-10 the class ends: paid work 100% of his activity → 就労自立 (PW-01)
--   2015-11 referred to the 無料職業紹介所 and Hello Work (PW-02's targets)
--   2015-12 hired part time at a fish-processing firm → general work, skipping the unused
--           intermediate stage (EX-01); 2016-03 closed, employed.
return {
  {
    name = "Kさん: 日常生活自立 → 社会生活自立 → 就労自立 → 一般就労 (Kushiro)",
    case = "../../../examples/cases/kushiro-k-san.json",
    months = { from = "2015-05", to = "2016-03" },
    expect = {
      ["2015-05"] = { position = "life", step = "stay", status = "assessment",
                      eligibility = { hogo_jyunbi = true, jyunbi = false }, referrals = {}, alerts = { "long_term_risk" } },
      ["2015-06"] = { position = "life", step = "up", to = "social", rules = { "SU-02" }, accepted = true },
      ["2015-07"] = { position = "social", step = "stay", eligibility = { hogo_jyunbi = true, kunren = false },
                      referrals = {}, alerts = { "long_term_risk" } },
      -- Goals met, but two absences without a call: the rule comes first.
      ["2015-08"] = { position = "social", step = "stay", rules = { "HR-02" },
                      alerts = { "house_rule_absence", "long_term_risk" } },
      -- Net-making for a stipend: paid work is now 67% of his hours — partly paid, not 就労自立.
      ["2015-09"] = { position = "social", step = "stay", rules = { "PW-01" }, alerts = { "long_term_risk" } },
      -- The unpaid class ended on 10-01: all his work is paid (ペイドワーク100%).
      ["2015-10"] = { position = "social", step = "up", to = "employment", rules = { "PW-01" }, accepted = true },
      -- Referred to the free placement office and Hello Work on 11-04 (PW-02's targets).
      ["2015-11"] = { position = "employment", step = "stay", referrals = {}, alerts = {},
                      eligibility = { hogo_jyunbi = true, kunren = false } },
      -- Hired through the free placement office: straight to general work (no intermediate stage).
      ["2015-12"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" }, accepted = true },
      ["2016-01"] = { position = "general/part_time", step = "stay", eligibility = { hogo_jyunbi = false }, referrals = {}, alerts = {} },
      ["2016-03"] = { position = "general/part_time", status = "closed" },
    },
  },
}
