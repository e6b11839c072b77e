// The HTTP API end to end: the real hashigo-serve started on a free loopback port, spoken to over
// HTTP with cpp-httplib's client. No part of the server is replaced.
#include <doctest/doctest.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

// A running hashigo-serve; stopped with SIGTERM (and its exit status checked) at the end.
struct running_server {
  pid_t pid = -1;
  int port = 0;
  fs::path dir;

  explicit running_server(std::vector<std::string> extra, bool with_db = true) {
    dir = fs::temp_directory_path() / ("hashigo-serve-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string bin = std::getenv("HASHIGO_SERVE");
    const std::string cli = std::getenv("HASHIGO_CLI");
    const std::string db = (dir / "t.db").string();
    if (with_db) REQUIRE(std::system((cli + " --db " + db + " init > /dev/null").c_str()) == 0);
    int out[2];
    REQUIRE(::pipe(out) == 0);
    pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::dup2(out[1], 1);
      ::close(out[0]);
      std::vector<std::string> args{bin, "--lang", "en", "--listen", "127.0.0.1:0", "--access-log", (dir / "access.log").string()};
      if (with_db) args.insert(args.end(), {"--db", db});
      args.insert(args.end(), extra.begin(), extra.end());
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(bin.c_str(), argv.data());
      std::_Exit(127);
    }
    ::close(out[1]);
    std::string line;
    char ch;
    while (::read(out[0], &ch, 1) == 1 && ch != '\n') line += ch;
    ::close(out[0]);
    // "listening on http://127.0.0.1:PORT (…)"
    const auto colon = line.find(':', line.find("127.0.0.1"));
    REQUIRE_MESSAGE(colon != std::string::npos, line);
    port = std::stoi(line.substr(colon + 1));
  }
  ~running_server() {
    if (pid > 0) {
      ::kill(pid, SIGTERM);
      int status = 0;
      ::waitpid(pid, &status, 0);
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  // Stops it and returns its exit status.
  int stop() {
    ::kill(pid, SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
    pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(30, 0);
    return c;
  }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

json read_json(const fs::path& p) {
  std::ifstream in(p);
  REQUIRE(in);
  return json::parse(in);
}

json parse(const httplib::Result& r) {
  REQUIRE(r);
  return json::parse(r->body);
}

}  // namespace

TEST_CASE("every example of the OpenAPI document gets its documented status") {
  running_server srv({});
  auto c = srv.client();
  const auto doc = parse(c.Get("/v1/openapi.json"));
  CHECK(doc["openapi"] == "3.1.0");
  struct ex {
    int order;
    std::string method;
    json e;
  };
  std::vector<ex> all;
  for (const auto& [path, ops] : doc["paths"].items())
    for (const auto& [method, op] : ops.items())
      for (const auto& e : op["x-hashigo-examples"]) all.push_back({e["order"].get<int>(), method, e});
  std::sort(all.begin(), all.end(), [](const ex& a, const ex& b) { return a.order < b.order; });
  CHECK(all.size() >= 20);
  for (const auto& [order, method, e] : all) {
    const std::string target = e["path"].get<std::string>() + (e.contains("query") ? "?" + e["query"].get<std::string>() : "");
    const auto r = method == "get" ? c.Get(target.c_str())
                                   : c.Post(target.c_str(), e.contains("body") ? e["body"].dump() : "", "application/json");
    REQUIRE(r);
    CHECK_MESSAGE(r->status == e["status"].get<int>(), method, " ", target, " → ", r->status, " ", r->body.substr(0, 300));
    if (r->status >= 400) {  // problem details with a stable code and the request id
      CHECK(r->get_header_value("Content-Type") == "application/problem+json");
      const auto p = json::parse(r->body);
      CHECK(p["status"] == r->status);
      CHECK(!p["code"].get<std::string>().empty());
      CHECK(p["request_id"] == r->get_header_value("X-Request-Id"));
    }
  }
  // The committed evaluation stored a receipt that names the events it read.
  const auto receipt = parse(c.Get("/v1/receipts/1"));
  CHECK(receipt["case"] == "example-a");
  CHECK(receipt["events_through"].is_number_integer());
  // The access log names no case: pseudonyms only.
  std::ifstream log(srv.dir / "access.log");
  std::string all_lines((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  CHECK(all_lines.find("example-a") == std::string::npos);
  CHECK(all_lines.find("\"route\":\"/v1/cases/{id}\"") != std::string::npos);
  const auto metrics = c.Get("/metrics");
  REQUIRE(metrics);
  CHECK(metrics->body.find("hashigo_decisions_total{status=\"ok\"}") != std::string::npos);
  CHECK(metrics->body.find("hashigo_http_request_duration_seconds_bucket{route=\"/v1/evaluate\",le=\"+Inf\"}") != std::string::npos);
  CHECK(srv.stop() == 0);  // SIGTERM: a clean stop
}

TEST_CASE("concurrent writers to one case lose no acknowledged event and never leave it unreadable") {
  running_server srv({"--workers", "2"});
  auto c = srv.client();
  const auto doc = parse(c.Get("/v1/openapi.json"));
  json case_file;
  for (const auto& e : doc["paths"]["/v1/cases"]["post"]["x-hashigo-examples"])
    if (e["status"] == 201) case_file = e["body"];
  REQUIRE(c.Post("/v1/cases", case_file.dump(), "application/json")->status == 201);
  std::atomic<int> acknowledged{0}, unreadable{0}, refused{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w)
    writers.emplace_back([&, w] {
      auto mine = srv.client();
      for (int i = 0; i < 15; ++i) {
        const json event = {{"type", "contact"}, {"date", "2024-06-03"}, {"kind", "phone"}, {"minutes", 5},
                            {"note", "writer " + std::to_string(w) + " #" + std::to_string(i)}};
        const auto r = mine.Post("/v1/cases/example-a/events", event.dump(), "application/json");
        if (r && r->status == 201)
          ++acknowledged;
        else if (r && r->status == 503)
          ++refused;  // busy: the client is told to retry, nothing was written
        const auto shown = mine.Get("/v1/cases/example-a");
        if (!shown || shown->status != 200) ++unreadable;
      }
    });
  for (auto& t : writers) t.join();
  CHECK(unreadable == 0);
  CHECK(acknowledged + refused == 60);
  const auto history = parse(c.Get("/v1/cases/example-a/history"));
  int notes = 0;
  for (const auto& e : history["events"])
    if (e.value("note", "").rfind("writer ", 0) == 0) ++notes;
  CHECK(notes == acknowledged.load());
}

TEST_CASE("a reload under load: every request answered, a broken pack never served") {
  // A copy of the rules, so the test can break one.
  running_server probe({}, false);
  const fs::path rules = probe.dir / "rules";
  fs::copy(std::getenv("HASHIGO_RULES"), rules, fs::copy_options::recursive);
  running_server srv({"--rules", rules.string(), "--workers", "2"}, false);
  auto c = srv.client();
  const auto doc = parse(c.Get("/v1/openapi.json"));
  const json case_file = doc["paths"]["/v1/cases"]["post"]["x-hashigo-examples"][0]["body"];
  const std::string before = parse(c.Get("/v1/packs/national"))["digest"];
  std::atomic<bool> done{false};
  std::atomic<int> ok{0}, failed{0};
  std::thread load([&] {
    auto mine = srv.client();
    while (!done) {
      const auto r = mine.Post("/v1/evaluate?as_of=2024-06-30", case_file.dump(), "application/json");
      (r && r->status == 200 ? ok : failed)++;
    }
  });
  // A syntax error in a national rule file: the reload keeps the old version.
  fs::path victim;
  for (const auto& f : fs::directory_iterator(rules / "national"))
    if (f.path().extension() == ".lua" && f.path().filename() != "pack.lua") victim = f.path();
  {
    std::ofstream out(victim, std::ios::app);
    out << "\nthis is not lua(\n";
  }
  const auto reload = parse(c.Post("/v1/packs/reload", "", "application/json"));
  bool kept = false;
  for (const auto& p : reload["packs"])
    if (p["region"] == "national") kept = !p["swapped"].get<bool>() && p["error"].is_string();
  CHECK(kept);
  CHECK(parse(c.Get("/v1/packs/national"))["digest"] == before);
  done = true;
  load.join();
  CHECK(failed == 0);
  CHECK(ok > 0);
}

TEST_CASE("a stored case matched to the stored employers' carved tasks, and a placement naming a task") {
  running_server srv({});
  auto c = srv.client();
  const fs::path examples = fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "employers";
  json sheets = json::array({read_json(examples / "tokuyo.json"), read_json(examples / "farm.json")});
  json broken = sheets;
  broken[1]["tasks"][0]["hours_per_day"] = "three";
  const auto refused_sheets = c.Post("/v1/employers", broken.dump(), "application/json");
  CHECK(refused_sheets->status == 422);
  CHECK(json::parse(refused_sheets->body)["where"] == "[1].tasks[0].hours_per_day");
  CHECK(json::parse(c.Get("/v1/employers")->body)["employers"].empty());  // the array is read whole before any is stored
  REQUIRE(c.Post("/v1/employers", sheets[1].dump(), "application/json")->status == 201);
  const auto again = c.Post("/v1/employers", sheets.dump(), "application/json");  // the farm is stored already
  CHECK(again->status == 422);
  CHECK(json::parse(again->body)["where"] == "employer 'yasai-farm' since 2023-05-01: id");
  CHECK(json::parse(c.Get("/v1/employers")->body)["employers"].size() == 1);  // one transaction: tokuyo was not stored either
  const auto stored = c.Post("/v1/employers", sheets[0].dump(), "application/json");
  REQUIRE(stored->status == 201);
  CHECK(json::parse(stored->body)["employers"][0]["id"] == "tokuyo");
  CHECK(json::parse(c.Get("/v1/employers")->body)["employers"].size() == 2);
  const json person = json::parse(R"({
    "format": "hashigo.case/1", "id": "m-san", "region": "national", "person": {"birth_date": "1989-02-10"},
    "household": {"size": 2, "housing": "rented", "rent_yen": 50000},
    "events": [
      {"type": "intake", "date": "2023-06-05", "stage": "social", "concerns": ["job_search"]},
      {"type": "consent", "date": "2023-06-05", "info_sharing": true},
      {"type": "assessment", "date": "2023-06-12", "interests": ["cleaning"], "strengths": ["cleaning"], "hours_per_week_max": 8}
    ]})");
  REQUIRE(c.Post("/v1/cases", person.dump(), "application/json")->status == 201);
  const auto matched = c.Get("/v1/cases/m-san/match?as_of=2023-07-01");
  REQUIRE(matched->status == 200);
  const json m = json::parse(matched->body);
  REQUIRE(m["tasks"].size() == 4);
  CHECK(m["tasks"][0]["task"] == "bath-cleaning");
  CHECK(m["tasks"][0]["fits"] == true);
  CHECK(m["tasks"][3]["fits"] == false);  // meal assistance: 30 hours and a qualification
  bool names_ma03 = false;
  for (const auto& r : m["tasks"][0]["reasons"]) names_ma03 = names_ma03 || r["criterion"] == "MA-03";
  CHECK(names_ma03);
  json placement = {{"type", "placement_started"}, {"date", "2023-07-03"}, {"placement_id", "p1"}, {"employer_id", "tokuyo"},
                    {"task_id", "bath-kleaning"}, {"kind", "commuter_unpaid"}, {"contract", "commuter_confirmation"}, {"hours_per_week", 6}};
  const auto refused = c.Post("/v1/cases/m-san/events", placement.dump(), "application/json");
  CHECK(refused->status == 422);
  CHECK(json::parse(refused->body)["where"] == "event.task_id");
  CHECK(json::parse(c.Get("/v1/cases/m-san/history")->body)["events"].size() == 3);  // nothing stored
  placement["task_id"] = "bath-cleaning";
  CHECK(c.Post("/v1/cases/m-san/events", placement.dump(), "application/json")->status == 201);
  const json after = json::parse(c.Get("/v1/cases/m-san/match?as_of=2023-07-31")->body);
  CHECK(after["tasks"][0]["task"] == "bath-cleaning");
  CHECK(after["tasks"][0]["open"] == 1);  // her own place stays open to her
  CHECK(c.Get("/v1/cases/m-san/match?as_of=2023-01-31")->status == 422);  // before the case opened
}

TEST_CASE("a case held jointly with the core centre over HTTP: a referral naming an agency, its joining, the view") {
  running_server srv({});
  auto c = srv.client();
  const fs::path examples = fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "agencies";
  json network = json::array();
  for (const char* f : {"jiritsu-ichikawa.json", "naka-kikan.json", "naka-east.json", "hw-ichikawa.json"}) network.push_back(read_json(examples / f));
  // the core centre alone: its partner centre is not on record
  const auto alone = c.Post("/v1/agencies", network[1].dump(), "application/json");
  CHECK(alone->status == 422);
  CHECK(json::parse(alone->body)["where"] == "agency 'naka-kikan': partners[0]");
  json hw_kikan = network[3];
  hw_kikan["kikan"] = true;
  const auto not_nakapotsu = c.Post("/v1/agencies", hw_kikan.dump(), "application/json");
  CHECK(not_nakapotsu->status == 422);
  CHECK(json::parse(not_nakapotsu->body)["where"] == "kikan");
  CHECK(json::parse(c.Get("/v1/agencies")->body)["agencies"].empty());
  REQUIRE(c.Post("/v1/agencies", network.dump(), "application/json")->status == 201);  // the centre lands with its partner
  CHECK(c.Post("/v1/agencies", network[0].dump(), "application/json")->status == 422);  // stored already
  CHECK(c.Post("/v1/agencies?change=true", network[0].dump(), "application/json")->status == 422);  // a new version needs a later since
  const json person = json::parse(R"({
    "format": "hashigo.case/1", "id": "k-san", "region": "national", "person": {"birth_date": "1980-01-10", "disability_cert": "applying"},
    "household": {"size": 1, "housing": "rented", "rent_yen": 40000},
    "events": [
      {"type": "intake", "date": "2023-06-05", "stage": "employment", "concerns": ["job_search", "health_disability"]},
      {"type": "consent", "date": "2023-06-05", "info_sharing": true},
      {"type": "household_moved", "date": "2023-06-05", "municipality": "122033"},
      {"type": "agency_joined", "date": "2023-06-05", "agency_id": "jiritsu-ichikawa", "lead": true},
      {"type": "assessment", "date": "2023-06-12", "fdp": {"interpersonal": 2, "mental": 3, "stress": 3, "thinking": 3, "environment": 3}}
    ]})");
  REQUIRE(c.Post("/v1/cases", person.dump(), "application/json")->status == 201);
  const auto proposals = [&](const char* day) {
    const json d = json::parse(c.Post(std::string("/v1/cases/k-san/evaluate?as_of=") + day, "{}", "application/json")->body);
    std::set<std::string> rules;
    for (const auto& r : d["referrals"])
      for (const auto& why : r["reasons"]) rules.insert(why["rule"].get<std::string>());
    for (const auto& a : d["alerts"]) rules.insert(a["reason"]["rule"].get<std::string>());
    return rules;
  };
  CHECK(proposals("2023-06-30").count("RF-KIKAN") == 1);
  json referral = {{"type", "referral_made"}, {"date", "2023-07-03"}, {"referral_id", "r1"}, {"target", "nakapotsu"},
                   {"agency_id", "hw-ichikawa"}, {"warm_handoff", true}};
  const auto refused = c.Post("/v1/cases/k-san/events", referral.dump(), "application/json");
  CHECK(refused->status == 422);  // Hello Work does not take referrals to なかぽつ
  CHECK(json::parse(refused->body)["where"] == "event.agency_id");
  CHECK(json::parse(c.Get("/v1/cases/k-san/history")->body)["events"].size() == 5);  // nothing stored
  referral["agency_id"] = "naka-kikan";
  CHECK(c.Post("/v1/cases/k-san/events", referral.dump(), "application/json")->status == 201);
  const json joined = {{"type", "agency_joined"}, {"date", "2023-07-05"}, {"agency_id", "naka-kikan"}, {"referral_id", "r1"}};
  CHECK(c.Post("/v1/cases/k-san/events", joined.dump(), "application/json")->status == 201);
  const auto after = proposals("2023-07-10");
  CHECK(after.count("RF-KIKAN") == 0);
  CHECK(after.count("NK-03") == 1);  // his agreement is not recorded
  const json shown = json::parse(c.Get("/v1/cases/k-san?as_of=2023-07-10")->body);
  CHECK(shown["lead_agency"] == "jiritsu-ichikawa");
  REQUIRE(shown["agencies"].size() == 2);
  CHECK(shown["agencies"][1]["kikan"] == true);  // looked up in the stored directory
  CHECK(shown["referrals"][0]["agency_id"] == "naka-kikan");
  const json held = json::parse(c.Get("/v1/agencies?as_of=2023-07-10")->body)["agencies"];
  REQUIRE(held.size() == 4);
  for (const auto& a : held) {
    const bool holds = a["id"] == "naka-kikan" || a["id"] == "jiritsu-ichikawa";
    CHECK(a["cases_held"].size() == (holds ? 1u : 0u));
    if (holds) CHECK(a["cases_held"][0]["lead"] == (a["id"] == "jiritsu-ichikawa"));
  }
}

TEST_CASE("a household linking two stored cases, recorded over HTTP") {
  running_server srv({});
  auto c = srv.client();
  const fs::path cases = fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "cases";
  const fs::path households = fs::path(HASHIGO_TEST_SOURCE_DIR) / "examples" / "households";
  json household = read_json(households / "e-household.json");
  const auto early = c.Post("/v1/households", household.dump(), "application/json");
  CHECK(early->status == 422);  // its members' cases are not stored yet
  CHECK(json::parse(early->body)["where"] == "members[0].case");
  for (const char* f : {"e-household.json", "e-mother.json"})
    REQUIRE(c.Post("/v1/cases", read_json(cases / f).dump(), "application/json")->status == 201);
  const auto stored = c.Post("/v1/households", household.dump(), "application/json");
  REQUIRE(stored->status == 201);
  CHECK(json::parse(stored->body)["households"][0]["id"] == "e-household");
  CHECK(json::parse(c.Get("/v1/households")->body)["households"].size() == 1);
  // the son's evaluation reads the household's assets from his mother's newer record (docs/households.md)
  const json d = json::parse(c.Post("/v1/cases/e-household/evaluate?as_of=2022-09-30", "{}", "application/json")->body);
  bool from_mother = false;
  for (const auto& e : d["eligibility"])
    for (const auto& r : e["reasons"])
      for (const auto& ch : r["checks"]) from_mother = from_mother || (ch["label"] == "household_assets_yen" && ch["value"] == 3600000);
  CHECK(from_mother);
  json two = json::array({household, household});
  CHECK(c.Post("/v1/households", two.dump(), "application/json")->status == 422);  // one at a time
}

TEST_CASE("a token guards every route but /healthz") {
  running_server probe({}, false);
  const auto token_file = probe.dir / "token";
  std::ofstream(token_file) << "s3cret-token\n";
  running_server srv({"--token-file", token_file.string()});
  auto c = srv.client();
  CHECK(c.Get("/healthz")->status == 200);
  const auto refused = c.Get("/v1/packs");
  CHECK(refused->status == 401);
  CHECK(json::parse(refused->body)["code"] == "E_UNAUTHORIZED");
  CHECK(c.Get("/v1/packs", {{"Authorization", "Bearer wrong"}})->status == 401);
  CHECK(c.Get("/v1/packs", {{"Authorization", "Bearer s3cret-token"}})->status == 200);
}

TEST_CASE("a busy port is refused, and a request httplib cannot read is a problem too") {
  running_server srv({}, false);
  // A second server on the same port fails to bind (usage error, exit 2) instead of sharing it.
  const std::string second = std::string(std::getenv("HASHIGO_SERVE")) + " --lang en --listen 127.0.0.1:" +
                             std::to_string(srv.port) + " > /dev/null 2>&1";
  const int status = std::system(second.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  // A POST without Content-Length, as `curl -X POST` sends it, on a raw socket.
  const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(sock >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(srv.port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  const std::string request = "POST /v1/cases/x/evaluate?as_of=2024-01-31 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
  REQUIRE(::send(sock, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size()));
  std::string answer;
  char buf[4096];
  for (ssize_t n; (n = ::recv(sock, buf, sizeof buf, 0)) > 0;) answer.append(buf, static_cast<std::size_t>(n));
  ::close(sock);
  CHECK(answer.rfind("HTTP/1.1 400", 0) == 0);
  CHECK(answer.find("application/problem+json") != std::string::npos);
  CHECK(answer.find("E_BAD_REQUEST") != std::string::npos);
}
