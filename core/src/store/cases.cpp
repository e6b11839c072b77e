// Case rows: identity, region and the person/household documents.
#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

void database::impl::require_case(const std::string& case_id) {
  const statement_use query(case_exists);
  query->bind(1, case_id);
  if (!query->executeStep()) {
    throw input_error("case", message("error.unknown_case", case_id));
  }
}

void database::write_new_case(const case_row& row, const std::function<void(case_writer&)>& work) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    {
      const statement_use insert(impl_->insert_case);
      insert->bind(1, row.id);
      insert->bind(2, row.region);
      insert->bind(3, row.person_json);
      insert->bind(4, row.household_json);
      try {
        insert->exec();
      } catch (const SQLite::Exception& e) {
        // The primary key is the only way this insert meets an existing row, so the constraint
        // itself is the race-free existence check.
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY) {
          throw input_error("case.id", message("error.case_exists", row.id));
        }
        throw;
      }
    }
    case_writer writer(*this, row.id);
    work(writer);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.create_case", row.id));
  }
}

std::vector<std::int64_t> database::create_case(const case_row& row, const std::vector<new_event>& initial) {
  std::vector<std::int64_t> seqs;
  write_new_case(row, [&](case_writer& writer) {
    for (const new_event& event : initial) seqs.push_back(writer.insert_event(event));
  });
  return seqs;
}

std::optional<case_row> database::find_case(const std::string& id) const {
  try {
    const statement_use query(impl_->select_case);
    query->bind(1, id);
    if (!query->executeStep()) {
      return std::nullopt;
    }
    return case_row{query->getColumn(0).getString(), query->getColumn(1).getString(),
                    query->getColumn(2).getString(), query->getColumn(3).getString()};
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_case", id));
  }
}

std::vector<std::string> database::case_ids() const {
  try {
    SQLite::Statement query(impl_->db, "SELECT id FROM cases ORDER BY id");
    std::vector<std::string> ids;
    while (query.executeStep()) {
      ids.push_back(query.getColumn(0).getString());
    }
    return ids;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.list_cases"));
  }
}

}  // namespace hashigo::store
