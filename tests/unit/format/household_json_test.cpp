// The household record (hashigo.household/1): read, written back the same, and refused by field.
#include <doctest/doctest.h>

#include <hashigo/error.hpp>
#include <hashigo/format/household_json.hpp>

#include <string>

namespace {

using nlohmann::json;

json good() {
  return json::parse(R"({"format": "hashigo.household/1", "id": "h1", "kind": "8050", "since": "2022-05-16",
    "members": [{"case": "mother", "relation": "head", "note": "要介護1"}, {"case": "son", "relation": "child"},
                {"relation": "grandchild", "birth_date": "2011-02-10"}], "note": "J5"})");
}

std::string refused_at(json doc) {
  try {
    (void)hashigo::format::household_record_from_json(doc);
  } catch (const hashigo::input_error& e) {
    return e.where();
  }
  return "<accepted>";
}

}  // namespace

TEST_CASE("a household record reads, and writes back as it was") {
  const auto h = hashigo::format::household_record_from_json(good());
  CHECK(h.id == "h1");
  CHECK(h.since.to_string() == "2022-05-16");
  REQUIRE(h.members.size() == 3);
  CHECK(h.members[1].case_id == "son");
  CHECK(h.members[2].case_id.empty());
  CHECK(h.members[2].birth_date->to_string() == "2011-02-10");
  CHECK(hashigo::format::to_json(h) == good());
}

TEST_CASE("a bad household record is refused at the field") {
  auto doc = good();
  doc["members"][0]["relation"] = "cousin";
  CHECK(refused_at(doc) == "members[0].relation");
  doc = good();
  doc["members"][1]["case"] = "mother";
  CHECK(refused_at(doc) == "members[1].case");
  doc = good();
  doc["members"] = json::array({json{{"relation", "head"}}});
  CHECK(refused_at(doc) == "members");
  doc = good();
  doc["kind"] = "big";
  CHECK(refused_at(doc) == "kind");
  doc = good();
  doc["since"] = "2022-02-30";
  CHECK(refused_at(doc) == "since");
  doc = good();
  doc["members"][0]["cas"] = "x";
  CHECK(refused_at(doc) == "members[0].cas");
  doc = good();
  doc["format"] = "hashigo.household/2";
  CHECK(refused_at(doc) == "format");
}
