// The peer pack (tests/bench/peer) against its bare-Lua floor, in `make test`: `make bench` times
// them only after they agree on all 100,000 cases; here the first 3,000 must agree, through the
// full decision and the lean one, and the generator must still write the published data.
#include <doctest/doctest.h>

#include "bench/peer/peer.hpp"

#include <hashigo/case/fold.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/sha256.hpp>

#include <filesystem>

namespace peer = hashigo::bench::peer;

TEST_CASE("the peer pack decides like the bare-Lua floor, full and lean") {
  const std::filesystem::path dir = std::filesystem::path(HASHIGO_TEST_SOURCE_DIR) / "tests" / "bench" / "peer";
  const auto all = peer::generate(3000);
  peer::floor_runtime floor((dir / "floor.lua").string());
  hashigo::engine::engine_options o;
  o.rules_root = dir / "rules";
  hashigo::engine::engine eng(o);
  hashigo::engine::lean_decision lean;
  std::size_t differ = 0, moves = 0, referred = 0;
  for (const auto& c : all) {
    const auto file = hashigo::format::case_file_from_json(peer::case_file(c));
    const auto state = hashigo::cases::fold(file.header, file.events, peer::as_of());
    const auto want = peer::canonical(c.id, floor.decide(c));
    const auto full = peer::canonical(c.id, peer::outcome_of(eng.evaluate(state, "peer", {.explain = true})));
    eng.evaluate_lean(state, "peer", lean);
    const auto thin = peer::canonical(c.id, peer::outcome_of(lean));
    if ((full != want || thin != want) && differ++ < 3) CHECK_MESSAGE(false, want, " / ", full, " / ", thin);
    const auto o2 = floor.decide(c);
    moves += o2.step != "stay";
    referred += o2.referrals != 0;
  }
  CHECK(differ == 0);
  CHECK(moves > 100);  // the cases exercise every output
  CHECK(referred > 1000);
}

TEST_CASE("the peer generator writes the published data") {
  hashigo::sha256 h;
  for (const auto& c : peer::generate(100000)) {
    h.update(peer::jsonl_line(c));
    h.update("\n");
  }
  CHECK(h.hex() == peer::published_sha256);
}
