#include "context.hpp"

#include <hashigo/engine/case_view.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/schema.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>

namespace hashigo::cli {
namespace {

std::string render(const format::schema::document& doc, const std::string& form) {
  if (form == "lua") return format::schema::to_luals(doc);
  if (form == "markdown") return format::schema::to_markdown(doc);
  return format::schema::to_json_schema(doc).dump(2) + "\n";
}

// Rewrites the generated block of `file` (between its BEGIN/END generated lines) in place; the
// file is replaced only once the new text is whole.
void update_block(context& ctx, const std::string& file, std::string_view tag, const std::string& block) {
  const std::string updated = format::schema::splice(ctx.read_input(file), file, tag, block);
  const std::string temp = file + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << updated;
    if (!out.flush()) throw input_error(temp, message("error.cannot_write_file", std::strerror(errno)));
  }
  if (std::rename(temp.c_str(), file.c_str()) != 0) throw input_error(file, message("error.cannot_write_file", std::strerror(errno)));
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
  cmd->add_option("which", o->which, ctx.msg("help.schema.which"))->required()->check(CLI::IsMember({"case", "view"}));
  cmd->add_option("--format", o->form, ctx.msg("help.schema.format"))->check(CLI::IsMember({"json-schema", "lua", "markdown"}));
  cmd->add_option("--update", o->update, ctx.msg("help.schema.update"));
  cmd->callback([&ctx, o] {
    const auto& doc = o->which == "case" ? format::case_file_schema() : engine::case_view_schema();
    const std::string text = render(doc, o->form);
    if (o->update.empty()) {
      fmt::print("{}", text);
      return;
    }
    update_block(ctx, o->update, fmt::format("hashigo schema {} --format {}", o->which, o->form), text);
  });
}

}  // namespace hashigo::cli
