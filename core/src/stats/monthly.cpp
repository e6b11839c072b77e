#include <hashigo/case/codes.hpp>
#include <hashigo/error.hpp>
#include <hashigo/stats/monthly.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace hashigo::stats {

namespace {

using cases::process_status;

std::string key(std::string_view section, std::string_view kind, std::string_view code) {
  return fmt::format("{}.{}.{}", section, kind, code);
}

// What one case did in the month, gathered while its events are read in order.
struct case_month {
  bool employed = false, income_up = false, employed_or_income_up_as_target = false;
  bool stepped_up = false, moved = false, closed = false;
  std::set<std::string> employed_as;  // the kinds of work started, each person once
};

// An episode's facts that decide how an in-month event counts (reset by a new intake or reopening).
struct episode {
  bool had_plan = false;
  bool plan_has_work_goal = false;
  bool target = false;  // 就労支援対象者: a plan with a work goal was approved in this episode
  bool plan_approved = false;  // the latest plan is approved
};

bool has_work_goal(const cases::plan_event& p) {
  return std::any_of(p.goals.begin(), p.goals.end(), [](const cases::plan_goal& g) { return g.domain == "work"; });
}

bool open_at(process_status s) { return s != process_status::closed; }

}  // namespace

std::string month::name() const { return first_day.year_month(); }

month parse_month(const std::string& text, const std::string& field) {
  const auto day = text.size() == 7 ? date::parse(text + "-01") : std::nullopt;
  if (!day) throw input_error(field, message("error.bad_month", text));
  return {*day, day->end_of_month()};
}

std::vector<month> months_between(const month& first, const month& last, const std::string& field) {
  if (last.first_day < first.first_day) throw input_error(field, message("error.month_order", last.name(), first.name()));
  std::vector<month> out;
  for (date d = first.first_day; !(last.first_day < d); d = d.end_of_month().add_days(1)) {
    if (out.size() == 600) throw input_error(field, message("error.month_span", 600));
    out.push_back({d, d.end_of_month()});
  }
  return out;
}

month_tally::month_tally(struct month m) : month_(m) {}

void month_tally::add(const case_record& c) {
  const auto& events = *c.events;
  const auto& end = *c.at_end;
  const auto opened = std::find_if(events.begin(), events.end(),
                                   [](const cases::event& e) { return std::holds_alternative<cases::intake_event>(e.body); });
  if (opened == events.end() || month_.last_day < opened->on) return;
  ++cases_read_;

  std::set<std::int64_t> voided;
  for (const auto& v : end.voided) voided.insert(v.seq);
  const std::string municipality = end.header.household.municipality;
  auto& here = by_municipality_[municipality];
  auto count = [&](const std::string& id, std::int64_t n = 1) { counts_[id] += n; };

  episode ep;
  case_month did;
  // A plan approved by a plan_approved event or by a meeting's decision: one approval either way.
  auto approve_plan = [&](bool in_month) {
    ep.plan_approved = true;
    if (in_month) count("plans.approved");
    if (ep.plan_has_work_goal && !ep.target) {
      ep.target = true;
      if (in_month) {
        count("plans.employment_targets");
        ++here.employment_targets;
      }
    }
  };
  std::optional<std::int64_t> income;  // the latest household income known
  for (const auto& e : events) {
    if (month_.last_day < e.on) break;
    if (voided.count(e.seq)) continue;
    const bool in_month = !(e.on < month_.first_day);
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, cases::intake_event>) {
            ep = {};
            if (!in_month) return;
            count("intake.new");
            count(key("intake", "channel", b.channel));
            count(key("intake", "source", b.source));
            count(key("intake", "screening", b.screening));
            ++here.new_consultations;
            // Screening out closes the case at once, without a `closed` event (docs/case-format.md).
            if (b.screening == "info_only" || b.screening == "refer_out") {
              count("caseload.closed");
              count(key("caseload", "closure", b.screening == "info_only" ? "info_only" : "referred_other"));
            }
          } else if constexpr (std::is_same_v<T, cases::reopened_event>) {
            ep = {};
            if (in_month) count("intake.reopened");
          } else if constexpr (std::is_same_v<T, cases::plan_event>) {
            if (in_month) {
              count(ep.had_plan ? "plans.replans" : "plans.new");
              if (!ep.had_plan) ++here.plans;
            }
            ep.had_plan = true;
            ep.plan_approved = false;
            ep.plan_has_work_goal = has_work_goal(b);
          } else if constexpr (std::is_same_v<T, cases::plan_approved_event>) {
            if (in_month && b.meeting == "centre") count("plans.approved_by_centre");
            approve_plan(in_month);
          } else if constexpr (std::is_same_v<T, cases::meeting_event>) {
            // On an approved plan the decision confirms the centre's approval (MT-02): not a new one.
            for (const auto& d : b.decisions)
              if (d.decision == "plan_approved" && !ep.plan_approved) approve_plan(in_month);
            if (!in_month) return;
            count("meetings.cases_discussed");
            for (const auto& d : b.decisions) count(key("meetings", "decision", d.decision));
            if (meetings_held_.insert(b.meeting_id).second) {
              count("meetings.held");
              count(key("meetings", "kind", b.kind));
            }
          } else if constexpr (std::is_same_v<T, cases::suspended_event>) {
            if (in_month) count("caseload.suspended");
          } else if constexpr (std::is_same_v<T, cases::closed_event>) {
            if (!in_month) return;
            did.closed = true;
            count("caseload.closed");
            count(key("caseload", "closure", b.reason));
            if (b.agreed) count(*b.agreed ? "caseload.closed_agreed" : "caseload.closed_against_wish");
          } else if constexpr (std::is_same_v<T, cases::stage_changed_event>) {
            if (!in_month) return;
            did.moved = true;
            if (b.direction == "up") {
              count("ladder.step_ups");
              did.stepped_up = true;
            } else if (b.direction == "down") {
              count("ladder.step_downs");
            }
          } else if constexpr (std::is_same_v<T, cases::program_enrolled_event>) {
            if (in_month) count(key("programmes", "started", b.program));
          } else if constexpr (std::is_same_v<T, cases::program_ended_event>) {
            if (in_month) count(key("programmes", "ended", b.program));
          } else if constexpr (std::is_same_v<T, cases::placement_started_event>) {
            if (!in_month) {
              if (!b.employer.empty()) employers_before_.insert(b.employer);
              return;
            }
            count("placements.started");
            if (!b.task_id.empty()) count("employers.placements_from_sheets");
            if (!b.employer.empty()) employers_this_month_.insert(b.employer);  // an unnamed host is no host to count
            if (b.contract == "employment") {
              did.employed_as.insert(b.kind);
              did.employed = true;
              did.employed_or_income_up_as_target |= ep.target;
            }
          } else if constexpr (std::is_same_v<T, cases::household_finance_event>) {
            if (in_month && income && b.income_yen > *income) {
              did.income_up = true;
              did.employed_or_income_up_as_target |= ep.target;
            }
            income = b.income_yen;
          } else if constexpr (std::is_same_v<T, cases::contact_event> || std::is_same_v<T, cases::follow_up_event>) {
            if (!in_month) return;
            if (!b.successful) {
              count("contacts.failed");
              return;
            }
            count(key("contacts", std::is_same_v<T, cases::contact_event> ? "contact" : "follow_up", b.kind));
            count("contacts.minutes", b.minutes);
          } else if constexpr (std::is_same_v<T, cases::referral_made_event>) {
            if (!in_month) return;
            count("referrals.made");
            count(key("referrals", "referral", b.target));
            if (!b.agency_id.empty()) count("network.referrals_to_agency");
          } else if constexpr (std::is_same_v<T, cases::agency_joined_event>) {
            if (in_month) count("network.joined");
          } else if constexpr (std::is_same_v<T, cases::lead_changed_event>) {
            if (in_month) count("network.lead_changes");
          } else if constexpr (std::is_same_v<T, cases::referral_answered_event>) {
            if (in_month) count(key("referrals", "outcome", b.outcome));
          }
        },
        e.body);
  }
  if (did.employed) count("employment.employed");
  for (const auto& kind : did.employed_as) count(key("employment", "placement", kind));
  if (did.income_up) count("employment.income_up");
  // 就労・増収率 over the month's target holders: targets in an episode open at the month's end
  // or closed during it, and of those, the ones employed or with income up.
  if (ep.target && (open_at(end.status) || did.closed)) {
    ++target_holders_;
    if (did.employed_or_income_up_as_target) ++employed_or_income_up_targets_;
  }

  const bool supported = end.status == process_status::in_support || end.status == process_status::evaluation;
  if (supported || did.moved) ++in_support_;
  if (did.stepped_up) ++stepped_up_;

  // How the case stood on the month's last day: a closed case leaves its programmes and
  // placements behind, whatever their records say.
  if (!open_at(end.status)) return;
  open_cases_.insert(end.header.id);
  count("caseload.open_at_end");
  count(key("caseload", "status", cases::to_string(end.status)));
  count(key("ladder", "stage", cases::to_string(end.position.at)));
  if (!end.position.rung.empty()) count(key("ladder", "rung", end.position.rung));
  for (const auto& p : end.programs)
    if (p.active) count(key("programmes", "active", p.program));
  int holding = 0;
  bool led = false;
  for (const auto& a : end.agencies)
    if (!a.left_on) {
      ++holding;
      led |= a.lead;
      held_by_[a.agency_id].insert(end.header.id);
    }
  if (holding >= 2) count("network.joint_cases");
  if (holding >= 1 && !led) count("network.no_lead");
  for (const auto& p : end.placements)
    if (p.active) {
      count(key("placements", "active", p.kind));
      if (!p.employer.empty()) active_employers_.insert(p.employer);
      if (!p.task_id.empty()) tasks_filled_.insert({p.employer_id, p.task_id});
    }
}

namespace {

// Builds the figures of a report from the tallies, in the order the table reads.
class builder {
 public:
  explicit builder(const std::map<std::string, std::int64_t>& counts) : counts_(counts) {}

  std::int64_t get(const std::string& id) const {
    const auto it = counts_.find(id);
    return it == counts_.end() ? 0 : it->second;
  }
  void open(const std::string& id) { sections_.push_back({id, {}}); }
  void number(const std::string& id, std::string unit = "count") {
    sections_.back().figures.push_back({id, "", "", "", std::move(unit), static_cast<double>(get(id)), std::nullopt, std::nullopt});
  }
  void value(const std::string& id, std::int64_t v, std::string unit = "count") {
    sections_.back().figures.push_back({id, "", "", "", std::move(unit), static_cast<double>(v), std::nullopt, std::nullopt});
  }
  // Every code of a fixed list, zeros included, so a month's table has the same rows as the next.
  // `group` is the id's middle part; `kind` names the codes.
  void codes(const std::string& section, const std::string& group, const std::string& kind, std::string_view list,
             const std::string& unit = "count") {
    for (const auto code : cases::codes::split(list)) add(section, group, kind, std::string(code), unit);
  }
  // The codes counted, sorted (programmes, rungs and referral targets come from the packs).
  void seen(const std::string& section, const std::string& group, const std::string& kind, const std::string& unit = "count") {
    const std::string prefix = section + "." + group + ".";
    for (auto it = counts_.lower_bound(prefix); it != counts_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
      add(section, group, kind, it->first.substr(prefix.size()), unit);
  }
  void ratio(const std::string& id, double num, std::optional<double> den, std::string unit, double scale = 1.0) {
    std::optional<double> v;
    if (den && *den > 0) v = num / *den * scale;
    sections_.back().figures.push_back({id, "", "", "", std::move(unit), v, num, den});
  }
  std::vector<section> done() { return std::move(sections_); }

 private:
  void add(const std::string& section, const std::string& group, const std::string& kind, const std::string& code,
           const std::string& unit) {
    const std::string id = key(section, group, code);
    sections_.back().figures.push_back(
        {id, section + "." + group, kind, code, unit, static_cast<double>(get(id)), std::nullopt, std::nullopt});
  }
  const std::map<std::string, std::int64_t>& counts_;
  std::vector<section> sections_;
};

constexpr std::string_view open_statuses = "intake|assessment|planning|in_support|evaluation|suspended";

}  // namespace

void month_tally::add_households(const std::vector<cases::household_record>& records) {
  // records come by id, then since: the last version of an id on or before the month end holds.
  std::map<std::string, const cases::household_record*> in_force;
  std::set<std::string> first_this_month;
  for (const auto& r : records) {
    if (r.since > month_.last_day) continue;
    const bool first = !in_force.count(r.id);
    in_force[r.id] = &r;
    if (first && r.since >= month_.first_day) first_this_month.insert(r.id);
  }
  for (const auto& [id, r] : in_force) {
    int open = 0;
    for (const auto& m : r->members)
      if (!m.case_id.empty() && open_cases_.count(m.case_id)) ++open;
    counts_["households.linked"] += 1;
    counts_["households.open_cases"] += open;
    if (open >= 2) counts_["households.several_open"] += 1;
    if (first_this_month.count(id)) counts_["households.new"] += 1;
  }
}

void month_tally::add_employers(const std::vector<cases::employer_record>& records) {
  std::map<std::string, const cases::employer_record*> in_force;  // the last version on or before the month end
  std::map<std::string, date> first_since;
  for (const auto& r : records) {
    first_since.emplace(r.id, r.since);
    if (r.since <= month_.last_day) in_force[r.id] = &r;
  }
  for (const auto& [id, r] : in_force) {
    counts_["employers.in_network"] += 1;
    const date recruited = r->recruited_on.value_or(first_since.at(id));
    if (month_.first_day <= recruited && recruited <= month_.last_day) counts_["employers.recruited"] += 1;
    for (const auto& t : r->tasks) {
      if (!t.offered(month_.last_day, r->since)) continue;
      counts_["employers.tasks_offered"] += 1;
      counts_["employers.places_offered"] += t.openings;
      if (tasks_filled_.count({id, t.id})) counts_["employers.tasks_filled"] += 1;
    }
  }
}

void month_tally::add_agencies(const std::vector<cases::agency_record>& records) {
  std::map<std::string, const cases::agency_record*> in_force;  // the last version on or before the month end
  for (const auto& r : records)
    if (r.since <= month_.last_day) in_force[r.id] = &r;
  std::set<std::string> with_kikan;
  for (const auto& [id, r] : in_force) {
    counts_["network.agencies"] += 1;
    const auto held = held_by_.find(id);
    const std::size_t n = held == held_by_.end() ? 0 : held->second.size();
    if (r->kikan) {
      counts_["network.kikan"] += 1;
      if (held != held_by_.end()) with_kikan.insert(held->second.begin(), held->second.end());
    }
    if (r->capacity && n > static_cast<std::size_t>(*r->capacity)) counts_["network.over_capacity"] += 1;
  }
  counts_["network.kikan_cases"] += static_cast<std::int64_t>(with_kikan.size());
}

monthly_report month_tally::finish(const population_table* people) const {
  monthly_report r;
  r.month = month_;
  r.cases_read = cases_read_;
  builder b(counts_);
  b.open("intake");
  b.number("intake.new");
  b.codes("intake", "channel", "channel", cases::codes::channels);
  b.codes("intake", "source", "source", cases::codes::sources);
  b.codes("intake", "screening", "screening", cases::codes::screening);
  b.number("intake.reopened");
  b.open("plans");
  b.number("plans.new");
  b.number("plans.replans");
  b.number("plans.approved");
  b.number("plans.approved_by_centre");
  b.number("plans.employment_targets", "people");
  b.open("meetings");
  b.number("meetings.held");
  b.codes("meetings", "kind", "meeting", cases::codes::meeting_kinds);
  b.number("meetings.cases_discussed");
  b.codes("meetings", "decision", "decision", cases::codes::meeting_decisions);
  b.open("households");
  b.number("households.linked");
  b.number("households.new");
  b.number("households.open_cases");
  b.number("households.several_open");
  b.open("employers");
  b.number("employers.in_network");
  b.number("employers.recruited");
  b.number("employers.tasks_offered");
  b.number("employers.places_offered");
  b.number("employers.tasks_filled");
  b.number("employers.placements_from_sheets");
  b.open("network");
  b.number("network.agencies");
  b.number("network.kikan");
  b.number("network.joined");
  b.number("network.joint_cases");
  b.number("network.kikan_cases");
  b.number("network.no_lead");
  b.number("network.lead_changes");
  b.number("network.referrals_to_agency");
  b.number("network.over_capacity");
  b.open("caseload");
  b.number("caseload.open_at_end");
  b.codes("caseload", "status", "status", open_statuses);
  b.number("caseload.suspended");
  b.number("caseload.closed");
  b.codes("caseload", "closure", "closure", cases::codes::closure_reasons);
  b.number("caseload.closed_agreed");
  b.number("caseload.closed_against_wish");
  b.open("ladder");
  b.codes("ladder", "stage", "stage", cases::codes::stages, "people");
  b.seen("ladder", "rung", "rung", "people");
  b.number("ladder.step_ups");
  b.number("ladder.step_downs");
  b.open("programmes");
  b.seen("programmes", "active", "program", "people");
  b.seen("programmes", "started", "program");
  b.seen("programmes", "ended", "program");
  b.open("placements");
  b.codes("placements", "active", "placement", cases::codes::placement_kinds);
  b.number("placements.started");
  std::int64_t new_hosts = 0;
  for (const auto& e : employers_this_month_) new_hosts += employers_before_.count(e) ? 0 : 1;
  b.value("placements.new_hosts", new_hosts);
  b.value("placements.active_hosts", static_cast<std::int64_t>(active_employers_.size()));
  b.open("employment");
  b.number("employment.employed", "people");
  b.seen("employment", "placement", "placement");
  b.number("employment.income_up", "people");
  b.open("contacts");
  b.codes("contacts", "contact", "contact", cases::codes::contact_kinds);
  b.codes("contacts", "follow_up", "follow_up", cases::codes::follow_up_kinds);
  b.number("contacts.failed");
  b.number("contacts.minutes", "minutes");
  b.open("referrals");
  b.number("referrals.made");
  b.seen("referrals", "referral", "referral");
  b.codes("referrals", "outcome", "outcome", cases::codes::referral_outcomes);

  // The national indicators: per 100,000 over the municipalities the population table lists.
  std::optional<double> population;
  double in_area_new = 0, in_area_plans = 0, in_area_targets = 0;
  for (const auto& [code, n] : by_municipality_) {
    municipality_row row{code, std::nullopt, n.new_consultations, n.plans, n.employment_targets};
    if (people) {
      const auto it = people->by_municipality.find(code);
      if (it != people->by_municipality.end()) {
        row.population = it->second;
        in_area_new += static_cast<double>(n.new_consultations);
        in_area_plans += static_cast<double>(n.plans);
        in_area_targets += static_cast<double>(n.employment_targets);
      }
    }
    if (n.new_consultations || n.plans || n.employment_targets || row.population) r.municipalities.push_back(row);
  }
  if (people) {
    std::int64_t total = 0;
    for (const auto& [code, n] : people->by_municipality) total += n;
    population = static_cast<double>(total);
    r.population = total;
    for (const auto& [code, n] : people->by_municipality)  // a listed municipality with nothing counted still shows
      if (!by_municipality_.count(code)) r.municipalities.push_back({code, n, 0, 0, 0});
  }
  std::sort(r.municipalities.begin(), r.municipalities.end(), [](const municipality_row& a, const municipality_row& c) {
    return std::make_pair(a.code.empty(), a.code) < std::make_pair(c.code.empty(), c.code);
  });
  b.open("kpi");
  b.ratio("kpi.new_per_100k", in_area_new, population, "per_100k", 100000.0);
  b.ratio("kpi.plans_per_100k", in_area_plans, population, "per_100k", 100000.0);
  b.ratio("kpi.targets_per_100k", in_area_targets, population, "per_100k", 100000.0);
  b.ratio("kpi.plan_rate", static_cast<double>(b.get("plans.new")), static_cast<double>(b.get("intake.new")), "ratio");
  b.ratio("kpi.target_ratio", static_cast<double>(b.get("plans.employment_targets")), static_cast<double>(b.get("plans.new")), "ratio");
  b.ratio("kpi.employment_income_rate", static_cast<double>(employed_or_income_up_targets_), static_cast<double>(target_holders_),
          "ratio");
  b.ratio("kpi.step_up_rate", static_cast<double>(stepped_up_), static_cast<double>(in_support_), "ratio");
  r.sections = b.done();
  return r;
}

}  // namespace hashigo::stats
