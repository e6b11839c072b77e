// The JSON case-file format: strict reading, errors that name the field, parse errors with
// line:column.
#include <doctest/doctest.h>

#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>

#include <optional>
#include <string>
#include <string_view>

using namespace hashigo;
using namespace hashigo::cases;
using hashigo::format::case_file;

namespace {

// A case file around the given events (a JSON array body, without brackets).
std::string case_text(const std::string& events) {
  return R"({
  "format": "hashigo.case/1",
  "id": "T-1",
  "region": "national",
  "person": {"pseudonym": "B", "birth_date": "1988-04-10", "gender": "male"},
  "household": {"size": 2, "kind": "multi_gen", "housing": "rented",
                "members": [{"relation": "mother", "birth_date": "1955-03-01"}]},
  "events": [)" + events + "]\n}\n";
}

// events[0..2]: intake, consent, assessment; a test appends from events[3] on.
const std::string k_opening = R"(
    {"type": "intake", "date": "2015-05-11", "channel": "visit", "source": "hellowork", "stage": "social"},
    {"type": "consent", "date": "2015-05-11", "info_sharing": true},
    {"type": "assessment", "date": "2015-06-01",
     "fdp": {"interpersonal": 3, "mental": 3, "stress": 3, "thinking": 4, "environment": 3}})";

case_file load(std::string_view text) {
  return format::case_file_from_json(format::parse_json(text, "case.json"));
}

std::optional<input_error> load_error(std::string_view text) {
  try {
    (void)load(text);
  } catch (const input_error& e) {
    return e;
  }
  return std::nullopt;
}

std::string load_what(std::string_view text) {
  auto e = load_error(text);
  return e ? std::string(e->what()) : "<no error>";
}

std::string load_where(std::string_view text) {
  auto e = load_error(text);
  return e ? e->where() : "<no error>";
}

// Loads, sorts and folds to the end of time: the sequence-level checks of the fold.
std::string fold_what(std::string_view text) {
  try {
    auto f = load(text);
    sort_events(f.events);
    (void)fold(f.header, f.events, date(9999, 12, 31));
  } catch (const input_error& e) {
    return e.what();
  }
  return "<no error>";
}

}  // namespace

TEST_CASE("a good case file loads with origins and sequence numbers") {
  const auto f = load(case_text(k_opening));
  CHECK(f.header.id == "T-1");
  CHECK(f.header.region == "national");
  CHECK(f.header.person.birth_date == date(1988, 4, 10));
  CHECK(f.header.person.gender == "male");
  CHECK(f.header.household.size == 2);
  REQUIRE(f.header.household.members.size() == 1);
  CHECK(f.header.household.members[0].relation == "mother");
  REQUIRE(f.events.size() == 3);
  CHECK(f.events[2].origin == "events[2]");
  CHECK(f.events[2].seq == 2);
  CHECK(f.events[0].on == date(2015, 5, 11));
  const auto& in = std::get<intake_event>(f.events[0].body);
  CHECK(in.start == position{stage::social, ""});
  CHECK(in.source == "hellowork");
  CHECK(in.screening == "continue");  // default
  const auto& a = std::get<assessment_event>(f.events[2].body);
  REQUIRE(a.fdp);
  CHECK(a.fdp->thinking == 4);
  CHECK(a.kind == "initial");  // default
}

TEST_CASE("defaults: region, person and household may be left out") {
  const auto f = load(R"({"id": "min", "events": [{"type": "intake", "date": "2015-05-11"}]})");
  CHECK(f.header.region == "national");
  CHECK(f.header.person.gender == "unknown");
  CHECK(f.header.person.disability_cert == "none");
  CHECK_FALSE(f.header.person.birth_date);
  CHECK(f.header.household.size == 1);
  CHECK(std::get<intake_event>(f.events[0].body).start == position{stage::life, ""});
  CHECK(load(R"({"id": "empty"})").events.empty());
}

TEST_CASE("an FDP axis outside 1-5 is named events[2].fdp.stress") {
  const auto text = case_text(R"(
    {"type": "intake", "date": "2015-05-11"},
    {"type": "consent", "date": "2015-05-11"},
    {"type": "assessment", "date": "2015-06-01",
     "fdp": {"interpersonal": 3, "mental": 3, "stress": 7, "thinking": 4, "environment": 3}})");
  const auto e = load_error(text);
  REQUIRE(e);
  CHECK(e->where() == "events[2].fdp.stress");
  CHECK(e->detail() == "must be between 1 and 5 (got 7)");
  CHECK(std::string(e->what()) == "events[2].fdp.stress: must be between 1 and 5 (got 7)");
  CHECK(e->exit_status() == 3);
  CHECK(e->code() == "E_INPUT");

  // zero, and a value that would wrap to a legal level if truncated to int (2^32 + 3)
  CHECK(load_where(case_text(R"({"type": "assessment", "date": "2015-06-01",
     "fdp": {"interpersonal": 0, "mental": 3, "stress": 3, "thinking": 4, "environment": 3}})")) ==
        "events[0].fdp.interpersonal");
  CHECK(load_where(case_text(R"({"type": "assessment", "date": "2015-06-01",
     "fdp": {"interpersonal": 3, "mental": 3, "stress": 4294967299, "thinking": 4, "environment": 3}})")) ==
        "events[0].fdp.stress");
  // a missing axis is named too
  CHECK(load_what(case_text(R"({"type": "assessment", "date": "2015-06-01",
     "fdp": {"interpersonal": 3, "mental": 3, "stress": 3, "thinking": 4}})")) ==
        "events[0].fdp.environment: is required");
}

TEST_CASE("negative hours are named events[3].hours_per_week") {
  const auto text = case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken",
     "hours_per_week": -6})");
  CHECK(load_what(text) == "events[3].hours_per_week: must be >= 0");
  CHECK(load_what(case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken",
     "hours_per_week": 200})")) == "events[3].hours_per_week: cannot exceed 168");
}

TEST_CASE("attended hours above scheduled hours are refused") {
  const auto text = case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken", "hours_per_week": 10},
    {"type": "attendance", "date": "2015-07-31", "placement_id": "p1", "period_start": "2015-07-01",
     "scheduled_hours": 40, "attended_hours": 42})");
  CHECK(load_what(text) == "events[4].attended_hours: 42 attended hours exceed 40 scheduled hours");
}

TEST_CASE("an event dated before the case opened is refused by the fold, naming the event") {
  const auto text = case_text(k_opening + R"(,
    {"type": "contact", "date": "2015-04-30", "kind": "phone"})");
  CHECK(load_what(text) == "<no error>");  // each event is possible on its own
  CHECK(fold_what(text) == "events[3].date: 2015-04-30 is before the case opened (2015-05-11)");
}

TEST_CASE("an unknown event type is refused, listing the known ones") {
  const auto e = load_error(case_text(k_opening + R"(,
    {"type": "promotion", "date": "2015-07-01"})"));
  REQUIRE(e);
  CHECK(e->where() == "events[3].type");
  CHECK(e->detail().find("unknown event type 'promotion'") == 0);
  CHECK(e->detail().find("placement_started") != std::string::npos);
  CHECK(load_what(case_text(R"({"date": "2015-07-01"})")) == "events[0].type: is required");
}

TEST_CASE("a placement that ends before it starts is refused") {
  // a planned end before the start date
  CHECK(load_what(case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken",
     "hours_per_week": 10, "end_on": "2015-06-30"})")) == "events[3].end_on: the placement ends before it starts");
  // an end event dated before the start event
  const auto text = case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken", "hours_per_week": 10},
    {"type": "placement_ended", "date": "2015-06-20", "placement_id": "p1"})");
  CHECK(fold_what(text) == "events[4].date: placement 'p1' ends on 2015-06-20 before it starts on 2015-07-01");
  // a plan likewise
  CHECK(load_where(case_text(R"({"type": "plan", "date": "2015-06-05", "start_on": "2015-06-05",
                                 "end_on": "2015-06-04"})")) == "events[0].end_on");
}

TEST_CASE("unknown fields are refused wherever they appear") {
  CHECK(load_what(case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken",
     "hours_per_weak": 10, "hours_per_week": 10})")) == "events[3].hours_per_weak: unknown field");
  CHECK(load_what(R"({"id": "x", "nmae": "B"})") == "nmae: unknown field");
  CHECK(load_what(R"({"id": "x", "person": {"age": 27}})") == "person.age: unknown field");
  CHECK(load_what(R"({"id": "x", "household": {"size": 2, "members": [{"relation": "mother", "age": 60}]}})") ==
        "household.members[0].age: unknown field");
  CHECK(load_where(case_text(R"({"type": "assessment", "date": "2015-06-01",
     "fdp": {"interpersonal": 3, "mental": 3, "stress": 3, "thinking": 4, "environment": 3, "body": 2}})")) ==
        "events[0].fdp.body");
  CHECK(load_where(case_text(R"({"type": "plan", "date": "2015-06-05", "start_on": "2015-06-05",
     "end_on": "2015-12-04", "goals": [{"text": "wake at 7", "due": "2015-07-01"}]})")) ==
        "events[0].goals[0].due");
  CHECK(load_where(case_text(R"({"type": "stage_changed", "date": "2015-07-01", "direction": "up",
     "to": {"stage": "employment", "level": 2}})")) == "events[0].to.level");
  CHECK(load_where(case_text(R"({"type": "contact", "date": "2015-07-01", "hours": 1})")) == "events[0].hours");
  // a field of another event type is unknown here
  CHECK(load_where(case_text(R"({"type": "contact", "date": "2015-07-01", "placement_id": "p1"})")) ==
        "events[0].placement_id");
}

TEST_CASE("wrong JSON types name the field and the type found") {
  CHECK(load_what(case_text(k_opening + R"(,
    {"type": "placement_started", "date": "2015-07-01", "placement_id": "p1", "kind": "taiken",
     "hours_per_week": "20"})")) == "events[3].hours_per_week: must be a number, not a string");
  CHECK(load_what(case_text(R"({"type": "intake", "date": 20150511})")) ==
        "events[0].date: must be a string, not a number");
  CHECK(load_what(R"({"id": "x", "household": {"size": "2"}})") ==
        "household.size: must be a whole number, not a string");
  CHECK(load_what(case_text(R"({"type": "review", "date": "2015-07-01", "goals_total": 2.5, "goals_achieved": 1})")) ==
        "events[0].goals_total: must be a whole number, not a number");
  CHECK(load_what(case_text(R"({"type": "review", "date": "2015-07-01", "goals_total": 3.0, "goals_achieved": 1})")) ==
        "<no error>");  // 3.0 is a whole number
  CHECK(load_what(case_text(R"({"type": "contact", "date": "2015-07-01", "successful": "yes"})")) ==
        "events[0].successful: must be true or false, not a string");
  CHECK(load_what(case_text(R"({"type": "intake", "date": "2015-05-11", "concerns": ["debt", 3]})")) ==
        "events[0].concerns[1]: must be a string, not a number");
  CHECK(load_what(case_text(R"({"type": "assessment", "date": "2015-06-01", "fdp": [3, 3, 3, 3, 3]})")) ==
        "events[0].fdp: must be an object, not an array");
  CHECK(load_what(case_text("42")) == "events[0]: must be an object, not a number");
  CHECK(load_what(R"({"id": "x", "events": {"type": "intake"}})") == "events: must be an array, not an object");
  CHECK(load_what(R"({"id": 7})") == "id: must be a string, not a number");
  CHECK(load_what(R"(["id", "x"])") == "a case file must be a JSON object, not an array");
  CHECK(load_what(R"({"format": "hashigo.case/2", "id": "x"})") == R"(format: expected "hashigo.case/1")");
  CHECK(load_where(case_text(R"({"type": "household_finance", "date": "2015-05-11",
     "income_yen": 18446744073709551615, "financial_assets_yen": 0})")) == "events[0].income_yen");
}

TEST_CASE("invalid dates are refused wherever they appear") {
  CHECK(load_what(case_text(R"({"type": "intake", "date": "2015-02-29"})")) ==
        "events[0].date: '2015-02-29' is not a date (expected YYYY-MM-DD)");
  CHECK(load_where(case_text(R"({"type": "intake", "date": "2015-5-11"})")) == "events[0].date");
  CHECK(load_where(R"({"id": "x", "person": {"birth_date": "1988-13-01"}})") == "person.birth_date");
  CHECK(load_where(R"({"id": "x", "household": {"size": 2, "members": [{"relation": "mother", "birth_date": "1955-02-30"}]}})") ==
        "household.members[0].birth_date");
  CHECK(load_where(case_text(R"({"type": "attendance", "date": "2015-07-31", "period_start": "2015-06-31",
     "scheduled_hours": 4, "attended_hours": 4})")) == "events[0].period_start");
  CHECK(load_where(case_text(R"({"type": "program_enrolled", "date": "2015-07-01", "program": "shuro_junbi",
     "planned_end_on": "2016-02-30"})")) == "events[0].planned_end_on");
}

TEST_CASE("impossible header data name the field") {
  CHECK(load_what(R"({"id": "x", "household": {"size": 0}})") == "household.size: must be >= 1");
  CHECK(load_where(R"({"id": "x", "household": {"size": 1, "members": [{"relation": "mother"}]}})") ==
        "household.members");
  CHECK(load_where(R"({"id": "x y"})") == "id");
  CHECK(load_where(R"({"region": "national"})") == "id");
  CHECK(load_where(R"({"id": "x", "person": {"gender": "m"}})") == "person.gender");
}

TEST_CASE("impossible codes and counts inside events name the field") {
  CHECK(load_where(case_text(R"({"type": "intake", "date": "2015-05-11", "stage": "work"})")) == "events[0].stage");
  CHECK(load_where(case_text(R"({"type": "intake", "date": "2015-05-11", "screening": "maybe"})")) ==
        "events[0].screening");
  CHECK(load_where(case_text(R"({"type": "closed", "date": "2015-05-11", "reason": "bored"})")) == "events[0].reason");
  CHECK(load_where(case_text(R"({"type": "closed", "date": "2015-05-11"})")) == "events[0].reason");
  CHECK(load_where(case_text(R"({"type": "review", "date": "2015-07-01", "goals_total": 2, "goals_achieved": 3})")) ==
        "events[0].goals_achieved");
  CHECK(load_where(case_text(R"({"type": "appraisal", "date": "2015-07-01", "items": {"greeting": 6}})")) ==
        "events[0].items.greeting");
  CHECK(load_where(case_text(R"({"type": "appraisal", "date": "2015-07-01", "items": {"greeting": "good"}})")) ==
        "events[0].items.greeting");
  CHECK(load_where(case_text(R"({"type": "stage_changed", "date": "2015-07-01", "direction": "up"})")) ==
        "events[0].to");
  CHECK(load_where(case_text(R"({"type": "stage_changed", "date": "2015-07-01", "direction": "sideways",
     "to": {"stage": "social"}})")) == "events[0].direction");
  CHECK(load_where(case_text(R"({"type": "contact", "date": "2015-07-01", "minutes": -5})")) == "events[0].minutes");
  CHECK(load_where(case_text(R"({"type": "contact", "date": "2015-07-01", "minutes": 3000000000})")) ==
        "events[0].minutes");
}

TEST_CASE("parse_json names source:line:column of a syntax error") {
  auto error_of = [](std::string_view text) {
    try {
      (void)format::parse_json(text, "case.json");
    } catch (const input_error& e) {
      return e;
    }
    FAIL("no parse error for: " << text);
    return input_error("", "");
  };
  const auto comma = error_of("{\n  \"id\": \"x\",\n  \"events\": [,]\n}");
  CHECK(comma.where() == "case.json:3:14");
  CHECK(comma.detail().find("invalid JSON: syntax error") == 0);
  CHECK(std::string(comma.what()).find("case.json:3:14: invalid JSON") == 0);

  CHECK(error_of("{\"a\": 1,}").where() == "case.json:1:9");
  CHECK(error_of("[1, 2]\n\n  x").where() == "case.json:3:3");
  CHECK(error_of("{").where() == "case.json:1:2");
  CHECK(error_of("").where() == "case.json:1:1");
  // columns count characters: the three kana before the error are one column each
  CHECK(error_of("{\"note\": \"ケース\", }").where() == "case.json:1:17");
  CHECK(error_of("{\"note\": \"ケース\",\n \"x\": ]").where() == "case.json:2:7");

  try {
    (void)format::parse_json("{]", "examples/j1.json");
    FAIL("'{]' parsed");
  } catch (const input_error& e) {
    CHECK(e.where() == "examples/j1.json:1:2");
  }
  CHECK(format::parse_json("{\"a\": 1}", "ok.json").at("a") == 1);
}

namespace {

input_error parse_failure(std::string_view text, const format::json_limits& limits = {}) {
  try {
    (void)format::parse_json(text, "case.json", limits);
  } catch (const input_error& e) {
    return e;
  }
  FAIL("parsed: " << text.substr(0, 80));
  return input_error("", "");
}

std::string nested(std::size_t depth, char open, char close) {
  return std::string(depth, open) + std::string(depth, close);
}

}  // namespace

TEST_CASE("nesting deeper than the limit is refused at the bracket that crosses it, before parsing") {
  // 60,000 levels overflowed the stack when the document was copied; now it never gets parsed.
  const auto deep = parse_failure("{\"x\":\n " + nested(60000, '[', ']') + "}");
  CHECK(deep.where() == "case.json:2:65");  // the '{' is level 1, so the 64th '[' is level 65
  CHECK(deep.detail() == "JSON nested deeper than 64 levels");
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(100000, '}');
  CHECK(parse_failure(objects).where() == "case.json:1:321");  // 64 × 5 characters, then the 65th '{'
  // Exactly at the limit parses; the limit is configurable.
  CHECK(format::parse_json(nested(64, '[', ']'), "ok.json").is_array());
  CHECK(parse_failure(nested(65, '[', ']')).where() == "case.json:1:65");
  format::json_limits shallow;
  shallow.max_depth = 3;
  CHECK(parse_failure("[[[[]]]]", shallow).where() == "case.json:1:4");
  // Brackets inside strings, escaped quotes included, are text.
  const std::string in_string = "{\"note\": \"\\\"" + std::string(70000, '[') + "\"}";
  CHECK(format::parse_json(in_string, "ok.json").at("note").get<std::string>().size() == 70001);
}

TEST_CASE("a number beyond a double is invalid input at its line and column") {
  const auto e = parse_failure("{\"a\": \"1e999\",\n \"rent_yen\": 1e999}");
  CHECK(e.where() == "case.json:2:14");  // the string "1e999" before it is not a number
  CHECK(e.detail().find("number too large") == 0);
  CHECK(parse_failure("[-1e400]").where() == "case.json:1:2");
  CHECK(parse_failure("[1" + std::string(400, '0') + "]").where() == "case.json:1:2");
  // Underflow rounds to zero, as JSON readers do: not an error.
  CHECK(format::parse_json("[1e-999]", "ok.json").at(0).get<double>() == 0.0);
}

TEST_CASE("a text over the size limit is refused without parsing it") {
  format::json_limits small;
  small.max_bytes = 16;
  const auto e = parse_failure("{\"id\": \"0123456789\"}", small);
  CHECK(e.where() == "case.json");
  CHECK(e.detail() == "is 20 bytes, over the limit of 16 bytes for one JSON input (--max-input-size)");
  CHECK(format::parse_json("{\"id\": \"01234\"}", "ok.json", small).at("id") == "01234");
  CHECK(format::json_limits{}.max_bytes == 8u << 20);
}

TEST_CASE("a case file's region must be a name, not a path") {
  for (const char* region : {"../rules/national", "national/../chiba", "/etc", "Chiba", "", "1st"}) {
    std::string text = case_text(k_opening);
    text.replace(text.find("\"national\""), 10, "\"" + std::string(region) + "\"");
    try {
      (void)load(text);
      FAIL("accepted region " << region);
    } catch (const input_error& e) {
      CHECK(e.where() == "region");
      CHECK(e.detail().find("is not a region name") != std::string::npos);
    }
  }
}

TEST_CASE("a person born after the case opened is refused by name") {
  auto f = load(case_text(k_opening));
  f.header.person.birth_date = date::parse_or_throw("2030-01-01", "test");
  try {
    (void)cases::fold(f.header, f.events, date::parse_or_throw("2015-06-30", "test"));
    FAIL("folded a case whose person is born in 2030");
  } catch (const input_error& e) {
    CHECK(e.where() == "person.birth_date");
    CHECK(e.detail() == "2030-01-01 is after the case opened (2015-05-11)");
  }
  // Born on the day the case opens is possible (a newborn's family case), and yields age 0.
  f.header.person.birth_date = date::parse_or_throw("2015-05-11", "test");
  CHECK(cases::fold(f.header, f.events, date::parse_or_throw("2015-06-30", "test")).derived.age == 0);
}
