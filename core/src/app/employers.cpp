#include <hashigo/app/employers.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace hashigo::app {

namespace fs = std::filesystem;

std::vector<cases::employer_record> stored_employers(store::database& db) {
  std::vector<cases::employer_record> out;
  for (const auto& row : db.employers())
    out.push_back(store::read_stored(row.payload_json, "employer '" + row.id + "' since " + row.since, format::employer_record_from_json));
  return out;
}

void record_employers(store::database& db, const std::vector<cases::employer_record>& records, bool change) {
  std::vector<store::employer_row> rows;
  for (const auto& e : records) rows.push_back({e.id, e.since.to_string(), format::to_json(e).dump()});
  db.write_employers(rows, change);
}

std::vector<cases::employer_record> read_employer_folder(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw input_error(dir.string(), message("error.not_a_folder"));
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) throw input_error(dir.string(), message("error.not_a_folder"));
  std::sort(files.begin(), files.end());
  std::vector<cases::employer_record> out;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) throw input_error(file.string(), message("error.unreadable_file"));
    try {
      auto e = format::employer_record_from_json(format::parse_json(text.str(), file.string()));
      for (const auto& seen : out)
        if (seen.id == e.id && seen.since == e.since)
          throw input_error("id", message("error.employer_version_twice", e.id, e.since.to_string()));
      out.push_back(std::move(e));
    } catch (const input_error& err) {
      if (err.where().rfind(file.string(), 0) == 0) throw;
      throw input_error(err.where().empty() ? file.string() : file.string() + ": " + err.where(), err);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::tie(a.id, a.since) < std::tie(b.id, b.since); });
  return out;
}

cases::filled_places filled_tasks(store::database& db, date day, const std::string& except) {
  cases::filled_places filled;
  store::case_repository repo(db);
  for (const auto& id : db.case_ids()) {
    if (id == except) continue;
    auto events = repo.readable_events(id);
    if (events.empty() || day < events.front().on) continue;
    cases::add_filled_places(cases::fold(repo.header(id), events, day), filled);
  }
  return filled;
}

engine::match_result match_case(store::database& db, engine::engine& eng, const std::string& case_id,
                                std::optional<date> as_of, const std::optional<fs::path>& folder) {
  store::case_repository repo(db);
  const auto header = repo.header(case_id);
  const auto events = repo.readable_events(case_id);
  if (events.empty()) throw input_error("case", message("error.no_events"));
  const date day = as_of.value_or(events.back().on);
  if (day < events.front().on)
    throw input_error("as_of", message("error.before_opening", day.to_string(), case_id, events.front().on.to_string()));
  const auto versions = folder ? read_employer_folder(*folder) : stored_employers(db);
  const auto filled = filled_tasks(db, day, case_id);
  const auto offers = engine::offers_on(versions, day, filled);
  const auto state = cases::fold(header, events, day);
  return eng.match(state, header.region, offers);
}

}  // namespace hashigo::app
