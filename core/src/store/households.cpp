// Households: one row per version of a household record, and the cases each version names.
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

#include <fmt/format.h>

namespace hashigo::store {

namespace {

household_row read_household(const SQLite::Statement& query) {
  return household_row{query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString()};
}

}  // namespace

void database::write_household(const household_row& row, const std::vector<std::string>& case_ids, bool change) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    {
      SQLite::Statement latest(impl_->db, "SELECT max(since) FROM households WHERE id = ?1");
      latest.bind(1, row.id);
      latest.executeStep();
      const bool stored = !latest.getColumn(0).isNull();
      if (!change && stored) throw input_error("id", message("error.household_exists", row.id));
      if (change && !stored) throw input_error("id", message("error.household_unknown", row.id));
      if (change && row.since <= latest.getColumn(0).getString())
        throw input_error("since", message("error.household_since_not_after", row.since, latest.getColumn(0).getString()));
    }
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
    SQLite::Statement insert(impl_->db, "INSERT INTO households (id, since, payload) VALUES (?1, ?2, ?3)");
    insert.bind(1, row.id);
    insert.bind(2, row.since);
    insert.bind(3, row.payload_json);
    insert.exec();
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
    SQLite::Statement query(impl_->db, "SELECT id, since, payload FROM households ORDER BY id, since");
    std::vector<household_row> out;
    while (query.executeStep()) out.push_back(read_household(query));
    return out;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_households"));
  }
}

}  // namespace hashigo::store
