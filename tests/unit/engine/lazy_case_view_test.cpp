// The case view's nested tables are built when a rule first reads them (lua::lazy_view): a rule
// must see exactly the fields engine::case_view has, read directly or walked with pairs, and
// nothing one evaluation loaded may show in the next.
#include <doctest/doctest.h>

#include "engine_fixtures.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <vector>

using namespace engine_fixtures;

namespace {

// An alert whose reason text is `expr` (Lua), so a test can read what a rule computed.
std::string alert_rule(const std::string& helpers, const std::string& expr) {
  return helpers + R"(
return {
  { id = "T-VIEW", title = { ja = "試験", en = "test" }, note = "test",
    decide = function(case, ctx)
      local text = )" + expr + R"(
      return { code = "T-VIEW", severity = "info", reason = { ja = text, en = text } }
    end },
})";
}

// The same canonical text as the Lua `dump` below: keys sorted as strings, integers as %d,
// floats as %.17g, strings quoted, absent (null) fields left out.
std::string dump(const nlohmann::json& v) {
  if (v.is_object() || v.is_array()) {
    std::vector<std::pair<std::string, const nlohmann::json*>> items;
    if (v.is_object()) {
      for (auto it = v.begin(); it != v.end(); ++it)
        if (!it->is_null()) items.emplace_back(it.key(), &*it);
    } else {
      for (std::size_t i = 0; i < v.size(); ++i) items.emplace_back(std::to_string(i + 1), &v[i]);
    }
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i].first + "=" + dump(*items[i].second);
    return out + "}";
  }
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  if (v.is_number_float()) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v.get<double>());
    return buf;
  }
  return "\"" + v.get<std::string>() + "\"";
}

const char* k_lua_dump = R"(
local function dump(v)
  if type(v) == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    local parts = {}
    for _, k in ipairs(keys) do
      local value = v[k]
      if value == nil then value = v[math.tointeger(k)] end
      parts[#parts + 1] = k .. "=" .. dump(value)
    end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif type(v) == "number" then
    return math.type(v) == "integer" and string.format("%d", v) or string.format("%.17g", v)
  elseif type(v) == "string" then
    return '"' .. v .. '"'
  end
  return tostring(v)
end
)";

std::string alert_text(const hashigo::engine::decision& d) {
  for (const auto& a : d.alerts)
    if (a.code == "T-VIEW") return a.why.text.en;
  return "(no T-VIEW alert; status " + std::string(d.status()) + (d.error ? ": " + d.error->message : std::string()) + ")";
}

}  // namespace

TEST_CASE("pairs over the case view sees every field engine::case_view has, nested tables included") {
  temp_rules rules;
  rules.region("lazy1", "alerts", alert_rule(k_lua_dump, "dump(case)"));
  auto eng = rules.make_engine();
  for (const char* day : {"2015-05-31", "2015-06-30", "2015-09-30", "2016-02-29"}) {
    const auto state = b_san(day);
    CHECK(alert_text(eng.evaluate(state, "lazy1")) == dump(hashigo::engine::engine::case_view(state)));
  }
}

TEST_CASE("the facts beyond the ladder are the same in the lazy Lua view and the JSON view") {
  // A high-school student in Fujisawa who graduates, moves, is followed up after the closure on
  // the hire, with a legal status and concerns changed after intake: every new nested field.
  std::ifstream in(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "kanagawa-byturn.json");
  auto doc = nlohmann::json::parse(in);
  for (const char* extra : {
           R"({"type":"legal_status","date":"2015-05-11","status":"probation","since":"2015-02-01","ends_on":"2016-01-31"})",
           R"({"type":"concerns_changed","date":"2016-04-01","added":["debt"],"removed":["hikikomori_futoko"]})",
           R"({"type":"household_moved","date":"2016-12-01","municipality":"142042","rent_yen":58000})",
           R"({"type":"follow_up","date":"2017-03-15","kind":"retention_visit","minutes":40})",
           R"({"type":"follow_up","date":"2017-03-20","kind":"phone","successful":false})"})
    doc["events"].push_back(nlohmann::json::parse(extra));
  temp_rules rules;
  // The new fields only: the whole view of this long case is over the reason text's limit.
  const std::vector<std::string> fields = {"appraisal", "contacts", "days_since_hire", "follow_ups", "hired_on",
                                           "household", "in_school", "legal", "review_kind", "school"};
  std::string pick = "{";
  for (const auto& f : fields) pick += f + " = case." + f + ", ";
  rules.region("lazy4", "alerts", alert_rule(k_lua_dump, "dump(" + pick + "})"));
  auto eng = rules.make_engine();
  for (const char* day : {"2015-06-30", "2016-03-31", "2017-03-31"}) {
    CAPTURE(day);
    const auto state = state_of(doc.dump(), day);
    const auto view = hashigo::engine::engine::case_view(state);
    nlohmann::json picked = nlohmann::json::object();
    for (const auto& f : fields) picked[f] = view.at(f);
    CHECK(alert_text(eng.evaluate(state, "lazy4")) == dump(picked));
    CHECK(view.contains("school"));
    CHECK(view.contains("legal"));
    CHECK(view.contains("appraisal"));
  }
  const auto last = hashigo::engine::engine::case_view(state_of(doc.dump(), "2017-03-31"));
  CHECK(last["household"]["municipality"] == "142042");
  CHECK(last["school"]["graduated"] == true);
  CHECK(last["legal"]["supervised"] == false);
  CHECK(last["follow_ups"]["after_closure"] == 1);
  CHECK(last["follow_ups"]["attempts"] == 2);
  CHECK(last["contacts"]["retention_visit"]["days_since"] == 16);
}

TEST_CASE("nested case fields read directly hold the case's values, and one evaluation's fields do not leak") {
  temp_rules rules;
  rules.region("lazy2", "alerts",
               alert_rule("", R"(string.format("plan=%s goals=%s size=%d placements=%d jyunbi=%s concerns=%d",
                 case.plan and "yes" or "no", case.plan and case.plan.goals or "-", case.household.size,
                 #case.placements, case.programs.jyunbi and tostring(case.programs.jyunbi.active) or "-",
                 #case.concerns))"));
  auto eng = rules.make_engine();
  const auto later = b_san("2015-09-30");
  REQUIRE(later.plan);
  const std::string expected_later =
      "plan=yes goals=" + std::to_string(later.plan->goals.size()) + " size=" +
      std::to_string(later.header.household.size) + " placements=" + std::to_string(later.placements.size()) +
      " jyunbi=true concerns=" + std::to_string(later.concerns.size());
  CHECK(alert_text(eng.evaluate(later, "lazy2")) == expected_later);
  // Before the plan and the programme: the fields loaded above must be gone.
  const auto early = b_san("2015-05-31");
  REQUIRE_FALSE(early.plan);
  CHECK(alert_text(eng.evaluate(early, "lazy2")) ==
        "plan=no goals=- size=" + std::to_string(early.header.household.size) + " placements=0 jyunbi=- concerns=" +
            std::to_string(early.concerns.size()));
  // And back: loaded again, with this day's values.
  CHECK(alert_text(eng.evaluate(later, "lazy2")) == expected_later);
}

TEST_CASE("a nested case table built on first read is read-only and named by its path") {
  temp_rules rules;
  rules.region("lazy3", "alerts", alert_rule("", "(function() case.household.size = 9 end)() or 'x'"));
  auto eng = rules.make_engine();
  const auto d = eng.evaluate(b_san("2015-06-30"), "lazy3");
  REQUIRE(!d.ok());
  CHECK(d.error->message.find("attempt to modify read-only case.household field 'size'") != std::string::npos);
}
