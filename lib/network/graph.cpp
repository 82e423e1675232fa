#include <alentour/graph.hpp>

#include "shape_codec.hpp"

#include <algorithm>

namespace alentour {

Graph::Graph(GraphArrays arrays, std::shared_ptr<const void> owner) : m_arrays(arrays), m_owner(std::move(owner)) {}

NodeId Graph::edge_source(EdgeId id) const noexcept {
    const auto& first = m_arrays.first_out;
    return static_cast<NodeId>(std::upper_bound(first.begin(), first.end(), id) - first.begin() - 1);
}

GeometryEdges Graph::edges_of(GeometryId geometry) const noexcept {
    GeometryEdges found;
    const auto find = [&](NodeId from, std::uint32_t tag) {
        const auto out = out_edges(from);
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i].geometry == tag) return static_cast<EdgeId>(&out[i] - m_arrays.edges.data());
        }
        return invalid_id;
    };
    found.along = find(geometry_start(geometry), geometry);
    found.against = find(geometry_end(geometry), geometry | against_geometry);
    return found;
}

std::vector<FixedPoint> Graph::shape(GeometryId geometry) const {
    std::vector<FixedPoint> out;
    shape(geometry, out);
    return out;
}

void Graph::shape(GeometryId geometry, std::vector<FixedPoint>& out) const {
    out.clear();
    const auto begin = m_arrays.shape_offsets[geometry];
    detail::decode_shape(m_arrays.node_points[geometry_start(geometry)], m_arrays.shape_bytes.subspan(begin, m_arrays.shape_offsets[geometry + 1] - begin),
                         m_arrays.node_points[geometry_end(geometry)], out);
}

// The shape points count too: a street bends out beyond the junctions at its ends.
BoundingBox Graph::bounds() const {
    BoundingBox box;
    for (const auto& p : m_arrays.node_points) box.extend(to_lat_lon(p));
    std::vector<FixedPoint> points;
    for (GeometryId g = 0; g < geometry_count(); ++g) {
        shape(g, points);
        for (const auto& p : points) box.extend(to_lat_lon(p));
    }
    return box;
}

} // namespace alentour
