#include <doctest/doctest.h>
#include <hashigo/sha256.hpp>

#include <string>

TEST_CASE("sha256 matches the FIPS 180-4 test vectors") {
  CHECK(hashigo::sha256::of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hashigo::sha256::of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hashigo::sha256::of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256 gives the same digest fed in pieces as in one buffer") {
  const std::string text(1000, 'a');
  hashigo::sha256 pieces;
  for (std::size_t i = 0; i < text.size(); i += 7) pieces.update(std::string_view(text).substr(i, 7));
  CHECK(pieces.hex() == hashigo::sha256::of(text));
  CHECK(hashigo::sha256::of(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

#include "base/sha256_blocks.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace {
// Deterministic bytes, so a mismatch is reproducible.
std::vector<unsigned char> noise(std::size_t n) {
  std::vector<unsigned char> out(n);
  std::uint32_t x = 0x9e3779b9u;
  for (auto& b : out) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    b = static_cast<unsigned char>(x);
  }
  return out;
}
}  // namespace

TEST_CASE("sha256 SHA-extension and portable compression agree block for block") {
  // Both implementations are compiled everywhere; where the CPU has the SHA extensions (the
  // machines this project builds and benchmarks on), they must give the same state.
  const auto data = noise(64 * 33);
  for (std::size_t blocks : {1, 2, 7, 33}) {
    std::array<std::uint32_t, 8> a = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    auto b = a;
    hashigo::detail::sha256_blocks_portable(a.data(), data.data(), blocks);
    if (hashigo::detail::sha256_shani_available()) {
      hashigo::detail::sha256_blocks_shani(b.data(), data.data(), blocks);
      CHECK(a == b);
    } else {
      MESSAGE("this CPU has no SHA extensions: only the portable compression ran");
      CHECK(a != b);  // the portable code did change the state
    }
  }
}

TEST_CASE("sha256 gives the same digest at every length around the block boundaries") {
  // Lengths 0..200 cover the padding cases (the length field in this block or the next).
  const auto data = noise(200);
  for (std::size_t n = 0; n <= 200; ++n) {
    const std::string_view whole(reinterpret_cast<const char*>(data.data()), n);
    hashigo::sha256 bytewise;
    for (std::size_t i = 0; i < n; ++i) bytewise.update(whole.substr(i, 1));
    CHECK(bytewise.hex() == hashigo::sha256::of(whole));
  }
  // One fixed vector that crosses the 56-byte boundary (NIST's 896-bit message).
  CHECK(hashigo::sha256::of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}
