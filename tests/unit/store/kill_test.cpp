// The kill test: a writer process is SIGKILLed at arbitrary moments while appending batches of
// events; after every kill the file must be intact, hold every batch the writer saw committed,
// and hold no partial batch.
#include <doctest/doctest.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <hashigo/store/database.hpp>

#include "unit/store/temp_dir.hpp"

namespace {

using hashigo::store::database;
using hashigo::store::new_event;
using hashigo::store::test::temp_dir;

constexpr int rounds = 25;
constexpr int case_count = 3;
constexpr int max_batches_per_child = 1'000'000;  // a bound, so a child the kill missed still ends

/// Identifies a batch: the round (child) that wrote it and its number within that round.
using batch_key = std::pair<int, int>;

int batch_size(int batch) { return 1 + batch % 4; }
std::string case_for(int batch) { return "case-" + std::to_string(batch % case_count); }

std::string payload(int round, int batch, int index) {
  return R"({"type":"contact","round":)" + std::to_string(round) + R"(,"batch":)" +
         std::to_string(batch) + R"(,"index":)" + std::to_string(index) + R"(,"of":)" +
         std::to_string(batch_size(batch)) + R"(,"note":"written by the kill test"})";
}

// Deterministic waits of 1..30 ms, different every round, the same on every run.
class wait_sequence {
 public:
  int next_ms() {
    state_ = state_ * 1103515245u + 12345u;
    return 1 + static_cast<int>((state_ >> 16) % 30u);
  }

 private:
  std::uint32_t state_ = 20240601u;
};

// Runs in the forked child: append batches until killed. Each line sent up the pipe is
// "<batch> <seq>..." for a batch whose transaction has committed. Never returns: the child
// must not unwind into doctest, which would run the rest of the suite a second time.
[[noreturn]] void run_writer(const std::string& path, int round, int fd) {
  try {
    database db = database::open(path, false);
    for (int batch = 0; batch < max_batches_per_child; ++batch) {
      std::vector<new_event> events;
      for (int index = 0; index < batch_size(batch); ++index) {
        events.push_back({"contact", "2024-05-01", payload(round, batch, index)});
      }
      const std::vector<std::int64_t> seqs = db.append_events(case_for(batch), events);
      std::string line = std::to_string(batch);
      for (const std::int64_t seq : seqs) {
        line += ' ';
        line += std::to_string(seq);
      }
      line += '\n';
      // One write of less than PIPE_BUF bytes is atomic: the parent sees whole lines only.
      if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
        _exit(3);
      }
    }
    _exit(0);
  } catch (...) {
    _exit(2);
  }
}

// Reads whatever is in the pipe now (non-blocking use after poll said it is readable).
bool read_available(int fd, std::string& into) {
  char buffer[4096];
  const ssize_t n = read(fd, buffer, sizeof buffer);
  if (n > 0) {
    into.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
  return false;  // EOF (or an error, which ends the read the same way)
}

// Starts a writer, lets it run for `wait_ms`, SIGKILLs it, and returns what it reported.
std::string kill_writer_after(const std::string& path, int round, int wait_ms) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    run_writer(path, round, fds[1]);
  }
  close(fds[1]);

  // Drain while waiting, so a full pipe never throttles the writer. The wait starts once the
  // writer has committed its first batch: on a loaded machine (or under the sanitizers) opening
  // the file alone can take longer than the wait, and a round with no commit tests nothing.
  std::string reported;
  const auto first_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (reported.find('\n') == std::string::npos && std::chrono::steady_clock::now() < first_deadline) {
    pollfd readable{fds[0], POLLIN, 0};
    if (poll(&readable, 1, 100) > 0 && !read_available(fds[0], reported)) break;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  for (;;) {
    const auto left =
        std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      break;
    }
    pollfd readable{fds[0], POLLIN, 0};
    if (poll(&readable, 1, static_cast<int>(left.count())) > 0 &&
        !read_available(fds[0], reported)) {
      break;  // the writer is gone already; the status check below says why
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  while (read_available(fds[0], reported)) {
  }
  close(fds[0]);
  CHECK_MESSAGE(WIFSIGNALED(status), "the writer exited by itself with status ",
                WEXITSTATUS(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  return reported;
}

// Parses the writer's lines into batch -> seqs for this round.
void record_reports(const std::string& text, int round,
                    std::map<batch_key, std::vector<std::int64_t>>& reported) {
  REQUIRE_MESSAGE((text.empty() || text.back() == '\n'), "a partial line came through the pipe");
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    int batch = -1;
    fields >> batch;
    std::vector<std::int64_t> seqs;
    std::int64_t seq = 0;
    while (fields >> seq) {
      seqs.push_back(seq);
    }
    REQUIRE(batch >= 0);
    REQUIRE(static_cast<int>(seqs.size()) == batch_size(batch));
    reported[{round, batch}] = std::move(seqs);
  }
}

struct stored_event {
  std::int64_t seq;
  std::string case_id;
  std::string payload;
  int index;
};

// Everything the parent checks after a kill, on the file as the killed writer left it.
void verify(const std::string& path, int rounds_done,
            const std::map<batch_key, std::vector<std::int64_t>>& reported) {
  const database db = database::open(path, false);  // recovers the WAL the writer left behind
  REQUIRE(db.integrity_check() == "ok");

  // Read through a raw connection: the test needs the JSON fields, and the store has no query
  // for "all events"; SQLite's own JSON functions do the parsing.
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  SQLite::Statement query(raw,
                          "SELECT seq, case_id, payload,"
                          " json_valid(payload) AND json_type(payload) = 'object',"
                          " json_extract(payload, '$.round'), json_extract(payload, '$.batch'),"
                          " json_extract(payload, '$.index') FROM events ORDER BY seq");
  std::map<batch_key, std::vector<stored_event>> batches;
  std::int64_t last_seq = 0;
  batch_key last_key{-1, -1};
  std::size_t total = 0;
  while (query.executeStep()) {
    const std::int64_t seq = query.getColumn(0).getInt64();
    REQUIRE_MESSAGE(query.getColumn(3).getInt() == 1, "seq ", seq, " is not a JSON object");
    const batch_key key{query.getColumn(4).getInt(), query.getColumn(5).getInt()};
    REQUIRE(seq > last_seq);
    REQUIRE_MESSAGE(key >= last_key, "batch ", key.first, "/", key.second, " after a later batch");
    last_seq = seq;
    last_key = key;
    batches[key].push_back({seq, query.getColumn(1).getString(), query.getColumn(2).getString(),
                            query.getColumn(6).getInt()});
    ++total;
  }

  // All-or-nothing: every batch is whole, in order, in consecutive seqs, with the exact payloads.
  for (const auto& [key, events] : batches) {
    const int writer_round = key.first;  // named, not structured-bound: CAPTURE's lambda needs that
    const int batch = key.second;
    CAPTURE(writer_round);
    CAPTURE(batch);
    REQUIRE(static_cast<int>(events.size()) == batch_size(batch));
    for (std::size_t i = 0; i < events.size(); ++i) {
      REQUIRE(events[i].index == static_cast<int>(i));
      REQUIRE(events[i].seq == events[0].seq + static_cast<std::int64_t>(i));
      REQUIRE(events[i].case_id == case_for(batch));
      REQUIRE(events[i].payload == payload(writer_round, batch, static_cast<int>(i)));
    }
  }

  // Durable: every batch a writer saw committed is there, with the seqs it was given.
  for (const auto& [key, seqs] : reported) {
    const int writer_round = key.first;
    const int batch = key.second;
    CAPTURE(writer_round);
    CAPTURE(batch);
    const auto found = batches.find(key);
    REQUIRE_MESSAGE(found != batches.end(), "a committed batch is missing");
    for (std::size_t i = 0; i < seqs.size(); ++i) {
      REQUIRE(found->second[i].seq == seqs[i]);
    }
  }

  // Per round, the stored batches are 0..k-1 and at most the last one went unreported (killed
  // between its commit and its write to the pipe).
  for (int writer_round = 0; writer_round < rounds_done; ++writer_round) {
    CAPTURE(writer_round);
    int stored = 0;
    while (batches.count({writer_round, stored}) != 0) {
      ++stored;
    }
    int said = 0;
    while (reported.count({writer_round, said}) != 0) {
      ++said;
    }
    const auto next = batches.lower_bound({writer_round + 1, 0});
    const auto first = batches.lower_bound({writer_round, 0});
    REQUIRE(std::distance(first, next) == stored);  // no gaps
    REQUIRE(stored >= said);
    REQUIRE(stored <= said + 1);
  }

  // Every case reads back (what a fold would consume): its own events, in seq order, all objects.
  std::size_t through_api = 0;
  for (int c = 0; c < case_count; ++c) {
    const std::string id = case_for(c);
    std::int64_t previous = 0;
    for (const auto& event : db.events(id)) {
      REQUIRE(event.case_id == id);
      REQUIRE(event.seq > previous);
      REQUIRE(event.payload_json.front() == '{');
      previous = event.seq;
      ++through_api;
    }
  }
  REQUIRE(through_api == total);
}

}  // namespace

TEST_CASE("killing a writer at random moments never loses a commit or leaves half a batch") {
  const temp_dir dir;
  const std::string path = dir.file("hashigo.db");
  {
    database db = database::open(path, true);
    for (int c = 0; c < case_count; ++c) {
      db.create_case({case_for(c), "national", "{}", "{}"});
    }
  }

  wait_sequence waits;
  std::map<batch_key, std::vector<std::int64_t>> reported;
  int rounds_with_wal_left = 0;
  for (int round = 0; round < rounds; ++round) {
    CAPTURE(round);
    const std::string text = kill_writer_after(path, round, waits.next_ms());
    record_reports(text, round, reported);
    // A clean close deletes the -wal file; a killed writer leaves it for the next open to recover.
    if (std::filesystem::exists(path + "-wal")) {
      ++rounds_with_wal_left;
    }
    verify(path, round + 1, reported);
  }
  // The test is only worth something if writers committed before dying and left a WAL behind.
  CHECK(reported.size() > static_cast<std::size_t>(rounds));
  CHECK(rounds_with_wal_left > rounds / 2);
}
