#pragma once
// The queue of a search: a radix heap (Ahuja, Mehlhorn, Orlin, Tarjan) over the bit
// patterns of non-negative float seconds, which order like the numbers they encode.
// Dijkstra only ever adds keys at or above the last one taken out, which is all a
// radix heap needs; an entry moves down at most 32 buckets in its life, and a push is
// an append, against a 4-ary heap's sift with position updates written into every
// label it moves (with it the label shrank to 12 bytes; the car search on Porto went
// from 7.4 to 4.5 ms of CPU in bench_search, together with the 8-byte reverse index).
// Stale entries (a node pushed again with a shorter time) are left in and skipped by
// the searcher.

#include <alentour/graph.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <vector>

namespace alentour::detail {

class RadixQueue {
public:
    struct Item {
        std::uint32_t key;  // the float seconds' bits
        NodeId node;
    };

    static std::uint32_t key_of(float seconds) noexcept { return std::bit_cast<std::uint32_t>(seconds); }
    static float seconds_of(std::uint32_t key) noexcept { return std::bit_cast<float>(key); }

    bool empty() const noexcept { return m_size == 0; }
    void clear() noexcept;
    void push(float seconds, NodeId node) {
        const std::uint32_t key = key_of(seconds);
        m_buckets[bucket_of(key)].push_back({key, node});
        ++m_size;
    }
    Item pop();

private:
    // Bucket b > 0 holds keys whose highest bit differing from the last key taken out is b - 1.
    std::size_t bucket_of(std::uint32_t key) const noexcept {
        return key == m_last ? 0 : static_cast<std::size_t>(32 - std::countl_zero(key ^ m_last));
    }
    void refill_first_bucket();

    std::array<std::vector<Item>, 33> m_buckets;
    std::uint32_t m_last = 0;
    std::size_t m_size = 0;
};

} // namespace alentour::detail
