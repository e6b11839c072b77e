#include <hashigo/app/journey.hpp>
#include <hashigo/app/receipts.hpp>
#include <hashigo/store/case_repository.hpp>

namespace hashigo::app {

store::receipt_row make_receipt(const std::string& case_id, const std::vector<cases::event>& events,
                                const engine::decision& d, std::int64_t events_through) {
  store::receipt_row r{0, case_id, d.as_of, "evaluation", engine::to_json(d).dump(), d.pack_digest, d.inputs_digest};
  r.events_through = events_through;
  r.events_digest = events_digest(events, date::parse_or_throw(d.as_of, "as_of"));
  return r;
}

void run_journey(engine::engine& eng, const cases::case_header& header, std::vector<cases::event>& events,
                 const journey_request& req, store::database* store, const journey_hook& on_day) {
  const std::string region = req.region.empty() ? header.region : req.region;
  std::optional<store::case_repository> repo;
  if (store) repo.emplace(*store);
  // The last event the decisions are computed from: a commit is refused when another writer
  // added one since, and moves it on when it stores a step itself.
  std::int64_t seen_last_seq = store::last_seq(events);
  std::int64_t receipt_id = 0;
  sim::commit_hook store_step;
  if (store && req.carry_steps)  // the step event and its receipt land in one transaction
    store_step = [&](const engine::decision& d, const cases::event& change) {
      auto stored = repo->commit_step(header.id, change, make_receipt(header.id, events, d, seen_last_seq), seen_last_seq);
      seen_last_seq = stored.first;
      receipt_id = stored.second;
    };
  auto report = [&](const sim::journey_step& step) {
    if (store && !step.committed) receipt_id = store->add_receipt(make_receipt(header.id, events, step.decision, seen_last_seq));
    if (on_day) on_day(step, store ? receipt_id : 0);
    receipt_id = 0;
  };
  (void)sim::run(eng, header, events, region, req.days, req.carry_steps, req.options, store_step, report);
}

}  // namespace hashigo::app
