#include "poster/streets.hpp"

#include <algorithm>

namespace alentour::detail {

namespace {

// `rank` 0 for paths and minor ways, 1 streets, 2 roads cars drive fast on.
void add_streets(std::vector<MapStreet>& streets, const Graph& graph, const BoundingBox& bounds, bool roads) {
    for (GeometryId g = 0; g < graph.geometry_count(); ++g) {
        const auto shape = graph.shape(g);
        const bool inside = std::any_of(shape.begin(), shape.end(), [&](const FixedPoint& p) { return bounds.contains(to_lat_lon(p), 200.0); });
        if (!inside) continue;
        MapStreet street;
        for (const auto& p : shape) street.line.push_back(to_lat_lon(p));
        const GeometryEdges edges = graph.edges_of(g);
        const Edge& edge = graph.edge(edges.along != invalid_id ? edges.along : edges.against);
        const double kmh = edge.seconds > 0 ? edge.metres / edge.seconds * 3.6 : 0.0;
        street.rank = !roads ? 0 : (kmh >= 40.0 ? 2 : 1);
        streets.push_back(std::move(street));
    }
}

} // namespace

// Streets from the networks themselves: every way a walker uses, and over them the
// roads, thicker where cars drive fast.
std::vector<MapStreet> map_streets(const Region& region, const BoundingBox& bounds) {
    std::vector<MapStreet> streets;
    for (const auto& network : region.networks()) {
        if (network.mode == "walk") add_streets(streets, network.graph, bounds, false);
    }
    for (const auto& network : region.networks()) {
        if (network.mode == "car") add_streets(streets, network.graph, bounds, true);
    }
    // A region built for cycling only still gets its streets drawn.
    if (streets.empty() && !region.networks().empty()) add_streets(streets, region.networks().front().graph, bounds, false);
    return streets;
}

} // namespace alentour::detail
