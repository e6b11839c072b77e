// Households linking cases: the version in force on a day, the members seen on it, and the
// household's finances taken from whichever member's case recorded them last.
#include <doctest/doctest.h>

#include "unit/case/case_fixtures.hpp"

#include <hashigo/case/household.hpp>

using namespace fixtures;

namespace {

case_header member_header(const char* id, const char* born) {
  case_header h;
  h.id = id;
  h.person.birth_date = d(born);
  h.household.size = 1;
  h.household.kind = "single";
  return h;
}

// A case opened on `opened`, in support from a month later, with finances recorded on `money_on`.
member_case member(const char* id, const char* born, const char* opened, const char* money_on, std::int64_t assets) {
  journal j;
  j.on(opened, intake(at(stage::social), "continue", "self")).on(opened, consent()).on(money_on, finance(90000, assets));
  return {member_header(id, born), j.events};
}

household_record record(const char* id, const char* since, std::vector<household_member_entry> members, const char* kind = "8050") {
  return {id, kind, d(since), std::move(members), ""};
}

household_book book_of(std::vector<household_record> records, std::map<std::string, member_case> cases) {
  return household_book(std::move(records), [cases = std::move(cases)](const std::string& id) -> std::optional<member_case> {
    const auto it = cases.find(id);
    if (it == cases.end()) return std::nullopt;
    return it->second;
  });
}

}  // namespace

TEST_CASE("a linked case sees the other members on its day, and the household's newest finances") {
  const auto son = member("son", "1970-01-01", "2022-04-01", "2022-04-05", 4000000);
  const auto mother = member("mother", "1940-06-01", "2022-04-11", "2022-06-06", 3600000);
  auto book = book_of({record("h", "2022-04-01", {{"mother", "head", std::nullopt, ""}, {"son", "child", std::nullopt, ""},
                                                   {"", "grandparent", d("1920-01-01"), ""}})},
                      {{"son", son}, {"mother", mother}});
  const auto s = fold(son.header, son.events, d("2022-06-30"));
  CHECK(!s.derived.household_has_member_65_plus);  // alone, the son is 52
  const auto linked = book.linked(s);
  REQUIRE(linked);
  REQUIRE(linked->household_link);
  const auto& link = *linked->household_link;
  CHECK(link.id == "h");
  REQUIRE(link.members.size() == 3);
  CHECK(link.members[0].case_id == "mother");
  CHECK(link.members[0].age == 82);
  CHECK(link.members[0].status == process_status::intake);
  CHECK(link.members[1].self);
  CHECK(link.members[2].case_id.empty());
  CHECK(link.members[2].age == 102);
  CHECK(!link.members[2].status);
  // The mother's record (2022-06-06) is newer than the son's (2022-04-05): it is the household's.
  CHECK(link.finance_case == "mother");
  CHECK(linked->finance->values.financial_assets_yen == 3600000);
  CHECK(linked->derived.household_has_member_65_plus);
  CHECK(linked->header.household.kind == "8050");
  CHECK(linked->header.household.size == 3);

  // Before the mother's record, the son's own finances stand; before her case opened, no status.
  const auto earlier = book.linked(fold(son.header, son.events, d("2022-04-08")));
  REQUIRE(earlier);
  CHECK(earlier->household_link->finance_case.empty());
  CHECK(earlier->finance->values.financial_assets_yen == 4000000);
  CHECK(!earlier->household_link->members[0].status);
}

TEST_CASE("the version in force on the day holds: a later version without the case unlinks it") {
  const auto son = member("son", "1970-01-01", "2022-04-01", "2022-04-05", 4000000);
  const auto mother = member("mother", "1940-06-01", "2022-04-11", "2022-06-06", 3600000);
  auto book = book_of({record("h", "2023-02-20", {{"mother", "head", std::nullopt, ""}}, "single"),
                       record("h", "2022-04-01", {{"mother", "head", std::nullopt, ""}, {"son", "child", std::nullopt, ""}})},
                      {{"son", son}, {"mother", mother}});
  CHECK(!book.record_for("son", d("2022-03-31")));  // before the first version
  REQUIRE(book.record_for("son", d("2023-02-19")));
  CHECK(book.record_for("son", d("2023-02-19"))->since == d("2022-04-01"));
  CHECK(!book.record_for("son", d("2023-02-20")));  // the son left in the new version
  REQUIRE(book.record_for("mother", d("2023-03-01")));
  CHECK(book.record_for("mother", d("2023-03-01"))->kind == "single");
  CHECK(!book.linked(fold(son.header, son.events, d("2023-03-31"))));
}

TEST_CASE("a member's closure and programmes are seen from the other case") {
  auto mother = member("mother", "1940-06-01", "2022-04-11", "2022-06-06", 3600000);
  journal more;
  more.on("2022-07-01", enrolled("kakei")).on("2022-09-12", closed("deceased"));
  for (auto e : more.events) {
    e.seq += 100;
    mother.events.push_back(e);
  }
  const auto son = member("son", "1970-01-01", "2022-04-01", "2022-04-05", 4000000);
  auto book = book_of({record("h", "2022-04-01", {{"mother", "head", std::nullopt, ""}, {"son", "child", std::nullopt, ""}})},
                      {{"son", son}, {"mother", mother}});
  const auto august = book.linked(fold(son.header, son.events, d("2022-08-31")));
  REQUIRE(august);
  CHECK(august->household_link->members[0].programs == std::vector<std::string>{"kakei"});
  const auto september = book.linked(fold(son.header, son.events, d("2022-09-30")));
  REQUIRE(september);
  const auto& m = september->household_link->members[0];
  CHECK(m.status == process_status::closed);
  CHECK(m.closure_reason == "deceased");
  CHECK(m.status_since == d("2022-09-12"));
  CHECK(m.programs.empty());
}
