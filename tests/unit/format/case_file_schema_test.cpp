// The declared case file (case_file_schema) against the reader: for every event type, an event
// with every declared field is read; one with only the required fields is read; leaving out any
// required field is refused naming that field; an undeclared field is refused. Header types the
// same. So the JSON Schema generated from the declaration says what the reader does.
#include <doctest/doctest.h>

#include <hashigo/case/codes.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include <fmt/format.h>

#include <string>

using nlohmann::json;
namespace schema = hashigo::format::schema;

namespace {

const schema::document& doc() { return hashigo::format::case_file_schema(); }

// A value the reader accepts for field `f` (inside type `owner`), every optional field included
// when `full`.
json sample(const schema::object_type& owner, const schema::field& f, bool full);

// Every field when `full`; otherwise the required ones and the first of an `any_of`.
json instance(const schema::object_type& t, bool full) {
  json out = json::object();
  for (const auto& f : t.fields)
    if (full || !f.optional || (!t.any_of.empty() && f.name == t.any_of.front())) out[std::string(f.name)] = sample(t, f, full);
  return out;
}

json sample(const schema::object_type& owner, const schema::field& f, bool full) {
  // places and dates that pass the validator's cross-checks (codes with check digits, a day on or
  // before the event's, a range that does not end before it starts)
  if (f.name == "prefecture") return "14";
  if (f.name == "municipality") return "142051";
  if (f.name == "type" && !f.values.empty()) return std::string(f.values);
  if (owner.name == "PlanGoal" && f.name == "id") return "g1";
  switch (f.type) {
    case schema::kind::string: {
      if (!f.values.empty()) return std::string(hashigo::cases::codes::split(f.values).front());
      return "x";
    }
    case schema::kind::integer: return 1;
    case schema::kind::number: return 1.5;
    case schema::kind::boolean: return true;
    // a planned end or a period's end lies ahead of the event (2020-06-01), other days behind it
    case schema::kind::date:
      return f.name.ends_with("end_on") || f.name == "ends_on" || f.name == "expected_graduation_on" ? "2020-12-31" : "2020-01-01";
    case schema::kind::text: return json{{"ja", "理由"}, {"en", "reason"}};
    case schema::kind::object: return instance(doc().type(f.of), full);
    case schema::kind::map: return json{{"item", 3}};
    case schema::kind::array:
      if (f.of == "string") {
        if (f.values.empty()) return json::array({"x"});
        // a concern removed must not be one added in the same event: take another code
        return json::array({std::string(hashigo::cases::codes::split(f.values)[f.name == "removed" ? 1 : 0])});
      }
      if (f.of == "Event") return json::array();
      // a meeting decision's program, target and destination each belong to one kind of decision:
      // a full meeting takes one decision of each kind, each with its own field
      if (f.of == "MeetingDecision" && full) {
        json all = json::array();
        const json every = instance(doc().type(f.of), true);
        for (auto [decision, field] : {std::pair{"support_decided", "program"}, {"referral_agreed", "target"}, {"step_confirmed", "to"}})
          all.push_back(json{{"decision", decision}, {field, every.at(field)}});
        return all;
      }
      return json::array({instance(doc().type(f.of), full)});
  }
  return nullptr;
}

json intake() { return json{{"type", "intake"}, {"date", "2020-01-01"}}; }

// A case whose second event is `e` (dated after the sample dates).
json case_with(json e) {
  e["date"] = "2020-06-01";
  return json{{"id", "t"}, {"events", json::array({intake(), e})}};
}

// The place an error names, or "" when the case was read.
std::string refusal(const json& file) {
  try {
    (void)hashigo::format::case_file_from_json(file);
    return "";
  } catch (const hashigo::input_error& e) {
    return e.where().empty() ? e.detail() : e.where();
  }
}

}  // namespace

TEST_CASE("every declared event type reads with all its fields, and with only its required ones") {
  const auto& events = doc().type("Event").one_of;
  REQUIRE(events.size() == hashigo::cases::event_type_names().size());
  for (auto name : events) {
    const auto& t = doc().type(name);
    CAPTURE(name);
    CHECK(refusal(case_with(instance(t, true))) == "");
    CHECK(refusal(case_with(instance(t, false))) == "");
  }
}

TEST_CASE("leaving out a required event field is refused naming it; an undeclared field too") {
  int required = 0;
  for (auto name : doc().type("Event").one_of) {
    const auto& t = doc().type(name);
    for (const auto& f : t.fields) {
      if (f.optional || f.name == "type" || f.name == "date") continue;
      json e = instance(t, true);
      e.erase(std::string(f.name));
      CAPTURE(name);
      CHECK(refusal(case_with(e)) == fmt::format("events[1].{}", f.name));
      ++required;
    }
    json e = instance(t, true);
    e["remarks"] = "x";
    CHECK(refusal(case_with(e)) == "events[1].remarks");
  }
  CHECK(required > 30);
}

TEST_CASE("the header reads with every declared field, and refuses what it does not declare") {
  json full = instance(doc().type("CaseFile"), true);
  full["events"] = json::array({intake()});
  full["household"]["size"] = 2;  // one member listed: the person and one other
  CHECK(refusal(full) == "");
  for (const char* type : {"Person", "Household"}) {
    json bad = full;
    const std::string key = type == std::string("Person") ? "person" : "household";
    bad[key]["nickname"] = "x";
    CHECK(refusal(bad) == key + ".nickname");
  }
  json no_id = full;
  no_id.erase("id");
  CHECK(refusal(no_id) == "id");
}

TEST_CASE("every code list of the schema is the validator's: a code outside it is refused") {
  for (auto name : doc().type("Event").one_of) {
    const auto& t = doc().type(name);
    for (const auto& f : t.fields) {
      if (f.type != schema::kind::string || f.values.empty() || f.name == "type") continue;
      json e = instance(t, true);
      e[std::string(f.name)] = "not_a_code";
      CAPTURE(name);
      CHECK(refusal(case_with(e)) == fmt::format("events[1].{}", f.name));
    }
  }
}
