#include "tour/route_line.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace alentour::detail {
namespace {

constexpr float label_tolerance = 1e-3f;  // seconds: labels are float sums of edge times

// The points of a shape at and between fractions a <= b of its length.
std::vector<LatLon> forward_piece(const std::vector<LatLon>& points, double a, double b) {
    std::vector<double> at(points.size(), 0.0);
    for (std::size_t i = 1; i < points.size(); ++i) at[i] = at[i - 1] + haversine_metres(points[i - 1], points[i]);
    const double total = at.back();
    const auto point_at = [&](double fraction) {
        const double d = fraction * total;
        const std::size_t i = static_cast<std::size_t>(std::upper_bound(at.begin(), at.end(), d) - at.begin());
        if (i == 0) return points.front();
        if (i >= points.size()) return points.back();
        const double length = at[i] - at[i - 1], t = length > 0 ? (d - at[i - 1]) / length : 0.0;
        return LatLon{points[i - 1].lat + t * (points[i].lat - points[i - 1].lat), points[i - 1].lon + t * (points[i].lon - points[i - 1].lon)};
    };
    std::vector<LatLon> piece{point_at(a)};
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (total > 0 && at[i] > a * total && at[i] < b * total) piece.push_back(points[i]);
    }
    piece.push_back(point_at(b));
    return piece;
}

void append(std::vector<LatLon>& line, const std::vector<LatLon>& piece) {
    for (const LatLon& p : piece) {
        if (line.empty() || line.back().lat != p.lat || line.back().lon != p.lon) line.push_back(p);
    }
}

// The time at which the search seeded `node` from its source, or infinity when it did not.
float seed_seconds(const Graph& g, const Snap& s, NodeId node) {
    float best = unreached;
    const GeometryEdges edges = g.edges_of(s.geometry);
    const NodeId start = g.geometry_start(s.geometry), end = g.geometry_end(s.geometry);
    if (edges.along != invalid_id && node == end) best = std::min(best, static_cast<float>((1.0 - s.fraction) * g.edge(edges.along).seconds));
    if (edges.against != invalid_id && node == start) best = std::min(best, static_cast<float>(s.fraction * g.edge(edges.against).seconds));
    if ((s.fraction <= 0.0 && node == start) || (s.fraction >= 1.0 && node == end)) best = 0.0f;
    return best;
}

// The shape of a directed edge as driven.
std::vector<LatLon> edge_shape(const Graph& g, const Edge& e) {
    const GeometryId geometry = e.geometry & ~against_geometry;
    return (e.geometry & against_geometry) != 0 ? shape_between(g, geometry, 1.0, 0.0) : shape_between(g, geometry, 0.0, 1.0);
}

// From the source's snapped place to `node`, along the edges whose times explain the labels.
std::vector<LatLon> way_to_node(const Graph& g, const SearchResult& result, const Snap& from, NodeId node) {
    std::vector<std::vector<LatLon>> pieces;  // backwards
    for (std::uint32_t steps = 0; steps <= g.node_count(); ++steps) {
        const float here = result.seconds(node);
        if (std::abs(seed_seconds(g, from, node) - here) <= label_tolerance) {
            const bool at_end = node == g.geometry_end(from.geometry);
            pieces.push_back(shape_between(g, from.geometry, from.fraction, at_end ? 1.0 : 0.0));
            break;
        }
        float closest = std::numeric_limits<float>::infinity();
        InEdge best{invalid_id, invalid_id};
        for (const InEdge& in : g.in_edges(node)) {
            const float gap = std::abs(result.seconds(in.source) + g.edge(in.edge).seconds - here);
            if (gap < closest) closest = gap, best = in;
        }
        if (best.source == invalid_id) break;
        pieces.push_back(edge_shape(g, g.edge(best.edge)));
        node = best.source;
    }
    std::vector<LatLon> line;
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) append(line, *it);
    return line;
}

} // namespace

std::vector<LatLon> shape_between(const Graph& graph, GeometryId geometry, double from, double to) {
    std::vector<LatLon> points;
    for (const FixedPoint& p : graph.shape(geometry)) points.push_back(to_lat_lon(p));
    if (from <= to) return forward_piece(points, from, to);
    auto piece = forward_piece(points, to, from);
    std::reverse(piece.begin(), piece.end());
    return piece;
}

std::vector<LatLon> route_line(const Graph& graph, const SearchResult& result, const Snap& from, const Snap& to) {
    const Arrival arrival = arrival_at(graph, result, to);
    const GeometryEdges edges = graph.edges_of(to.geometry);
    const NodeId start = graph.geometry_start(to.geometry), end = graph.geometry_end(to.geometry);
    const auto close = [&](double seconds) { return std::abs(seconds - arrival.seconds) <= label_tolerance; };
    std::vector<LatLon> line{from.input};
    // The same ways arrival_at tries, in its order: the one that gave the time is the route.
    if (from.geometry == to.geometry) {
        const EdgeId edge = to.fraction >= from.fraction ? edges.along : edges.against;
        if (edge != invalid_id && close(std::abs(to.fraction - from.fraction) * graph.edge(edge).seconds)) {
            append(line, shape_between(graph, to.geometry, from.fraction, to.fraction));
            line.push_back(to.input);
            return line;
        }
    }
    const bool via_start = edges.along != invalid_id && result.seconds(start) != unreached &&
                           close(result.seconds(start) + to.fraction * graph.edge(edges.along).seconds);
    const NodeId node = via_start || (to.fraction <= 0.0 && close(result.seconds(start))) ? start : end;
    append(line, way_to_node(graph, result, from, node));
    append(line, shape_between(graph, to.geometry, node == start ? 0.0 : 1.0, to.fraction));
    line.push_back(to.input);
    return line;
}

} // namespace alentour::detail
