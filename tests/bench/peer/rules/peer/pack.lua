-- The peer decision (docs/performance.md, "The peer decision") written as a hashigo pack, rule by
-- rule, so that `make bench` can time hashigo against bare Lua on the same work. Not a policy: the
-- thresholds are the benchmark's definition, marked `default` (no law or guidance fixes them).
return {
  name = { ja = "比較用の判定（ベンチマーク）", en = "Peer decision (benchmark)" },
  version = "1.0.0",
  description = {
    ja = "他のルールエンジンや素の Lua と同じ仕事で速さを比べるための小さな判定：対象かどうか、段階の上下、4つのつなぎ先、長期化リスク。",
    en = "A small decision for like-for-like speed comparisons: eligibility, a step up or down, four referrals and a long-term-risk flag.",
  },
  sources = { "peer_decision" },

  programs = {
    peer = { ja = "比較用の事業", en = "Peer programme" },
  },
  referral_targets = {
    nakapotsu = { ja = "障害者就業・生活支援センター（なかぽつ）", en = "Nakapotsu centre" },
    saposute = { ja = "地域若者サポートステーション", en = "Youth Support Station" },
    hellowork = { ja = "ハローワーク", en = "Hello Work" },
    kakei = { ja = "家計改善支援", en = "Household-budget support" },
  },
  alert_names = {
    long_term_risk = { ja = "支援が長期になるおそれ", en = "Risk of long-term support" },
  },

  parameters = {
    min_age = { value = 15, unit = "age", basis = "default", note = "Eligible from this age (the peer decision's definition)." },
    max_age = { value = 64, unit = "age", basis = "default", note = "Eligible up to this age (the peer decision's definition)." },
    income_limit_yen = { value = 150000, unit = "yen/month", basis = "default",
      note = "Household income below this is eligible (the peer decision's definition)." },
    step_up_attendance_min = { value = 0.8, unit = "ratio", basis = "default",
      note = "Attendance over 30 days from which a case steps up (the peer decision's definition)." },
    step_up_fdp_min = { value = 3, unit = "level", basis = "default",
      note = "Lowest FDP axis from which a case steps up (the peer decision's definition)." },
    step_up_months_min = { value = 2, unit = "months", basis = "default",
      note = "Whole months in the stage before a step up (the peer decision's definition)." },
    step_down_attendance_below = { value = 0.3, unit = "ratio", basis = "default",
      note = "Attendance over 30 days below which a case steps down (the peer decision's definition)." },
    saposute_max_age = { value = 49, unit = "age", basis = "default",
      note = "Youth Support Station up to this age (the peer decision's definition)." },
    hellowork_hours_min = { value = 20, unit = "hours/week", basis = "default",
      note = "Weekly hours from which an intermediate case goes to Hello Work (the peer decision's definition)." },
    kakei_income_below_yen = { value = 100000, unit = "yen/month", basis = "default",
      note = "Household income below this is referred to budget support (the peer decision's definition)." },
    risk_fdp_max = { value = 2, unit = "level", basis = "default",
      note = "An FDP axis at or below this flags a long-term risk (the peer decision's definition)." },
  },
}
