#include "checksum.hpp"

#include <algorithm>
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

// Four independent lanes let the CPU work on four words at once.
void Checksum64::block(const unsigned char* data) noexcept {
    for (int k = 0; k < 4; ++k) m_lane[k] = mix(m_lane[k], load64(data + 8 * k));
}

Checksum64& Checksum64::update(const unsigned char* data, std::size_t size) noexcept {
    m_size += size;
    if (size == 0) return *this;
    if (m_pending_size > 0) {
        const std::size_t take = std::min(size, sizeof m_pending - m_pending_size);
        std::memcpy(m_pending + m_pending_size, data, take);
        m_pending_size += take, data += take, size -= take;
        if (m_pending_size < sizeof m_pending) return *this;
        block(m_pending);
        m_pending_size = 0;
    }
    for (; size >= sizeof m_pending; data += sizeof m_pending, size -= sizeof m_pending) block(data);
    if (size > 0) std::memcpy(m_pending, data, size);
    m_pending_size = size;
    return *this;
}

// The last words go to the lanes in turn, the last bytes into one word with the size.
std::uint64_t Checksum64::finish() const noexcept {
    std::uint64_t lane[4];
    std::memcpy(lane, m_lane, sizeof lane);
    std::size_t i = 0;
    for (int k = 0; i + 8 <= m_pending_size; i += 8, ++k) lane[k] = mix(lane[k], load64(m_pending + i));
    std::uint64_t tail = 0;
    std::memcpy(&tail, m_pending + i, m_pending_size - i);
    std::uint64_t h = mix(m_size, tail);
    for (const auto l : lane) h = mix(h, l);
    h ^= h >> 29;
    return h * prime;
}

std::uint64_t checksum64(const unsigned char* data, std::size_t size) noexcept { return Checksum64{}.update(data, size).finish(); }

} // namespace alentour::detail
