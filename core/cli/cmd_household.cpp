// `hashigo household new|change|list|show`: households that link cases (docs/households.md).
#include "context.hpp"

#include <hashigo/app/households.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace hashigo::cli {

namespace {

void add_store(CLI::App* cmd, context& ctx, const char* name, bool change) {
  auto* store_cmd = cmd->add_subcommand(name, ctx.msg(change ? "help.household.change" : "help.household.new"));
  auto file = std::make_shared<std::string>("-");
  store_cmd->add_option("--file", *file, ctx.msg("help.household.file"));
  store_cmd->callback([&ctx, file, change] {
    const std::string shown = *file == "-" ? "<stdin>" : *file;
    auto db = ctx.open_db();
    cases::household_record h;
    try {
      h = format::household_record_from_json(ctx.read_json(*file));
      app::record_household(db, h, change);
    } catch (const input_error&) {
      rethrow_in_file(shown, std::current_exception());
    }
    const auto with_case = std::count_if(h.members.begin(), h.members.end(), [](const auto& m) { return !m.case_id.empty(); });
    fmt::print("{}\n", ctx.msg("household.recorded", h.id, h.since.to_string(), h.members.size(), with_case));
  });
}

void add_list(CLI::App* cmd, context& ctx) {
  auto* list = cmd->add_subcommand("list", ctx.msg("help.household.list"));
  auto json_out = std::make_shared<bool>(false);
  list->add_flag("--json", *json_out, ctx.msg("help.meeting.json"));
  list->callback([&ctx, json_out] {
    auto db = ctx.open_db_for_reading();
    nlohmann::json all = nlohmann::json::array();
    for (const auto& h : app::stored_households(db)) {
      if (*json_out) {
        all.push_back(format::to_json(h));
        continue;
      }
      std::string ids;
      for (const auto& m : h.members)
        if (!m.case_id.empty()) ids += (ids.empty() ? "" : ", ") + m.case_id;
      fmt::print("{} {} {} ({})\n", h.since.to_string(), h.id, h.kind.empty() ? "-" : ctx.name("household_kind", h.kind), ids);
    }
    if (*json_out) fmt::print("{}\n", all.dump(2));
  });
}

// The household `id` on `as_of` (default: the last day any member's case records), its members'
// cases folded on that day.
void add_show(CLI::App* cmd, context& ctx) {
  auto* show = cmd->add_subcommand("show", ctx.msg("help.household.show"));
  struct options {
    std::string id, as_of;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  show->add_option("household", o->id, ctx.msg("help.household.show.id"))->required();
  show->add_option("--as-of", o->as_of, ctx.msg("help.household.as_of"));
  show->add_flag("--json", o->json, ctx.msg("help.meeting.json"));
  show->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    store::case_repository repo(db);
    std::vector<cases::household_record> versions;
    for (auto& h : app::stored_households(db))
      if (h.id == o->id) versions.push_back(std::move(h));
    if (versions.empty()) throw input_error("household", message("error.household_unknown", o->id));
    std::map<std::string, cases::member_case> members;
    auto member = [&](const std::string& id) -> const cases::member_case& {
      auto it = members.find(id);
      if (it == members.end()) it = members.emplace(id, cases::member_case{repo.header(id), repo.readable_events(id)}).first;
      return it->second;
    };
    date as_of = versions.back().since;
    if (!o->as_of.empty()) {
      as_of = date::parse_or_throw(o->as_of, "--as-of");
    } else {
      for (const auto& m : versions.back().members)
        if (!m.case_id.empty() && !member(m.case_id).events.empty()) as_of = std::max(as_of, member(m.case_id).events.back().on);
    }
    const cases::household_record* record = nullptr;
    for (const auto& v : versions)
      if (v.since <= as_of) record = &v;
    if (!record) throw input_error("--as-of", message("error.household_none_on", o->id, as_of.to_string(), versions.front().since.to_string()));
    // Seen from outside the household: no member is "self", and the finances shown are the newest.
    std::map<std::string, cases::case_state> folded;
    std::map<std::string, const cases::case_state*> others;
    for (const auto& m : record->members) {
      if (m.case_id.empty()) continue;
      const auto& c = member(m.case_id);
      if (c.events.empty() || as_of < c.events.front().on) continue;
      others.emplace(m.case_id, &folded.emplace(m.case_id, cases::fold(c.header, c.events, as_of)).first->second);
    }
    // Programme and rung names come from the first member case's pack.
    for (const auto& m : record->members)
      if (!m.case_id.empty()) {
        ctx.use_pack_of(member(m.case_id).header.region);
        break;
      }
    cases::case_state outside;
    outside.as_of = as_of;
    cases::link_household(outside, *record, others);
    const auto& link = *outside.household_link;
    if (o->json) {
      nlohmann::json j = {{"household", format::to_json(*record)}, {"as_of", as_of.to_string()}, {"members", nlohmann::json::array()}};
      for (const auto& m : link.members) {
        nlohmann::json mj = {{"relation", m.relation}, {"programs", m.programs}};
        if (!m.case_id.empty()) mj["case"] = m.case_id;
        if (m.age) mj["age"] = *m.age;
        if (m.status) {
          mj["status"] = std::string(to_string(*m.status));
          mj["position"] = to_string(*m.position);
          if (!m.closure_reason.empty()) mj["closure_reason"] = m.closure_reason;
        }
        j["members"].push_back(std::move(mj));
      }
      if (!link.finance_case.empty()) {
        const auto& f = outside.finance->values;
        j["finance"] = {{"case", link.finance_case}, {"on", outside.finance->on.to_string()}, {"income_yen", f.income_yen},
                        {"financial_assets_yen", f.financial_assets_yen}};
      }
      fmt::print("{}\n", j.dump(2));
      return;
    }
    fmt::print("{}\n", ctx.msg("household.header", record->id, record->kind.empty() ? "-" : ctx.name("household_kind", record->kind),
                               record->since.to_string()));
    for (const auto& m : link.members) {
      std::string where = m.case_id.empty() ? ctx.msg("household.no_case") : m.case_id;
      std::string state;
      if (!m.case_id.empty() && !m.status) state = ctx.msg("household.not_open");
      if (m.status) {
        state = fmt::format("{}  {}", ctx.name("status", std::string(to_string(*m.status))), ctx.name("stage", std::string(to_string(m.position->at))));
        if (!m.position->rung.empty()) state += "/" + ctx.name("rung", m.position->rung);
        if (!m.closure_reason.empty()) state += fmt::format(" ({})", ctx.name("closure", m.closure_reason));
        for (const auto& p : m.programs) state += "  " + ctx.name("program", p);
      }
      fmt::print("  {:<18} {:<16} {:>4}  {}\n", ctx.name("relation", m.relation), where, m.age ? std::to_string(*m.age) : "", state);
    }
    if (!link.finance_case.empty())
      fmt::print("{} ({}: {} {} / {} {})\n", ctx.msg("household.finance_from", link.finance_case), outside.finance->on.to_string(),
                 ctx.msg("field.income_yen"), outside.finance->values.income_yen, ctx.msg("field.financial_assets_yen"),
                 outside.finance->values.financial_assets_yen);
    if (!record->note.empty()) fmt::print("{}\n", record->note);
  });
}

}  // namespace

void add_household_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("household", ctx.msg("help.household"));
  cmd->require_subcommand(1);
  add_store(cmd, ctx, "new", false);
  add_store(cmd, ctx, "change", true);
  add_list(cmd, ctx);
  add_show(cmd, ctx);
}

}  // namespace hashigo::cli
