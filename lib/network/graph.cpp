#include <alentour/graph.hpp>

#include <algorithm>

namespace alentour {

Graph::Graph(GraphArrays arrays, std::shared_ptr<const void> owner) : m_arrays(arrays), m_owner(std::move(owner)) {}

NodeId Graph::edge_source(EdgeId id) const noexcept {
    const auto& first = m_arrays.first_out;
    return static_cast<NodeId>(std::upper_bound(first.begin(), first.end(), id) - first.begin() - 1);
}

std::span<const FixedPoint> Graph::shape(GeometryId geometry) const noexcept {
    const auto begin = m_arrays.shape_offsets[geometry];
    return m_arrays.shape_points.subspan(begin, m_arrays.shape_offsets[geometry + 1] - begin);
}

// The shape points count too: a street bends out beyond the junctions at its ends.
BoundingBox Graph::bounds() const {
    BoundingBox box;
    for (const auto& p : m_arrays.node_points) box.extend(to_lat_lon(p));
    for (const auto& p : m_arrays.shape_points) box.extend(to_lat_lon(p));
    return box;
}

} // namespace alentour
