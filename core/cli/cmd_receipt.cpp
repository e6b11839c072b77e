// hashigo receipt verify: make stored decisions again from the events they were made from, under
// the current pack, and say whether they come out the same.
#include "context.hpp"

#include <hashigo/app/agencies.hpp>
#include <hashigo/app/households.hpp>
#include <hashigo/app/receipts.hpp>
#include <hashigo/error.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <map>
#include <memory>

namespace hashigo::cli {

namespace {

struct verify_options {
  std::vector<std::int64_t> ids;
  std::string case_id;
  bool all = false;
  bool json = false;
};

}  // namespace

void add_receipt_commands(CLI::App& app, context& ctx) {
  auto* receipt = app.add_subcommand("receipt", ctx.msg("help.receipt"));
  receipt->require_subcommand(1);
  auto* cmd = receipt->add_subcommand("verify", ctx.msg("help.receipt.verify"));
  auto o = std::make_shared<verify_options>();
  cmd->add_option("id", o->ids, ctx.msg("help.receipt.verify.id"));
  cmd->add_option("--case", o->case_id, ctx.msg("help.receipt.verify.case"));
  cmd->add_flag("--all", o->all, ctx.msg("help.receipt.verify.all"));
  cmd->add_flag("--json", o->json, ctx.msg("help.receipt.verify.json"));
  cmd->callback([&ctx, o] {
    if (o->ids.empty() == (o->case_id.empty() && !o->all) || (!o->case_id.empty() && o->all))
      throw usage_error(message("error.receipt_which"));
    auto db = ctx.open_db_for_reading();
    store::case_repository repo(db);
    std::vector<store::receipt_row> rows;
    if (!o->case_id.empty()) {
      (void)repo.header(o->case_id);  // an unknown case is an error, not "nothing to verify"
      rows = db.receipts(o->case_id);
    } else {
      for (const auto id : o->all ? db.receipt_ids() : o->ids) {
        auto row = db.receipt(id);
        if (!row) throw input_error(fmt::format("#{}", id), message("error.no_receipt"));
        rows.push_back(std::move(*row));
      }
    }
    auto eng = ctx.make_engine();
    // The decision saw the case's household then; the re-evaluation sees it as stored now.
    app::link_store(eng, db);
    // One read of each case's events serves all its receipts.
    std::map<std::string, std::pair<cases::case_header, std::vector<cases::event>>> cases_read;
    std::map<std::string, int> counts;
    for (const auto& r : rows) {
      app::verification v;
      if (r.case_id.empty() || !r.events_through) {
        v.result = app::verdict::unverifiable;  // a case file's decision, or a receipt from before version 2
      } else {
        auto it = cases_read.find(r.case_id);
        if (it == cases_read.end())
          it = cases_read.emplace(r.case_id, std::pair{repo.header(r.case_id), repo.readable_events(r.case_id)}).first;
        std::vector<cases::event> fed;
        for (const auto& e : it->second.second)
          if (e.seq <= *r.events_through) fed.push_back(e);
        v = app::verify(eng, it->second.first, fed, {r.as_of, r.outcome_json, r.pack_digest, r.events_digest});
      }
      ++counts[std::string(app::to_string(v.result))];
      if (o->json) {
        nlohmann::json line = {{"receipt", r.id}, {"case", r.case_id}, {"as_of", r.as_of},
                               {"result", app::to_string(v.result)}, {"view_digest", r.inputs_digest},
                               {"events_digest", r.events_digest.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.events_digest)}};
        if (!v.recorded.empty()) line["recorded"] = v.recorded;
        if (!v.now.empty()) line["now"] = v.now;
        fmt::print("{}\n", line.dump());
        continue;
      }
      std::string detail;
      switch (v.result) {
        case app::verdict::different: detail = ctx.msg("receipt.first_difference", v.now); break;
        case app::verdict::pack_changed:
        case app::verdict::events_changed: detail = ctx.msg("receipt.digests", v.recorded.substr(0, 12), v.now.substr(0, 12)); break;
        default: break;
      }
      fmt::print("#{:<5} {}  {:<12} {}{}\n", r.id, r.as_of, r.case_id, ctx.msg(std::string("receipt.") + std::string(app::to_string(v.result))),
                 detail.empty() ? "" : "  " + detail);
    }
    const int identical = counts["identical"];
    const int total = static_cast<int>(rows.size());
    std::fflush(stdout);
    fmt::print(stderr, "{}\n", ctx.msg("receipt.summary", total, identical, total - identical));
    if (identical != total) ctx.exit_status = 1;  // like diff(1): ran, and found a difference
  });
}

}  // namespace hashigo::cli
