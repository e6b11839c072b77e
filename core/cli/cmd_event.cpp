#include "context.hpp"

#include <hashigo/error.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

void add_event_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("event", ctx.msg("help.event"));
  cmd->require_subcommand(1);
  auto* add = cmd->add_subcommand("add", ctx.msg("help.event.add"));
  struct options {
    std::string case_id;
    std::string file = "-";
  };
  auto o = std::make_shared<options>();
  add->add_option("case", o->case_id, ctx.msg("help.case.show.case"))->required();
  add->add_option("--file", o->file, ctx.msg("help.event.add.file"));
  add->callback([&ctx, o] {
    const std::string shown = o->file == "-" ? "<stdin>" : o->file;
    std::vector<cases::event> events;
    auto db = ctx.open_db();
    store::case_repository repo(db);
    std::vector<std::int64_t> seqs;
    try {
      const auto doc = ctx.read_json(o->file);
      if (doc.is_array()) {
        for (std::size_t i = 0; i < doc.size(); ++i) events.push_back(format::event_from_json(doc[i], fmt::format("[{}]", i)));
      } else {
        events.push_back(format::event_from_json(doc, ""));
      }
      for (auto& e : events)
        if (e.origin.empty()) e.origin = "event";
      seqs = repo.append(o->case_id, events);
    } catch (const input_error& e) {
      if (e.where() == "case") throw;
      rethrow_in_file(shown, std::current_exception());
    }
    for (std::size_t i = 0; i < seqs.size(); ++i)
      fmt::print("{} #{} {} {}\n", o->case_id, seqs[i], cases::type_name(events[i].body), events[i].on.to_string());
  });
}

}  // namespace hashigo::cli
