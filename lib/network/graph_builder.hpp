#pragma once
// Second stage of a build: the ways one profile may use become a CSR graph whose
// nodes are the intersections and way ends, each edge keeping its shape points.

#include "osm_reader.hpp"

#include <alentour/graph.hpp>

namespace alentour::detail {

struct BuiltGraph {
    Graph graph;
    std::uint32_t component_count = 0;
    double share_outside_largest = 0.0;
};

BuiltGraph build_graph(const RawWays& raw, std::size_t profile_index, std::size_t profile_count);

} // namespace alentour::detail
