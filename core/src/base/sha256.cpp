#include <hashigo/sha256.hpp>

#include "base/sha256_blocks.hpp"

#include <cstring>

namespace hashigo {
namespace {

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

}  // namespace

namespace detail {

void sha256_blocks_portable(std::uint32_t hs[8], const unsigned char* p, std::size_t blocks) noexcept {
  for (; blocks > 0; --blocks, p += 64) {
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = (std::uint32_t{p[4 * i]} << 24) | (std::uint32_t{p[4 * i + 1]} << 16) |
             (std::uint32_t{p[4 * i + 2]} << 8) | std::uint32_t{p[4 * i + 3]};
    for (int i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = hs[0], b = hs[1], c = hs[2], d = hs[3], e = hs[4], f = hs[5], g = hs[6], h = hs[7];
    for (int i = 0; i < 64; ++i) {
      const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                               sha256_round_constants[i] + w[i];
      const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    hs[0] += a; hs[1] += b; hs[2] += c; hs[3] += d;
    hs[4] += e; hs[5] += f; hs[6] += g; hs[7] += h;
  }
}

}  // namespace detail

namespace {

using compress_fn = void (*)(std::uint32_t*, const unsigned char*, std::size_t) noexcept;

// The SHA extensions where the CPU has them; chosen on first use (digests may be taken during
// another file's static initialisation).
void compress(std::uint32_t* h, const unsigned char* p, std::size_t blocks) noexcept {
  static const compress_fn chosen =
      detail::sha256_shani_available() ? detail::sha256_blocks_shani : detail::sha256_blocks_portable;
  chosen(h, p, blocks);
}

}  // namespace

sha256::sha256()
    : h_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

void sha256::update(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  total_ += n;
  if (used_ > 0) {
    const std::size_t take = std::min(n, buf_.size() - used_);
    std::memcpy(buf_.data() + used_, p, take);
    used_ += take;
    p += take;
    n -= take;
    if (used_ < buf_.size()) return;
    compress(h_.data(), buf_.data(), 1);
    used_ = 0;
  }
  if (n >= 64) {  // whole blocks straight from the input
    compress(h_.data(), p, n / 64);
    p += n / 64 * 64;
    n %= 64;
  }
  std::memcpy(buf_.data(), p, n);
  used_ = n;
}

std::string sha256::hex() {
  char text[64];
  hex(text);
  return std::string(text, sizeof text);
}

void sha256::hex(char* text) {
  const std::uint64_t bits = total_ * 8;
  unsigned char tail[72] = {0x80};  // 0x80, zeros up to 56 mod 64, then the length in bits
  const std::size_t pad = (used_ < 56 ? 56 : 120) - used_;
  for (int i = 0; i < 8; ++i) tail[pad + static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  update(std::string_view(reinterpret_cast<const char*>(tail), pad + 8));
  static constexpr char digits[] = "0123456789abcdef";
  char* at = text;  // filled in place: appending char by char cost as much as hashing a block
  for (auto word : h_)
    for (int i = 28; i >= 0; i -= 4) *at++ = digits[(word >> i) & 0xf];
}

std::string sha256::of(std::string_view bytes) {
  sha256 s;
  s.update(bytes);
  return s.hex();
}

}  // namespace hashigo
