#include <hashigo/app/agenda.hpp>
#include <hashigo/app/evaluate.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/store/case_repository.hpp>

namespace hashigo::app {

report::agenda meeting_agenda(engine::engine& eng, const store::database& db, date on, const std::string& region,
                              const std::function<void(std::size_t, std::size_t)>& progress) {
  if (!region.empty()) eng.require_region(region, "--region");
  report::agenda out;
  out.on = on;
  out.region = region;
  // The repository only reads here; it takes the handle as a writer would.
  store::case_repository repo(const_cast<store::database&>(db));
  db.read_consistent([&] {
    const auto ids = db.case_ids();
    std::size_t done = 0;
    for (const auto& id : ids) {
      if (progress && done) progress(done, ids.size());
      ++done;
      try {
        auto file = repo.file(id);
        if (!region.empty() && file.header.region != region) continue;
        cases::sort_events(file.events);
        if (file.events.empty() || on < file.events.front().on) continue;  // not open yet on the day
        ++out.cases_read;
        const auto result = evaluate_case(eng, file, evaluate_request{on});
        const auto& d = result.decision;
        if (d.error) {
          const std::string text = d.error->code + " " + d.error->where + ": " + d.error->message;
          out.skipped.push_back({id, {text, text}});
          continue;
        }
        report::agenda_case c;
        for (const auto& a : d.alerts) {
          if (a.meeting.empty()) continue;
          const bool overdue = !a.due.empty() && a.due < on.to_string();
          c.items.push_back({a.meeting, a.code, a.why.rule_id, a.severity, a.due, overdue, a.why.text});
        }
        if (c.items.empty()) continue;
        const auto state = cases::fold(file.header, file.events, on);
        c.id = id;
        c.region = file.header.region;
        c.status = std::string(cases::to_string(state.status));
        c.position = state.position;
        if (!state.meetings.empty()) c.last_meeting = state.meetings.back();
        out.cases.push_back(std::move(c));
      } catch (const input_error& e) {
        out.skipped.push_back({id, {e.placed_message().render("ja"), e.placed_message().render("en")}});
      } catch (const storage_error& e) {
        if (e.code() != "E_UNREADABLE_CASE") throw;
        out.skipped.push_back({id, {e.text("ja"), e.text("en")}});
      }
    }
    if (progress) progress(done, ids.size());
  });
  return out;
}

}  // namespace hashigo::app
