// Meetings: one row per meeting and a link to the event it wrote into each case it discussed.
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"
#include "store/sqlite_error.hpp"

namespace hashigo::store {

namespace {

meeting_row read_meeting(const SQLite::Statement& query) {
  return meeting_row{query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                     query.getColumn(3).getString()};
}

}  // namespace

void database::write_meeting(const meeting_row& row, const std::vector<std::string>& case_ids,
                             const std::function<std::vector<std::int64_t>(std::vector<case_writer>&)>& work) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    {
      SQLite::Statement exists(impl_->db, "SELECT held_on FROM meetings WHERE id = ?1");
      exists.bind(1, row.id);
      if (exists.executeStep())
        throw input_error("id", message("error.meeting_exists", row.id, exists.getColumn(0).getString()));
    }
    std::vector<case_writer> writers;
    writers.reserve(case_ids.size());
    for (const auto& id : case_ids) {
      impl_->require_case(id);
      writers.push_back(case_writer(*this, id));
    }
    const auto seqs = work(writers);
    SQLite::Statement insert(impl_->db, "INSERT INTO meetings (id, kind, held_on, payload) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, row.id);
    insert.bind(2, row.kind);
    insert.bind(3, row.held_on);
    insert.bind(4, row.payload_json);
    insert.exec();
    SQLite::Statement link(impl_->db, "INSERT INTO meeting_cases (meeting_id, case_id, event_seq) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < case_ids.size() && i < seqs.size(); ++i) {
      link.bind(1, row.id);
      link.bind(2, case_ids[i]);
      link.bind(3, seqs[i]);
      link.exec();
      link.reset();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.write_meeting", row.id));
  }
}

std::optional<meeting_row> database::meeting(const std::string& id) const {
  try {
    SQLite::Statement query(impl_->db, "SELECT id, kind, held_on, payload FROM meetings WHERE id = ?1");
    query.bind(1, id);
    if (!query.executeStep()) return std::nullopt;
    return read_meeting(query);
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_meetings"));
  }
}

std::vector<meeting_row> database::meetings() const {
  try {
    SQLite::Statement query(impl_->db, "SELECT id, kind, held_on, payload FROM meetings ORDER BY held_on, id");
    std::vector<meeting_row> out;
    while (query.executeStep()) out.push_back(read_meeting(query));
    return out;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_meetings"));
  }
}

std::vector<std::string> database::meeting_cases(const std::string& meeting_id) const {
  try {
    SQLite::Statement query(impl_->db, "SELECT case_id FROM meeting_cases WHERE meeting_id = ?1 ORDER BY case_id");
    query.bind(1, meeting_id);
    std::vector<std::string> out;
    while (query.executeStep()) out.push_back(query.getColumn(0).getString());
    return out;
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_meetings"));
  }
}

}  // namespace hashigo::store
