#include <hashigo/app/receipts.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sha256.hpp>

#include <algorithm>

namespace hashigo::app {

std::string events_digest(const std::vector<cases::event>& events, date as_of) {
  std::vector<const cases::event*> fed;
  for (const auto& e : events)
    if (!(as_of < e.on)) fed.push_back(&e);
  // Fold order, whatever order the caller keeps: the same events always give the same digest.
  std::stable_sort(fed.begin(), fed.end(), [](const cases::event* a, const cases::event* b) {
    return a->on < b->on || (a->on == b->on && a->seq < b->seq);
  });
  sha256 h;
  for (const auto* e : fed) {
    h.update(format::to_json(*e).dump());
    h.update("\n");
  }
  return h.hex();
}

std::string_view to_string(verdict v) noexcept {
  switch (v) {
    case verdict::identical: return "identical";
    case verdict::different: return "different";
    case verdict::pack_changed: return "pack_changed";
    case verdict::events_changed: return "events_changed";
    case verdict::unverifiable: return "unverifiable";
  }
  return "unverifiable";
}

verification verify(engine::engine& eng, const cases::case_header& header, const std::vector<cases::event>& events,
                    const recorded_decision& receipt) {
  verification out;
  if (receipt.events_digest.empty()) {
    out.result = verdict::unverifiable;
    return out;
  }
  const date as_of = date::parse_or_throw(receipt.as_of, "as_of");
  const auto recorded = nlohmann::json::parse(receipt.outcome_json);
  const std::string region = recorded.value("region", header.region);
  const std::string pack_now = eng.pack(region).digest;
  if (pack_now != receipt.pack_digest) {
    out = {verdict::pack_changed, receipt.pack_digest, pack_now};
    return out;
  }
  if (const auto digest = events_digest(events, as_of); digest != receipt.events_digest) {
    out = {verdict::events_changed, receipt.events_digest, digest};
    return out;
  }
  auto sorted = events;
  cases::sort_events(sorted);
  const auto again = engine::to_json(eng.evaluate(cases::fold(header, sorted, as_of), region,
                                                  {.explain = recorded.contains("trace")}));
  if (again.dump() == receipt.outcome_json) return out;
  out.result = verdict::different;
  const auto patch = nlohmann::json::diff(recorded, again);
  out.now = patch.empty() ? std::string() : patch.front().value("path", "");
  return out;
}

}  // namespace hashigo::app
