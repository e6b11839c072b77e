// The ladder (domain.md §1.4): which moves are legal. Rules propose; check_move disposes.
#include <doctest/doctest.h>

#include <hashigo/case/ladder.hpp>

#include <optional>
#include <string>
#include <utility>

using namespace hashigo::cases;

namespace {

// A national-like ladder: life, social and employment have no rungs (employment is declared
// with an empty list, which must mean the same); intermediate and general have rungs.
ladder_spec national() {
  ladder_spec spec;
  spec.rungs[stage::employment] = {};
  spec.rungs[stage::intermediate] = {"commuter_unpaid", "commuter_paid", "minwage_staff"};
  spec.rungs[stage::general] = {"part_time", "full_time"};
  return spec;
}

const position L{stage::life, ""};
const position S{stage::social, ""};
const position E{stage::employment, ""};
const position I_unpaid{stage::intermediate, "commuter_unpaid"};
const position I_paid{stage::intermediate, "commuter_paid"};
const position I_minwage{stage::intermediate, "minwage_staff"};
const position G_part{stage::general, "part_time"};
const position G_full{stage::general, "full_time"};

move_verdict try_move(const position& from, const position& to, bool skip_allowed = false,
                  process_status status = process_status::in_support) {
  return check_move(national(), status, from, to, skip_allowed);
}

// A legal move in the expected direction, not a skip, with no refusal text.
void check_legal_step(const position& from, const position& to, const std::string& direction) {
  CAPTURE(to_string(from));
  CAPTURE(to_string(to));
  const auto v = try_move(from, to);
  CHECK(v.legal);
  CHECK(v.direction == direction);
  CHECK_FALSE(v.skip);
  CHECK(v.why.en.empty());
  CHECK(v.why.ja.empty());
}

// A skip: refused without permission (saying so), legal with it, direction reported both times.
void check_skip(const position& from, const position& to, const std::string& direction) {
  CAPTURE(to_string(from));
  CAPTURE(to_string(to));
  const auto refused = try_move(from, to, false);
  CHECK_FALSE(refused.legal);
  CHECK(refused.skip);
  CHECK(refused.direction == direction);
  CHECK(refused.why.en.find("skips") != std::string::npos);
  CHECK(refused.why.en.find(to_string(from) + " → " + to_string(to)) != std::string::npos);
  CHECK_FALSE(refused.why.ja.empty());

  const auto allowed = try_move(from, to, true);
  CHECK(allowed.legal);
  CHECK(allowed.skip);
  CHECK(allowed.direction == direction);
  CHECK(allowed.why.en.empty());
}

}  // namespace

TEST_CASE("stage and status codes round-trip") {
  for (auto s : all_stages) CHECK(parse_stage(to_string(s)) == s);
  CHECK(to_string(stage::intermediate) == "intermediate");
  CHECK(japanese_name(stage::life) == "生活自立");
  CHECK(japanese_name(stage::general) == "一般就労");
  CHECK_FALSE(parse_stage("work"));
  CHECK_FALSE(parse_stage(""));
  CHECK(parse_process_status("in_support") == process_status::in_support);
  CHECK(to_string(process_status::suspended) == "suspended");
  CHECK_FALSE(parse_process_status("open"));
  CHECK(to_string(I_paid) == "intermediate/commuter_paid");
  CHECK(to_string(S) == "social");
}

TEST_CASE("contains: declared rungs, and no rung on a rung-less stage") {
  const auto spec = national();
  CHECK(spec.contains(L));
  CHECK(spec.contains(S));
  CHECK(spec.contains(E));  // declared with an empty rung list
  CHECK(spec.contains(I_unpaid));
  CHECK(spec.contains(I_minwage));
  CHECK(spec.contains(G_full));
  CHECK_FALSE(spec.contains(position{stage::intermediate, "regular_staff"}));  // not in this pack
  CHECK_FALSE(spec.contains(position{stage::intermediate, ""}));  // a stage with rungs needs one
  CHECK_FALSE(spec.contains(position{stage::social, "volunteer"}));  // no rungs declared
  CHECK_FALSE(spec.contains(position{stage::employment, "x"}));
  CHECK_FALSE(spec.contains(position{stage::general, "Part_time"}));  // exact match only
}

TEST_CASE("first_of and last_of") {
  const auto spec = national();
  CHECK(spec.first_of(stage::intermediate) == I_unpaid);
  CHECK(spec.last_of(stage::intermediate) == I_minwage);
  CHECK(spec.first_of(stage::general) == G_part);
  CHECK(spec.last_of(stage::general) == G_full);
  CHECK(spec.first_of(stage::social) == S);
  CHECK(spec.last_of(stage::employment) == E);
}

TEST_CASE("neighbour walks rungs, then stages, and stops at both ends") {
  const auto spec = national();
  CHECK_FALSE(spec.neighbour(L, -1));
  CHECK_FALSE(spec.neighbour(G_full, +1));
  CHECK(spec.neighbour(L, +1) == S);
  CHECK(spec.neighbour(S, -1) == L);
  CHECK(spec.neighbour(E, +1) == I_unpaid);  // up a stage lands on the first rung
  CHECK(spec.neighbour(I_unpaid, -1) == E);
  CHECK(spec.neighbour(I_unpaid, +1) == I_paid);
  CHECK(spec.neighbour(I_paid, +1) == I_minwage);
  CHECK(spec.neighbour(I_minwage, -1) == I_paid);
  CHECK(spec.neighbour(I_minwage, +1) == G_part);
  CHECK(spec.neighbour(G_part, -1) == I_minwage);  // down a stage lands on the last rung
  CHECK(spec.neighbour(G_part, +1) == G_full);
  CHECK(spec.neighbour(G_full, -1) == G_part);

  // Walking up from the bottom visits every position once, in ladder order.
  std::string walk = to_string(L);
  for (auto p = spec.neighbour(L, +1); p; p = spec.neighbour(*p, +1)) walk += " " + to_string(*p);
  CHECK(walk ==
        "life social employment intermediate/commuter_unpaid intermediate/commuter_paid "
        "intermediate/minwage_staff general/part_time general/full_time");

  // Every neighbour step is a legal, non-skipping move.
  for (auto p = std::optional<position>(L); p; p = spec.neighbour(*p, +1)) {
    if (auto up = spec.neighbour(*p, +1)) check_legal_step(*p, *up, "up");
    if (auto down = spec.neighbour(*p, -1)) check_legal_step(*p, *down, "down");
  }
}

TEST_CASE("one rung up or down inside a stage is legal") {
  check_legal_step(I_unpaid, I_paid, "up");
  check_legal_step(I_paid, I_minwage, "up");
  check_legal_step(I_minwage, I_paid, "down");  // step-down is first-class (S003)
  check_legal_step(I_paid, I_unpaid, "down");
  check_legal_step(G_part, G_full, "up");
  check_legal_step(G_full, G_part, "down");
}

TEST_CASE("two rungs inside a stage is a skip") {
  check_skip(I_unpaid, I_minwage, "up");
  check_skip(I_minwage, I_unpaid, "down");
}

TEST_CASE("one stage up is legal when it lands on the first rung") {
  check_legal_step(L, S, "up");
  check_legal_step(S, E, "up");
  check_legal_step(E, I_unpaid, "up");
  check_legal_step(I_minwage, G_part, "up");
  check_legal_step(I_unpaid, G_part, "up");  // any rung may go up a stage to its first rung
}

TEST_CASE("one stage up landing on a later rung is a skip") {
  check_skip(E, I_paid, "up");
  check_skip(E, I_minwage, "up");
  check_skip(I_minwage, G_full, "up");
}

TEST_CASE("one stage down is legal when it lands on the last rung") {
  check_legal_step(S, L, "down");
  check_legal_step(E, S, "down");
  check_legal_step(I_unpaid, E, "down");
  check_legal_step(I_paid, E, "down");
  check_legal_step(G_part, I_minwage, "down");
  check_legal_step(G_full, I_minwage, "down");
}

TEST_CASE("one stage down landing on another rung is a skip") {
  check_skip(G_part, I_paid, "down");
  check_skip(G_full, I_unpaid, "down");
}

TEST_CASE("two or more stages is a skip, legal only when the rule allows skipping") {
  check_skip(L, E, "up");
  check_skip(S, I_unpaid, "up");
  check_skip(E, G_part, "up");
  check_skip(L, G_full, "up");
  check_skip(I_unpaid, S, "down");
  check_skip(G_part, E, "down");
  check_skip(G_full, L, "down");
}

TEST_CASE("staying at the same position is a legal lateral move") {
  for (const auto& p : {L, S, E, I_unpaid, I_paid, I_minwage, G_part, G_full}) {
    CAPTURE(to_string(p));
    const auto v = try_move(p, p);
    CHECK(v.legal);
    CHECK(v.direction == "lateral");
    CHECK_FALSE(v.skip);
  }
}

TEST_CASE("a position the pack does not declare is refused, even with skip_allowed") {
  for (bool skip_allowed : {false, true}) {
    CAPTURE(skip_allowed);
    const auto regular = try_move(I_minwage, position{stage::intermediate, "regular_staff"}, skip_allowed);
    CHECK_FALSE(regular.legal);
    CHECK(regular.why.en == "intermediate/regular_staff is not a position of this pack's ladder");
    CHECK(regular.why.ja.find("intermediate/regular_staff") != std::string::npos);

    CHECK_FALSE(try_move(E, position{stage::intermediate, ""}, skip_allowed).legal);
    CHECK_FALSE(try_move(L, position{stage::social, "volunteer"}, skip_allowed).legal);
    CHECK_FALSE(try_move(G_part, position{stage::general, "manager"}, skip_allowed).legal);
  }
}

TEST_CASE("closed and suspended cases do not move at all") {
  for (auto status : {process_status::closed, process_status::suspended}) {
    CAPTURE(to_string(status));
    for (bool skip_allowed : {false, true}) {
      CAPTURE(skip_allowed);
      for (const auto& [from, to] : {std::pair{I_unpaid, I_paid}, std::pair{I_paid, I_unpaid},
                                     std::pair{E, I_unpaid}, std::pair{G_part, I_minwage},
                                     std::pair{S, S}, std::pair{L, G_full}}) {
        const auto v = try_move(from, to, skip_allowed, status);
        CHECK_FALSE(v.legal);
        CHECK(v.why.en == "a " + std::string(to_string(status)) + " case does not move on the ladder");
        CHECK_FALSE(v.why.ja.empty());
      }
    }
  }
  CHECK(try_move(S, E, false, process_status::closed).why.ja.find("終結") != std::string::npos);
  CHECK(try_move(S, E, false, process_status::suspended).why.ja.find("中断") != std::string::npos);
}

TEST_CASE("every open process status lets a legal step through") {
  for (auto status : {process_status::intake, process_status::assessment, process_status::planning,
                      process_status::in_support, process_status::evaluation}) {
    CAPTURE(to_string(status));
    CHECK(try_move(E, I_unpaid, false, status).legal);
    CHECK_FALSE(try_move(E, I_paid, false, status).legal);  // and still refuses a skip
  }
}

TEST_CASE("a ladder with other rungs is read from the spec, not hard-coded") {
  ladder_spec spec;
  spec.rungs[stage::social] = {"ibasho", "volunteer"};
  CHECK(check_move(spec, process_status::in_support, L, position{stage::social, "ibasho"}, false).legal);
  CHECK_FALSE(check_move(spec, process_status::in_support, L, position{stage::social, "volunteer"}, false).legal);
  CHECK(check_move(spec, process_status::in_support, position{stage::social, "volunteer"}, E, false).legal);
  CHECK_FALSE(check_move(spec, process_status::in_support, E, S, true).legal);  // social needs a rung here
  // intermediate has no rungs in this spec
  CHECK(check_move(spec, process_status::in_support, E, position{stage::intermediate, ""}, false).legal);
  CHECK_FALSE(check_move(spec, process_status::in_support, E, I_unpaid, true).legal);
}
