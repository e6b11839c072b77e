-- J1 – Bさん under Chiba (domain research §6; UWN Chiba report: Bさんの事例, a Chiba case).
-- 2015-05 相談開始 → 06 職業興味検査・自己理解 → 07 老健 → 08 コミュニティスペース → 09 生協倉庫で
-- 短期就労体験 (週2〜3日×3〜4時間, 1か月ごとの振返り) → 09下旬 キャリアカウンセリング、一般就労へ
-- → 10 若年層就労支援施設 (サポステ) と ハローワーク同行 → 11 体験先の倉庫に そのまま就業 (週20時間).
-- Under Chiba: universal work is open to him all along (UW-02); his three experiences ran
-- July–September, well inside 6 months (CHB-01 stays quiet); Hello Work is proposed once the
-- experience goals are met, the 就職活動へ branch of the Chiba flow (RF-HW at the employment
-- stage); the readiness support (planned for a year) is not a 6-month period (CHB-02 quiet).
return {
  {
    name = "J1 Bさん under Chiba, month by month",
    case = "../../../examples/cases/b-san.json",
    months = { from = "2015-05", to = "2016-02" },
    expect = {
      ["2015-05"] = { position = "social", step = "stay", status = "intake", eligibility = { universal_work = true },
                      referrals = { "saposute" }, alerts = {} },
      ["2015-06"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
                      eligibility = { universal_work = true, jyunbi = true }, alerts = {} },
      ["2015-07"] = { position = "employment", step = "stay", referrals = { "saposute" }, alerts = {} },
      ["2015-08"] = { position = "employment", step = "stay", referrals = { "saposute" }, alerts = {} },
      -- 3 of 3 experience goals at the review of 09-28: on to job search (就職活動へ).
      ["2015-09"] = { position = "employment", step = "stay", referrals = { "hellowork", "saposute" }, fired = { "RF-HW" }, alerts = {} },
      -- Both referrals made in October: no longer proposed.
      ["2015-10"] = { position = "employment", step = "stay", referrals = {}, alerts = {} },
      -- Hired at the warehouse where he had his last experience (そのまま就業へ).
      ["2015-11"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" }, accepted = true },
      ["2015-12"] = { position = "general/part_time", step = "stay", referrals = {}, alerts = {} },
      ["2016-02"] = { position = "general/part_time", status = "closed" },
    },
  },
}
