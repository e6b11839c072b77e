-- Matching (matching.lua, MA-01..MA-08): a person whose assessment records what she is drawn to,
-- good at and needs, and the carved tasks of a care home and a farm (しごと情報). Each test gives
-- the employers; `expect.match` names the fitting tasks in order, the excluded ones, scores and
-- the criteria that spoke.

-- At the employment stage (so that an unpaid commuter place is a next step under every pack's
-- menu), her profile recorded at the assessment; `profile` replaces parts of it.
local function person(id, profile)
  local assessment = { type = "assessment", date = "2023-04-20", kind = "initial",
    interests = { "cleaning", "care" }, strengths = { "cleaning" }, constraints = { "daytime_only", "no_phone" },
    supports_needed = { "written_steps" }, hours_per_week_max = 8 }
  for k, v in pairs(profile or {}) do assessment[k] = v end
  return {
    id = id, person = { birth_date = "1989-02-10" }, household = { size = 2, housing = "rented", rent_yen = 50000 },
    events = {
      { type = "intake", date = "2023-04-10", stage = "employment", concerns = { "job_search" } },
      { type = "consent", date = "2023-04-10", info_sharing = true },
      assessment,
    },
  }
end

local function task(id, over)
  local t = { id = id, title = { ja = id, en = id }, days_per_week = 2, hours_per_day = 3,
    wage_forms = { "commuter_unpaid", "commuter_paid" }, fields = { "cleaning" }, skills = { "cleaning" },
    supports = { "written_steps" }, conditions = { "daytime_only", "no_phone" } }
  for k, v in pairs(over or {}) do t[k] = v end
  return t
end

local function employer(id, tasks)
  return { id = id, name = id, since = "2023-01-01", tasks = tasks }
end

return {
  {
    name = "MA-01..MA-07: the task that fits her best ranks first, with the reasons for each",
    case = person("ma-rank"),
    as_of = "2023-05-01",
    employers = {
      employer("care", {
        task("baths", { fields = { "care", "cleaning" } }),
        task("rooms", { supports = { "workplace_mentor" }, conditions = { "daytime_only" } }),
      }),
    },
    expect = {
      match = {
        ranked = { "care/baths", "care/rooms" },
        -- next step 2 + hours 1 + interests 2×3 + strength 2 + conditions 2×1 + support 1
        scores = { ["care/baths"] = 14, ["care/rooms"] = 4 },
        criteria = { ["care/baths"] = { "MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-07" } },
      },
    },
  },
  {
    name = "MA-01, MA-02, MA-06, MA-08: tasks that do not fit are excluded, and say why",
    case = person("ma-exclude"),
    as_of = "2023-05-01",
    filled = { ["care/full"] = 1 },
    employers = {
      employer("care", {
        task("staff-only", { wage_forms = { "minwage_staff" } }),                  -- not a next step from employment
        task("long", { days_per_week = 3, hours_per_day = 4 }),                    -- 12 hours, more than 8
        task("starred", { qualification = "care_initial" }),                       -- ★ without the qualification
        task("full", { openings = 1 }),
      }),
    },
    expect = {
      match = {
        ranked = {},
        excluded = { "care/full", "care/long", "care/staff-only", "care/starred" },
        criteria = { ["care/full"] = { "MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-07", "MA-08" } },
      },
    },
  },
  {
    name = "MA-02, MA-06: over her hours, and a qualification she does not hold",
    case = person("ma-exclude-2", { qualifications = { "forklift" } }),
    as_of = "2023-05-01",
    employers = {
      employer("care", {
        task("long", { days_per_week = 3, hours_per_day = 4 }),
        task("starred", { qualification = "care_initial" }),
        task("forklift", { qualification = "forklift" }),
      }),
    },
    expect = {
      match = {
        ranked = { "care/forklift" },
        excluded = { "care/long", "care/starred" },
        criteria = { ["care/long"] = { "MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-07" },
                     ["care/forklift"] = { "MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07" } },
      },
    },
  },
  {
    name = "MA-05, MA-07: conditions and support the sheet does not offer lower the score",
    case = person("ma-penalty"),
    as_of = "2023-05-01",
    employers = { employer("farm", { task("packing", { supports = {}, conditions = { "quiet_place" } }) }) },
    expect = {
      -- next step 2 + hours 1 + interest 3 + strength 2 − conditions 2×3 − support 2
      match = { ranked = { "farm/packing" }, scores = { ["farm/packing"] = 0 } },
    },
  },
  {
    name = "A task withdrawn before the day is not offered",
    case = person("ma-full"),
    as_of = "2023-05-01",
    employers = { employer("care", { task("baths", { openings = 1, withdrawn_on = "2023-04-30" }), task("rooms") }) },
    expect = {
      -- a task withdrawn before the day is not offered at all
      match = { ranked = { "care/rooms" } },
    },
  },
  {
    name = "Without a recorded profile only the ladder speaks",
    case = {
      id = "ma-none", person = { birth_date = "1989-02-10" }, household = { size = 1, housing = "rented", rent_yen = 40000 },
      events = { { type = "intake", date = "2023-04-10", stage = "employment" } },
    },
    as_of = "2023-05-01",
    employers = { employer("care", { task("baths"), task("practicum", { wage_forms = { "taiken" } }) }) },
    expect = {
      match = { ranked = { "care/baths", "care/practicum" }, criteria = { ["care/baths"] = { "MA-01" } } },
    },
  },
}
