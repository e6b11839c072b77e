-- National rules that the national tests reach only in journeys Chiba replaces (J3 runs here as
-- rules/chiba/tests/j3_c_san.lua), checked on Chiba's ladder.
return {
  {
    -- UW-05: the host starts paying an unpaid commuter (有償コミューター, 500円程度) before the
    -- 3-month review: the placement itself moves the rung.
    name = "UW-05: an unpaid commuter paid 500 yen a shift from now is a paid commuter",
    case = {
      format = "hashigo.case/1", id = "chiba-uw05", region = "chiba",
      person = { pseudonym = "Vさん", birth_date = "1979-02-11", gender = "female" },
      household = { size = 1, kind = "single", housing = "rented", rent_yen = 41000 },
      events = {
        { type = "intake", date = "2016-01-12", stage = "intermediate", rung = "commuter_unpaid", concerns = { "job_search" } },
        { type = "consent", date = "2016-01-12", info_sharing = true },
        { type = "assessment", date = "2016-01-20", kind = "initial",
          fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } },
        { type = "placement_started", date = "2016-01-12", placement_id = "p1", employer = "生協配送センター",
          kind = "commuter_unpaid", contract = "commuter_confirmation", hours_per_week = 6 },
        { type = "placement_ended", date = "2016-03-06", placement_id = "p1", reason = "stepped_up" },
        { type = "placement_started", date = "2016-03-07", placement_id = "p2", employer = "生協配送センター",
          kind = "commuter_paid", contract = "commuter_confirmation", hours_per_week = 6, stipend_per_shift_yen = 500 },
        { type = "contact", date = "2016-03-28", kind = "interview" },
        { type = "review", date = "2016-03-28", kind = "monthly", goals_total = 3, goals_achieved = 2 },
      },
    },
    as_of = "2016-03-31",
    expect = { position = "intermediate/commuter_unpaid", step = "up", to = "intermediate/commuter_paid", rules = { "UW-05" }, accepted = true },
  },
}
