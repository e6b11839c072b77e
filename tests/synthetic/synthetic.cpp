// Synthetic case histories for the benchmarks (see synthetic.hpp).
#include "synthetic.hpp"

#include <hashigo/case/fold.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <string>

namespace hashigo::bench {
namespace {

using namespace hashigo::cases;

// The national ladder, lowest first (rules/national/pack.lua `rungs`).
const std::array<position, 8> ladder = {
    position{stage::life, ""},
    position{stage::social, ""},
    position{stage::employment, ""},
    position{stage::intermediate, "commuter_unpaid"},
    position{stage::intermediate, "commuter_paid"},
    position{stage::intermediate, "minwage_staff"},
    position{stage::general, "part_time"},
    position{stage::general, "full_time"},
};
// How often each position is where a case starts (a support caseload is mostly low rungs).
const std::array<double, 8> start_weights = {18, 24, 18, 10, 10, 8, 8, 4};

// National weighted-average minimum wage (the `minimum_wage_yen` parameter), to price wages
// around it. Cases open on or after 2015-10-01, so a value is always in force.
int minimum_wage(date on) {
  static const std::array<std::pair<const char*, int>, 11> table = {{
      {"2015-10-01", 798}, {"2016-10-01", 823}, {"2017-10-01", 848}, {"2018-10-01", 874},
      {"2019-10-01", 901}, {"2020-10-01", 902}, {"2021-10-01", 930}, {"2022-10-01", 961},
      {"2023-10-01", 1004}, {"2024-10-01", 1055}, {"2025-10-01", 1121},
  }};
  int v = table[0].second;
  const std::string day = on.to_string();
  for (const auto& [since, yen] : table)
    if (since <= day) v = yen;
  return v;
}

// splitmix64: decorrelates (seed, index) into the seed of one case's generator.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

class generator {
 public:
  generator(std::uint64_t seed, std::uint64_t index) : rng_(mix(seed ^ mix(index))), index_(index) {}

  synthetic_case run() {
    synthetic_case out;
    header(out.header);
    // Cases open between 2015-10-01 and mid 2024 and are decided 0–20 months later, on a month
    // end (the monthly run) three times in four, otherwise on any day.
    open_ = date(2015, 10, 1).add_days(uniform(0, 3200));
    const int months = uniform(0, 20);
    if (chance(0.75)) {
      as_of_ = open_.start_of_month().add_months(months).end_of_month();
    } else {
      as_of_ = open_.add_days(uniform(0, months * 30 + 29));
    }
    history();
    out.events = std::move(events_);
    out.as_of = as_of_;
    sort_events(out.events);
    return out;
  }

 private:
  // ---- randomness ----
  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[static_cast<std::size_t>(uniform(0, static_cast<int>(N) - 1))];
  }
  double noise(double sd) { return std::normal_distribution<double>(0.0, sd)(rng_); }

  // ---- events ----
  void emit(date on, event_body body) {
    if (as_of_ < on) return;  // the case is decided on as_of: later events do not exist yet
    event e;
    e.seq = ++seq_;
    e.on = on;
    e.body = std::move(body);
    events_.push_back(std::move(e));
  }

  void header(case_header& h) {
    static const std::array<const char*, 4> genders = {"male", "female", "other", "unknown"};
    static const std::array<const char*, 5> certs = {"none", "none", "none", "seishin", "applying"};
    static const std::array<const char*, 6> kinds = {"single", "couple", "single_parent", "multi_gen", "8050", "other"};
    static const std::array<const char*, 7> housing = {"owned", "rented", "rented", "public", "company", "homeless", "facility"};
    static const std::array<const char*, 4> relations = {"mother", "father", "spouse", "child"};
    h.id = fmt::format("syn-{:06d}", index_);
    h.region = "national";
    h.person.pseudonym = fmt::format("S{}", index_);
    h.person.gender = pick(genders);
    h.person.disability_cert = pick(certs);
    birth_ = date(2015, 10, 1).add_days(-365 * uniform(16, 72) - uniform(0, 364));
    if (chance(0.95)) h.person.birth_date = birth_;
    h.household.size = uniform(1, 4);
    h.household.kind = h.household.size == 1 ? "single" : pick(kinds);
    h.household.housing = pick(housing);
    h.household.rent_yen = h.household.housing == std::string("rented") ? uniform(25, 90) * 1000 : 0;
    h.household.on_public_assistance = chance(0.03);
    for (int i = 1; i < h.household.size; ++i) {
      household_member m;
      m.relation = pick(relations);
      if (chance(0.9)) m.birth_date = date(2015, 10, 1).add_days(-365 * uniform(5, 90));
      h.household.members.push_back(std::move(m));
    }
  }

  fdp_axes fdp_around(int level) {
    auto axis = [&] { return std::clamp(level + uniform(-1, 1), 1, 5); };
    return fdp_axes{axis(), axis(), axis(), axis(), axis()};
  }

  void history() {
    static const std::array<const char*, 6> channels = {"visit", "phone", "home_visit", "outreach", "referral", "mail_online"};
    static const std::array<const char*, 6> sources = {"self", "family", "hellowork", "houkatsu", "shakyo", "npo"};
    static const std::array<const char*, 6> concerns = {"job_search", "hikikomori_futoko", "debt", "housing", "health_disability", "family"};
    // Person-level traits that make the history coherent month after month.
    const double attendance = real(0.35, 1.0);  // share of scheduled hours attended
    const double goal_rate = real(0.2, 1.0);    // chance a short-term goal is met
    const double review_rate = real(0.3, 1.0);  // chance of a monthly review
    int fdp_level = uniform(1, 5);

    // Intake: where the person starts on the ladder.
    std::discrete_distribution<int> start(start_weights.begin(), start_weights.end());
    pos_ = start(rng_);
    intake_event in;
    in.channel = pick(channels);
    in.source = pick(sources);
    for (const char* c : concerns)
      if (chance(0.25)) in.concerns.push_back(c);
    const double screen = real(0, 1);
    in.screening = screen < 0.97 ? "continue" : screen < 0.99 ? "refer_out" : "info_only";
    in.start = ladder[static_cast<std::size_t>(pos_)];
    emit(open_, in);
    if (in.screening != "continue") return;  // closed at intake
    if (chance(0.85)) emit(open_, consent_event{chance(0.8)});

    // Assessment (FDP nine times in ten), household finance, plan and its approval, a programme.
    date day = open_.add_days(uniform(3, 20));
    assessment_event a;
    if (chance(0.9)) a.fdp = fdp_around(fdp_level);
    a.daily_rhythm = uniform(1, 5);
    emit(day, a);
    if (chance(0.75)) finance(day);
    if (chance(0.85)) {
      day = day.add_days(uniform(1, 14));
      new_plan(day);
      if (chance(0.9)) {
        day = day.add_days(uniform(0, 10));
        approve(day);
        if (chance(0.6)) enrol(day);
      }
    }

    // Month by month until as_of.
    for (date ms = day.add_days(1); !(as_of_ < ms); ms = ms.add_months(1).start_of_month()) {
      const date me = ms.end_of_month();
      const int span = static_cast<int>(days_between(ms, me));
      if (placement_.empty() && chance(pos_ >= 2 ? 0.5 : 0.25)) start_placement(ms.add_days(uniform(0, std::min(span, 10))));
      if (!placement_.empty()) attend(ms, me, attendance);
      if (plan_ && chance(review_rate)) {
        review_event r;
        r.goals_total = goals_;
        for (int g = 0; g < goals_; ++g) r.goals_achieved += chance(goal_rate) ? 1 : 0;
        emit(me.add_days(-uniform(0, std::min(span, 4))), r);
      }
      if (!placement_.empty() && kind_ == "minwage_staff" && chance(0.5)) {
        static const std::array<const char*, 5> items = {"attendance", "teamwork", "skill", "attitude", "safety"};
        appraisal_event ap;
        ap.placement_id = placement_;
        const int base = uniform(2, 5);
        for (const char* item : items)
          if (ap.items.empty() || chance(0.7)) ap.items[item] = std::clamp(base + uniform(-1, 1), 1, 5);
        emit(std::max(placement_start_, me.add_days(-uniform(0, std::min(span, 6)))), ap);
      }
      if (chance(0.6)) {
        static const std::array<const char*, 5> kinds = {"interview", "home_visit", "phone", "accompany", "message"};
        contact_event c;
        c.kind = pick(kinds);
        c.successful = chance(0.85);
        c.minutes = c.successful ? uniform(10, 120) : 0;
        emit(ms.add_days(uniform(0, span)), c);
      }
      if (chance(0.08)) {  // a re-assessment; a fall below the last one holds progression (SD-02)
        fdp_level = std::clamp(fdp_level + uniform(-2, 1), 1, 5);
        emit(ms.add_days(uniform(0, span)), [&] {
          assessment_event re;
          re.kind = "re";
          re.fdp = fdp_around(fdp_level);
          re.daily_rhythm = uniform(1, 5);
          return re;
        }());
      }
      if (chance(0.1)) finance(ms.add_days(uniform(0, span)));
      if (chance(0.04)) refer(ms.add_days(uniform(0, span)));
      if (open_referral_ && chance(0.5)) {
        static const std::array<const char*, 3> outcomes = {"accepted", "rejected", "done"};
        emit(me, referral_answered_event{fmt::format("r{}", referrals_), pick(outcomes)});
        open_referral_ = false;
      }
      if (!program_.empty() && chance(0.05)) {
        emit(me, program_ended_event{program_, "completed"});
        program_.clear();
      }
      if (chance(0.07) && pos_ < 7) move(me, +1);
      else if (chance(0.02) && pos_ > 0) move(me, -1);
      if (!placement_.empty() && chance(0.12)) {
        emit(me, placement_ended_event{placement_, chance(0.7) ? "completed" : "dropped"});
        placement_.clear();
      }
      if (status_ == process_status::in_support && plan_end_ <= me && chance(0.3)) {
        emit(me, review_event{"evaluation", goals_, std::min(goals_, uniform(0, goals_))});
        status_ = process_status::evaluation;
        if (chance(0.3)) {
          emit(me, closed_event{chance(0.5) ? "goal_achieved" : "employed", std::nullopt});
          return;
        }
        continue;
      }
      if (status_ == process_status::evaluation && chance(0.5)) {
        new_plan(me);
        approve(me);
      }
      if (chance(0.006)) {
        emit(me, suspended_event{"contact_lost"});
        return;
      }
      if (chance(0.008)) {
        emit(me, closed_event{"person_request", std::nullopt});
        return;
      }
    }
  }

  void finance(date on) {
    household_finance_event f;
    f.income_yen = uniform(0, 30) * 10000;
    f.financial_assets_yen = uniform(0, 60) * 10000;
    f.debt_total_yen = chance(0.3) ? uniform(1, 300) * 10000 : 0;
    f.arrears_months = chance(0.2) ? uniform(1, 6) : 0;
    if (chance(0.5)) f.expenses_yen = uniform(5, 30) * 10000;
    emit(on, f);
  }

  void new_plan(date on) {
    static const std::array<const char*, 5> domains = {"life", "social", "work", "money", "health"};
    plan_event p;
    p.start_on = on;
    p.end_on = on.add_months(uniform(3, 9));
    goals_ = uniform(1, 4);
    for (int g = 1; g <= goals_; ++g) p.goals.push_back(plan_goal{fmt::format("g{}", g), pick(domains), "goal"});
    emit(on, p);
    plan_ = true;
    plan_end_ = p.end_on;
    status_ = process_status::planning;
  }

  void approve(date on) {
    emit(on, plan_approved_event{});
    status_ = process_status::in_support;
  }

  void enrol(date on) {
    static const std::array<const char*, 4> programs = {"jyunbi", "kakei", "gakushu", "ichiji_seikatsu"};
    static const std::array<const char*, 3> routes = {"income_asset", "income_asset", "special"};
    program_enrolled_event p;
    p.program = pick(programs);
    if (chance(0.7)) p.planned_end_on = on.add_months(12);
    p.route = pick(routes);
    emit(on, p);
    program_ = p.program;
  }

  void refer(date on) {
    static const std::array<const char*, 5> targets = {"hellowork", "saposute", "mental_health", "legal_aid", "welfare_office"};
    referral_made_event r;
    r.referral_id = fmt::format("r{}", ++referrals_);
    r.target = pick(targets);
    r.warm_handoff = chance(0.5);
    r.reason = "synthetic";
    emit(on, r);
    open_referral_ = true;
  }

  // A placement that fits the current rung; sometimes a hire into general work (EX-01).
  void start_placement(date on) {
    placement_started_event p;
    p.placement_id = fmt::format("p{}", ++placements_);
    p.employer = chance(0.9) ? fmt::format("employer {}", uniform(1, 500)) : "";
    const int wage = minimum_wage(on);
    if (chance(0.08)) {
      static const std::array<const char*, 3> kinds = {"part_time", "full_time", "regular_staff"};
      p.kind = pick(kinds);
      p.contract = "employment";
      p.hours_per_week = uniform(15, 40);
      p.wage_per_hour_yen = wage + uniform(0, 200);
    } else if (pos_ <= 1) {
      p.kind = chance(0.3) ? "kengaku" : "taiken";
      p.contract = "none";
      p.hours_per_week = uniform(3, 12);
    } else if (pos_ == 2) {
      static const std::array<const char*, 3> kinds = {"taiken", "kunren_hikoyo", "kunren_koyo"};
      p.kind = pick(kinds);
      p.contract = "none";
      p.hours_per_week = uniform(6, 20);
    } else if (pos_ == 3) {
      p.kind = "commuter_unpaid";
      p.contract = "commuter_confirmation";
      p.hours_per_week = uniform(6, 20);
      if (chance(0.5)) p.stipend_per_shift_yen = uniform(5, 20) * 100;
    } else if (pos_ == 4) {
      p.kind = "commuter_paid";
      p.contract = "commuter_confirmation";
      p.hours_per_week = uniform(10, 25);
      p.wage_per_hour_yen = wage - 400 + uniform(0, 450);  // now and then at or above the minimum
    } else if (pos_ == 5) {
      p.kind = "minwage_staff";
      p.contract = "employment";
      p.hours_per_week = uniform(15, 30);
      p.wage_per_hour_yen = wage + uniform(0, 80);
    } else {
      p.kind = pos_ == 6 ? "part_time" : "full_time";
      p.contract = "employment";
      p.hours_per_week = pos_ == 6 ? uniform(10, 34) : uniform(30, 40);
      p.wage_per_hour_yen = wage + uniform(0, 300);
    }
    if (chance(0.2)) p.end_on = on.add_months(uniform(1, 6));
    emit(on, p);
    placement_ = p.placement_id;
    kind_ = p.kind;
    hours_ = p.hours_per_week;
    placement_start_ = on;
  }

  // Attendance for the month (in two halves for one month in three), scheduled from the weekly hours.
  void attend(date ms, date me, double rate) {
    date from = std::max(ms, placement_start_);
    if (me < from) return;
    std::vector<std::pair<date, date>> periods;
    if (chance(0.33) && days_between(from, me) > 14) {
      periods.emplace_back(from, from.add_days(13));
      periods.emplace_back(from.add_days(14), me);
    } else {
      periods.emplace_back(from, me);
    }
    for (const auto& [lo, hi] : periods) {
      attendance_event a;
      a.placement_id = placement_;
      a.period_start = lo;
      a.scheduled_hours = std::round(hours_ * static_cast<double>(days_between(lo, hi) + 1) / 7.0 * 2) / 2;
      const double r = std::clamp(rate + noise(0.12), 0.0, 1.0);
      a.attended_hours = std::min(a.scheduled_hours, std::round(a.scheduled_hours * r * 2) / 2);
      a.unannounced_absences = chance((1.0 - r) * 0.6) ? uniform(1, 3) : 0;
      emit(hi, a);
    }
  }

  void move(date on, int direction) {
    stage_changed_event s;
    s.from = ladder[static_cast<std::size_t>(pos_)];
    pos_ += direction;
    s.to = ladder[static_cast<std::size_t>(pos_)];
    s.direction = direction > 0 ? "up" : "down";
    s.rule_id = direction > 0 ? "SU-02" : "SD-01";
    s.reason = localized{"ステップ", "step"};
    emit(on, s);
  }

  std::mt19937_64 rng_;
  std::uint64_t index_;
  std::vector<event> events_;
  std::int64_t seq_ = 0;
  date open_, as_of_, birth_;
  int pos_ = 0;
  process_status status_ = process_status::assessment;
  bool plan_ = false;
  date plan_end_;
  int goals_ = 0;
  std::string program_;
  std::string placement_;
  std::string kind_;
  double hours_ = 0;
  date placement_start_;
  int placements_ = 0;
  int referrals_ = 0;
  bool open_referral_ = false;
};

}  // namespace

synthetic_case make_case(std::uint64_t seed, std::uint64_t index) { return generator(seed, index).run(); }

std::vector<cases::case_state> make_states(std::uint64_t seed, std::uint64_t first, std::size_t n) {
  std::vector<cases::case_state> out;
  out.reserve(n);
  for (std::uint64_t i = first; i < first + n; ++i) {
    auto c = make_case(seed, i);
    out.push_back(cases::fold(c.header, c.events, c.as_of));
  }
  return out;
}

population_stats describe(const std::vector<cases::case_state>& states) {
  population_stats s;
  s.cases = states.size();
  for (const auto& c : states) {
    s.events += c.events_folded;
    ++s.by_stage[static_cast<int>(c.position.at)];
    if (std::any_of(c.placements.begin(), c.placements.end(), [](const placement_state& p) { return p.active; }))
      ++s.with_placement;
    if (c.plan) ++s.with_plan;
    if (c.status == process_status::closed) ++s.closed;
    if (c.status == process_status::suspended) ++s.suspended;
  }
  return s;
}

}  // namespace hashigo::bench
