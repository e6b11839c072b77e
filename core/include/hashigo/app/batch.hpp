#pragma once
/// @file Batch evaluation: a stream of case files (JSON Lines) in, one decision per line out, in
/// input order, over a pool of worker threads with one engine each; memory stays flat in the
/// number of cases.
#include <hashigo/app/evaluate.hpp>
#include <hashigo/format/case_json.hpp>

#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>

namespace hashigo::app {

/// How batch output is written.
enum class batch_format {
  jsonl,  ///< one JSON object per line: the decision (to_json(evaluation)) or an error object
  csv,    ///< RFC 4180, UTF-8 with a byte-order mark, one header row (batch_csv_header)
};

/// What a batch run does.
struct batch_options {
  engine::engine_options engine;  ///< each worker makes its own engine from these
  date as_of;
  std::string region;  ///< empty: each case's own region
  bool replay = false;
  bool explain = false;
  bool lean = false;  ///< lean decisions (engine::json_detail::lean): outcomes and rule ids only
  unsigned jobs = 1;  ///< worker threads (1: evaluated on the calling thread)
  /// Take only lines whose 0-based index i has i % shard_count == shard_index.
  unsigned shard_index = 0;
  unsigned shard_count = 1;
  batch_format format = batch_format::jsonl;
  format::json_limits limits;  ///< per line; a longer line is an error for that line only
  std::string lang = "en";     ///< the language of CSV error messages (JSON carries both)
};

/// Counts so far (handed to the progress hook) and at the end.
struct batch_summary {
  std::uint64_t lines = 0;          ///< input lines taken (this shard's)
  std::uint64_t decided = 0;        ///< decisions with status ok
  std::uint64_t input_errors = 0;   ///< lines that are not a valid case file
  std::uint64_t rule_errors = 0;    ///< decisions with status error (a rule failed)
  std::uint64_t intake_only = 0;    ///< decided (ok) from the intake position: no recorded step, no replay
  std::uint64_t bytes_read = 0;     ///< input bytes consumed, every shard's lines included
  /// Lines that gave no decision.
  std::uint64_t failed() const noexcept { return input_errors + rule_errors; }
};

/// Called on the calling thread as output is written (about every 256 lines) and once at the end.
using batch_progress = std::function<void(const batch_summary&)>;

/// Evaluates every case line of `in` and writes one output line per input line, in input order.
/// A bad line becomes an error object naming its line number; the run goes on. Throws only for
/// what stops every line (an unknown region, a pack that does not load, an unwritable output).
batch_summary run_batch(std::istream& in, std::ostream& out, const batch_options& opts,
                        const batch_progress& progress = {});

/// The CSV header row (without the byte-order mark), ending in CRLF.
std::string batch_csv_header();

}  // namespace hashigo::app
