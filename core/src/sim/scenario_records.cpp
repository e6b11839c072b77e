// A scenario's records: read inline or from files beside the script, checked as the store would
// check them, so a course's network, employers and households behave as they would when stored.
#include "sim/scenario_records.hpp"

#include "sim/scenario_parts.hpp"

#include <hashigo/error.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/sha256.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace hashigo::sim {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// What a member case of a scenario may say (its header, as the scenario's own case has).
const char* const k_case_fields[] = {"id", "start", "person", "household", "intake", "notes"};

// One record as read, and where it came from (for errors and the digest).
struct read_item {
  json doc;
  std::string where;  ///< `s.lua: agencies[1]` for an inline record, the file's name otherwise
};

std::string file_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) throw input_error(file.string(), message("error.unreadable_file"));
  return text.str();
}

// The items of the header's list `key`: tables as they are (their format filled in), names read
// as a JSON file or every *.json of a folder, by name; the files feed `digest`.
std::vector<read_item> items_of(const json& h, const char* key, std::string_view tag, const std::string& path, sha256& digest,
                                bool& read_files) {
  std::vector<read_item> out;
  if (!h.contains(key)) return out;
  const json& list = h[key];
  if (!list.is_array()) throw input_error(fmt::format("{}: {}", path, key), message("error.records_list"));
  const fs::path beside = fs::path(path).parent_path();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = fmt::format("{}: {}[{}]", path, key, i + 1);
    const json& item = list[i];
    if (item.is_object()) {
      json doc = item;
      if (!doc.contains("format")) doc["format"] = std::string(tag);
      out.push_back({std::move(doc), where});
      continue;
    }
    if (!item.is_string() || item.get<std::string>().empty()) throw input_error(where, message("error.records_list"));
    const fs::path named = beside / item.get<std::string>();
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(named, ec)) {
      for (const auto& entry : fs::directory_iterator(named, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
      if (ec) throw input_error(named.string(), message("error.not_a_folder"));
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(named);
    }
    for (const auto& file : files) {
      const std::string text = file_text(file);
      digest.update(fmt::format("{}\n{}\n", file.lexically_relative(beside).generic_string(), text.size()));
      digest.update(text);
      read_files = true;
      out.push_back({format::parse_json(text, file.string()), file.string()});
    }
  }
  return out;
}

// `read` over each item, errors placed at the item (an inline record's field after its place).
template <typename Record, typename Read>
std::vector<Record> records_of(const std::vector<read_item>& items, const std::string& list, Read&& read) {
  std::vector<Record> out;
  for (const auto& item : items) {
    try {
      out.push_back(read(item.doc));
    } catch (const input_error& e) {
      if (e.where().rfind(item.where, 0) == 0) throw;
      throw input_error(e.where().empty() ? item.where : item.where + "." + e.where(), e);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Record& a, const Record& b) { return std::tie(a.id, a.since) < std::tie(b.id, b.since); });
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i].id == out[i - 1].id && out[i].since == out[i - 1].since)
      throw input_error(list, message("error.listed_twice", fmt::format("{} ({})", out[i].id, out[i].since.to_string())));
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

}  // namespace

cases::record_lookup scenario_records::lookup() const {
  cases::record_lookup l;
  l.employer_versions = [this](const std::string& id) {
    std::vector<cases::employer_record> out;
    for (const auto& e : employers)
      if (e.id == id) out.push_back(e);
    return out;
  };
  l.agency_versions = [this](const std::string& id) {
    std::vector<cases::agency_record> out;
    for (const auto& a : agencies)
      if (a.id == id) out.push_back(a);
    return out;
  };
  l.in_scenario = true;
  return l;
}

scenario_records read_scenario_records(const json& h, const std::string& path, const std::string& region, const std::string& own_id) {
  scenario_records r;
  sha256 digest;
  bool read_files = false;
  const auto list = [&](const char* key, std::string_view tag) { return items_of(h, key, tag, path, digest, read_files); };
  r.employers = records_of<cases::employer_record>(list("employers", format::employer_file_tag), path + ": employers",
                                                   format::employer_record_from_json);
  r.agencies = records_of<cases::agency_record>(list("agencies", format::agency_file_tag), path + ": agencies",
                                                format::agency_record_from_json);
  r.households = records_of<cases::household_record>(list("households", format::household_file_tag), path + ": households",
                                                      format::household_record_from_json);
  if (read_files) r.digest = digest.hex();

  // a 基幹型 centre's partners are among the scenario's agencies on its day
  const cases::agency_book book(r.agencies);
  for (const auto& a : r.agencies)
    for (std::size_t i = 0; i < a.partners.size(); ++i)
      if (!book.in_force(a.partners[i], a.since))
        throw input_error(fmt::format("{}: agencies: {}: partners[{}]", path, a.id, i), message("error.partner_unknown", a.partners[i], a.since.to_string()));

  // the other cases, each started like the scenario's own
  std::vector<std::string> ids{own_id};
  if (h.contains("cases")) {
    if (!h["cases"].is_array()) throw input_error(fmt::format("{}: cases", path), message("error.records_list"));
    for (std::size_t i = 0; i < h["cases"].size(); ++i) {
      const std::string where = fmt::format("{}: cases[{}]", path, i + 1);
      const json& c = h["cases"][i];
      if (!c.is_object()) throw input_error(where, message("error.required"));
      for (auto it = c.begin(); it != c.end(); ++it)
        if (std::none_of(std::begin(k_case_fields), std::end(k_case_fields), [&](const char* k) { return it.key() == k; }))
          throw input_error(fmt::format("{}.{}", where, it.key()), message("error.unknown_field_here"));
      auto file = intake_file(c, where, region);
      if (const auto seen = std::find(ids.begin(), ids.end(), file.header.id); seen != ids.end())
        throw input_error(where + ".id", message("error.case_twice", file.header.id, seen - ids.begin()));
      ids.push_back(file.header.id);
      r.others.push_back(std::move(file));
    }
  }

  // a household names the scenario's cases
  for (const auto& hh : r.households)
    for (std::size_t i = 0; i < hh.members.size(); ++i) {
      const auto& id = hh.members[i].case_id;
      if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
        throw input_error(fmt::format("{}: households: {}: members[{}].case", path, hh.id, i),
                          message("error.scenario_case_unknown", id, joined(ids)));
    }
  return r;
}

}  // namespace hashigo::sim
