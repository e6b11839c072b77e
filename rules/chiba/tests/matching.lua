-- Chiba's matching (CHB-MA-01): a carved task whose job breakdown still holds ★ rows (qualified
-- staff only) is not for a person without a qualification; the same rows carved out, it is.

local function person(id, qualifications)
  return {
    id = id, region = "chiba", person = { birth_date = "1989-02-10" }, household = { size = 1, housing = "rented", rent_yen = 45000 },
    events = {
      { type = "intake", date = "2023-04-10", stage = "life", concerns = { "job_search" } },
      { type = "assessment", date = "2023-04-20", kind = "initial", interests = { "care" }, qualifications = qualifications },
    },
  }
end

local BREAKFAST = {
  id = "tokuyo", name = "特養", since = "2023-01-01",
  tasks = {
    { id = "breakfast", title = { ja = "朝食", en = "Breakfast" }, days_per_week = 2, hours_per_day = 1,
      wage_forms = { "commuter_unpaid" }, fields = { "care" },
      breakdown = {
        { time = "08:00", work = "朝食", content = "茶くみ", minutes = 10 },
        { time = "08:10", work = "朝食", content = "食事介助", minutes = 30, qualified_only = true },
      } },
    { id = "tea", title = { ja = "茶くみ", en = "Serving tea" }, days_per_week = 2, hours_per_day = 1,
      wage_forms = { "commuter_unpaid" }, fields = { "care" },
      breakdown = { { time = "08:00", work = "朝食", content = "茶くみ", minutes = 10 } } },
  },
}

return {
  {
    name = "CHB-MA-01: ★ rows left in the task: not for a person without a qualification",
    case = person("chb-ma-none"),
    as_of = "2023-05-01",
    employers = { BREAKFAST },
    expect = { match = { ranked = { "tokuyo/tea" }, excluded = { "tokuyo/breakfast" },
                         criteria = { ["tokuyo/breakfast"] = { "CHB-MA-01", "MA-01", "MA-03" } } } },
  },
  {
    name = "CHB-MA-01: a person with a qualification may take the task with its ★ rows",
    case = person("chb-ma-qualified", { "care_initial" }),
    as_of = "2023-05-01",
    employers = { BREAKFAST },
    expect = { match = { ranked = { "tokuyo/breakfast", "tokuyo/tea" } } },
  },
}
