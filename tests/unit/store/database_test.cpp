// Cases, the append-only event log, receipts and snapshots through the public store API.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "unit/store/temp_dir.hpp"

namespace {

using hashigo::store::case_row;
using hashigo::store::database;
using hashigo::store::event_row;
using hashigo::store::new_event;
using hashigo::store::receipt_row;
using hashigo::store::snapshot_row;
using hashigo::store::test::temp_dir;

const std::string digest_a(64, 'a');
const std::string digest_b = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

case_row b_san() {
  return {"b-san", "national", R"({"name":"Bさん","birth_date":"1999-04-01"})",
          R"({"size":2,"kind":"single_parent"})"};
}

new_event attendance(int day, int hours) {
  const std::string date = "2024-05-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
  return {
      "attendance", date,
      R"({"type":"attendance","date":")" + date + R"(","hours":)" + std::to_string(hours) + "}"};
}

receipt_row receipt_for(const std::string& case_id, const std::string& outcome) {
  return {0, case_id, "2024-06-01", "evaluation", outcome, digest_a, digest_b};
}

// A fresh store in its own temp dir, plus raw SQL on the same file for what the API hides.
struct fixture {
  temp_dir dir;
  std::string path = dir.file("hashigo.db");
  database db = database::open(path, true);

  std::int64_t count(const std::string& table) const {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    return raw.execAndGet("SELECT count(*) FROM " + table).getInt64();
  }
};

// The message of the storage_error `f` throws (FAILs when it throws none).
template <class F>
std::string storage_error_of(F&& f) {
  try {
    f();
  } catch (const hashigo::storage_error& e) {
    return e.what();
  }
  FAIL("expected a storage_error");
  return {};
}

// The message SQLite gives when `sql` is run raw on `path`; empty when it succeeded.
std::string raw_sql_error(const std::string& path, const std::string& sql) {
  try {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec(sql);
  } catch (const SQLite::Exception& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE_FIXTURE(fixture, "cases are created, found and listed in id order") {
  CHECK(db.case_ids().empty());
  CHECK_FALSE(db.find_case("b-san").has_value());

  db.create_case(b_san());
  db.create_case({"a-san", "chiba", "{}", "{}"});

  const auto found = db.find_case("b-san");
  REQUIRE(found.has_value());
  CHECK(found->id == "b-san");
  CHECK(found->region == "national");
  CHECK(found->person_json == b_san().person_json);
  CHECK(found->household_json == b_san().household_json);
  CHECK(db.case_ids() == std::vector<std::string>{"a-san", "b-san"});
}

TEST_CASE_FIXTURE(fixture, "a duplicate case id is refused as input and the first row is kept") {
  db.create_case(b_san());
  case_row other = b_san();
  other.region = "osaka";
  try {
    db.create_case(other);
    FAIL("a duplicate case was accepted");
  } catch (const hashigo::input_error& e) {
    CHECK(e.where() == "case.id");
    CHECK(e.detail() == "case 'b-san' already exists");
  }
  CHECK(db.find_case("b-san")->region == "national");
  CHECK(count("cases") == 1);
}

TEST_CASE_FIXTURE(fixture, "a case whose documents are not JSON objects is not stored") {
  case_row bad = b_san();
  bad.person_json = "{not json";
  const std::string message = storage_error_of([&] { db.create_case(bad); });
  CHECK(message.find(path + ": cannot create case 'b-san': ") == 0);
  CHECK(message.find("case_person_is_json_object") != std::string::npos);

  bad = b_san();
  bad.household_json = "[1, 2]";
  CHECK_THROWS_AS(db.create_case(bad), hashigo::storage_error);
  CHECK(db.case_ids().empty());
}

TEST_CASE_FIXTURE(fixture, "events are appended and read back in seq order, per case") {
  db.create_case(b_san());
  db.create_case({"c-san", "national", "{}", "{}"});

  const std::vector<std::int64_t> first =
      db.append_events("b-san", {attendance(1, 10), attendance(2, 12)});
  const std::vector<std::int64_t> other = db.append_events("c-san", {attendance(3, 4)});
  const std::vector<std::int64_t> second = db.append_events("b-san", {attendance(4, 20)});
  REQUIRE(first.size() == 2);
  REQUIRE(other.size() == 1);
  REQUIRE(second.size() == 1);
  CHECK(first[0] < first[1]);
  CHECK(first[1] < other[0]);
  CHECK(other[0] < second[0]);

  const std::vector<event_row> rows = db.events("b-san");
  REQUIRE(rows.size() == 3);
  const std::vector<new_event> sent = {attendance(1, 10), attendance(2, 12), attendance(4, 20)};
  const std::vector<std::int64_t> seqs = {first[0], first[1], second[0]};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    CAPTURE(i);
    CHECK(rows[i].seq == seqs[i]);
    CHECK(rows[i].case_id == "b-san");
    CHECK(rows[i].type == sent[i].type);
    CHECK(rows[i].date == sent[i].date);
    CHECK(rows[i].payload_json == sent[i].payload_json);
  }
  CHECK(db.events("c-san").size() == 1);
  CHECK(db.events("nobody").empty());
  CHECK(db.append_events("b-san", {}).empty());
}

TEST_CASE_FIXTURE(fixture, "events survive closing and re-opening the file") {
  db.create_case(b_san());
  const auto seqs = db.append_events("b-san", {attendance(1, 10)});
  db = database::open(path, false);  // move-assign closes the first connection
  const auto rows = db.events("b-san");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].seq == seqs[0]);
  CHECK(rows[0].payload_json == attendance(1, 10).payload_json);
}

TEST_CASE_FIXTURE(fixture, "appending to an unknown case is refused and writes nothing") {
  db.create_case(b_san());
  db.append_events("b-san", {attendance(1, 10)});
  try {
    db.append_events("nobody", {attendance(2, 10)});
    FAIL("an event for an unknown case was accepted");
  } catch (const hashigo::input_error& e) {
    CHECK(e.where() == "case");
    CHECK(e.detail() == "no case 'nobody'");
  }
  CHECK(count("events") == 1);
  CHECK_THROWS_AS(db.append_event_with_receipt("nobody", attendance(2, 10), receipt_for("", "{}")),
                  hashigo::input_error);
  CHECK(count("events") == 1);
  CHECK(count("receipts") == 0);
}

TEST_CASE_FIXTURE(fixture, "a batch with one bad event writes none of it") {
  db.create_case(b_san());
  new_event impossible = attendance(3, 8);
  impossible.date = "2023-02-30";
  const std::string message = storage_error_of([&] {
    db.append_events("b-san", {attendance(1, 10), attendance(2, 10), impossible});
  });
  CHECK(message.find(path + ": cannot append events to case 'b-san': ") == 0);
  CHECK(message.find("event_date_is_yyyy_mm_dd") != std::string::npos);

  new_event not_json = attendance(4, 8);
  not_json.payload_json = R"({"type":"attendance")";
  CHECK_THROWS_AS(db.append_events("b-san", {attendance(1, 10), not_json}), hashigo::storage_error);
  CHECK(count("events") == 0);

  // The store is still usable after a rolled-back batch.
  CHECK(db.append_events("b-san", {attendance(5, 10)}).size() == 1);
}

TEST_CASE_FIXTURE(fixture, "the triggers refuse UPDATE and DELETE on events, even from raw SQL") {
  db.create_case(b_san());
  db.append_events("b-san", {attendance(1, 10), attendance(2, 12)});
  const std::vector<event_row> before = db.events("b-san");

  CHECK(raw_sql_error(path, "UPDATE events SET payload = '{}'") == "events are append-only");
  CHECK(raw_sql_error(path, "DELETE FROM events WHERE seq = " + std::to_string(before[1].seq)) ==
        "events are append-only");
  CHECK(raw_sql_error(path, "DELETE FROM events") == "events are append-only");

  const std::vector<event_row> after = db.events("b-san");
  REQUIRE(after.size() == before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    CHECK(after[i].seq == before[i].seq);
    CHECK(after[i].payload_json == before[i].payload_json);
  }
  // Control: the raw connection can write where no trigger forbids it.
  CHECK(raw_sql_error(path, "UPDATE cases SET region = 'chiba'").empty());
}

TEST_CASE_FIXTURE(fixture, "receipts round-trip byte for byte and are append-only") {
  db.create_case(b_san());
  const std::string outcome = R"({"status":"ok","step":{"to":"social"},"reasons":["SU-03 ✓"]})";
  const std::int64_t first = db.add_receipt(receipt_for("b-san", outcome));
  const std::int64_t second = db.add_receipt(receipt_for("b-san", R"({"status":"stay"})"));
  CHECK(first < second);

  const std::vector<receipt_row> rows = db.receipts("b-san");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == first);
  CHECK(rows[0].case_id == "b-san");
  CHECK(rows[0].as_of == "2024-06-01");
  CHECK(rows[0].kind == "evaluation");
  CHECK(rows[0].outcome_json == outcome);
  CHECK(rows[0].pack_digest == digest_a);
  CHECK(rows[0].inputs_digest == digest_b);
  CHECK(rows[1].id == second);
  CHECK(db.receipts("nobody").empty());

  CHECK(raw_sql_error(path, "UPDATE receipts SET outcome = '{}'") == "receipts are append-only");
  CHECK(raw_sql_error(path, "DELETE FROM receipts") == "receipts are append-only");
  CHECK(db.receipts("b-san")[0].outcome_json == outcome);
}

TEST_CASE_FIXTURE(fixture,
                  "receipts need no stored case but refuse unknown cases and bad digests") {
  const std::int64_t headless = db.add_receipt(receipt_for("", R"({"status":"ok"})"));
  const std::vector<receipt_row> rows = db.receipts("");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == headless);
  CHECK(rows[0].case_id.empty());

  CHECK_THROWS_AS(db.add_receipt(receipt_for("nobody", "{}")), hashigo::input_error);

  db.create_case(b_san());
  receipt_row bad_digest = receipt_for("b-san", "{}");
  bad_digest.pack_digest = "sha256:" + digest_a;
  const std::string message = storage_error_of([&] { db.add_receipt(bad_digest); });
  CHECK(message.find("receipt_pack_digest_is_sha256_hex") != std::string::npos);
  CHECK(count("receipts") == 1);
}

TEST_CASE_FIXTURE(fixture, "an event and its receipt are appended together or not at all") {
  db.create_case(b_san());
  const new_event step{"stage_changed", "2024-06-01", R"({"type":"stage_changed","to":"social"})"};

  const auto [seq, receipt_id] =
      db.append_event_with_receipt("b-san", step, receipt_for("", R"({"ok":true})"));
  const std::vector<event_row> events = db.events("b-san");
  const std::vector<receipt_row> receipts = db.receipts("b-san");
  REQUIRE(events.size() == 1);
  REQUIRE(receipts.size() == 1);
  CHECK(events[0].seq == seq);
  CHECK(receipts[0].id == receipt_id);
  CHECK(receipts[0].case_id == "b-san");  // an empty receipt case id means "this event's case"

  // The receipt fails its CHECK after the event was inserted: the event must go too.
  const std::string message = storage_error_of(
      [&] { db.append_event_with_receipt("b-san", step, receipt_for("b-san", "{not json")); });
  CHECK(message.find("cannot append an event with its receipt to case 'b-san'") !=
        std::string::npos);
  CHECK(db.events("b-san").size() == 1);
  CHECK(db.receipts("b-san").size() == 1);

  // A bad event stops the receipt as well.
  new_event bad_event = step;
  bad_event.date = "June";
  CHECK_THROWS_AS(db.append_event_with_receipt("b-san", bad_event, receipt_for("b-san", "{}")),
                  hashigo::storage_error);
  CHECK(count("events") == 1);
  CHECK(count("receipts") == 1);

  db.create_case({"c-san", "national", "{}", "{}"});
  try {
    db.append_event_with_receipt("b-san", step, receipt_for("c-san", "{}"));
    FAIL("a receipt for another case was accepted");
  } catch (const hashigo::input_error& e) {
    CHECK(e.where() == "receipt.case_id");
  }
  CHECK(count("events") == 1);
}

TEST_CASE_FIXTURE(fixture, "snapshots are put, replaced and dropped") {
  db.create_case(b_san());
  db.create_case({"c-san", "national", "{}", "{}"});
  CHECK_FALSE(db.snapshot("b-san").has_value());

  db.put_snapshot({"b-san", 3, "2024-05-31", R"({"stage":"life"})"});
  db.put_snapshot({"c-san", 4, "2024-05-31", R"({"stage":"social"})"});
  auto snap = db.snapshot("b-san");
  REQUIRE(snap.has_value());
  CHECK(snap->case_id == "b-san");
  CHECK(snap->last_seq == 3);
  CHECK(snap->as_of == "2024-05-31");
  CHECK(snap->state_json == R"({"stage":"life"})");

  db.put_snapshot({"b-san", 9, "2024-06-30", R"({"stage":"social"})"});
  snap = db.snapshot("b-san");
  REQUIRE(snap.has_value());
  CHECK(snap->last_seq == 9);
  CHECK(snap->as_of == "2024-06-30");
  CHECK(snap->state_json == R"({"stage":"social"})");
  CHECK(count("snapshots") == 2);

  CHECK_THROWS_AS(db.put_snapshot({"nobody", 1, "2024-05-31", "{}"}), hashigo::input_error);
  CHECK_THROWS_AS(db.put_snapshot({"b-san", 10, "2024-07-01", "not json"}), hashigo::storage_error);
  CHECK(db.snapshot("b-san")->last_seq == 9);

  db.drop_snapshots();
  CHECK_FALSE(db.snapshot("b-san").has_value());
  CHECK_FALSE(db.snapshot("c-san").has_value());
  CHECK(count("snapshots") == 0);
  CHECK(count("cases") == 2);
}

TEST_CASE_FIXTURE(fixture, "the integrity check passes a healthy file and fails a damaged one") {
  db.create_case(b_san());
  std::vector<new_event> many;
  for (int i = 1; i <= 28; ++i) {
    many.push_back(attendance(i, i));
  }
  for (int round = 0; round < 40; ++round) {
    db.append_events("b-san", many);
  }
  CHECK(db.integrity_check() == "ok");

  // Damage the index behind SQLite's back (writable_schema lets a raw connection drop it from the
  // schema without dropping its pages); the check must notice the orphaned pages.
  db = database::open(path, false);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec(
        "PRAGMA writable_schema = ON; DELETE FROM sqlite_master WHERE name = 'events_by_case'");
  }
  database damaged = database::open(path, false);
  CHECK(damaged.integrity_check() != "ok");
}
