-- J2 – Mr A (domain research §6 J2): 46, ice-age generation, contract ended two months before the
-- intake, rent ¥42,000 (cap ¥37,200 for one person), savings ¥150,000, card loans ¥800,000.
-- Region values as the 山武市 example (基準額 ¥78,000), the national tables' [example].
--
-- M0 住居確保給付金 eligible (HK-01: within 2 years of the job loss, main earner; HK-02 income
-- 0 ≤ 78,000 + 37,200; HK-03 assets ≤ 468,000), 家計改善 triggered (KK-05), 法テラス proposed
-- for the debt (KK-03), サポステ (46 is within 15–49 since FY2020) and 社協 (a deficit with under
-- two months' expenses in savings). M1 benefit paid (HK-06 in payment), Hello Work proposed "soon"
-- (registering is a duty, HK-04). M2 duties met; the period's end is flagged a month ahead
-- (HK-06-NOTICE). M3 duties met → the extension is open (HK-06, route extension) and is granted
-- (program_extended: months 4–6). M5 hired full time mid-month → general/full_time (EX-01).
-- M6 first full salary: the benefit ended in October (HK-08: no new application before
-- 2025-11-01), the case stays open while 家計改善 runs (JS-08), the 1-month retention visit is due
-- (FU-01). M8 evaluation and closure.
--
-- Referral and alert rules are checked with `fired` (each must fire; other rules may fire too),
-- because these base tests also run under every regional pack, which may add targets and alerts of
-- its own. The comment on each month lists what the national pack alone proposes and raises.

-- M0–M2 are the same in the journey and in its variant (a fresh table each call: a regional pack
-- patches the days of each test on its own). `more` adds the later months.
local function from_m0_to_m2(more)
  local months = {
    ["2024-04"] = { -- referrals: houterasu, saposute, shakyo; alerts: –
      position = "employment", status = "assessment", step = "stay",
      eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true },
      fired = { "HK-01", "JR-01", "KK-05", "RF-HOUTERASU", "RF-SAPO", "RF-SHAKYO" },
    },
    ["2024-05"] = { -- referrals: hellowork, houterasu, saposute, shakyo; alerts: –
      position = "employment", status = "in_support", step = "stay",
      eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true },
      fired = { "HK-06", "JR-01", "KK-05", "RF-HOUTERASU", "RF-HW", "RF-SAPO", "RF-SHAKYO" },
    },
    ["2024-06"] = { -- referrals: saposute, shakyo; alerts: benefit_period_end
      position = "employment", step = "stay",
      eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true },
      fired = { "HK-06", "HK-06-NOTICE", "JR-01", "KK-05", "RF-SAPO", "RF-SHAKYO" },
    },
  }
  for day, expect in pairs(more) do months[day] = expect end
  return months
end

return {
  {
    name = "J2 Mr A month by month",
    case = "../../../examples/cases/a-san.json",
    months = { from = "2024-04", to = "2024-12" },
    expect = from_m0_to_m2({
      ["2024-07"] = { -- referrals: saposute, shakyo; alerts: benefit_period_end
        position = "employment", step = "stay",
        eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true },
        fired = { "HK-06", "HK-06-NOTICE", "JR-01", "KK-05", "RF-SAPO", "RF-SHAKYO" },
      },
      ["2024-08"] = { -- referrals: saposute, shakyo; alerts: –
        position = "employment", step = "stay",
        eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true },
        fired = { "HK-06", "JR-01", "KK-05", "RF-SAPO", "RF-SHAKYO" },
      },
      ["2024-09"] = { -- referrals: shakyo; alerts: benefit_period_end
        position = "employment", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true,
        eligibility = { jukyo_kakuho = true, jyunbi = true, kakei = true },
        fired = { "HK-06", "HK-06-NOTICE", "JR-01", "KK-05", "RF-SHAKYO" },
      },
      ["2024-10"] = { -- referrals: –; alerts: benefit_reapply_bar, keep_open, retention_visit_due
        position = "general/full_time", step = "stay",
        eligibility = { kakei = true },
        fired = { "FU-01", "HK-08", "JS-08", "KK-05" },
      },
      ["2024-11"] = { -- referrals: –; alerts: benefit_reapply_bar, keep_open
        position = "general/full_time", step = "stay",
        eligibility = { kakei = true },
        fired = { "HK-08", "JS-08", "KK-05" },
      },
      ["2024-12"] = { -- referrals: –; alerts: retention_visit_due (3 months after the hire, due after the closure)
        position = "general/full_time", status = "closed", step = "stay",
        fired = { "FU-01" },
      },
    }),
  },
  {
    -- The first full salary (2024-10-25) puts the income above the line while the benefit is
    -- still being paid: HK-06 proposes stopping it.
    name = "J2 Mr A: the benefit stops once his income exceeds the line",
    case = "../../../examples/cases/a-san.json",
    as_of = "2024-10-28",
    expect = { eligibility = { jukyo_kakuho = false }, fired = { "HK-06" } },
  },
  {
    -- Variant of the journey: at M3 he misses a Hello Work consultation and applies twice only.
    -- The duties fail (HK-04) and the extension is not open (HK-06): the benefit ends after M3.
    name = "J2 variant: M3 job-search duties missed, no extension",
    case = "../../../examples/cases/a-san-noncompliant.json",
    months = { from = "2024-04", to = "2024-07" },
    expect = from_m0_to_m2({
      ["2024-07"] = { -- referrals: saposute, shakyo; alerts: benefit_period_end, job_search_duties
        position = "employment", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = true, kakei = true },
        fired = { "HK-04", "HK-06", "HK-06-NOTICE", "JR-01", "KK-05", "RF-SAPO", "RF-SHAKYO" },
      },
    }),
  },
}
