// A scenario run: the script says what happens each month, the engine decides at each month end,
// accepted steps are committed in memory, and the next month sees where the person stands.
#include <hashigo/case/fold.hpp>
#include <hashigo/case/links.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sha256.hpp>
#include <hashigo/sim/journey.hpp>
#include <hashigo/sim/scenario.hpp>

#include "lua/scenario_host.hpp"
#include "sim/scenario_parts.hpp"
#include "sim/scenario_records.hpp"

#include <fmt/format.h>

#include <exception>
#include <map>
#include <memory>

namespace hashigo::sim {

using nlohmann::json;

namespace {

// The header fields a scenario may have besides the case file's person and household.
const char* const k_header_fields[] = {"id",     "title",  "goal",      "region",    "regions",  "start",    "months",
                                       "person", "intake", "household", "employers", "agencies", "households", "cases", "notes"};

std::string text_field(const json& h, const char* key, const std::string& path) {
  if (!h.contains(key) || !h[key].is_string()) throw input_error(fmt::format("{}: {}", path, key), message("error.required"));
  return h[key].get<std::string>();
}

}  // namespace

format::case_file intake_file(const json& h, const std::string& path, const std::string& region) {
  for (auto it = h.begin(); it != h.end(); ++it)
    if (std::find_if(std::begin(k_header_fields), std::end(k_header_fields), [&](const char* k) { return it.key() == k; }) ==
        std::end(k_header_fields))
      throw input_error(fmt::format("{}: {}", path, it.key()), message("error.unknown_field_here"));
  json intake = h.value("intake", json::object());
  if (!intake.is_object()) throw input_error(fmt::format("{}: intake", path), message("error.required"));
  intake["type"] = "intake";
  intake["date"] = text_field(h, "start", path);
  json file{{"format", std::string(format::case_file_tag)}, {"id", text_field(h, "id", path)}, {"region", region},
            {"events", json::array({intake})}};
  if (h.contains("person")) file["person"] = h["person"];
  if (h.contains("household")) file["household"] = h["household"];
  try {
    return format::case_file_from_json(file);
  } catch (const input_error& e) {
    // events[0] is the scenario's `intake` table
    std::string where = e.where();
    if (where.rfind("events[0]", 0) == 0) where = "intake" + where.substr(9);
    throw input_error(fmt::format("{}: {}", path, where), e);
  }
}

std::vector<std::string> regions_of(const json& h, const std::string& path) {
  if (h.contains("region") && (!h["region"].is_string() || h["region"].get<std::string>().empty()))
    throw input_error(fmt::format("{}: region", path), message("error.not_region_name", h["region"].dump()));
  std::vector<std::string> out{h.value("region", std::string("national"))};
  if (!h.contains("regions")) return out;
  if (!h["regions"].is_array()) throw input_error(fmt::format("{}: regions", path), message("error.regions_list"));
  for (std::size_t i = 0; i < h["regions"].size(); ++i) {
    const json& r = h["regions"][i];
    if (!r.is_string() || r.get<std::string>().empty())
      throw input_error(fmt::format("{}: regions[{}]", path, i + 1), message("error.not_region_name", r.dump()));
    if (std::find(out.begin(), out.end(), r.get<std::string>()) == out.end()) out.push_back(r.get<std::string>());
  }
  return out;
}

namespace {

json brief_of(const json& lean) {
  json out = json::object();
  for (const char* key : {"status", "process_status", "step", "alerts", "referrals", "eligibility"})
    if (lean.contains(key)) out[key] = lean[key];
  return out;
}

}  // namespace

json brief(const engine::decision& d) { return brief_of(engine::to_json(d, engine::json_detail::lean)); }

json brief(const engine::lean_decision& d) {
  std::string text;  // only when a spec reads m.last: the same bytes as the lean JSON, read back
  engine::write_json(d, text);
  return brief_of(json::parse(text));
}

std::uint64_t month_stream(std::uint64_t seed, const std::string& case_id, int month) {
  // SHA-256 of the three, so neighbouring seeds and months give unrelated streams
  const std::string digest = sha256::of(fmt::format("hashigo.scenario-stream/1\n{}\n{}\n{}", seed, case_id, month));
  return std::stoull(digest.substr(0, 16), nullptr, 16);
}

std::vector<const json*> sayings_after(const scenario_month& m, const std::string& choice_id) {
  std::vector<const json*> out;
  for (const auto& s : m.sayings)
    if (s.value("after_choice", std::string{}) == choice_id) out.push_back(&s);
  return out;
}

std::string case_name(const scenario_run& run, const std::string& case_id) {
  const cases::case_header* h = run.case_header.id == case_id ? &run.case_header : nullptr;
  for (const auto& other : run.other_cases)
    if (other.id == case_id) h = &other;
  return h && !h->person.pseudonym.empty() ? h->person.pseudonym : case_id;
}

std::vector<std::string> scenario_regions(const std::string& path, const std::string& text) {
  const lua::scenario_script script(text, path);
  return regions_of(script.header(), path);
}

namespace {

// The scenario's records linked to the engine's evaluations for one run, unlinked when it ends
// (the engine outlives the run: a fork runs twice, a comparison once per region).
class linked_records {
 public:
  linked_records(engine::engine& eng, const scenario_records& r) : eng_(eng) {
    if (!r.agencies.empty()) {
      agencies_ = std::make_shared<const cases::agency_book>(r.agencies);
      eng_.set_agency_source(agencies_);
    }
  }
  ~linked_records() {
    eng_.set_household_source(nullptr);
    eng_.set_agency_source(nullptr);
  }
  linked_records(const linked_records&) = delete;
  linked_records& operator=(const linked_records&) = delete;

  /// The households as they stand now, over `all_cases` (every case of the scenario, by id).
  void households_now(const scenario_records& r, const std::map<std::string, cases::member_case>& all_cases) {
    if (r.households.empty()) return;
    households_ = std::make_shared<cases::household_book>(r.households, [&all_cases](const std::string& id) -> std::optional<cases::member_case> {
      const auto it = all_cases.find(id);
      if (it == all_cases.end()) return std::nullopt;
      return it->second;
    });
    eng_.set_household_source(households_);
  }

  /// `s` as an evaluation sees it: with its household and agencies linked.
  cases::case_state linked(cases::case_state s) const {
    if (households_)
      if (auto l = households_->linked(s)) s = std::move(*l);
    if (agencies_) cases::link_agencies(s, *agencies_);
    return s;
  }

 private:
  engine::engine& eng_;
  std::shared_ptr<const cases::agency_book> agencies_;
  std::shared_ptr<cases::household_book> households_;
};

// The places of the scenario's carved tasks its other cases hold on `day` (matching counts a
// place as taken, as `hashigo match` does for the store's other cases).
cases::filled_places filled_by(const std::map<std::string, cases::member_case>& all_cases, const std::string& own, date day) {
  cases::filled_places filled;
  for (const auto& [id, c] : all_cases)
    if (id != own && !c.events.empty() && !(day < c.events.front().on)) cases::add_filled_places(cases::fold(c.header, c.events, day), filled);
  return filled;
}

}  // namespace

scenario_run run_scenario(engine::engine& eng, const std::string& path, const std::string& text, const scenario_options& o) {
  lua::scenario_script script(text, path);
  scenario_run run;
  run.path = path;
  run.scenario_digest = sha256::of(text);
  run.header = script.header();
  run.seed = o.seed;
  const json& h = run.header;
  run.region = regions_of(h, path).front();
  if (!o.region.empty()) run.region = o.region;
  if (!h.contains("months") || !h["months"].is_number_integer() || h["months"].get<int>() < 1 || h["months"].get<int>() > 600)
    throw input_error(fmt::format("{}: months", path), message("error.between", 1, 600, h.value("months", json()).dump()));
  const int months = h["months"].get<int>();
  auto file = intake_file(h, path, run.region);
  run.case_header = file.header;
  const scenario_records records = read_scenario_records(h, path, run.region, run.case_header.id);
  run.records_digest = records.digest;
  const auto lookup = records.lookup();

  // every case of the scenario by id: its own (events in `events` until the month is decided) and the others
  std::vector<cases::event> events = std::move(file.events);
  std::map<std::string, cases::member_case> all_cases;
  std::vector<std::string> other_ids;
  std::map<std::string, std::vector<cases::event>> not_yet;  // the other cases' intakes, until their month
  for (const auto& other : records.others) {
    run.other_cases.push_back(other.header);
    other_ids.push_back(other.header.id);
    all_cases[other.header.id] = {other.header, {}};
    not_yet[other.header.id] = other.events;
  }
  const date start = events.front().on;
  linked_records links(eng, records);

  json view, last;
  std::size_t asked = 0;  // choice points so far, for in_order
  for (int k = 1; k <= months; ++k) {
    scenario_month m;
    m.month = k;
    m.first_day = k == 1 ? start : start.start_of_month().add_months(k - 1);
    m.last_day = m.first_day.end_of_month();
    if (k == 1) m.events.push_back(events.front());
    // another case opens in the month its intake falls in (in month 1 when it was opened before)
    for (auto& [id, intake] : not_yet) {
      if (intake.empty() || m.last_day < intake.front().on) continue;
      for (auto& e : intake) {
        m.member_events.push_back({id, e});
        all_cases[id].events.push_back(std::move(e));
      }
      intake.clear();
    }

    lua::month_context c;
    c.month = k;
    c.first_day = m.first_day.to_string();
    c.last_day = m.last_day.to_string();
    c.view = view;
    c.last = last;
    c.random_key = month_stream(o.seed, run.case_header.id, k);
    c.other_cases = other_ids;
    c.choose = [&](const lua::choice_point& p) {
      choice x{p.month, p.id, p.prompt, p.options, "", "first", p.answer, p.why};
      if (asked < o.in_order.size()) {
        x.taken = o.in_order[asked];
        x.how = "given";
      } else if (auto it = o.given.find(std::to_string(k)); it != o.given.end()) {
        x.taken = it->second;
        x.how = "given";
      } else if (auto by_id = o.given.find(p.id); by_id != o.given.end()) {
        x.taken = by_id->second;
        x.how = "given";
      } else if (o.ask) {
        x.taken = o.ask(x);
        x.how = "asked";
      } else {
        x.taken = p.options.front().first;
      }
      ++asked;
      m.choices.push_back(x);
      return x.taken;
    };
    // A month's event that does not read, met while matching, is reported as the month end would
    // (exit 3 naming it), not as the script's failure inside m.match.
    std::exception_ptr unread;
    if (!records.employers.empty())
      c.match = [&](const std::string& day, const lua::month_record& so_far) -> json {
        try {
          // the case as the month has recorded it so far, and the other cases' places
          auto now = all_cases;
          now[run.case_header.id] = {run.case_header, events};
          for (std::size_t i = 0; i < so_far.events.size(); ++i) {
            auto& to = now[so_far.event_cases[i].empty() ? run.case_header.id : so_far.event_cases[i]].events;
            auto e = format::event_from_json(so_far.events[i], fmt::format("{}: month {} event {}", path, k, i + 1));
            e.seq = static_cast<std::int64_t>(to.size());
            to.push_back(std::move(e));
          }
          for (auto& [id, mc] : now) cases::sort_events(mc.events);
          const date on = date::parse_or_throw(day, "m.match");
          const auto& own = now[run.case_header.id];
          const auto offers = engine::offers_on(records.employers, on, filled_by(now, run.case_header.id, on));
          return engine::to_json(eng.match(cases::fold(own.header, own.events, on), run.region, offers));
        } catch (const input_error&) {
          unread = std::current_exception();
          throw;
        }
      };
    lua::month_record rec;
    try {
      rec = script.run_month(c);
    } catch (const rule_error&) {
      if (unread) std::rethrow_exception(unread);
      throw;
    }
    m.sayings = rec.sayings;
    m.matches = rec.matches;
    for (const auto& q : rec.questions) m.questions.push_back({q.prompt, q.why});
    std::vector<cases::event> own_new;
    std::map<std::string, std::vector<cases::event>> others_new;
    for (std::size_t i = 0; i < rec.events.size(); ++i) {
      auto e = format::event_from_json(rec.events[i], fmt::format("{}: month {} event {}", path, k, i + 1));
      const std::string& on = rec.event_cases[i];
      if (on.empty()) {
        e.seq = static_cast<std::int64_t>(events.size());
        m.events.push_back(e);
        own_new.push_back(e);
        events.push_back(std::move(e));
      } else {
        auto& to = all_cases[on].events;
        e.seq = static_cast<std::int64_t>(to.size());
        m.member_events.push_back({on, e});
        others_new[on].push_back(e);
        to.push_back(std::move(e));
      }
    }
    cases::sort_events(events);
    cases::check_links(own_new, lookup);
    for (const auto& [id, fresh] : others_new) {
      cases::check_links(fresh, lookup);
      auto& mc = all_cases[id];
      cases::sort_events(mc.events);
      (void)cases::fold(mc.header, mc.events, m.last_day);  // an impossible sequence on another case is the script's error
    }
    all_cases[run.case_header.id] = {run.case_header, events};
    links.households_now(records, all_cases);

    auto steps = sim::run(eng, run.case_header, events, run.region, {m.last_day}, true, {.explain = o.explain});
    if (steps.empty()) throw input_error(path, fmt::format("month {} was not evaluated", k));
    m.state = std::move(steps.front().state);
    m.decision = std::move(steps.front().decision);
    m.committed = steps.front().committed;
    const bool failed = !m.decision.ok();
    if (!failed) {
      all_cases[run.case_header.id] = {run.case_header, events};  // the committed step is the case's too
      links.households_now(records, all_cases);
      view = engine::engine::case_view(links.linked(cases::fold(run.case_header, events, m.last_day)));
      last = brief(m.decision);
    }
    run.months.push_back(std::move(m));
    if (failed) break;
  }
  return run;
}

}  // namespace hashigo::sim
