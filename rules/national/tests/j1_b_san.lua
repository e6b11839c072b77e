-- J1 – Bさん (domain research §6, seed 003): social → employment on goals, hired into general work.
return {
  {
    name = "J1 Bさん month by month",
    case = "../../../examples/cases/b-san.json",
    months = { from = "2015-05", to = "2016-02" },
    expect = {
      ["2015-05"] = { position = "social", step = "stay", status = "intake" },
      ["2015-06"] = { position = "social", step = "up", to = "employment", rules = { "SU-02" }, accepted = true },
      ["2015-07"] = { position = "employment", step = "stay" },
      ["2015-09"] = { position = "employment", step = "stay", alerts = {} },
      ["2015-10"] = { position = "employment", step = "stay" },
      ["2015-11"] = { position = "employment", step = "up", to = "general/part_time", rules = { "EX-01" } },
      ["2015-12"] = { position = "general/part_time", step = "stay" },
      ["2016-02"] = { position = "general/part_time", status = "closed" },
    },
  },
}
