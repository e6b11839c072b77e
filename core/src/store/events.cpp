// The append-only event log: write transactions on one case, appends (alone or with a receipt)
// and reads in seq order.
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

std::int64_t database::impl::insert_event(const std::string& case_id, const new_event& event) {
  const statement_use insert(insert_event_stmt);
  insert->bind(1, case_id);
  insert->bind(2, event.type);
  insert->bind(3, event.date);
  insert->bind(4, event.payload_json);
  insert->exec();
  return db.getLastInsertRowid();
}

void database::write_case(const std::string& case_id, const std::function<void(case_writer&)>& work,
                          const std::optional<message>& doing) {
  try {
    // IMMEDIATE: take the write lock before reading, so everything `work` reads (the case, its
    // events) is still true when its inserts commit, and a concurrent writer makes us wait (busy
    // timeout) instead of failing late.
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    impl_->require_case(case_id);
    case_writer writer(*this, case_id);
    work(writer);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, doing ? *doing : message("store.write_case", case_id));
  }
}

void database::read_consistent(const std::function<void()>& work) const {
  try {
    // DEFERRED: no lock is taken until the first read, which then fixes the WAL snapshot for
    // every later read of the transaction; committing a transaction that only read writes nothing.
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::DEFERRED);
    work();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_consistent", impl_->path));
  }
}

std::vector<event_row> case_writer::events() const { return db_.events(case_id_); }

std::int64_t case_writer::insert_event(const new_event& event) {
  return db_.impl_->insert_event(case_id_, event);
}

std::int64_t case_writer::insert_receipt(const receipt_row& receipt) {
  if (!receipt.case_id.empty() && receipt.case_id != case_id_) {
    throw input_error("receipt.case_id", message("error.receipt_other_case", receipt.case_id, case_id_));
  }
  return db_.impl_->insert_receipt(case_id_, receipt);
}

std::vector<std::int64_t> database::append_events(const std::string& case_id,
                                                  const std::vector<new_event>& events) {
  std::vector<std::int64_t> seqs;
  seqs.reserve(events.size());
  write_case(
      case_id,
      [&](case_writer& writer) {
        for (const new_event& event : events) {
          seqs.push_back(writer.insert_event(event));
        }
      },
      message("store.append_events", case_id));
  return seqs;
}

std::pair<std::int64_t, std::int64_t> database::append_event_with_receipt(
    const std::string& case_id, const new_event& event, const receipt_row& receipt) {
  if (!receipt.case_id.empty() && receipt.case_id != case_id) {
    throw input_error("receipt.case_id", message("error.receipt_other_case", receipt.case_id, case_id));
  }
  std::pair<std::int64_t, std::int64_t> ids;
  write_case(
      case_id,
      [&](case_writer& writer) {
        ids.first = writer.insert_event(event);
        ids.second = writer.insert_receipt(receipt);
      },
      message("store.append_with_receipt", case_id));
  return ids;
}

std::vector<event_row> database::events(const std::string& case_id) const {
  try {
    const statement_use query(impl_->select_events);
    query->bind(1, case_id);
    std::vector<event_row> rows;
    while (query->executeStep()) {
      rows.push_back(event_row{query->getColumn(0).getInt64(), query->getColumn(1).getString(),
                               query->getColumn(2).getString(), query->getColumn(3).getString(),
                               query->getColumn(4).getString()});
    }
    return rows;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_events", case_id));
  }
}

}  // namespace hashigo::store
