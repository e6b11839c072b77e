// Households: one row per version of a household record, and the cases each version names. The
// versioned-record helpers below serve the employers too.
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

#include <fmt/format.h>

namespace hashigo::store {

void database::impl::require_version_order(const char* table, const version_row& row, bool change, const char* exists,
                                           const char* unknown) {
  SQLite::Statement latest(db, fmt::format("SELECT max(since) FROM {} WHERE id = ?1", table));
  latest.bind(1, row.id);
  latest.executeStep();
  const bool stored = !latest.getColumn(0).isNull();
  if (!change && stored) throw input_error("id", message(exists, row.id));
  if (change && !stored) throw input_error("id", message(unknown, row.id));
  if (change && row.since <= latest.getColumn(0).getString())
    throw input_error("since", message("error.household_since_not_after", row.since, latest.getColumn(0).getString()));
}

void database::impl::insert_version(const char* table, const version_row& row) {
  SQLite::Statement insert(db, fmt::format("INSERT INTO {} (id, since, payload) VALUES (?1, ?2, ?3)", table));
  insert.bind(1, row.id);
  insert.bind(2, row.since);
  insert.bind(3, row.payload_json);
  insert.exec();
}

void database::impl::write_versions(const char* table, const std::vector<version_row>& rows, bool change, const char* exists,
                                    const char* unknown, const char* what, const char* failing) {
  std::string doing = rows.empty() ? std::string() : rows.front().id;
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (const auto& row : rows) {
      doing = row.id;
      try {
        require_version_order(table, row, change, exists, unknown);
      } catch (const input_error& e) {
        if (rows.size() == 1) throw;
        throw input_error(fmt::format("{} '{}' since {}: {}", what, row.id, row.since, e.where()), e);  // which of the batch
      }
      insert_version(table, row);
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    fail(e, message(failing, doing));
  }
}

std::vector<version_row> database::impl::versions(const char* table, const std::string& id) const {
  SQLite::Statement query(db, fmt::format("SELECT id, since, payload FROM {} WHERE ?1 = '' OR id = ?1 ORDER BY id, since", table));
  query.bind(1, id);
  std::vector<version_row> out;
  while (query.executeStep())
    out.push_back(version_row{query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString()});
  return out;
}

void database::write_household(const household_row& row, const std::vector<std::string>& case_ids, bool change) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->require_version_order("households", row, change, "error.household_exists", "error.household_unknown");
    // A case lives in one household at a time: another household whose latest version names it
    // must let it go (a version without it) first.
    SQLite::Statement other(impl_->db,
                            "SELECT hc.household_id, hc.since FROM household_cases hc "
                            "WHERE hc.case_id = ?1 AND hc.household_id <> ?2 "
                            "AND hc.since = (SELECT max(since) FROM households h WHERE h.id = hc.household_id) "
                            "ORDER BY hc.household_id LIMIT 1");
    for (std::size_t i = 0; i < case_ids.size(); ++i) {
      if (case_ids[i].empty()) continue;
      try {
        impl_->require_case(case_ids[i]);
      } catch (const input_error& e) {
        throw input_error(fmt::format("members[{}].case", i), e);
      }
      other.bind(1, case_ids[i]);
      other.bind(2, row.id);
      if (other.executeStep())
        throw input_error(fmt::format("members[{}].case", i),
                          message("error.case_in_other_household", case_ids[i], other.getColumn(0).getString(), other.getColumn(1).getString()));
      other.reset();
    }
    impl_->insert_version("households", row);
    SQLite::Statement link(impl_->db, "INSERT INTO household_cases (household_id, since, case_id) VALUES (?1, ?2, ?3)");
    for (const auto& id : case_ids) {
      if (id.empty()) continue;
      link.bind(1, row.id);
      link.bind(2, row.since);
      link.bind(3, id);
      link.exec();
      link.reset();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.write_household", row.id));
  }
}

std::vector<household_row> database::households() const {
  try {
    return impl_->versions("households");
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_households"));
  }
}

}  // namespace hashigo::store
