#pragma once
// The SHA-256 compression function over whole 64-byte blocks, in two implementations: portable C++
// and the x86 SHA extensions (SHA-NI). sha256.cpp picks one at start-up; the unit tests run both.
#include <cstddef>
#include <cstdint>

namespace hashigo::detail {

/// Compresses `blocks` 64-byte blocks at `p` into `h` (FIPS 180-4 §6.2.2), portable C++.
void sha256_blocks_portable(std::uint32_t h[8], const unsigned char* p, std::size_t blocks) noexcept;

/// True when this CPU has the SHA extensions (and SSE4.1) that sha256_blocks_shani needs.
bool sha256_shani_available() noexcept;

/// The same as sha256_blocks_portable with the SHA extensions; only call when available.
void sha256_blocks_shani(std::uint32_t h[8], const unsigned char* p, std::size_t blocks) noexcept;

}  // namespace hashigo::detail
