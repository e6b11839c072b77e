-- Referral and eligibility rules read against practice and the law: なかぽつ for a disability
-- confirmed or strongly suspected (borderline cases handled jointly), 就労選択支援's exemptions.

-- A person at 就労自立 from 2022-04-04 wanting work; `cert` the certificate, `fdp` the lowest axis,
-- `concerns` the intake concerns, `extra` more events.
local function person(id, cert, fdp, concerns, extra, born)
  local events = {
    { type = "intake", date = "2022-04-04", stage = "employment", concerns = concerns or { "job_search" } },
    { type = "consent", date = "2022-04-04" },
    { type = "assessment", date = "2022-04-06", fdp = { interpersonal = fdp, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "household_finance", date = "2022-04-06", income_yen = 300000, financial_assets_yen = 2000000 },
    { type = "plan", date = "2022-04-06", start_on = "2022-04-06", end_on = "2099-12-31", goals = { { id = "g1", text = "goal" } } },
    { type = "plan_approved", date = "2022-04-06" },
  }
  for _, e in ipairs(extra or {}) do events[#events + 1] = e end
  return {
    id = id,
    person = { birth_date = born or "1985-06-01", disability_cert = cert },
    household = { size = 1, housing = "rented", rent_yen = 40000 },
    events = events,
  }
end

return {
  {
    name = "なかぽつ: diagnosed and applying for a certificate, wants work → offered without waiting for the certificate (RF-NAKA)",
    case = person("naka-applying", "applying", 3, { "job_search" }),
    as_of = "2022-04-30",
    expect = { fired = { "RF-NAKA" } },
  },
  {
    name = "なかぽつ: a disability strongly suspected (health concern, FDP level 2), no certificate, wants work → joint handling (RF-NAKA)",
    case = person("naka-suspected", "none", 2, { "job_search", "health_disability" }),
    as_of = "2022-04-30",
    expect = { fired = { "RF-NAKA" } },
  },
  {
    name = "なかぽつ: applying for a certificate at long-term risk → the core centre's joint route (RF-KIKAN)",
    case = person("naka-kikan", "applying", 2, { "job_search" }),
    as_of = "2022-04-30",
    expect = { fired = { "RF-KIKAN" } },
  },
  {
    name = "E8 就労選択支援: has worked, now unable by health (job loss + health concern), asks for B型 at 45 → exempt",
    case = {
      id = "sentaku-worked", person = { birth_date = "1980-06-01", disability_cert = "seishin" }, household = { size = 1 },
      events = {
        { type = "intake", date = "2025-05-12", stage = "employment", concerns = { "job_search", "health_disability" } },
        { type = "consent", date = "2025-05-12" },
        { type = "job_lost", date = "2025-05-12", lost_on = "2024-12-31", cause = "dismissal", main_earner = true },
        { type = "referral_made", date = "2025-11-04", referral_id = "b", target = "keizoku_b", reason = "B型を希望" },
      },
    },
    as_of = "2025-11-30",
    expect = { fired = { "RF-SENTAKU-EXEMPT" } },
  },
  {
    name = "E8 就労選択支援: the referral to a provider was turned down (none nearby, waiting) → exempt, the transition assessment stands in",
    case = {
      id = "sentaku-none-nearby", person = { birth_date = "1980-06-01", disability_cert = "seishin" }, household = { size = 1 },
      events = {
        { type = "intake", date = "2025-05-12", stage = "employment", concerns = { "job_search" } },
        { type = "consent", date = "2025-05-12" },
        { type = "referral_made", date = "2025-11-04", referral_id = "b", target = "keizoku_b", reason = "B型を希望" },
        { type = "referral_made", date = "2025-11-05", referral_id = "s", target = "shuro_sentaku", reason = "就労選択支援" },
        { type = "referral_answered", date = "2025-11-12", referral_id = "s", outcome = "rejected" },
      },
    },
    as_of = "2025-11-30",
    expect = { fired = { "RF-SENTAKU-EXEMPT" } },
  },
}
