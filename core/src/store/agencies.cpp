// Agencies: one row per version of an agency record (the network around a case).
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <fmt/format.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"

namespace hashigo::store {

void database::write_agencies(const std::vector<agency_row>& rows, bool change) {
  std::string doing = rows.empty() ? std::string() : rows.front().id;
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    for (const auto& row : rows) {
      doing = row.id;
      try {
        impl_->require_version_order("agencies", row, change, "error.agency_exists", "error.agency_unknown");
      } catch (const input_error& e) {
        if (rows.size() == 1) throw;
        throw input_error(fmt::format("agency '{}' since {}: {}", row.id, row.since, e.where()), e);  // which of the batch
      }
      impl_->insert_version("agencies", row);
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.write_agency", doing));
  }
}

std::vector<agency_row> database::agencies() const {
  try {
    return impl_->versions("agencies");
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_agencies"));
  }
}

std::vector<agency_row> database::agency_versions(const std::string& id) const {
  try {
    return impl_->versions("agencies", id);
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_agencies"));
  }
}

}  // namespace hashigo::store
