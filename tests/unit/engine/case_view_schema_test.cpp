// The case view is written from its declaration (case_view_fields.hpp); what the declaration says
// of each field — its kind, whether it may be nil, its codes — must hold for the views of real
// cases. Every example case, folded at every month end of its life, is checked field by field,
// and every declared field must be seen with a value somewhere, so no row goes untested.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"
#include "engine/case_view.hpp"

#include <hashigo/case/agency.hpp>
#include <hashigo/case/codes.hpp>
#include <hashigo/case/household.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/engine/case_view.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace engine_fixtures;
namespace schema = hashigo::format::schema;

namespace {

struct conformance {
  const schema::document& doc = hashigo::engine::case_view_schema();
  std::vector<std::string> problems;
  std::set<std::string> seen;  // Type.field seen with a value

  bool scalar_fits(schema::kind k, const nlohmann::json& v) {
    switch (k) {
      case schema::kind::string: return v.is_string();
      case schema::kind::integer: return v.is_number_integer();
      case schema::kind::number: return v.is_number();
      case schema::kind::boolean: return v.is_boolean();
      case schema::kind::date: return v.is_string() && hashigo::date::parse(v.get<std::string>()).has_value();
      default: return false;
    }
  }

  void element(std::string_view of, const nlohmann::json& v, const std::string& where, std::string_view values) {
    const std::optional<schema::kind> k = of == "string"    ? std::optional(schema::kind::string)
                                          : of == "integer" ? std::optional(schema::kind::integer)
                                          : of == "number"  ? std::optional(schema::kind::number)
                                                            : std::nullopt;
    if (!k) return object(doc.type(of), v, where);
    if (!scalar_fits(*k, v)) problems.push_back(fmt::format("{}: {} is not {}", where, v.dump(), of));
    if (!values.empty() && v.is_string()) code(values, v, where);
  }

  void code(std::string_view values, const nlohmann::json& v, const std::string& where) {
    const auto allowed = hashigo::cases::codes::split(values);
    if (std::find(allowed.begin(), allowed.end(), v.get<std::string>()) == allowed.end())
      problems.push_back(fmt::format("{}: {} is not one of {}", where, v.dump(), values));
  }

  void object(const schema::object_type& t, const nlohmann::json& v, const std::string& where) {
    if (!v.is_object()) {
      problems.push_back(fmt::format("{}: {} is not an object ({})", where, v.dump(), t.name));
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it)
      if (!t.find(it.key())) problems.push_back(fmt::format("{}.{}: not declared in {}", where, it.key(), t.name));
    for (const auto& f : t.fields) {
      const std::string at = fmt::format("{}.{}", where, f.name);
      const auto it = v.find(std::string(f.name));
      if (it == v.end() || it->is_null()) {
        if (!f.optional) problems.push_back(fmt::format("{}: missing, but {}.{} is not optional", at, t.name, f.name));
        continue;
      }
      seen.insert(fmt::format("{}.{}", t.name, f.name));
      const auto& x = *it;
      switch (f.type) {
        case schema::kind::object: object(doc.type(f.of), x, at); break;
        case schema::kind::text: object(doc.type("Text"), x, at); break;
        case schema::kind::array:
          if (!x.is_array()) {
            problems.push_back(fmt::format("{}: {} is not an array", at, x.dump()));
          } else {
            for (std::size_t i = 0; i < x.size(); ++i) element(f.of, x[i], fmt::format("{}[{}]", at, i), f.values);
          }
          break;
        case schema::kind::map:
          if (!x.is_object()) {
            problems.push_back(fmt::format("{}: {} is not an object", at, x.dump()));
          } else {
            for (auto e = x.begin(); e != x.end(); ++e) element(f.of, *e, fmt::format("{}.{}", at, e.key()), f.values);
          }
          break;
        default:
          if (!scalar_fits(f.type, x)) problems.push_back(fmt::format("{}: {} does not fit the declared kind", at, x.dump()));
          if (!f.values.empty() && x.is_string() && !(f.unset_as_empty && x.get<std::string>().empty())) code(f.values, x, at);
      }
    }
  }
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

// What no example case records: a rung at intake, a pension grade, a move, a follow-up that
// reached the person, a probation period's end, a matching profile, a placement from a carved task,
// agencies holding the case jointly (a core centre and its partner).
const std::string k_rare_facts = commuter_case("commuter_paid", R"(,
    {"type":"disability_status","date":"2020-02-03","cert":"seishin","grade":"3級","basic_pension_grade":2},
    {"type":"household_moved","date":"2020-03-02","prefecture":"14","municipality":"142051","housing":"rented","rent_yen":40000},
    {"type":"legal_status","date":"2020-03-10","status":"probation","since":"2019-06-01","ends_on":"2021-05-31"},
    {"type":"follow_up","date":"2020-04-06","kind":"phone","successful":true},
    {"type":"assessment","date":"2020-04-08","kind":"re","interests":["cleaning"],"strengths":["handwork"],"qualifications":["care_initial"],
     "constraints":["quiet_place"],"supports_needed":["job_coach"],"hours_per_week_max":12,"wishes":"静かなところで"},
    {"type":"placement_started","date":"2020-04-09","placement_id":"t1","employer":"農家","employer_id":"yasai-farm","task_id":"packing",
     "kind":"taiken","hours_per_week":4},
    {"type":"agency_joined","date":"2020-04-10","agency_id":"centre","lead":true},
    {"type":"referral_made","date":"2020-04-10","referral_id":"rk","target":"nakapotsu","agency_id":"naka-east","warm_handoff":true},
    {"type":"agency_joined","date":"2020-04-13","agency_id":"naka-east","agreed":true,"referral_id":"rk"},
    {"type":"agency_joined","date":"2020-04-14","agency_id":"naka-kikan"})");

TEST_CASE("the view of every example case, at every month end, is what its declaration says") {
  conformance c;
  int views = 0;
  std::vector<std::pair<std::string, std::string>> cases{{"rare-facts", k_rare_facts}};
  for (const auto& entry : fs::directory_iterator(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases"))
    cases.emplace_back(entry.path().filename().string(), read_file(entry.path()));
  std::map<std::string, hashigo::cases::member_case> by_id;
  for (const auto& [name, text] : cases) {
    auto file = hashigo::format::case_file_from_json(hashigo::format::parse_json(text, name));
    hashigo::cases::sort_events(file.events);
    REQUIRE(!file.events.empty());
    by_id[file.header.id] = {file.header, file.events};
  }
  // The example household links its two cases; a second record links b-san (closed years
  // before) and the rare-facts case (on a rung) with a-san, so a member's closure and rung are
  // seen from another case.
  std::vector<hashigo::cases::household_record> households{hashigo::format::household_record_from_json(hashigo::format::parse_json(
      read_file(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "households" / "e-household.json"), "e-household.json"))};
  households.push_back({"test-link", "multi_gen", hashigo::date::parse_or_throw("2015-01-01", "since"),
                        {{"b-san", "head", std::nullopt, ""}, {"c", "sibling", std::nullopt, ""}, {"a-san", "child", std::nullopt, ""}}, ""});
  hashigo::cases::household_book book(households, [&](const std::string& id) -> std::optional<hashigo::cases::member_case> {
    const auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    return it->second;
  });
  // The agencies the rare-facts case names: the centre serving its municipality, a core centre
  // and the partner centre it supervises.
  const auto agency = [](const char* id, const char* role, bool kikan, std::vector<std::string> partners, std::vector<std::string> areas) {
    hashigo::cases::agency_record a;
    a.id = id;
    a.name = id;
    a.since = hashigo::date::parse_or_throw("2015-04-01", "since");
    a.role = role;
    a.kikan = kikan;
    a.partners = std::move(partners);
    a.areas = std::move(areas);
    return a;
  };
  const hashigo::cases::agency_book agencies({agency("centre", "centre", false, {}, {"142051"}),
                                              agency("naka-kikan", "nakapotsu", true, {"naka-east"}, {}),
                                              agency("naka-east", "nakapotsu", false, {}, {"142042"})});
  for (const auto& [id, file] : by_id) {
    // from the first month end through a year after the last event: open, closed and followed-up
    hashigo::date day = file.events.front().on.end_of_month();
    const hashigo::date last = file.events.back().on.add_months(12);
    for (; day <= last; day = day.add_months(1).end_of_month()) {
      auto state = hashigo::cases::fold(file.header, file.events, day);
      if (auto linked = book.linked(state)) state = std::move(*linked);
      hashigo::cases::link_agencies(state, agencies);
      c.object(c.doc.type("Case"), hashigo::engine::engine::case_view(state), id + "@" + day.to_string());
      ++views;
    }
  }
  CHECK(views > 300);
  for (const auto& p : std::vector<std::string>(c.problems.begin(), c.problems.begin() + std::min<std::size_t>(c.problems.size(), 20)))
    FAIL_CHECK(p);
  CHECK(c.problems.empty());

  // every field of every type reached from Case was seen with a value at least once
  std::vector<std::string> unseen;
  for (const auto& t : c.doc.types)
    for (const auto& f : t.fields)
      if (!c.seen.count(fmt::format("{}.{}", t.name, f.name))) unseen.push_back(fmt::format("{}.{}", t.name, f.name));
  INFO("declared fields no example case gives a value: " << fmt::format("{}", fmt::join(unseen, ", ")));
  CHECK(unseen.empty());
}

TEST_CASE("the view's codes are the engine's own: stage and status names") {
  const auto& doc = hashigo::engine::case_view_schema();
  const auto stages = hashigo::cases::codes::split(doc.type("Case").find("stage")->values);
  REQUIRE(stages.size() == 5);
  for (auto s : stages) {
    const auto parsed = hashigo::cases::parse_stage(s);
    REQUIRE(parsed);
    CHECK(hashigo::cases::to_string(*parsed) == s);
  }
  using hashigo::cases::process_status;
  const std::vector<std::string_view> statuses = hashigo::cases::codes::split(doc.type("Case").find("status")->values);
  std::vector<std::string_view> engine;
  for (auto s : {process_status::intake, process_status::assessment, process_status::planning, process_status::in_support,
                 process_status::evaluation, process_status::closed, process_status::suspended})
    engine.push_back(hashigo::cases::to_string(s));
  CHECK(statuses == engine);
}

TEST_CASE("every root field is built on first read, in the declared order") {
  const auto& root = hashigo::engine::case_view_schema().type("Case");
  const auto& deferred = hashigo::engine::detail::case_field_names();
  REQUIRE(deferred.size() == root.fields.size());
  for (std::size_t i = 0; i < deferred.size(); ++i) CHECK(deferred[i] == root.fields[i].name);
}
