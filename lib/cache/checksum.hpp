#pragma once
// A fast 64-bit checksum for cache files. Not cryptographic: it detects damage
// (truncation, flipped bits, overwritten blocks), at several GB/s so that loading a
// cache stays cheap. Every step is a bijection of its lane's state, so any single
// changed 8-byte word always changes the result.

#include <cstddef>
#include <cstdint>

namespace alentour::detail {

std::uint64_t checksum64(const unsigned char* data, std::size_t size) noexcept;

} // namespace alentour::detail
