-- How byturn sits on the ladder: a high school's programme (the source's example runs at a
-- high school, with an NPO's follow-up), not a rung of universal work. The part-time contract
-- under it is supported employment of its own (intermediate/byturn), where a universal-work
-- host's appraisal (SU-06) has no say.
local case_file = "../../../examples/cases/kanagawa-byturn.json"

return {
  {
    name = "E13 BT-03: the byturn part-time contract puts the student on the byturn rung, not universal work's minimum-wage staff",
    case = case_file,
    months = { from = "2015-07", to = "2015-08" },
    expect = {
      ["2015-08"] = { position = "employment", step = "up", to = "intermediate/byturn", rules = { "BT-03" }, accepted = true },
    },
  },
}
