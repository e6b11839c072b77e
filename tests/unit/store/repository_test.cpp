// case_repository: validation inside the write transaction, the conflict check of committed steps,
// unreadable cases (found, reported, repaired with an event_voided correction) and corrections in
// case files.
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include <hashigo/case/validate.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/store/case_repository.hpp>
#include <hashigo/store/database.hpp>

#include "unit/store/temp_dir.hpp"

namespace {

using hashigo::error;
using hashigo::input_error;
using hashigo::storage_error;
using hashigo::store::case_repository;
using hashigo::store::database;
using hashigo::store::receipt_row;
using hashigo::store::test::temp_dir;
namespace format = hashigo::format;
namespace cases = hashigo::cases;

const std::string digest(64, 'a');

// A small case: intake, assessment (events[0..1]).
const char* const case_text = R"({
  "id": "k", "region": "national",
  "person": { "birth_date": "1990-01-01", "gender": "female" },
  "household": { "size": 1 },
  "events": [
    { "type": "intake", "date": "2024-01-10", "channel": "visit", "source": "self" },
    { "type": "assessment", "date": "2024-01-20", "kind": "initial" } ] })";

format::case_file small_case(const std::string& id) {
  auto file = format::case_file_from_json(format::parse_json(case_text, "k.json"));
  file.header.id = id;
  return file;
}

cases::event event_of(const std::string& json_text, const std::string& origin = "event") {
  return format::event_from_json(format::parse_json(json_text, "test"), origin);
}

cases::event closed() { return event_of(R"({"type":"closed","date":"2024-02-01","reason":"employed"})"); }
cases::event contact() { return event_of(R"({"type":"contact","date":"2024-02-01","kind":"phone"})"); }
cases::event voids(std::int64_t seq, const char* date = "2024-03-01") {
  return event_of(R"({"type":"event_voided","date":")" + std::string(date) + R"(","voids":)" + std::to_string(seq) +
                  R"(,"reason":"contact was logged on the wrong case"})");
}

receipt_row receipt() { return {0, "k", "2024-02-29", "evaluation", R"({"status":"ok"})", digest, digest}; }

cases::event step_up() {
  return event_of(R"({"type":"stage_changed","date":"2024-02-29","from":{"stage":"life"},"to":{"stage":"social"},"direction":"up"})",
                  "step on 2024-02-29");
}

struct fixture {
  temp_dir dir;
  std::string path = dir.file("hashigo.db");
  database db = database::open(path, true);
  case_repository repo{db};

  fixture() { repo.create(small_case("k")); }

  std::int64_t count(const std::string& table) const {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    return raw.execAndGet("SELECT count(*) FROM " + table).getInt64();
  }
  // What a writer that skipped validation (an older hashigo in a race, or a hand-made edit)
  // leaves behind: an event inserted with raw SQL. Returns its seq.
  std::int64_t raw_insert(const cases::event& e) const {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    SQLite::Statement insert(raw, "INSERT INTO events (case_id, type, date, payload) VALUES ('k', ?1, ?2, ?3)");
    const auto j = format::to_json(e);
    insert.bind(1, j["type"].get<std::string>());
    insert.bind(2, e.on.to_string());
    insert.bind(3, j.dump());
    insert.exec();
    return raw.getLastInsertRowid();
  }
};

template <class F>
std::optional<error> error_of(F&& f) {
  try {
    f();
  } catch (const error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE_FIXTURE(fixture, "a step computed before another writer added an event is refused as a conflict") {
  const auto seen = hashigo::store::last_seq(repo.events("k"));
  // Another writer (here: another connection) records a contact after the evaluation read the case.
  database other = database::open(path, false);
  case_repository(other).append("k", {contact()});
  const auto events_before = count("events");
  const auto receipts_before = count("receipts");

  const auto e = error_of([&] { repo.commit_step("k", step_up(), receipt(), seen); });
  REQUIRE(e);
  CHECK(e->code() == "E_CONFLICT");
  CHECK(e->exit_status() == 5);
  CHECK(std::string(e->what()) == path + ": case 'k' changed underneath (event #" + std::to_string(seen + 1) +
                                      " was added by another writer); nothing was written, evaluate again");
  CHECK(count("events") == events_before);
  CHECK(count("receipts") == receipts_before);

  // Evaluated again from what is there now, the step commits.
  const auto ids = repo.commit_step("k", step_up(), receipt(), hashigo::store::last_seq(repo.events("k")));
  CHECK(ids.first > seen + 1);
  CHECK(count("receipts") == receipts_before + 1);
  CHECK(repo.fold("k", hashigo::date::parse_or_throw("2024-03-01", "t")).position.at == cases::stage::social);
}

TEST_CASE_FIXTURE(fixture, "an append is checked against what another connection committed, not what this one read") {
  database other = database::open(path, false);
  case_repository other_repo(other);
  (void)repo.events("k");  // this connection has read the case before
  other_repo.append("k", {closed()});
  const auto e = error_of([&] { repo.append("k", {contact()}); });
  REQUIRE(e);
  CHECK(e->exit_status() == 3);
  CHECK(std::string(e->what()).find("only a `reopened` event can follow") != std::string::npos);
  CHECK(repo.check("k") == std::nullopt);
}

TEST_CASE_FIXTURE(fixture, "an unreadable case is reported by check and reads, and repaired by voiding the wrong event") {
  repo.append("k", {closed()});
  const auto bad = raw_insert(contact());  // what the old race left: a contact after the closure

  const auto broken = repo.check("k");
  REQUIRE(broken);
  CHECK(broken->id == "k");
  CHECK(broken->where == "event #" + std::to_string(bad) + ".type");
  CHECK(broken->reason == "the case is closed (employed); only a `reopened` event can follow, or a `follow_up` for a contact after the closure");

  const auto on_read = error_of([&] { (void)repo.fold("k", hashigo::date::parse_or_throw("2024-02-01", "t")); });
  REQUIRE(on_read);
  CHECK(on_read->code() == "E_UNREADABLE_CASE");
  CHECK(on_read->exit_status() == 5);
  CHECK(std::string(on_read->what()).find("event_voided") != std::string::npos);
  CHECK(error_of([&] { (void)repo.readable_events("k"); })->code() == "E_UNREADABLE_CASE");

  // Anything but a repairing correction is refused, and nothing is written.
  const auto events_before = count("events");
  const auto on_write = error_of([&] { repo.append("k", {event_of(R"({"type":"reopened","date":"2024-03-01"})")}); });
  REQUIRE(on_write);
  CHECK(on_write->code() == "E_UNREADABLE_CASE");
  CHECK(std::string(on_write->what()).find("nothing was written") != std::string::npos);
  // Voiding the wrong event (the assessment) leaves the case unreadable: refused as input, naming it.
  const auto wrong = error_of([&] { repo.append("k", {voids(bad - 2)}); });
  REQUIRE(wrong);
  CHECK(wrong->exit_status() == 3);
  CHECK(std::string(wrong->what()).rfind("event: the case still does not fold after this correction", 0) == 0);
  CHECK(count("events") == events_before);

  // The repair: void the contact. The case folds again, and both events stay in the history.
  const auto fix = repo.append("k", {voids(bad)});
  REQUIRE(fix.size() == 1);
  CHECK(repo.check("k") == std::nullopt);
  const auto state = repo.fold("k", hashigo::date::parse_or_throw("2024-03-31", "t"));
  CHECK(state.status == cases::process_status::closed);
  CHECK(state.contacts.empty());
  REQUIRE(state.voided.size() == 1);
  CHECK(state.voided[0].seq == bad);
  CHECK(state.voided[0].type == "contact");
  CHECK(state.voided[0].voided_by == fix[0]);
  CHECK(state.voided[0].reason == "contact was logged on the wrong case");
  CHECK(count("events") == events_before + 1);
  // From the day before the correction too: a correction fixes the record, whatever the as_of.
  CHECK_NOTHROW((void)repo.fold("k", hashigo::date::parse_or_throw("2024-02-01", "t")));
  // And the case takes events again.
  CHECK(repo.append("k", {event_of(R"({"type":"reopened","date":"2024-03-02"})")}).size() == 1);
}

TEST_CASE_FIXTURE(fixture, "corrections are refused when they name nothing voidable") {
  const auto contact_seq = repo.append("k", {contact()}).at(0);
  database::open(path, false).create_case({"other", "national", "{}", "{}"});
  auto where_of = [&](const cases::event& e) {
    try {
      repo.append("k", {e});
    } catch (const input_error& err) {
      return err.where() + ": " + err.detail();
    }
    return std::string("<accepted>");
  };
  CHECK(where_of(voids(9999)) == "event.voids: there is no event 9999 in this case to void");
  CHECK(where_of(voids(contact_seq, "2024-01-31")) == "event.date: 2024-01-31 is before the day of the event it voids (2024-02-01)");
  const auto first = repo.append("k", {voids(contact_seq)}).at(0);
  CHECK(where_of(voids(contact_seq)) ==
        "event.voids: event #" + std::to_string(contact_seq) + " is already voided by event #" + std::to_string(first));
  CHECK(where_of(voids(first)) == "event.voids: event #" + std::to_string(first) +
                                      " is itself a correction; record the event it voided again instead");
  auto no_reason = voids(contact_seq);
  std::get<cases::event_voided_event>(no_reason.body).reason.clear();
  CHECK_THROWS_AS(hashigo::cases::validate(no_reason), input_error);
}

TEST_CASE_FIXTURE(fixture, "a case file's corrections name events by index and are stored by seq, and back") {
  const std::string text = R"({
    "id": "f", "person": { "gender": "male" }, "household": { "size": 1 },
    "events": [
      { "type": "intake", "date": "2024-01-10" },
      { "type": "closed", "date": "2024-02-01", "reason": "employed" },
      { "type": "contact", "date": "2024-02-01", "kind": "phone" },
      { "type": "event_voided", "date": "2024-03-01", "voids": 2, "reason": "logged after the closure by mistake" } ] })";
  const auto seqs = repo.create(format::case_file_from_json(format::parse_json(text, "f.json")));
  REQUIRE(seqs.size() == 4);
  const auto stored = repo.events("f");
  CHECK(std::get<cases::event_voided_event>(stored.back().body).voids == seqs[2]);
  CHECK(repo.check("f") == std::nullopt);

  // Exported as a file, the correction names the index again, so the file stores the same case.
  const auto exported = format::to_json(repo.file("f"));
  CHECK(exported["events"][3]["voids"] == 2);
  auto again = format::case_file_from_json(exported);
  again.header.id = "f2";
  const auto seqs2 = repo.create(again);
  CHECK(std::get<cases::event_voided_event>(repo.events("f2").back().body).voids == seqs2[2]);
  const auto day = hashigo::date::parse_or_throw("2024-03-31", "t");
  auto a = format::to_json(repo.fold("f", day));
  auto b = format::to_json(repo.fold("f2", day));
  a.erase("id");
  b.erase("id");
  a.erase("last_seq");
  b.erase("last_seq");
  CHECK(a == b);
}

TEST_CASE_FIXTURE(fixture, "rebuilding snapshots skips and reports unreadable cases, rebuilding the rest") {
  repo.create(small_case("z"));
  repo.append("k", {closed()});
  const auto bad = raw_insert(contact());
  const auto report = repo.rebuild_snapshots();
  CHECK(report.rebuilt == 1);
  REQUIRE(report.unreadable.size() == 1);
  CHECK(report.unreadable[0].id == "k");
  CHECK(report.unreadable[0].where == "event #" + std::to_string(bad) + ".type");
  CHECK(db.snapshot("z").has_value());
  CHECK_FALSE(db.snapshot("k").has_value());
}
