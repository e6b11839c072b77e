#include <doctest/doctest.h>

#include <hashigo/app/batch.hpp>
#include <hashigo/error.hpp>

#include "app/line_reader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace hashigo;

namespace {

// b-san.json on one line, with its id replaced.
std::string b_san_line(const std::string& id) {
  std::ifstream in(fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases" / "b-san.json");
  auto doc = nlohmann::json::parse(in);
  doc["id"] = id;
  return doc.dump();
}

app::batch_options options(unsigned jobs) {
  app::batch_options o;
  o.engine.rules_root = fs::path(HASHIGO_TEST_SOURCE_DIR) / "rules";
  o.as_of = date::parse_or_throw("2015-09-30", "as_of");
  o.jobs = jobs;
  o.lean = true;
  return o;
}

std::vector<nlohmann::json> lines_of(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace

TEST_CASE("the line reader caps a line, reports its true length and reads CRLF and a last line without newline") {
  std::istringstream in("short\r\n" + std::string(100, 'x') + "\n\nlast");
  app::line_reader r(in, 10);
  std::string line;
  std::size_t length = 0;
  REQUIRE(r.next(line, length));
  CHECK(line == "short");
  CHECK(length == 5);
  REQUIRE(r.next(line, length));
  CHECK(line == std::string(10, 'x'));
  CHECK(length == 100);
  REQUIRE(r.next(line, length));
  CHECK(line.empty());
  REQUIRE(r.next(line, length));
  CHECK(line == "last");
  CHECK_FALSE(r.next(line, length));
  CHECK(r.bytes_read() == 7 + 101 + 1 + 4);
}

TEST_CASE("a batch answers every line in input order, bad lines included, on one worker and on three") {
  std::string input;
  for (int i = 0; i < 600; ++i) input += (i == 300 ? std::string("{oops") : b_san_line("c" + std::to_string(i))) + "\n";
  std::string first;
  for (unsigned jobs : {1u, 3u}) {
    std::istringstream in(input);
    std::ostringstream out;
    int reports = 0;
    const auto s = app::run_batch(in, out, options(jobs), [&](const app::batch_summary&) { ++reports; });
    CHECK(s.lines == 600);
    CHECK(s.decided == 599);
    CHECK(s.input_errors == 1);
    CHECK(s.failed() == 1);
    CHECK(s.intake_only == 599);  // b-san's file records no step; the bad line is not counted
    CHECK(s.bytes_read == input.size());
    CHECK(reports >= 2);  // along the way and at the end
    const auto lines = lines_of(out.str());
    REQUIRE(lines.size() == 600);
    for (std::size_t i = 0; i < lines.size(); ++i) CHECK(lines[i]["line"] == i + 1);
    CHECK(lines[5]["case"] == "c5");
    CHECK(lines[300]["status"] == "error");
    CHECK(lines[300]["error"]["where"] == "line 301:2");
    CHECK(lines[301]["case"] == "c301");
    if (first.empty())
      first = out.str();
    else
      CHECK(out.str() == first);
  }
}

TEST_CASE("a shard takes every N-th line from K") {
  std::string input;
  for (int i = 0; i < 7; ++i) input += b_san_line("c" + std::to_string(i)) + "\n";
  auto o = options(2);
  o.shard_index = 1;
  o.shard_count = 3;
  std::istringstream in(input);
  std::ostringstream out;
  const auto s = app::run_batch(in, out, o);
  CHECK(s.lines == 2);
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["line"] == 2);
  CHECK(lines[1]["line"] == 5);
  o.shard_index = 3;
  std::istringstream again(input);
  CHECK_THROWS_AS(app::run_batch(again, out, o), usage_error);
}

TEST_CASE("CSV output starts with a BOM and a header and quotes what needs quoting") {
  auto o = options(1);
  o.format = app::batch_format::csv;
  std::istringstream in(b_san_line("a,\"b\"") + "\n" + b_san_line("b-2") + "\n");
  std::ostringstream out;
  (void)app::run_batch(in, out, o);
  CHECK(out.str().find("\r\n2,b-2,ok,national,2015-09-30,recorded,social,,up,employment,,true,") != std::string::npos);
  const std::string text = out.str();
  CHECK(text.rfind("\xEF\xBB\xBF" + app::batch_csv_header(), 0) == 0);
  // Case ids may not hold a comma: the row is an error row, its id and message quoted.
  CHECK(text.find("\r\n1,\"a,\"\"b\"\"\",error,") != std::string::npos);
  CHECK(text.find(",E_INPUT,id,\"'a,\"\"b\"\"' ") != std::string::npos);
}

TEST_CASE("an unknown region stops the run before the first line") {
  auto o = options(2);
  o.region = "atlantis";
  std::istringstream in(b_san_line("x") + "\n");
  std::ostringstream out;
  CHECK_THROWS_AS(app::run_batch(in, out, o), input_error);
  CHECK(out.str().empty());
}
