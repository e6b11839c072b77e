// The snapshot cache: disposable folds of a case's events, replaced or dropped at will.
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

void database::put_snapshot(const snapshot_row& row) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->require_case(row.case_id);
    {
      const statement_use upsert(impl_->upsert_snapshot);
      upsert->bind(1, row.case_id);
      upsert->bind(2, row.last_seq);
      upsert->bind(3, row.as_of);
      upsert->bind(4, row.state_json);
      upsert->exec();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.store_snapshot", row.case_id));
  }
}

std::optional<snapshot_row> database::snapshot(const std::string& case_id) const {
  try {
    const statement_use query(impl_->select_snapshot);
    query->bind(1, case_id);
    if (!query->executeStep()) {
      return std::nullopt;
    }
    return snapshot_row{query->getColumn(0).getString(), query->getColumn(1).getInt64(),
                        query->getColumn(2).getString(), query->getColumn(3).getString()};
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_snapshot", case_id));
  }
}

void database::drop_snapshots() {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->db.exec("DELETE FROM snapshots");
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.drop_snapshots"));
  }
}

}  // namespace hashigo::store
