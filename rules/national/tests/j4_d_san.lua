-- J4 – Mr D (domain research §6 J4): 52, repeated dismissals, suspected developmental disorder;
-- hand-over to the disability system. FDP interpersonal 2 and thinking 2 → long-term risk
-- (JS-10): every referral is a warm hand-off.
--
-- M0 medical referral and 就労訓練 あっせん proposed (JK-04), なかぽつ for a strongly suspected
-- disability (RF-NAKA: a borderline case, handled jointly), 家計改善 (KK-05: debt ¥400,000),
-- 就労訓練 target (JK-01); savings ¥700,000 are above 6 × 基準額 (¥468,000), so neither the housing
-- benefit (HK-03) nor readiness support (JR-01/JR-02) is open. M2 diagnosis, certificate applied
-- for → the core Nakapotsu centre for a difficult case (RF-KIKAN, National Employment Support Network paper). M3 あっせん made, the
-- municipality decides the non-employment type → intermediate/kunren_hikoyo (JK-03). M5 certificate
-- (精神 3級) → なかぽつ (RF-NAKA with RF-KIKAN) and Hello Work's specialist section (RF-HW); he
-- wants 障害者雇用, not B型, so 就労選択支援 is not proposed (see the variants below). M6 employment
-- type at the same provider → kunren_koyo (JK-08). M8 障害者雇用 30 h/week → general/full_time
-- (EX-01); なかぽつ takes the lead. M9 closed (moved to disability services).
--
-- Referral and alert rules are checked with `fired` (each must fire; other rules may fire too),
-- because these base tests also run under every regional pack, which may add targets and alerts of
-- its own. The comment on each month lists what the national pack alone proposes and raises.
-- The variants: a job seeker with a certificate (精神) who, on `asked_on`, asks to be referred to
-- 就労継続支援B型.
local function asks_for_b_gata(id, birth_date, asked_on, household)
  return {
    id = id, person = { birth_date = birth_date, disability_cert = "seishin" }, household = household,
    events = {
      { type = "intake", date = "2025-05-12", stage = "employment", concerns = { "job_search" } },
      { type = "consent", date = "2025-05-12" },
      { type = "referral_made", date = asked_on, referral_id = "b", target = "keizoku_b", reason = "B型を希望" },
    },
  }
end

return {
  {
    name = "J4 Mr D month by month",
    case = "../../../examples/cases/d-san.json",
    months = { from = "2025-05", to = "2026-02" },
    expect = {
      ["2025-05"] = { -- referrals: kunren_jigyosho, medical, nakapotsu; alerts: long_term_risk
        position = "employment", status = "assessment", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JK-04", "JR-01", "JR-02", "JS-10", "KK-05", "RF-MEDICAL", "RF-NAKA" },
      },
      ["2025-06"] = { -- referrals: kunren_jigyosho; alerts: long_term_risk
        position = "employment", status = "in_support", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JK-04", "JR-01", "JR-02", "JS-10", "KK-05" },
      },
      ["2025-07"] = { -- referrals: kunren_jigyosho, nakapotsu; alerts: long_term_risk
        position = "employment", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JK-04", "JR-01", "JR-02", "JS-10", "KK-05", "RF-KIKAN" },
      },
      ["2025-08"] = { -- referrals: nakapotsu; alerts: long_term_risk
        position = "employment", step = "up", to = "intermediate/kunren_hikoyo", rules = { "JK-03" }, accepted = true,
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05", "RF-KIKAN" },
      },
      ["2025-09"] = { -- referrals: nakapotsu; alerts: long_term_risk
        position = "intermediate/kunren_hikoyo", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05", "RF-KIKAN" },
      },
      ["2025-10"] = { -- referrals: hellowork, nakapotsu; alerts: long_term_risk
        position = "intermediate/kunren_hikoyo", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05", "RF-HW", "RF-KIKAN", "RF-NAKA" },
      },
      ["2025-11"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/kunren_hikoyo", step = "up", to = "intermediate/kunren_koyo", rules = { "JK-08" }, accepted = true,
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05" },
      },
      ["2025-12"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/kunren_koyo", step = "stay",
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05" },
      },
      ["2026-01"] = { -- referrals: –; alerts: long_term_risk
        position = "intermediate/kunren_koyo", step = "up", to = "general/full_time", rules = { "EX-01" }, accepted = true,
        eligibility = { jukyo_kakuho = false, jyunbi = false, kakei = true, kunren = true },
        fired = { "HK-01", "JK-01", "JR-01", "JR-02", "JS-10", "KK-05" },
      },
      ["2026-02"] = { -- referrals: –; alerts: –
        position = "general/full_time", status = "closed", step = "stay",
      },
    },
  },
  {
    -- What if Mr D had asked for 就労継続支援B型 after his certificate (2025-11)? New B型 users need
    -- 就労選択支援 from 2025-10 — but not from age 50: he is 52, so it is not proposed and the
    -- exemption is noted (RF-SENTAKU-EXEMPT).
    name = "J4 variant: B型 at 52 is exempt from 就労選択支援",
    case = asks_for_b_gata("d-san-b-gata", "1973-03-05", "2025-11-04", { size = 1, housing = "rented", rent_yen = 45000 }),
    as_of = "2025-11-30",
    expect = { fired = { "RF-SENTAKU-EXEMPT", "RF-NAKA", "RF-HW" } },  -- referrals: hellowork, kunren_jigyosho, nakapotsu; alerts: shuro_sentaku_exempt
  },
  {
    -- The same request from a 45-year-old: 就労選択支援 first (RF-SENTAKU).
    name = "J4 variant: B型 at 45 needs 就労選択支援 first",
    case = asks_for_b_gata("b-gata-45", "1980-06-01", "2025-11-04", { size = 1 }),
    as_of = "2025-11-30",
    expect = { fired = { "RF-SENTAKU", "RF-NAKA", "RF-SAPO" } },  -- referrals: hellowork, kunren_jigyosho, nakapotsu, saposute, shuro_sentaku
  },
  {
    -- Before 2025-10-01 there is no 就労選択支援 to go through.
    name = "J4 variant: B型 before October 2025 needs nothing first",
    case = asks_for_b_gata("b-gata-45-early", "1980-06-01", "2025-08-04", { size = 1 }),
    as_of = "2025-09-30",
    expect = { fired = { "RF-NAKA", "RF-SAPO" } },  -- referrals: hellowork, kunren_jigyosho, nakapotsu, saposute (no 就労選択支援 yet)
  },
}
