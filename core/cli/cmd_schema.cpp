#include "context.hpp"

#include <hashigo/engine/case_view.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/format/meeting_json.hpp>
#include <hashigo/format/schema.hpp>

#include <fmt/format.h>

#include <memory>

namespace hashigo::cli {
namespace {

std::string render(const format::schema::document& doc, const std::string& form) {
  if (form == "lua") return format::schema::to_luals(doc);
  if (form == "markdown") return format::schema::to_markdown(doc);
  return format::schema::to_json_schema(doc).dump(2) + "\n";
}

// Rewrites the generated block of `file` (between its BEGIN/END generated lines) in place.
void update_block(context& ctx, const std::string& file, std::string_view tag, const std::string& block) {
  ctx.write_output(file, format::schema::splice(ctx.read_input(file), file, tag, block));
}

}  // namespace

void add_schema_command(CLI::App& app, context& ctx) {
  auto* cmd = app.add_subcommand("schema", ctx.msg("help.schema"));
  struct options {
    std::string which;
    std::string form = "json-schema";
    std::string update;
  };
  auto o = std::make_shared<options>();
  cmd->add_option("which", o->which, ctx.msg("help.schema.which"))->required()->check(CLI::IsMember({"case", "view", "meeting", "household", "employer", "agency"}));
  cmd->add_option("--format", o->form, ctx.msg("help.schema.format"))->check(CLI::IsMember({"json-schema", "lua", "markdown"}));
  cmd->add_option("--update", o->update, ctx.msg("help.schema.update"));
  cmd->callback([&ctx, o] {
    const auto& doc = o->which == "case"      ? format::case_file_schema()
                      : o->which == "meeting"   ? format::meeting_file_schema()
                      : o->which == "household" ? format::household_file_schema()
                      : o->which == "employer"  ? format::employer_file_schema()
                      : o->which == "agency"    ? format::agency_file_schema()
                                                : engine::case_view_schema();
    const std::string text = render(doc, o->form);
    if (o->update.empty()) {
      fmt::print("{}", text);
      return;
    }
    update_block(ctx, o->update, fmt::format("hashigo schema {} --format {}", o->which, o->form), text);
  });
}

}  // namespace hashigo::cli
