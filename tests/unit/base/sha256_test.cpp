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
