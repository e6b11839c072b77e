// Employers: one row per version of an employer record (its carved tasks, しごと情報).
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include <hashigo/error.hpp>
#include <hashigo/store/database.hpp>

#include "store/impl.hpp"

namespace hashigo::store {

void database::write_employers(const std::vector<employer_row>& rows, bool change) {
  impl_->write_versions("employers", rows, change, "error.employer_exists", "error.employer_unknown", "employer", "store.write_employer");
}

std::vector<employer_row> database::employers() const {
  try {
    return impl_->versions("employers");
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_employers"));
  }
}

std::vector<employer_row> database::employer_versions(const std::string& id) const {
  try {
    return impl_->versions("employers", id);
  } catch (const SQLite::Exception& e) {
    impl_->fail(e, message("store.read_employers"));
  }
}

}  // namespace hashigo::store
