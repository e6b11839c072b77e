// Decision receipts: append-only records of what was decided, from which pack and inputs.
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

namespace {

receipt_row read_receipt(const SQLite::Statement& query) {
  const SQLite::Column case_id = query.getColumn(1);
  receipt_row row{query.getColumn(0).getInt64(),  case_id.isNull() ? std::string() : case_id.getString(),
                  query.getColumn(2).getString(), query.getColumn(3).getString(),
                  query.getColumn(4).getString(), query.getColumn(5).getString(),
                  query.getColumn(6).getString(), std::nullopt, std::string()};
  if (const SQLite::Column through = query.getColumn(7); !through.isNull()) row.events_through = through.getInt64();
  if (const SQLite::Column digest = query.getColumn(8); !digest.isNull()) row.events_digest = digest.getString();
  return row;
}

}  // namespace

std::int64_t database::impl::insert_receipt(const std::string& case_id, const receipt_row& row) {
  const statement_use insert(insert_receipt_stmt);
  // An empty id is a decision about a case that was evaluated but never stored: NULL, so the
  // foreign key does not demand a case row.
  if (case_id.empty()) {
    insert->bind(1);
  } else {
    insert->bind(1, case_id);
  }
  insert->bind(2, row.as_of);
  insert->bind(3, row.kind);
  insert->bind(4, row.outcome_json);
  insert->bind(5, row.pack_digest);
  insert->bind(6, row.inputs_digest);
  if (row.events_through) {
    insert->bind(7, *row.events_through);
    insert->bind(8, row.events_digest);
  } else {
    insert->bind(7);
    insert->bind(8);
  }
  insert->exec();
  return db.getLastInsertRowid();
}

std::int64_t database::add_receipt(const receipt_row& row) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    if (!row.case_id.empty()) {
      impl_->require_case(row.case_id);
    }
    const std::int64_t id = impl_->insert_receipt(row.case_id, row);
    tx.commit();
    return id;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, row.case_id.empty() ? message("store.store_receipt") : message("store.store_receipt_of", row.case_id));
  }
}

std::vector<receipt_row> database::receipts(const std::string& case_id) const {
  try {
    const statement_use query(case_id.empty() ? impl_->select_receipts_without_case
                                              : impl_->select_receipts);
    if (!case_id.empty()) {
      query->bind(1, case_id);
    }
    std::vector<receipt_row> rows;
    while (query->executeStep()) {
      rows.push_back(read_receipt(*query));
    }
    return rows;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_receipts", case_id));
  }
}

std::optional<receipt_row> database::receipt(std::int64_t id) const {
  try {
    const statement_use query(impl_->select_receipt_by_id);
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    return read_receipt(*query);
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_receipt", id));
  }
}

std::vector<std::int64_t> database::receipt_ids() const {
  try {
    const statement_use query(impl_->select_receipt_ids);
    std::vector<std::int64_t> ids;
    while (query->executeStep()) ids.push_back(query->getColumn(0).getInt64());
    return ids;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_receipt", "*"));
  }
}

}  // namespace hashigo::store
