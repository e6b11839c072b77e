-- J1 – Bさん (domain research §6 J1, seed UWNちば「本人の状態像に応じた支援のあり方」): 27, seven years withdrawn,
-- came to Hello Work with his mother. social → employment on goals (SU-02), hired part time into
-- general work (EX-01), closed as employed.
--
-- Eligibility: the household (2 people, the mother's wage ¥180,000) is tested as a unit (JR-03).
-- At the national example tables (山武市: 基準額 ¥115,000 + 住宅扶助 ¥45,000 = ¥160,000) the
-- income is just above the JR-01 line, so 就労準備支援 is open through JR-02 (at risk, within 20%);
-- Chiba City's own (higher, 1級地) tables would pass JR-01 directly.
-- Referrals: サポステ (age 27, within 15–39 in 2015; the same age is within 15–49 today) from the
-- start; Hello Work once the short-term goals are met (M4, 2015-09). Both were made in October,
-- after which they are no longer proposed. No alerts: reviews are monthly and the retention visits
-- at 1 and 3 months (FU-01) were made on time.
--
-- Referral and alert rules are checked with `fired` (each must fire; other rules may fire too),
-- because these base tests also run under every regional pack, which may add targets and alerts of
-- its own. The comment on each month lists what the national pack alone proposes and raises.
return {
  {
    name = "J1 Bさん month by month",
    case = "../../../examples/cases/b-san.json",
    months = { from = "2015-05", to = "2016-02" },
    expect = {
      ["2015-05"] = { -- referrals: saposute; alerts: –
        position = "social", status = "intake", step = "stay",
        eligibility = { kunren = true },
        fired = { "JK-01", "RF-SAPO" },
      },
      ["2015-06"] = { -- referrals: saposute; alerts: –
        position = "social", status = "in_support", step = "up", to = "employment", rules = { "SU-02" }, accepted = true,
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-02", "RF-SAPO" },
      },
      ["2015-07"] = { -- referrals: saposute; alerts: –
        position = "employment", step = "stay",
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-02", "RF-SAPO" },
      },
      ["2015-08"] = { -- referrals: saposute; alerts: –
        position = "employment", step = "stay",
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-02", "RF-SAPO" },
      },
      ["2015-09"] = { -- referrals: hellowork, saposute; alerts: –
        position = "employment", step = "stay", alerts = {},
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-02", "RF-HW", "RF-SAPO" },
      },
      ["2015-10"] = { -- referrals: –; alerts: –
        position = "employment", step = "stay",
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-02" },
      },
      ["2015-11"] = { -- referrals: –; alerts: –
        position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" }, accepted = true,
        eligibility = { jyunbi = true, kunren = true },
        fired = { "JK-01", "JR-02" },
      },
      ["2015-12"] = { -- referrals: –; alerts: –
        position = "general/part_time", step = "stay",
      },
      ["2016-01"] = { -- referrals: –; alerts: –
        position = "general/part_time", step = "stay",
      },
      ["2016-02"] = { -- referrals: –; alerts: –
        position = "general/part_time", status = "closed", step = "stay",
      },
    },
  },
}
