// Agencies: one row per version of an agency record (the network around a case).
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <fmt/format.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"

namespace hashigo::store {

void database::write_agencies(const std::vector<agency_row>& rows, bool change) {
  impl_->write_versions("agencies", rows, change, "error.agency_exists", "error.agency_unknown", "agency", "store.write_agency");
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
