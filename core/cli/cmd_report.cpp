// `hashigo report monthly` and `report trend`: statistics from the store, as a support centre sends them.
#include "context.hpp"
#include "pack_names.hpp"
#include "progress.hpp"

#include <hashigo/app/agencies.hpp>
#include <hashigo/app/employers.hpp>
#include <hashigo/app/households.hpp>
#include <hashigo/report/monthly.hpp>
#include <hashigo/stats/monthly.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

// Every stored case, folded on each month's last day and counted, inside one read transaction so
// that the counts agree with each other whatever is written meanwhile. Each case is read once.
std::vector<stats::monthly_report> tally(context& ctx, const std::vector<stats::month>& months, const stats::population_table* people,
                                         bool show_progress) {
  auto db = ctx.open_db_for_reading();
  store::case_repository repo(db);
  std::vector<stats::month_tally> tallies(months.begin(), months.end());
  db.read_consistent([&] {
    const auto ids = db.case_ids();
    progress_bar bar(ids.size(), ctx.msg("report.unit"), show_progress);
    std::uint64_t done = 0;
    for (const auto& id : ids) {
      const auto header = repo.header(id);
      const auto events = repo.events(id);
      for (std::size_t i = 0; i < months.size(); ++i) {
        const auto& m = months[i];
        if (events.empty() || m.last_day < events.front().on) continue;  // opened after the month
        const auto state = repo.fold(id, m.last_day);
        tallies[i].add({&header, &events, &state});
      }
      ++done;
      bar.update(done, done);
    }
    bar.finish();
    const auto households = app::stored_households(db);
    for (auto& t : tallies) t.add_households(households);
    const auto employers = app::stored_employers(db);
    for (auto& t : tallies) t.add_employers(employers);
    const auto agencies = app::stored_agencies(db);
    for (auto& t : tallies) t.add_agencies(agencies);
  });
  std::vector<stats::monthly_report> out;
  for (const auto& t : tallies) out.push_back(t.finish(people));
  return out;
}

// The options the two reports share.
struct report_options {
  std::string format = "md";
  std::string population;
  std::string out;
  bool no_progress = false;
};

void add_shared_options(CLI::App* cmd, report_options& o, context& ctx) {
  cmd->add_option("--format", o.format, ctx.msg("help.report.format"))->check(CLI::IsMember({"md", "csv", "json", "html"}));
  cmd->add_option("--population", o.population, ctx.msg("help.report.population"));
  cmd->add_option("--out", o.out, ctx.msg("help.report.out"));
  cmd->add_flag("--no-progress", o.no_progress, ctx.msg("help.batch.no_progress"));
}

std::vector<stats::monthly_report> reports_of(context& ctx, const std::vector<stats::month>& months, const report_options& o) {
  std::optional<stats::population_table> people;
  if (!o.population.empty()) people = stats::parse_population(o.population, ctx.read_input(o.population));
  return tally(ctx, months, people ? &*people : nullptr, !o.no_progress && progress_bar::stderr_is_terminal());
}

}  // namespace

void add_report_commands(CLI::App& app, context& ctx) {
  auto* report_cmd = app.add_subcommand("report", ctx.msg("help.report"));
  report_cmd->require_subcommand(1);

  auto* monthly = report_cmd->add_subcommand("monthly", ctx.msg("help.report.monthly"));
  auto mo = std::make_shared<std::pair<std::string, report_options>>();
  monthly->add_option("--month", mo->first, ctx.msg("help.report.month"))->required();
  add_shared_options(monthly, mo->second, ctx);
  monthly->callback([&ctx, mo] {
    const auto& o = mo->second;
    const auto r = reports_of(ctx, {stats::parse_month(mo->first, "--month")}, o).front();
    const auto names = names_of_every_region(ctx);
    if (o.format == "json") ctx.emit(o.out, report::monthly_json(r, names).dump(2) + "\n");
    else if (o.format == "csv") ctx.emit(o.out, report::monthly_csv(r, names, ctx.language()));
    else if (o.format == "html") ctx.emit(o.out, report::monthly_html(r, names, ctx.language()));
    else ctx.emit(o.out, report::monthly_markdown(r, names, ctx.language()));
  });

  auto* trend = report_cmd->add_subcommand("trend", ctx.msg("help.report.trend"));
  struct trend_options {
    std::string from, to;
    report_options shared;
  };
  auto to = std::make_shared<trend_options>();
  trend->add_option("--from", to->from, ctx.msg("help.report.from"))->required();
  trend->add_option("--to", to->to, ctx.msg("help.report.to"))->required();
  add_shared_options(trend, to->shared, ctx);
  trend->callback([&ctx, to] {
    const auto& o = to->shared;
    const auto first = stats::parse_month(to->from, "--from");
    const auto last = stats::parse_month(to->to, "--to");
    const auto months = stats::months_between(first, last, "--to");
    const auto rs = reports_of(ctx, months, o);
    const auto names = names_of_every_region(ctx);
    if (o.format == "json") ctx.emit(o.out, report::trend_json(rs, names).dump(2) + "\n");
    else if (o.format == "csv") ctx.emit(o.out, report::trend_csv(rs, names, ctx.language()));
    else if (o.format == "html") ctx.emit(o.out, report::trend_html(rs, names, ctx.language()));
    else ctx.emit(o.out, report::trend_markdown(rs, ctx.language()));
  });
}

}  // namespace hashigo::cli
