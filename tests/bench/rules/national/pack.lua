-- National baseline pack: the rules of 生活困窮者自立支援制度 that every region starts from.
-- Thresholds live here as named parameters; rule files read them with ctx.param("name").
-- A value written as { ["YYYY-MM-DD"] = v, ... } is effective-dated: the value in force on the
-- evaluation's as_of date is used. Values marked [default] are not fixed by any source; they are
-- practitioner defaults (domain research, marker [P]) that a region is expected to review.
return {
  name = { ja = "全国基準（生活困窮者自立支援制度）", en = "National baseline (Self-Reliance Support for Needy Persons)" },
  version = "0.1.0",
  description = {
    ja = "生活自立→社会自立→就労自立→中間的就労→一般就労の梯子を、短期目標の達成・出勤率・賃金・人事考課・一般就労への移行で上り下りする全国共通の基準。閾値の多くは出典に数値がないための既定値（[default]）。",
    en = "The common ladder life → social → employment → intermediate → general, climbed on short-term goal attainment, attendance, pay, appraisal and hire into general work. Most thresholds are defaults ([default]) because the sources give no number.",
  },

  -- Rungs inside a stage, lowest first (003: ユニバーサル就労 commuter ladder; 一般就労 by hours).
  rungs = {
    intermediate = { "commuter_unpaid", "commuter_paid", "minwage_staff" },
    general = { "part_time", "full_time" },
  },

  parameters = {
    -- SU-02 [default]: share of the period's short-term goals achieved at a review (003: 3-month goals).
    goal_attainment_min = 0.8,
    -- SU-02 [default]: a review older than this many days no longer speaks for the current month.
    review_fresh_days = 35,
    -- Ups need this many whole months in the current position first [default].
    min_months_in_position = 1,
    -- SU-02: positions whose yardstick is the 個別支援計画 goals (003: commuters step up on plan goals).
    goal_driven_positions = { "life", "social", "intermediate/commuter_unpaid" },
    -- SU-03 [default]: attendance over the last 30 days (003 Kushiro house rules: always call in).
    attendance_step_min = 0.9,
    -- SU-03 [default]: months a paid commuter works before moving to a minimum-wage contract.
    attendance_step_months = 2,
    -- SU-03: positions whose yardstick is attendance.
    attendance_driven_positions = { "intermediate/commuter_paid" },
    -- SU-04 [default]: weekly hours from which a job counts as full time.
    full_time_hours_per_week = 30,
    -- SU-05: national weighted-average minimum wage, yen/hour, in force from each October.
    minimum_wage_yen = {
      ["2015-10-01"] = 798, ["2016-10-01"] = 823, ["2017-10-01"] = 848, ["2018-10-01"] = 874,
      ["2019-10-01"] = 901, ["2020-10-01"] = 902, ["2021-10-01"] = 930, ["2022-10-01"] = 961,
      ["2023-10-01"] = 1004, ["2024-10-01"] = 1055, ["2025-10-01"] = 1121,
    },
    -- SU-06 [default]: 人事考課 average (5-point scale, 003) for the move to general wages.
    appraisal_average_min = 4.0,
    -- SU-06 [default]: an appraisal older than this many days is stale.
    appraisal_fresh_days = 100,
    -- SD-01 [default]: attendance over the last 14 days below this proposes a step down.
    attendance_floor = 0.6,
    -- SD-01: the lowest stage a step down on attendance applies to (work with a placement).
    step_down_from_stage = "intermediate",
    -- SD-02 (001 Five Different Positions): an axis at or below this level holds progression.
    fdp_hold_level = 2,
    -- EX-01: placement kinds that are general employment.
    general_employment_kinds = { "part_time", "full_time", "regular_staff" },
    -- SU-01 (003: 1か月ごとの振り返り): days between placement reviews.
    review_interval_days = 30,
    -- JS-06: days before a plan's end at which the evaluation is flagged.
    plan_end_notice_days = 14,
  },
}
