-- The network around a case (NK-01…NK-04, RF-NAKA and RF-KIKAN with agencies on the case): a
-- centre, a なかぽつ partner centre and the 基幹型 centre that supervises it, as agency records
-- (hashigo.agency/1). The person is certified and at long-term risk (an FDP axis at level 2): a
-- difficult case in the sense of the core-centre paper.

local function agency(id, role, over)
  local a = { id = id, name = id, since = "2021-06-01", role = role }
  for k, v in pairs(over or {}) do a[k] = v end
  return a
end

local network = {
  agency("centre", "centre", { areas = { "122033" } }),
  agency("naka-east", "nakapotsu", { areas = { "122033" } }),
  agency("naka-kikan", "nakapotsu", { kikan = true, partners = { "naka-east" } }),
  agency("hw-far", "hellowork", { areas = { "011002" } }),
}

-- The case: certified, FDP level 2 on one axis, wants work; `more` events follow the assessment.
local function person(id, more)
  local events = {
    { type = "intake", date = "2023-04-03", stage = "employment", concerns = { "job_search", "health_disability" } },
    { type = "consent", date = "2023-04-03", info_sharing = true },
    { type = "household_moved", date = "2023-04-03", municipality = "122033" },
    { type = "assessment", date = "2023-04-10", kind = "initial",
      fdp = { interpersonal = 2, mental = 3, stress = 3, thinking = 3, environment = 3 } },
    { type = "agency_joined", date = "2023-04-03", agency_id = "centre", lead = true },
  }
  for _, e in ipairs(more or {}) do events[#events + 1] = e end
  return {
    id = id, person = { birth_date = "1990-05-01", disability_cert = "seishin", disability_grade = "2" },
    household = { size = 1, housing = "rented", rent_yen = 40000 },
    events = events,
  }
end

return {
  {
    name = "RF-KIKAN: a difficult case the centre holds alone goes to the core centre jointly",
    case = person("nk-alone"),
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "RF-KIKAN" }, not_fired = { "NK-01", "NK-02", "NK-03", "NK-04" } },
  },
  {
    name = "NK-01: a partner centre holding a difficult case asks its core centre for advice",
    case = person("nk-partner", {
      { type = "referral_made", date = "2023-04-12", referral_id = "r1", target = "nakapotsu", agency_id = "naka-east", warm_handoff = true },
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-east", agreed = true, referral_id = "r1" },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "NK-01" }, not_fired = { "RF-NAKA", "NK-02", "NK-03", "NK-04" } },
  },
  {
    name = "NK-01: not once the core centre has joined; RF-KIKAN not while it holds the case",
    case = person("nk-kikan-on", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-east", agreed = true },
      { type = "agency_joined", date = "2023-04-18", agency_id = "naka-kikan", agreed = true },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { not_fired = { "NK-01", "RF-KIKAN", "RF-NAKA", "NK-03" } },
  },
  {
    name = "NK-01: a partner centre with the records unknown (no agency records) stays silent",
    case = person("nk-no-records", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-east", agreed = true },
    }),
    as_of = "2023-04-20",
    expect = { not_fired = { "NK-01" } },
  },
  {
    name = "NK-02: two agencies hold the case and none leads (the lead left)",
    case = person("nk-no-lead", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-kikan", agreed = true },
      { type = "agency_left", date = "2023-04-15", agency_id = "centre" },
      { type = "agency_joined", date = "2023-04-16", agency_id = "naka-east" },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "NK-02" } },
  },
  {
    name = "NK-02: a lead named again (lead_changed) ends the alert",
    case = person("nk-lead-again", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-kikan", agreed = true },
      { type = "agency_left", date = "2023-04-15", agency_id = "centre" },
      { type = "agency_joined", date = "2023-04-16", agency_id = "naka-east" },
      { type = "lead_changed", date = "2023-04-18", agency_id = "naka-kikan" },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { not_fired = { "NK-02" } },
  },
  {
    name = "NK-03: joint support with the core centre without the person's agreement recorded",
    case = person("nk-no-agreement", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-kikan" },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "NK-03" } },
  },
  {
    name = "NK-03: the person said no: urgent",
    case = person("nk-refused", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "naka-kikan", agreed = false },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "NK-03" } },
  },
  {
    name = "NK-04: an agency that does not serve the household's municipality",
    case = person("nk-far", {
      { type = "agency_joined", date = "2023-04-14", agency_id = "hw-far" },
    }),
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "NK-04" } },
  },
  {
    name = "RF-NAKA: not proposed while a なかぽつ centre holds the case",
    case = {
      id = "nk-naka-held", person = { birth_date = "1990-05-01", disability_cert = "seishin" },
      household = { size = 1, housing = "rented", rent_yen = 40000 },
      events = {
        { type = "intake", date = "2023-04-03", stage = "employment", concerns = { "job_search" } },
        { type = "consent", date = "2023-04-03", info_sharing = true },
        { type = "agency_joined", date = "2023-04-05", agency_id = "naka-east", lead = true },
      },
    },
    agencies = network,
    as_of = "2023-04-20",
    expect = { not_fired = { "RF-NAKA" } },
  },
  {
    name = "RF-NAKA: proposed for the same person when no centre holds the case",
    case = {
      id = "nk-naka-free", person = { birth_date = "1990-05-01", disability_cert = "seishin" },
      household = { size = 1, housing = "rented", rent_yen = 40000 },
      events = {
        { type = "intake", date = "2023-04-03", stage = "employment", concerns = { "job_search" } },
        { type = "consent", date = "2023-04-03", info_sharing = true },
      },
    },
    agencies = network,
    as_of = "2023-04-20",
    expect = { fired = { "RF-NAKA" } },
  },
}
