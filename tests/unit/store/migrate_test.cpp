// Opening the store: migrations, schema versions, connection settings and refusals.
#include <doctest/doctest.h>

#include <cerrno>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>
#include <hashigo/store/migrations.hpp>

#include "store/connection.hpp"
#include "store/migrate.hpp"
#include "store/sqlite_error.hpp"
#include "unit/store/temp_dir.hpp"

namespace {

using hashigo::store::database;
using hashigo::store::test::temp_dir;

const int known_version = static_cast<int>(hashigo::store::migrations().size());

// The store's refusals are storage_errors whose text is the user interface; return it.
template <class F>
std::string storage_error_of(F&& f, std::string* code = nullptr) {
  try {
    f();
  } catch (const hashigo::storage_error& e) {
    if (code != nullptr) {
      *code = e.code();
    }
    return e.what();
  }
  FAIL("expected a storage_error");
  return {};
}

std::vector<std::string> schema_objects(const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  SQLite::Statement query(raw, "SELECT type || ' ' || name FROM sqlite_master ORDER BY 1");
  std::vector<std::string> names;
  while (query.executeStep()) {
    names.push_back(query.getColumn(0).getString());
  }
  return names;
}

}  // namespace

TEST_CASE("the embedded migrations are numbered from 0001 and sorted") {
  const auto& all = hashigo::store::migrations();
  REQUIRE(!all.empty());
  CHECK(std::string(all.front().name) == "0001_init.sql");
  for (std::size_t i = 1; i < all.size(); ++i) {
    CHECK(std::string(all[i - 1].name) < std::string(all[i].name));
  }
}

TEST_CASE("a fresh file is migrated to the latest version, tracked by user_version") {
  const temp_dir dir;
  const std::string path = dir.file("hashigo.db");
  {
    const database db = database::open(path, true);
    CHECK(db.schema_version() == known_version);
    CHECK(db.integrity_check() == "ok");
  }
  const std::vector<std::string> objects = schema_objects(path);
  for (const char* expected :
       {"table cases", "table events", "table receipts", "table snapshots", "index events_by_case",
        "trigger events_no_update", "trigger events_no_delete", "trigger receipts_no_update",
        "trigger receipts_no_delete"}) {
    CHECK_MESSAGE(std::find(objects.begin(), objects.end(), expected) != objects.end(), expected);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == known_version);
  CHECK(raw.execAndGet("PRAGMA application_id").getInt() == hashigo::store::hashigo_application_id);
}

TEST_CASE("re-opening a migrated file applies nothing") {
  const temp_dir dir;
  const std::string path = dir.file("hashigo.db");
  database::open(path, true);
  const std::vector<std::string> before = schema_objects(path);

  SQLite::Database connection = hashigo::store::open_connection(path, false);
  CHECK(hashigo::store::apply_migrations(connection, path) == 0);
  CHECK(hashigo::store::read_schema_version(connection) == known_version);

  const database again = database::open(path, false);
  CHECK(again.schema_version() == known_version);
  CHECK(schema_objects(path) == before);
}

TEST_CASE("apply_migrations counts what it applied and starts from the file's version") {
  const temp_dir dir;
  const std::string path = dir.file("m.db");
  SQLite::Database connection = hashigo::store::open_connection(path, true);
  const std::vector<hashigo::store::migration> steps = {
      {"0001_a.sql", "CREATE TABLE a (x INTEGER);"},
      {"0002_b.sql", "CREATE TABLE b (x INTEGER); INSERT INTO b VALUES (1);"},
  };
  CHECK(hashigo::store::apply_migrations(connection, path, {steps[0]}) == 1);
  CHECK(hashigo::store::read_schema_version(connection) == 1);
  CHECK(hashigo::store::apply_migrations(connection, path, steps) == 1);
  CHECK(hashigo::store::read_schema_version(connection) == 2);
  CHECK(connection.execAndGet("SELECT count(*) FROM b").getInt() == 1);
  CHECK(hashigo::store::apply_migrations(connection, path, steps) == 0);
}

TEST_CASE("a failing migration is rolled back whole and names itself") {
  const temp_dir dir;
  const std::string path = dir.file("m.db");
  SQLite::Database connection = hashigo::store::open_connection(path, true);
  const std::vector<hashigo::store::migration> steps = {
      {"0001_ok.sql", "CREATE TABLE ok (x INTEGER);"},
      {"0002_broken.sql", "CREATE TABLE half (x INTEGER); CREATE TABLE ok (y INTEGER);"},
  };
  const std::string message =
      storage_error_of([&] { hashigo::store::apply_migrations(connection, path, steps); });
  CHECK(message.find(path) == 0);
  CHECK(message.find("0002_broken.sql") != std::string::npos);
  CHECK(message.find("already exists") != std::string::npos);
  CHECK(hashigo::store::read_schema_version(connection) == 1);
  CHECK_FALSE(connection.tableExists("half"));
  CHECK(connection.tableExists("ok"));
}

TEST_CASE("a file from a newer hashigo is refused and left untouched") {
  const temp_dir dir;
  const std::string path = dir.file("hashigo.db");
  database::open(path, true);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = 7");
  }
  const std::string message = storage_error_of([&] { database::open(path, false); });
  CHECK(message == path + ": schema version 7 is newer than this hashigo understands (" +
                       std::to_string(known_version) + "); upgrade hashigo");
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 7);
}

TEST_CASE("a missing file is not created unless asked") {
  const temp_dir dir;
  const std::string path = dir.file("nothing-here.db");
  const std::string message = storage_error_of([&] { database::open(path, false); });
  CHECK(message == "no database at " + path + "; run `hashigo init`");
  CHECK_FALSE(std::filesystem::exists(path));

  const std::string no_dir = dir.file("no/such/dir/hashigo.db");
  const std::string cannot = storage_error_of([&] { database::open(no_dir, true); });
  CHECK(cannot.find(no_dir) == 0);
}

TEST_CASE("a file that is not a SQLite database is refused by name and not modified") {
  const temp_dir dir;
  const std::string path = dir.file("notes.txt");
  const std::string text(4096, 'x');
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  const std::string message = storage_error_of([&] { database::open(path, false); });
  CHECK(message.find(path) == 0);
  CHECK(message.find("not a SQLite database") != std::string::npos);
  std::ifstream in(path, std::ios::binary);
  const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(after == text);
}

TEST_CASE("another program's SQLite database is refused, not migrated") {
  const temp_dir dir;
  const std::string path = dir.file("other.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE contacts (name TEXT)");
  }
  const std::string message = storage_error_of([&] { database::open(path, true); });
  CHECK(message == path + ": is a SQLite database but not a hashigo database");
  CHECK(schema_objects(path) == std::vector<std::string>{"table contacts"});
}

TEST_CASE("connections run in WAL mode with foreign keys and a busy timeout") {
  const temp_dir dir;
  const std::string path = dir.file("hashigo.db");
  database::open(path, true);
  SQLite::Database connection = hashigo::store::open_connection(path, false);
  CHECK(connection.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(connection.execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(connection.execAndGet("PRAGMA busy_timeout").getInt() == hashigo::store::busy_timeout_ms);
  CHECK(connection.execAndGet("PRAGMA synchronous").getInt() == 1);  // NORMAL
  // WAL is a property of the file: a plain connection sees it too.
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

TEST_CASE("SQLite errors become storage errors that say what was being done") {
  std::string code;
  const std::string locked = storage_error_of(
      [] {
        hashigo::store::throw_storage_error("var/hashigo.db",
                                            SQLite::Exception("database is locked", SQLITE_BUSY),
                                            hashigo::message::verbatim("append events to case 'b-san'"));
      },
      &code);
  CHECK(code == "E_LOCKED");
  CHECK(locked.find("var/hashigo.db: cannot append events to case 'b-san': ") == 0);
  CHECK(locked.find("locked by another process") != std::string::npos);

  const std::string full = storage_error_of(
      [] {
        hashigo::store::throw_storage_error(
            "var/hashigo.db", SQLite::Exception("database or disk is full", SQLITE_FULL),
            hashigo::message::verbatim("create case 'x'"));
      },
      &code);
  CHECK(code == "E_DISK_FULL");
  CHECK(full == "var/hashigo.db: cannot create case 'x': the disk is full; nothing was written");

  // Where SQLite only says "disk I/O error" (the -shm could not be grown), the errno tells.
  const std::string shm = storage_error_of(
      [] {
        hashigo::store::throw_storage_error("var/hashigo.db", SQLite::Exception("disk I/O error", SQLITE_IOERR_SHMSIZE),
                                            hashigo::message::verbatim("read the database"), ENOSPC);
      },
      &code);
  CHECK(code == "E_DISK_FULL");
  CHECK(shm == "var/hashigo.db: cannot read the database: the disk is full; nothing was written");

  // Any other I/O error keeps SQLite's words and adds the system's.
  const std::string eio = storage_error_of(
      [] {
        hashigo::store::throw_storage_error("var/hashigo.db", SQLite::Exception("disk I/O error", SQLITE_IOERR_READ),
                                            hashigo::message::verbatim("read case 'x'"), EIO);
      },
      &code);
  CHECK(code == "E_STORE");
  CHECK(eio.find("disk I/O error (") != std::string::npos);
  CHECK(eio.find("the disk is full") == std::string::npos);

  // A stale errno after a non-I/O error is not taken for the cause.
  const std::string constraint = storage_error_of(
      [] {
        hashigo::store::throw_storage_error("var/hashigo.db", SQLite::Exception("CHECK constraint failed", SQLITE_CONSTRAINT),
                                            hashigo::message::verbatim("create case 'x'"), ENOSPC);
      },
      &code);
  CHECK(constraint.find("the disk is full") == std::string::npos);
}

TEST_CASE("a version-1 file with receipts opens as version 2, its receipts kept without events") {
  const temp_dir dir;
  const std::string path = dir.file("v1.db");
  {
    SQLite::Database connection = hashigo::store::open_connection(path, true);
    const auto all = hashigo::store::migrations();
    REQUIRE(all.size() >= 2);
    CHECK(hashigo::store::apply_migrations(connection, path, {all[0]}) == 1);
    connection.exec("INSERT INTO receipts (case_id, as_of, kind, outcome, pack_digest, inputs_digest) VALUES "
                    "(NULL, '2015-06-30', 'evaluation', '{}', '" + std::string(64, 'a') + "', '" +
                    std::string(64, 'b') + "')");
  }
  auto db = database::open(path, hashigo::store::open_mode::write);
  {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    CHECK(hashigo::store::read_schema_version(raw) == known_version);
  }
  const auto old = db.receipts("");
  REQUIRE(old.size() == 1);
  CHECK_FALSE(old[0].events_through.has_value());
  CHECK(old[0].events_digest.empty());
  hashigo::store::receipt_row row{0, "", "2015-07-31", "evaluation", "{}", std::string(64, 'a'), std::string(64, 'b')};
  row.events_through = 12;
  row.events_digest = std::string(64, 'c');
  const auto id = db.add_receipt(row);
  const auto stored = db.receipt(id);
  REQUIRE(stored.has_value());
  CHECK(stored->events_through == 12);
  CHECK(stored->events_digest == std::string(64, 'c'));
  CHECK_FALSE(db.receipt(id + 100).has_value());
  CHECK(db.receipt_ids() == std::vector<std::int64_t>{old[0].id, id});
  row.events_digest = "not hex";  // the schema's last line of defence
  CHECK_THROWS_AS(db.add_receipt(row), hashigo::storage_error);
}
