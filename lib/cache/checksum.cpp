#include "checksum.hpp"

#include <cstring>

namespace alentour::detail {
namespace {

constexpr std::uint64_t prime = 0x9E3779B97F4A7C15ull;

std::uint64_t rotl(std::uint64_t x, int r) noexcept { return (x << r) | (x >> (64 - r)); }

std::uint64_t load64(const unsigned char* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::uint64_t mix(std::uint64_t lane, std::uint64_t word) noexcept { return rotl(lane ^ word, 31) * prime; }

} // namespace

std::uint64_t checksum64(const unsigned char* data, std::size_t size) noexcept {
    // Four independent lanes let the CPU work on four words at once.
    std::uint64_t lane[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull, 0x082EFA98EC4E6C89ull};
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        for (int k = 0; k < 4; ++k) lane[k] = mix(lane[k], load64(data + i + 8 * k));
    }
    for (int k = 0; i + 8 <= size; i += 8, ++k) lane[k] = mix(lane[k], load64(data + i));
    std::uint64_t tail = 0;
    std::memcpy(&tail, data + i, size - i);
    std::uint64_t h = mix(static_cast<std::uint64_t>(size), tail);
    for (const auto l : lane) h = mix(h, l);
    h ^= h >> 29;
    return h * prime;
}

} // namespace alentour::detail
