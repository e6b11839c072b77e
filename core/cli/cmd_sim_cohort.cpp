// `hashigo sim cohort` (many people from a spec, month by month, counts kept) and `sim merge`
// (the shards of one run joined into the result one process would have written).
#include "errors.hpp"
#include "pack_names.hpp"
#include "progress.hpp"
#include "sim_shared.hpp"

#include <hashigo/report/cohort.hpp>
#include <hashigo/sim/cohort.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <tuple>

namespace hashigo::cli {

namespace {

struct output_options {
  std::string format = "text";
  std::string out;
};

void add_output_options(CLI::App* cmd, output_options& o, context& ctx) {
  cmd->add_option("--format", o.format, ctx.msg("help.cohort.format"))->check(CLI::IsMember({"text", "json", "csv", "html"}));
  cmd->add_option("--out", o.out, ctx.msg("help.report.out"));
}

// Writes the run in the format asked for, naming codes by its regions' packs.
void emit(context& ctx, const output_options& o, const nlohmann::json& doc) {
  const report::code_namer names = names_over(ctx, doc["regions"].get<std::vector<std::string>>());
  std::string text;
  if (o.format == "json")
    text = doc.dump() + "\n";
  else if (o.format == "csv")
    text = report::cohort_csv(doc, names, ctx.language());
  else if (o.format == "html")
    text = report::cohort_html(doc, names, ctx.language());
  else
    text = report::cohort_text(doc, names, ctx.language());
  ctx.emit(o.out, text);
  for (const auto& r : doc["regions"])
    if (doc["summary"][r.get<std::string>()].value("errors", 0) > 0) {
      const auto& s = doc["summary"][r.get<std::string>()];
      fmt::print(stderr, "{}\n", ctx.msg("cohort.errors", r.get<std::string>(), s["errors"].get<std::int64_t>(), s.value("first_error", std::string())));
      ctx.exit_status = 1;
    }
}

// "2/4" → {2, 4}; a usage error otherwise.
std::pair<int, int> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  try {
    if (slash != std::string::npos) {
      std::size_t a = 0, b = 0;
      const int k = std::stoi(text.substr(0, slash), &a), n = std::stoi(text.substr(slash + 1), &b);
      if (a == slash && b == text.size() - slash - 1 && k >= 1 && n >= 1 && k <= n) return {k, n};
    }
  } catch (const std::exception&) {
  }
  throw usage_error(message("error.bad_shard", text));
}

}  // namespace

void add_sim_cohort_commands(CLI::App& sim_cmd, context& ctx) {
  auto* cohort = sim_cmd.add_subcommand("cohort", ctx.msg("help.sim.cohort"));
  struct options {
    std::string spec;
    std::string region;
    std::string vs;
    int replicates = 10;
    std::uint64_t seed = 1;
    unsigned jobs = 1;
    std::string shard;
    std::int64_t people = 0;
    int months = 0;
    bool no_progress = false;
    bool timing = false;
    output_options out;
  };
  auto o = std::make_shared<options>();
  cohort->add_option("spec", o->spec, ctx.msg("help.cohort.spec"))->required();
  cohort->add_option("--region", o->region, ctx.msg("help.cohort.region"));
  cohort->add_option("--vs", o->vs, ctx.msg("help.cohort.vs"));
  cohort->add_option("--replicates", o->replicates, ctx.msg("help.cohort.replicates"))->check(CLI::Range(1, 10000));
  cohort->add_option("--seed", o->seed, ctx.msg("help.sim.seed"));
  cohort->add_option("-j,--jobs", o->jobs, ctx.msg("help.cohort.jobs"))->check(CLI::Range(1u, 256u));
  cohort->add_option("--shard", o->shard, ctx.msg("help.cohort.shard"));
  cohort->add_option("--people", o->people, ctx.msg("help.cohort.people"))->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000'000}));
  cohort->add_option("--months", o->months, ctx.msg("help.cohort.months"))->check(CLI::Range(1, 600));
  cohort->add_flag("--no-progress", o->no_progress, ctx.msg("help.batch.no_progress"));
  cohort->add_flag("--timing", o->timing, ctx.msg("help.cohort.timing"));
  add_output_options(cohort, o->out, ctx);
  cohort->callback([&ctx, o] {
    sim::cohort_options co;
    if (!o->shard.empty()) std::tie(co.shard, co.shards) = parse_shard(o->shard);
    if (co.shards > o->replicates) throw usage_error(message("error.shard_replicates", o->shard, o->replicates));
    const auto spec = sim::load_cohort_spec(o->spec, ctx.read_input(o->spec));
    co.regions = {o->region.empty() ? spec.regions.front() : o->region};
    if (!o->vs.empty()) {
      if (o->vs == co.regions.front()) throw usage_error(message("error.vs_same_region", o->vs));
      co.regions.push_back(o->vs);
    }
    co.replicates = o->replicates;
    co.seed = o->seed;
    co.jobs = o->jobs;
    co.people = o->people;
    co.months = o->months;
    co.make_engine = [&ctx] { return ctx.make_engine(); };
    // the bar starts with the run, so its first rate is not measured over no time at all
    std::uint64_t replicates = 0;
    for (int r = 1; r <= co.replicates; ++r) replicates += (r - 1) % co.shards + 1 == co.shard ? 1 : 0;
    const std::uint64_t total = replicates * static_cast<std::uint64_t>(co.people > 0 ? co.people : spec.people) *
                                static_cast<std::uint64_t>(co.months > 0 ? co.months : spec.months) * co.regions.size();
    progress_bar bar(total, ctx.msg("cohort.unit"), !o->no_progress && progress_bar::stderr_is_terminal());
    std::mutex drawing;
    std::uint64_t most = 0;  // workers report out of order: the bar only moves forward
    co.progress = [&](std::uint64_t done, std::uint64_t) {
      const std::lock_guard<std::mutex> g(drawing);
      most = std::max(most, done);
      bar.update(most, most);
    };
    const auto run = sim::run_cohort(spec, co);
    bar.finish();
    if (o->timing) {
      const auto& c = run.cost;
      const double beyond = c.evaluate_seconds > 0 ? 100.0 * (c.worker_seconds - c.evaluate_seconds) / c.evaluate_seconds : 0.0;
      const double rate = c.seconds > 0 ? static_cast<double>(c.case_months) / c.seconds : 0.0;
      fmt::print(stderr, "{}\n", ctx.msg("cohort.cost", c.case_months, fmt::format("{:.2f}", c.seconds), fmt::format("{:.0f}", rate),
                                         fmt::format("{:.2f}", c.worker_seconds), fmt::format("{:.2f}", c.evaluate_seconds),
                                         fmt::format("{:.0f}", beyond)));
    }
    emit(ctx, o->out, sim::cohort_json(run));
  });

  auto* merge = sim_cmd.add_subcommand("merge", ctx.msg("help.sim.merge"));
  auto m = std::make_shared<std::pair<std::vector<std::string>, output_options>>();
  merge->add_option("files", m->first, ctx.msg("help.cohort.files"))->required();
  add_output_options(merge, m->second, ctx);
  merge->callback([&ctx, m] {
    std::vector<std::pair<std::string, nlohmann::json>> shards;
    for (const auto& path : m->first) shards.emplace_back(path, ctx.read_json(path));
    emit(ctx, m->second, sim::merge_cohorts(shards));
  });
}

}  // namespace hashigo::cli
