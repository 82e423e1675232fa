// How the build's node pass finds the wanted nodes among all the file's nodes: the sorted
// id list walked in step with a sorted file (NodeLocations), against a binary search per
// node and a hash map, on 20 million synthetic ids of which one in five is wanted (a
// country's highway nodes among its buildings). Median of 3 rounds; bytes per wanted node.

#include "network/node_locations.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <unordered_map>
#include <vector>

using namespace alentour;
using namespace alentour::detail;

namespace {

double median_ms(const std::function<void()>& run) {
    std::vector<double> ms;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        run();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[1];
}

} // namespace

int main() {
    std::mt19937_64 rng(1);
    std::vector<std::int64_t> file_ids(20'000'000);
    std::int64_t id = 0;
    for (auto& v : file_ids) v = (id += 1 + static_cast<std::int64_t>(rng() % 4));
    std::vector<std::int64_t> wanted;
    for (const auto v : file_ids) {
        if (rng() % 5 == 0) wanted.push_back(v);
    }
    const double walk = median_ms([&] {
        NodeLocations nodes(wanted);
        for (const auto v : file_ids) nodes.offer(v, {1, 2});
    });
    const double search = median_ms([&] {
        std::vector<std::int64_t> ids(wanted);
        std::sort(ids.begin(), ids.end());
        std::vector<FixedPoint> points(ids.size());
        for (const auto v : file_ids) {
            const auto it = std::lower_bound(ids.begin(), ids.end(), v);
            if (it != ids.end() && *it == v) points[static_cast<std::size_t>(it - ids.begin())] = {1, 2};
        }
    });
    std::size_t buckets = 0;
    const double hash = median_ms([&] {
        std::unordered_map<std::int64_t, FixedPoint> map;
        map.reserve(wanted.size());
        for (const auto v : wanted) map.emplace(v, FixedPoint{});
        for (const auto v : file_ids) {
            if (const auto it = map.find(v); it != map.end()) it->second = {1, 2};
        }
        buckets = map.bucket_count();
    });
    // A hash map node holds the next pointer, the key and the position (24 bytes, 32 as
    // allocated), plus a bucket pointer.
    const double hash_bytes = 32.0 + 8.0 * static_cast<double>(buckets) / static_cast<double>(wanted.size());
    std::printf("%zu wanted among %zu nodes (list built included)\n", wanted.size(), file_ids.size());
    std::printf("sorted ids walked in step : %7.0f ms  16 bytes per wanted node\n", walk);
    std::printf("binary search per node    : %7.0f ms  16 bytes per wanted node (%.1f× slower)\n", search, search / walk);
    std::printf("std::unordered_map        : %7.0f ms  %.0f bytes per wanted node (%.1f× slower)\n", hash, hash_bytes, hash / walk);
}
