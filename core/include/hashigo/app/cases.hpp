#pragma once
/// @file Stored cases as every surface shows them: the folded state (`case show --json`,
/// `GET /v1/cases/{id}`), the history with receipts (`history --json`, `GET /v1/cases/{id}/history`)
/// and one receipt (`GET /v1/receipts/{id}`).
#include <hashigo/case/state.hpp>
#include <hashigo/store/database.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace hashigo::app {

/// The folded state, plus the corrections in force: which events the fold left out and why.
nlohmann::json state_json(const cases::case_state& state);

/// A stored receipt: ids, digests, the events it was decided from, and the decision as stored.
nlohmann::json receipt_json(const store::receipt_row& r);

/// The stored case as a case file, with `receipts`: every receipt of the case in id order.
/// Unknown case → input_error("case", …).
nlohmann::json history_json(store::database& db, const std::string& case_id);

}  // namespace hashigo::app
