-- コホート：生活・社会・就労の段階から始まる人々が、2年間でどれだけ一般就労に届くか。
-- 全国パックと千葉（ユニバーサル就労の梯子）を、同じ人・同じ運で比べる。
-- Cohort: people starting at the life, social or employment stage; how many reach general work
-- within two years. Compare the national pack with Chiba's universal-work ladder, same people,
-- same luck:  hashigo sim cohort scripts/cohorts/commuter-ladder.lua --region national --vs chiba
--
-- Every number below is this spec's own assumption for training and what-if work (not a
-- measured rate): change them to match a centre's experience.

-- Where people stand at intake (shares).
local START_STAGE = { life = 0.35, social = 0.35, employment = 0.30 }
-- The Five Different Positions axes at the first assessment (1–5 each): how often each score is seen.
local FDP_SCORES = { ["2"] = 0.25, ["3"] = 0.5, ["4"] = 0.25 }
-- Attendance: a person's level (share of scheduled hours attended) drifts month to month.
local LEVEL_MEAN, LEVEL_SD = 0.78, 0.12
local DRIFT_SD = 0.05
local SCHEDULED_HOURS = 40
-- A month of illness takes this much off the level, with this chance a month.
local ILLNESS_CHANCE, ILLNESS_DROP = 0.04, 0.35
-- Leaving support without notice: a base chance a month, more when attendance is low.
local DROPOUT_BASE, DROPOUT_LOW_LEVEL, LOW_LEVEL = 0.005, 0.03, 0.5
-- At the employment stage, the chance a month of starting a placement that opens intermediate work
-- (a commuter placement at a universal-work host, or certified work training).
local PLACEMENT_CHANCE = 0.3
local COMMUTER_SHARE = 0.6
-- Hiring into general work, a month, by where the person works (times the attendance level).
local HIRE_CHANCE = {
  employment = 0.01,
  kunren_hikoyo = 0.02, kunren_koyo = 0.05,
  commuter_unpaid = 0.01, commuter_paid = 0.03, minwage_staff = 0.06, regular_staff = 0.10,
}
-- The next rung on each track, for answering a step held for its contract.
local NEXT_RUNG = {
  kunren_hikoyo = "kunren_koyo",
  commuter_unpaid = "commuter_paid", commuter_paid = "minwage_staff", minwage_staff = "regular_staff",
}
local CONTRACT = {
  kunren_hikoyo = "none", kunren_koyo = "employment",
  commuter_unpaid = "commuter_confirmation", commuter_paid = "commuter_confirmation",
  minwage_staff = "employment", regular_staff = "employment",
}
local WAGE = { kunren_koyo = 1100, minwage_staff = 1100, regular_staff = 1250 }
-- Employees are appraised (人事考課表, 1–5 per item) every APPRAISAL_MONTHS on the post; a
-- person's marks follow their attendance level: about APPRAISAL_BASE + APPRAISAL_SLOPE × level.
local APPRAISED = { kunren_koyo = true, minwage_staff = true, regular_staff = true }
local APPRAISAL_MONTHS = 3
local APPRAISAL_BASE, APPRAISAL_SLOPE, APPRAISAL_SD = 1.0, 4.0, 0.5
local STIPEND = { commuter_paid = 1000 }

local function clamp(x, lo, hi) return math.max(lo, math.min(hi, x)) end

local function mark(m, level)
  return math.floor(clamp(m.normal(APPRAISAL_BASE + APPRAISAL_SLOPE * level, APPRAISAL_SD), 1, 5) + 0.5)
end

local function goals_achieved(level)
  if level >= 0.85 then return 3 elseif level >= 0.65 then return 2 else return 1 end
end

-- A placement on `rung` (or a hire into general work when rung is nil), ending the one before.
local function start_work(m, s, rung)
  if s.placement then m.event("placement_ended", { date = m.first_day, placement_id = s.placement, reason = "stepped_up" }) end
  s.serial = s.serial + 1
  s.placement = "p" .. s.serial
  local p = { date = m.first_day, placement_id = s.placement, employer = "host-" .. s.serial }
  if rung == nil then
    p.kind, p.contract, p.hours_per_week, p.wage_per_hour_yen = "part_time", "employment", 20, 1150
  else
    p.kind, p.contract, p.hours_per_week = rung, CONTRACT[rung], 10
    p.wage_per_hour_yen, p.stipend_per_shift_yen = WAGE[rung], STIPEND[rung]
  end
  m.event("placement_started", p)
  s.rung = rung
  s.months_on_post = 0
end

return {
  id = "commuter-ladder",
  title = { ja = "生活・社会・就労の段階からの2年間（全国と千葉の比較）", en = "Two years from the life, social and employment stages (national vs Chiba)" },
  region = "national",
  regions = { "chiba" },
  start = "2024-04-01",
  months = 24,
  people = 400,

  person = function(p)
    local stage = p.pick(START_STAGE)
    local birth_year = 1965 + math.floor(p.random() * 40)
    return {
      person = {
        birth_date = string.format("%d-%02d-15", birth_year, 1 + math.floor(p.random() * 12)),
        gender = p.pick { female = 0.45, male = 0.55 },
        disability_cert = p.pick { none = 0.85, seishin = 0.1, ryoiku = 0.05 },
      },
      household = {
        size = 1 + math.floor(p.random() * 3),
        kind = p.pick { single = 0.45, single_parent = 0.15, ["8050"] = 0.2, multi_gen = 0.2 },
        housing = "rented", rent_yen = 45000, prefecture = "12", municipality = "121002",
        on_public_assistance = p.chance(0.2),
      },
      intake = {
        channel = p.pick { visit = 0.5, referral = 0.3, outreach = 0.2 },
        source = p.pick { self = 0.4, municipal_dept = 0.3, hellowork = 0.1, family = 0.2 },
        concerns = p.chance(0.5) and { "job_search", "income" } or { "job_search", "health_disability" },
        stage = stage,
      },
    }
  end,

  month = function(m)
    local s = m.state
    if m.month == 1 then
      s.level = clamp(m.normal(LEVEL_MEAN, LEVEL_SD), 0.2, 1.0)
      s.serial = 0
      m.event("consent", { date = m.first_day, info_sharing = true })
      local function axis() return tonumber(m.pick(FDP_SCORES)) end
      m.event("assessment", { date = m.day(10), kind = "initial",
        fdp = { interpersonal = axis(), mental = s.level > 0.7 and axis() or 2, stress = axis(), thinking = axis(), environment = axis() } })
      m.event("household_finance", { date = m.day(10), income_yen = 90000, financial_assets_yen = 50000 })
      m.event("plan", { date = m.day(20), start_on = m.day(20), end_on = "2026-03-31",
        goals = { { text = "週3日通う", domain = "life" }, { text = "体験に行く", domain = "work" } } })
      m.event("plan_approved", { date = m.day(25) })
      return
    end
    if m.status == "closed" then return end
    -- the person this month: a drift, sometimes an illness
    s.level = clamp(s.level + m.normal(0, DRIFT_SD), 0.2, 1.0)
    local level = s.level
    if m.chance(ILLNESS_CHANCE) then level = clamp(level - ILLNESS_DROP, 0.05, 1.0) end
    if m.chance(DROPOUT_BASE + (level < LOW_LEVEL and DROPOUT_LOW_LEVEL or 0)) then
      m.event("closed", { date = m.day(20), reason = "contact_lost" })
      return
    end
    if m.stage == "general" then
      m.event("contact", { date = m.day(15), kind = "phone", minutes = 15 })
      return
    end
    -- a rung the rules moved the person onto is worked on its own placement
    if m.stage == "intermediate" and m.rung ~= s.rung and m.rung ~= nil then start_work(m, s, m.rung) end
    -- a step held for a contract: sign it
    if m.stage == "intermediate" and m.held("SU-02") and NEXT_RUNG[m.rung] then start_work(m, s, NEXT_RUNG[m.rung]) end
    local where = m.stage == "intermediate" and m.rung or m.stage
    if HIRE_CHANCE[where] and m.chance(HIRE_CHANCE[where] * level) then
      start_work(m, s, nil)
      return
    end
    if m.stage == "employment" and not s.placement and m.chance(PLACEMENT_CHANCE) then
      start_work(m, s, m.chance(COMMUTER_SHARE) and "commuter_unpaid" or "kunren_hikoyo")
    end
    m.attendance { hours = SCHEDULED_HOURS, level = level, wobble = 0.05, placement_id = s.placement }
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = goals_achieved(level) })
    if s.placement and APPRAISED[s.rung] then
      s.months_on_post = s.months_on_post + 1
      if s.months_on_post % APPRAISAL_MONTHS == 0 then
        m.event("appraisal", { date = m.last_day, placement_id = s.placement,
          items = { rules = mark(m, level), responsibility = mark(m, level), ambition = mark(m, level), horenso = mark(m, level) } })
      end
    end
  end,
}
