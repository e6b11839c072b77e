#include <hashigo/app/cases.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

namespace hashigo::app {

nlohmann::json state_json(const cases::case_state& state) {
  nlohmann::json out = format::to_json(state);
  out["voided"] = nlohmann::json::array();
  for (const auto& v : state.voided)
    out["voided"].push_back({{"seq", v.seq}, {"type", v.type}, {"date", v.on.to_string()}, {"voided_by", v.voided_by},
                             {"voided_on", v.voided_on.to_string()}, {"reason", v.reason}});
  return out;
}

nlohmann::json receipt_json(const store::receipt_row& r) {
  return {{"id", r.id},
          {"case", r.case_id},
          {"as_of", r.as_of},
          {"kind", r.kind},
          {"pack_digest", r.pack_digest},
          {"inputs_digest", r.inputs_digest},
          {"events_through", r.events_through ? nlohmann::json(*r.events_through) : nlohmann::json(nullptr)},
          {"events_digest", r.events_digest.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.events_digest)},
          {"outcome", store::parse_stored_json(r.outcome_json, fmt::format("receipt #{}", r.id))}};
}

nlohmann::json history_json(store::database& db, const std::string& case_id) {
  store::case_repository repo(db);
  nlohmann::json out = format::to_json(repo.file(case_id));  // an unknown case is an error, not an empty history
  out["receipts"] = nlohmann::json::array();
  for (const auto& r : db.receipts(case_id)) {
    auto j = receipt_json(r);
    j.erase("case");  // the history is one case's
    out["receipts"].push_back(std::move(j));
  }
  return out;
}

}  // namespace hashigo::app
