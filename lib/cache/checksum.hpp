#pragma once
// A fast 64-bit checksum for cache files. Not cryptographic: it detects damage
// (truncation, flipped bits, overwritten blocks), at several GB/s so that loading a
// cache stays cheap. Every step is a bijection of its lane's state, so any single
// changed 8-byte word always changes the result.

#include <cstddef>
#include <cstdint>

namespace alentour::detail {

std::uint64_t checksum64(const unsigned char* data, std::size_t size) noexcept;

// The same checksum fed piece by piece, so that a file can be written without being
// held whole in memory: checksum64(a + b) == Checksum64{}.update(a).update(b).finish().
class Checksum64 {
public:
    Checksum64& update(const unsigned char* data, std::size_t size) noexcept;
    std::uint64_t finish() const noexcept;

private:
    void block(const unsigned char* data) noexcept;

    std::uint64_t m_lane[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull, 0x082EFA98EC4E6C89ull};
    unsigned char m_pending[32] = {};  // the bytes of an unfinished 32-byte block
    std::size_t m_pending_size = 0;
    std::uint64_t m_size = 0;
};

} // namespace alentour::detail
