#pragma once
/// @file SHA-256 (FIPS 180-4), for pack and input digests.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hashigo {

/// Incremental SHA-256.
class sha256 {
 public:
  sha256();
  /// Feeds bytes.
  void update(std::string_view bytes);
  /// Finishes and returns the digest as 64 lowercase hex digits; the object is then spent.
  std::string hex();
  /// Finishes and writes the 64 lowercase hex digits to `out` (no allocation); the object is then spent.
  void hex(char* out);
  /// Digest of one buffer, as hex.
  static std::string of(std::string_view bytes);

 private:
  std::array<std::uint32_t, 8> h_;
  std::array<unsigned char, 64> buf_{};
  std::size_t used_ = 0;
  std::uint64_t total_ = 0;
};

}  // namespace hashigo
