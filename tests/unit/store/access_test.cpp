// Opening for reading and for writing: which locks are taken, which files are created, and what a
// refusal names. (Other users, read-only mounts and full disks: tests/cli/store_access.sh.)
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "unit/store/temp_dir.hpp"

namespace {

using hashigo::store::database;
using hashigo::store::open_mode;
using hashigo::store::test::temp_dir;
namespace fs = std::filesystem;

// A database with one case, closed cleanly: no -wal, no -shm left.
std::string make_db(const temp_dir& dir, const std::string& name = "h.db") {
  const std::string path = dir.file(name);
  database db = database::open(path, true);
  db.create_case({"b-san", "national", "{}", "{}"});
  db.append_events("b-san", {{"contact", "2024-05-01", R"({"type":"contact"})"}});
  return path;
}

template <class F>
hashigo::storage_error storage_error_of(F&& f) {
  try {
    f();
  } catch (const hashigo::storage_error& e) {
    return e;
  }
  FAIL("expected a storage_error");
  return hashigo::storage_error("none");
}

}  // namespace

TEST_CASE("opening an up-to-date file takes no lock: a busy file opens, and only the write waits") {
  const temp_dir dir;
  const std::string path = make_db(dir);
  SQLite::Database other(path, SQLite::OPEN_READWRITE);
  SQLite::Transaction holding(other, SQLite::TransactionBehavior::IMMEDIATE);

  CHECK(database::open(path, open_mode::read).events("b-san").size() == 1);
  database writer = database::open(path, open_mode::write);  // no migration pending: no lock
  CHECK(writer.case_ids().size() == 1);
  const auto e = storage_error_of([&] { writer.append_events("b-san", {{"contact", "2024-05-02", "{}"}}); });
  CHECK(e.code() == "E_LOCKED");
  CHECK(std::string(e.what()).rfind(path + ": cannot append events to case 'b-san': the database is locked by another process", 0) == 0);
}

TEST_CASE("a read-only file in a read-only folder is read as immutable, creating nothing") {
  const temp_dir dir;
  const fs::path folder = dir.path() / "frozen";
  fs::create_directory(folder);
  const std::string path = (folder / "h.db").string();
  {
    database db = database::open(path, true);
    db.create_case({"b-san", "national", "{}", "{}"});
  }
  REQUIRE_FALSE(fs::exists(path + "-shm"));
  fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);

  {
    const database reader = database::open(path, open_mode::read);
    CHECK(reader.read_only());
    CHECK(reader.case_ids() == std::vector<std::string>{"b-san"});
    CHECK(reader.integrity_check() == "ok");
  }
  CHECK_FALSE(fs::exists(path + "-shm"));
  CHECK_FALSE(fs::exists(path + "-wal"));

  // Nobody may write it, root included: hashigo honours the permission bits.
  const auto refused = storage_error_of([&] { (void)database::open(path, open_mode::write); });
  CHECK(refused.code() == "E_READ_ONLY");
  CHECK(std::string(refused.what()).rfind(path + ": cannot write the database: the file is read-only (mode 0444)", 0) == 0);

  fs::permissions(path, fs::perms::owner_write, fs::perm_options::add);
  const auto folder_refused = storage_error_of([&] { (void)database::open(path, open_mode::write); });
  CHECK(folder_refused.code() == "E_READ_ONLY");
  CHECK(std::string(folder_refused.what()).find("its folder " + folder.string() + " is read-only, and SQLite must create h.db-wal") !=
        std::string::npos);
  fs::permissions(folder, fs::perms::owner_write, fs::perm_options::add);  // so temp_dir can clean up
}

TEST_CASE("a reader does not migrate: a file an older hashigo left is refused with what to run") {
  const temp_dir dir;
  const std::string path = dir.file("fresh.db");
  { SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }  // empty, version 0
  const auto e = storage_error_of([&] { (void)database::open(path, open_mode::read); });
  CHECK(std::string(e.what()).find("schema version 0 is older than this hashigo") != std::string::npos);
  CHECK(std::string(e.what()).find("hashigo init") != std::string::npos);
  CHECK(fs::file_size(path) == 0);  // untouched
}
