#pragma once
// What the tour tests share: Porto's car network built once, random points on it, and
// the exact optimum of small tours (Held–Karp), written here, not taken from alentour.

#include "support.hpp"

#include <alentour/error.hpp>
#include <alentour/snap.hpp>
#include <alentour/tour.hpp>

#include <limits>
#include <random>
#include <vector>

namespace alentour::test::tour {

// Porto (Portugal), car only; nullptr when ../shared/data is absent.
inline const Region* porto() {
    static const std::string path = shared_file("r5/porto_portugal.osm.pbf");
    if (path.empty()) return nullptr;
    static const Region region = [] {
        BuildOptions options;
        options.profiles = select_profiles(default_profiles(), {"car"});
        return build_region(path, options);
    }();
    return &region;
}

// `count` positions of random nodes of the largest component (seeded).
inline std::vector<LatLon> random_points(const Graph& graph, std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<NodeId> node(0, graph.node_count() - 1);
    std::vector<LatLon> points;
    while (points.size() < count) {
        const NodeId n = node(random);
        if (graph.component(n) == 0) points.push_back(graph.node_position(n));
    }
    return points;
}

// The shortest loop from point 0 through every other point of `m`, by dynamic
// programming over subsets (Held and Karp, 1962): exact, O(2^n n²).
inline double held_karp(const TimeMatrix& m) {
    const std::size_t n = m.size - 1;  // stops 1..n
    if (n == 0) return 0.0;
    const double inf = std::numeric_limits<double>::infinity();
    // best[set][last]: from 0 through `set` (bit i = stop i+1), ending at stop last+1
    std::vector<std::vector<double>> best(std::size_t{1} << n, std::vector<double>(n, inf));
    for (std::size_t i = 0; i < n; ++i) best[std::size_t{1} << i][i] = m(0, i + 1);
    for (std::size_t set = 1; set < (std::size_t{1} << n); ++set) {
        for (std::size_t last = 0; last < n; ++last) {
            if (!(set & (std::size_t{1} << last)) || best[set][last] == inf) continue;
            for (std::size_t next = 0; next < n; ++next) {
                if (set & (std::size_t{1} << next)) continue;
                const std::size_t with = set | (std::size_t{1} << next);
                best[with][next] = std::min(best[with][next], best[set][last] + m(last + 1, next + 1));
            }
        }
    }
    double shortest = inf;
    for (std::size_t last = 0; last < n; ++last) shortest = std::min(shortest, best.back()[last] + m(last + 1, 0));
    return shortest;
}

// The sub-matrix of `m` on `points` (the first one becomes 0).
inline TimeMatrix sub_matrix(const TimeMatrix& m, const std::vector<std::size_t>& points) {
    TimeMatrix sub;
    sub.size = points.size();
    for (const std::size_t a : points) {
        for (const std::size_t b : points) {
            sub.seconds.push_back(m(a, b));
            sub.metres.push_back(m.metres[a * m.size + b]);
        }
    }
    return sub;
}

} // namespace alentour::test::tour
