// `hashigo agency add|change|list|show`: the agencies of the network around cases (docs/agencies.md).
#include "context.hpp"

#include <hashigo/app/agencies.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/agency_json.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {

namespace {

void add_store(CLI::App* cmd, context& ctx, const char* name, bool change) {
  auto* store_cmd = cmd->add_subcommand(name, ctx.msg(change ? "help.agency.change" : "help.agency.add"));
  auto files = std::make_shared<std::vector<std::string>>();
  store_cmd->add_option("--file", *files, ctx.msg("help.agency.file"))->required();
  store_cmd->callback([&ctx, files, change] {
    auto db = ctx.open_db();
    // Every file is read before any is stored, and all are stored in one transaction: a 基幹型
    // centre and its partner centres land together or not at all.
    const auto records = read_record_files(ctx, *files, format::agency_record_from_json);
    for (std::size_t i = 0; i < records.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (records[j].id == records[i].id && records[j].since == records[i].since)
          throw input_error((*files)[i] + ": id", message("error.agency_version_twice", records[i].id, records[i].since.to_string()));
    app::record_agencies(db, records, change);
    for (const auto& a : records) fmt::print("{}\n", ctx.msg("agency.recorded", a.id, a.since.to_string(), ctx.name("agency_role", a.role)));
  });
}

// "2/30" or "2", and a mark when an agency holds more cases than it says it can.
std::string load(context& ctx, const cases::agency_record& a, std::size_t held) {
  if (!a.capacity) return ctx.msg("agency.held", held);
  const bool over = held > static_cast<std::size_t>(*a.capacity);
  return ctx.msg(over ? "agency.held_over" : "agency.held_of", held, *a.capacity);
}

std::string role_of(context& ctx, const cases::agency_record& a) {
  std::string role = ctx.name("agency_role", a.role);
  if (a.kikan) role += ctx.msg("agency.kikan_mark");
  return role;
}

nlohmann::json held_json(const std::vector<app::held_case>& held) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& h : held) out.push_back({{"case", h.case_id}, {"lead", h.lead}});
  return out;
}

void add_list(CLI::App* cmd, context& ctx) {
  auto* list = cmd->add_subcommand("list", ctx.msg("help.agency.list"));
  struct options {
    std::string as_of;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  list->add_option("--as-of", o->as_of, ctx.msg("help.agency.list.as_of"));
  list->add_flag("--json", o->json, ctx.msg("help.meeting.json"));
  list->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    std::optional<date> day;
    if (!o->as_of.empty()) day = date::parse_or_throw(o->as_of, "--as-of");
    if (o->json) {
      fmt::print("{}\n", app::agencies_json(db, day).dump(2));
      return;
    }
    const cases::agency_book book(app::stored_agencies(db));
    const auto held = day ? app::cases_held(db, *day) : std::map<std::string, std::vector<app::held_case>>{};
    for (const auto& a : book.records()) {
      // Without a day every version; with one, the version in force then.
      if (day && book.in_force(a.id, *day) != &a) continue;
      const auto h = held.find(a.id);
      fmt::print("{} {} {} {}{}\n", a.since.to_string(), a.id, role_of(ctx, a), a.name,
                 day ? " (" + load(ctx, a, h == held.end() ? 0 : h->second.size()) + ")" : std::string());
    }
  });
}

// The agency's version in force on a day: its role, the network around it, the cases it holds.
void add_show(CLI::App* cmd, context& ctx) {
  auto* show = cmd->add_subcommand("show", ctx.msg("help.agency.show"));
  struct options {
    std::string id, as_of;
    bool json = false;
  };
  auto o = std::make_shared<options>();
  show->add_option("agency", o->id, ctx.msg("help.agency.show.id"))->required();
  show->add_option("--as-of", o->as_of, ctx.msg("help.agency.as_of"));
  show->add_flag("--json", o->json, ctx.msg("help.meeting.json"));
  show->callback([&ctx, o] {
    auto db = ctx.open_db_for_reading();
    const cases::agency_book book(app::stored_agencies(db));
    const cases::agency_record* latest = nullptr;
    const cases::agency_record* first = nullptr;
    for (const auto& a : book.records())
      if (a.id == o->id) {
        if (!first) first = &a;
        latest = &a;
      }
    if (!latest) throw input_error("agency", message("error.agency_unknown", o->id));
    const date as_of = o->as_of.empty() ? latest->since : date::parse_or_throw(o->as_of, "--as-of");
    const auto* a = book.in_force(o->id, as_of);
    if (!a) throw input_error("--as-of", message("error.agency_not_yet", o->id, first->since.to_string(), as_of.to_string()));
    ctx.use_pack_of("national");  // the names of the referral targets
    const auto* sup = book.supervisor(a->id, as_of);
    const auto all_held = app::cases_held(db, as_of);
    const auto h = all_held.find(a->id);
    const std::vector<app::held_case> held = h == all_held.end() ? std::vector<app::held_case>{} : h->second;
    if (o->json) {
      nlohmann::json j = {{"agency", format::to_json(*a)}, {"as_of", as_of.to_string()}, {"cases_held", held_json(held)}};
      j["supervised_by"] = sup ? nlohmann::json(sup->id) : nlohmann::json(nullptr);
      fmt::print("{}\n", j.dump(2));
      return;
    }
    fmt::print("{}\n", ctx.msg("agency.header", a->name, a->id, a->since.to_string()));
    fmt::print("  {}: {}\n", ctx.msg("agency.role"), role_of(ctx, *a));
    if (!a->consortium.empty()) fmt::print("  {}: {}\n", ctx.msg("agency.consortium"), a->consortium);
    for (const auto& p : a->partners) {
      const auto* partner = book.in_force(p, as_of);
      fmt::print("  {}: {} {}\n", ctx.msg("agency.partner"), p, partner ? partner->name : ctx.msg("agency.not_on_record"));
    }
    if (sup) fmt::print("  {}: {} {}\n", ctx.msg("agency.supervised_by"), sup->id, sup->name);
    if (!a->serves.empty()) {
      std::string serves;
      for (const auto& t : a->serves) serves += (serves.empty() ? "" : ", ") + ctx.name("referral", t);
      fmt::print("  {}: {}\n", ctx.msg("agency.serves"), serves);
    }
    if (!a->areas.empty()) {
      std::string areas;
      for (const auto& m : a->areas) areas += (areas.empty() ? "" : ", ") + m;
      fmt::print("  {}: {}\n", ctx.msg("agency.areas"), areas);
    }
    fmt::print("  {}: {}\n", ctx.msg("agency.cases_on", as_of.to_string()), load(ctx, *a, held.size()));
    for (const auto& c : held) fmt::print("    {}{}\n", c.case_id, c.lead ? " " + ctx.msg("agency.lead_mark") : std::string());
  });
}

}  // namespace

void add_agency_commands(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("agency", ctx.msg("help.agency"));
  cmd->require_subcommand(1);
  add_store(cmd, ctx, "add", false);
  add_store(cmd, ctx, "change", true);
  add_list(cmd, ctx);
  add_show(cmd, ctx);
}

}  // namespace hashigo::cli
