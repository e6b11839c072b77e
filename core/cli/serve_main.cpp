// hashigo-serve: the HTTP JSON API (`hashigo serve` runs it). Prints where it listens on stdout,
// writes the access log as JSON Lines, and on SIGTERM or SIGINT stops accepting, answers the
// requests in flight and exits 0. Exit codes as hashigo's: 2 usage, 5 a database it cannot open.
#include "context.hpp"
#include "help.hpp"
#include "text.hpp"

#include <hashigo/error.hpp>
#include <hashigo/serve/server.hpp>

#include <fmt/format.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace {

struct serve_options {
  std::string listen = "127.0.0.1:8080";
  unsigned workers = std::max(1u, std::thread::hardware_concurrency());
  std::string token_file;
  std::size_t body_limit = std::size_t{8} << 20;
  int read_timeout = 10;
  int write_timeout = 10;
  std::string access_log = "-";
  std::string log_key_file;
  std::string openapi;
  double reload_budget = 60;
};

// The first line of a file, without surrounding whitespace; errors name the file.
std::string secret_from(const hashigo::cli::context& ctx, const std::string& path) {
  std::string text = ctx.read_input(path);
  const auto end = text.find_first_of("\r\n");
  if (end != std::string::npos) text.resize(end);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  if (text.empty()) throw hashigo::input_error(path, hashigo::message("error.serve_token_empty"));
  return text;
}

void serve(hashigo::cli::context& ctx, const serve_options& o) {
  using namespace hashigo;
  if (!o.openapi.empty()) {
    const auto doc = serve::openapi_document();
    fmt::print("{}", o.openapi == "json" ? doc.dump(2) + "\n" : serve::to_yaml(doc));
    return;
  }
  serve::server_options so;
  const auto colon = o.listen.rfind(':');
  if (colon == std::string::npos || colon == 0) throw usage_error(message("error.serve_listen"));
  so.host = o.listen.substr(0, colon);
  try {
    so.port = std::stoi(o.listen.substr(colon + 1));
  } catch (const std::exception&) {
    throw usage_error(message("error.serve_listen"));
  }
  if (so.port < 0 || so.port > 65535) throw usage_error(message("error.serve_listen"));
  so.db_path = ctx.db_path;
  so.engine.rules_root = ctx.rules_folder();
  so.workers = o.workers;
  if (!o.token_file.empty()) so.token = secret_from(ctx, o.token_file);
  if (!o.log_key_file.empty()) so.log_key = secret_from(ctx, o.log_key_file);
  so.body_limit = o.body_limit;
  so.read_timeout = std::chrono::seconds(o.read_timeout);
  so.write_timeout = std::chrono::seconds(o.write_timeout);
  so.json_limits = ctx.json_limits;
  so.reload_check_budget = std::chrono::milliseconds(static_cast<std::int64_t>(o.reload_budget * 1000));
  // The access log: one JSON object per line, whole lines even from several threads.
  auto log_mu = std::make_shared<std::mutex>();
  std::shared_ptr<std::ostream> log_file;
  if (o.access_log != "-" && o.access_log != "none") {
    log_file = std::make_shared<std::ofstream>(o.access_log, std::ios::app);
    if (!*log_file) throw input_error(o.access_log, message("error.batch_output"));
  }
  if (o.access_log != "none")
    so.access_log = [log_mu, log_file](const std::string& line) {
      std::lock_guard lock(*log_mu);
      std::ostream& out = log_file ? *log_file : std::cerr;
      out << line << '\n' << std::flush;
    };
  // Text for a reader, as `hashigo eval` prints it; a context per call, since names follow the pack.
  const std::string rules_root = ctx.rules_root;
  so.render_text = [rules_root](const engine::decision& d, const engine::pack_summary& pack, std::string_view audience,
                                std::string_view lang, bool explain) {
    cli::context local;
    local.rules_root = rules_root;
    local.lang = std::string(lang);
    local.names.use_pack(pack);
    return cli::decision_text(local, d, audience == "person" ? cli::audience::person : cli::audience::staff, explain);
  };

  // SIGTERM and SIGINT are taken by one thread that stops the server; every other thread
  // (the server's workers are made after this) has them blocked.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  serve::server srv(std::move(so));
  fmt::print("{}\n", ctx.msg("serve.listening", o.listen.substr(0, colon), srv.port(), std::max(1u, o.workers),
                             ctx.db_path.empty() ? ctx.msg("word.none") : ctx.db_path));
  std::fflush(stdout);
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    fmt::print(stderr, "{}\n", ctx.msg("serve.stopping"));
    srv.stop();
  });
  srv.run();
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);  // run() ended without a signal: wake the waiter
    stopper.join();
  }
  fmt::print(stderr, "{}\n", ctx.msg("serve.stopped"));
}

}  // namespace

int main(int argc, char** argv) {
  hashigo::cli::context ctx;
  ctx.db_path.clear();  // no --db: no store, and the store routes say so
  if (const std::string lang = hashigo::cli::lang_in_argv(argc, argv); lang == "ja" || lang == "en") ctx.lang = lang;
  (void)ctx.language();
  CLI::App app{ctx.msg("help.serve")};
  app.set_help_flag("-h,--help", ctx.msg("help.help"));
  app.set_version_flag("--version", "hashigo-serve " HASHIGO_VERSION, ctx.msg("help.version"));
  app.option_defaults()->always_capture_default();
  hashigo::cli::localize_help(app, ctx);
  hashigo::cli::add_global_options(app, ctx);
  auto o = std::make_shared<serve_options>();
  app.add_option("--listen", o->listen, ctx.msg("help.serve.listen"));
  app.add_option("--workers,-j", o->workers, ctx.msg("help.serve.workers"))->check(CLI::Range(1u, 256u));
  app.add_option("--token-file", o->token_file, ctx.msg("help.serve.token_file"));
  app.add_option("--body-limit", o->body_limit, ctx.msg("help.serve.body_limit"))->transform(CLI::AsSizeValue(false));
  app.add_option("--read-timeout", o->read_timeout, ctx.msg("help.serve.read_timeout"))->check(CLI::Range(1, 3600));
  app.add_option("--write-timeout", o->write_timeout, ctx.msg("help.serve.write_timeout"))->check(CLI::Range(1, 3600));
  app.add_option("--access-log", o->access_log, ctx.msg("help.serve.access_log"));
  app.add_option("--log-key-file", o->log_key_file, ctx.msg("help.serve.log_key_file"));
  app.add_option("--openapi", o->openapi, ctx.msg("help.serve.openapi"))->check(CLI::IsMember({"yaml", "json"}));
  app.add_option("--reload-budget", o->reload_budget, ctx.msg("help.serve.reload_budget"))->check(CLI::Range(0.0, 86400.0));
  hashigo::cli::localize_groups(app, ctx);
  app.callback([&ctx, o] { serve(ctx, *o); });
  return hashigo::cli::run(app, ctx, argc, argv);
}
