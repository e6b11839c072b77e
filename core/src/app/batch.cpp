#include <hashigo/app/batch.hpp>
#include <hashigo/csv.hpp>
#include <hashigo/error.hpp>

#include "app/batch_output.hpp"
#include "app/line_reader.hpp"

#include <fmt/format.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace hashigo::app {

namespace {

// Lines travel between threads in chunks: one hand-over per line cost more than the queue saves.
constexpr std::size_t chunk_lines = 256;

struct input_line {
  std::uint64_t number = 0;  // 1-based
  std::string text;
  std::size_t length = 0;    // more than text.size() when the reader cut the line at the cap
};

struct chunk {
  std::vector<input_line> lines;
  std::string output;
  batch_summary counts;
  bool done = false;
};

cases::localized both(const error& e) { return {e.text("ja"), e.text("en")}; }

// parse_json places a syntax error at `line N:1:column` (line 1 of a one-line document); the
// input's own line and column read better: `line N:column`.
std::string input_place(const std::string& where, const std::string& source) {
  const std::string one_line = source + ":1:";
  if (where.rfind(one_line, 0) == 0) return source + ":" + where.substr(one_line.size());
  return where;
}

// The lean path serves every output that shows no reasons: --lean, and CSV (codes only).
bool lean_path(const batch_options& o) { return !o.explain && (o.lean || o.format == batch_format::csv); }

line_outcome evaluate_line(engine::engine& eng, const input_line& in, const batch_options& o, lean_evaluation& lean) {
  line_outcome out;
  out.line = in.number;
  const std::string source = fmt::format("line {}", in.number);
  try {
    if (in.length > o.limits.max_bytes)
      throw input_error(source, message("error.input_over_limit", in.length, o.limits.max_bytes));
    auto doc = format::parse_json(in.text, source, o.limits);
    if (doc.is_object())
      if (auto id = doc.find("id"); id != doc.end() && id->is_string()) out.case_id = id->get<std::string>();
    auto file = format::case_file_from_json(doc);
    evaluate_request req{o.as_of, o.region, o.replay, {.explain = o.explain, .lean = o.lean}};
    if (lean_path(o)) {
      evaluate_case_lean(eng, file, req, lean);
      out.lean = &lean;
    } else {
      out.result = evaluate_case(eng, file, req);
    }
  } catch (const input_error& e) {
    out.code = e.code();
    out.where = input_place(e.where(), source);
    out.message = {e.what_message().render("ja"), e.what_message().render("en")};
  } catch (const error& e) {  // a region's pack that does not load: this line's region only
    out.code = e.code();
    out.message = both(e);
  }
  return out;
}

void count(batch_summary& s, const line_outcome& o) {
  ++s.lines;
  if (!decided(o))
    ++s.input_errors;
  else if (!decided_ok(o))
    ++s.rule_errors;
  else
    ++s.decided;
  if (decided_ok(o) && (o.result ? intake_position_only(*o.result) : intake_position_only(*o.lean))) ++s.intake_only;
}

// `lean` holds the line's lean decision until it is written (reused line after line).
void process(engine::engine& eng, lean_evaluation& lean, chunk& c, const batch_options& o) {
  for (const auto& line : c.lines) {
    const auto outcome = evaluate_line(eng, line, o, lean);
    count(c.counts, outcome);
    if (o.format == batch_format::csv)
      append_csv(c.output, outcome, o.lang);
    else
      append_jsonl(c.output, outcome, o.lean ? engine::json_detail::lean : engine::json_detail::full);
  }
  c.lines = {};  // the input is not needed once answered
}

void add(batch_summary& total, const batch_summary& part) {
  total.lines += part.lines;
  total.decided += part.decided;
  total.input_errors += part.input_errors;
  total.rule_errors += part.rule_errors;
  total.intake_only += part.intake_only;
}

// Worker threads, each with its own engine, taking chunks in turn; results are picked up in
// submission order, so output keeps input order whatever finishes first.
class pool {
 public:
  explicit pool(const batch_options& o) : opts_(o) {
    try {
      for (unsigned i = 0; i < o.jobs; ++i) threads_.emplace_back([this] { work(); });
    } catch (...) {  // no thread to be had: the ones started must not outlive a pool never made
      stop();
      throw;
    }
  }
  pool(const pool&) = delete;
  pool& operator=(const pool&) = delete;
  ~pool() { stop(); }

  void submit(std::shared_ptr<chunk> c) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(c);
    }
    wake_workers_.notify_one();
  }

  // Blocks until `c` is answered; rethrows what stopped a worker.
  void wait(const chunk& c) {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return c.done || failure_; });
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void work() {
    std::optional<engine::engine> eng;
    lean_evaluation lean;
    for (;;) {
      std::shared_ptr<chunk> c;
      {
        std::unique_lock lock(mutex_);
        wake_workers_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        c = std::move(queue_.front());
        queue_.pop_front();
      }
      try {
        if (!eng) eng.emplace(opts_.engine);
        process(*eng, lean, *c, opts_);
        std::lock_guard lock(mutex_);
        c->done = true;
      } catch (...) {
        std::lock_guard lock(mutex_);
        if (!failure_) failure_ = std::current_exception();
      }
      done_.notify_all();
    }
  }

  void stop() noexcept {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_workers_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
  }

  const batch_options& opts_;
  std::mutex mutex_;
  std::condition_variable wake_workers_;
  std::condition_variable done_;
  std::deque<std::shared_ptr<chunk>> queue_;
  std::exception_ptr failure_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

batch_summary run_batch(std::istream& in, std::ostream& out, const batch_options& opts,
                        const batch_progress& progress) {
  if (opts.shard_count == 0 || opts.shard_index >= opts.shard_count)
    throw usage_error(message("error.batch_shard", opts.shard_index, opts.shard_count));
  if (opts.jobs == 0) throw usage_error(message("error.batch_jobs"));
  // What stops every line stops the run before the first: a region that is not there, a pack
  // that does not load.
  engine::engine first(opts.engine);
  if (!opts.region.empty()) {
    first.require_region(opts.region, "--region");
    (void)first.pack(opts.region);
  }
  if (opts.format == batch_format::csv) out << csv::bom << batch_csv_header();  // BOM: Excel reads UTF-8

  batch_summary total;
  line_reader reader(in, opts.limits.max_bytes);
  std::optional<pool> workers;
  if (opts.jobs > 1) workers.emplace(opts);
  std::deque<std::shared_ptr<chunk>> in_flight;  // submitted, in input order
  // Enough chunks in flight to keep every worker busy while the oldest is written; no more, so
  // memory does not grow with the input.
  const std::size_t max_in_flight = 2 * std::size_t{opts.jobs} + 1;
  std::uint64_t last_report = 0;

  auto write_oldest = [&] {
    auto c = std::move(in_flight.front());
    in_flight.pop_front();
    if (workers) workers->wait(*c);
    out << c->output;
    if (!out) throw input_error("output", message("error.batch_output"));
    add(total, c->counts);
    total.bytes_read = reader.bytes_read();
    if (progress && total.lines - last_report >= chunk_lines) {
      last_report = total.lines;
      progress(total);
    }
  };
  lean_evaluation lean;
  auto submit = [&](std::shared_ptr<chunk> c) {
    if (workers)
      workers->submit(c);
    else
      process(first, lean, *c, opts);
    in_flight.push_back(std::move(c));
    while (in_flight.size() >= (workers ? max_in_flight : 1)) write_oldest();
  };

  auto current = std::make_shared<chunk>();
  input_line line;
  for (std::uint64_t index = 0; reader.next(line.text, line.length); ++index) {
    if (index % opts.shard_count != opts.shard_index) continue;
    line.number = index + 1;
    current->lines.push_back(std::move(line));
    line = {};
    if (current->lines.size() == chunk_lines) {
      submit(std::move(current));
      current = std::make_shared<chunk>();
    }
  }
  if (!current->lines.empty()) submit(std::move(current));
  while (!in_flight.empty()) write_oldest();
  out.flush();
  total.bytes_read = reader.bytes_read();
  if (progress) progress(total);
  return total;
}

}  // namespace hashigo::app
