-- Matching in Osaka (MA-01 with Osaka's menu, osaka_ladder_2): the cooperating companies' job
-- information is climbed 見学 → 体験実習 → 就労訓練 → 訓練付き就労, so at the employment stage a visit
-- or a practicum is the next step, and on the practicum rung work training is.

local function person(id, stage, rung, extra)
  local events = {
    { type = "intake", date = "2024-04-08", stage = stage, rung = rung, concerns = { "job_search" } },
    { type = "consent", date = "2024-04-08", info_sharing = true },
    { type = "assessment", date = "2024-04-15", kind = "initial", interests = { "manufacturing" } },
  }
  for _, e in ipairs(extra or {}) do events[#events + 1] = e end
  return { id = id, region = "osaka", person = { birth_date = "1990-06-01" },
           household = { size = 1, housing = "rented", rent_yen = 40000, prefecture = "27" }, events = events }
end

local COMPANY = {
  id = "kojo", name = "協力企業（製造）", since = "2024-01-01",
  tasks = {
    { id = "visit", title = { ja = "工場見学", en = "A factory visit" }, days_per_week = 1, hours_per_day = 2,
      wage_forms = { "kengaku" }, fields = { "manufacturing" } },
    { id = "practicum", title = { ja = "検品の体験実習", en = "Inspection practicum" }, days_per_week = 3, hours_per_day = 4,
      wage_forms = { "taiken" }, fields = { "manufacturing" } },
    { id = "training", title = { ja = "検品の就労訓練", en = "Inspection work training" }, days_per_week = 4, hours_per_day = 5,
      wage_forms = { "kunren_hikoyo" }, fields = { "manufacturing" } },
  },
}

return {
  {
    name = "MA-01 (Osaka): at the employment stage the visit and the practicum are next steps, work training is not yet",
    case = person("os-ma-employment", "employment"),
    as_of = "2024-05-01",
    employers = { COMPANY },
    expect = { match = { ranked = { "kojo/practicum", "kojo/visit" }, excluded = { "kojo/training" } } },
  },
  {
    name = "MA-01 (Osaka): on the practicum rung, work training is the next step and the visit is behind",
    case = person("os-ma-taiken", "intermediate", "taiken"),
    as_of = "2024-05-01",
    employers = { COMPANY },
    expect = { match = { ranked = { "kojo/practicum", "kojo/training" }, excluded = { "kojo/visit" } } },
  },
}
