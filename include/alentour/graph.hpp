#pragma once
// The road graph of one profile: a compressed sparse row graph with 32-bit ids.
// A Graph is a set of read-only views; the arrays behind them are either owned vectors
// (just built) or a memory-mapped cache file, and the Graph keeps them alive.

#include <alentour/geo.hpp>

#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <vector>

namespace alentour {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
using GeometryId = std::uint32_t;
constexpr std::uint32_t invalid_id = std::numeric_limits<std::uint32_t>::max();

// A directed edge between two graph nodes (intersections or way ends).
struct Edge {
    NodeId target;
    std::uint32_t geometry;  // GeometryId, with `against_geometry` set when driven end to start
    float seconds;
    float metres;
};
static_assert(sizeof(Edge) == 16);

constexpr std::uint32_t against_geometry = 0x80000000u;

// An edge as seen from its target, for searches towards a point. Its weights are read
// from the edge itself: a reverse search reads the edge record for the metres anyway,
// so a copy of the seconds here would only cost 4 bytes per edge.
struct InEdge {
    NodeId source;
    EdgeId edge;
};
static_assert(sizeof(InEdge) == 8);

// The directed edges that use a geometry: along its shape (first to last point) and against it.
struct GeometryEdges {
    EdgeId along = invalid_id;
    EdgeId against = invalid_id;
};
static_assert(sizeof(GeometryEdges) == 8);

// The arrays of a graph. Offsets arrays have one more entry than what they index.
struct GraphArrays {
    std::span<const std::uint32_t> first_out;       // node → first out edge
    std::span<const Edge> edges;
    std::span<const std::uint32_t> first_in;        // node → first in edge
    std::span<const InEdge> in_edges;
    std::span<const FixedPoint> node_points;
    std::span<const std::uint32_t> node_component;  // node → component id (0 is the largest)
    std::span<const std::uint32_t> component_sizes;
    std::span<const std::uint32_t> shape_offsets;   // geometry → first byte of its shape
    std::span<const std::uint8_t> shape_bytes;      // points between a geometry's ends, delta-coded
    std::span<const NodeId> geometry_ends;          // geometry g runs from ends[2g] to ends[2g+1]
};

class Graph {
public:
    Graph() = default;
    // `owner` keeps the memory behind `arrays` alive.
    Graph(GraphArrays arrays, std::shared_ptr<const void> owner);

    std::uint32_t node_count() const noexcept { return static_cast<std::uint32_t>(m_arrays.node_points.size()); }
    std::uint32_t edge_count() const noexcept { return static_cast<std::uint32_t>(m_arrays.edges.size()); }
    std::uint32_t geometry_count() const noexcept { return static_cast<std::uint32_t>(m_arrays.geometry_ends.size() / 2); }

    std::span<const Edge> out_edges(NodeId node) const noexcept {
        return m_arrays.edges.subspan(m_arrays.first_out[node], m_arrays.first_out[node + 1] - m_arrays.first_out[node]);
    }
    std::span<const InEdge> in_edges(NodeId node) const noexcept {
        return m_arrays.in_edges.subspan(m_arrays.first_in[node], m_arrays.first_in[node + 1] - m_arrays.first_in[node]);
    }
    const Edge& edge(EdgeId id) const noexcept { return m_arrays.edges[id]; }
    NodeId edge_source(EdgeId id) const noexcept;

    LatLon node_position(NodeId node) const noexcept { return to_lat_lon(m_arrays.node_points[node]); }
    std::uint32_t component(NodeId node) const noexcept { return m_arrays.node_component[node]; }
    std::span<const std::uint32_t> component_sizes() const noexcept { return m_arrays.component_sizes; }

    // Shape points of a geometry, first to last (its end nodes included). The second
    // form reuses `out` (cleared first), for loops over many geometries.
    std::vector<FixedPoint> shape(GeometryId geometry) const;
    void shape(GeometryId geometry, std::vector<FixedPoint>& out) const;
    // Found among the out edges of the geometry's ends (a handful), not stored: 8 bytes
    // per geometry saved for a scan of about three edges.
    GeometryEdges edges_of(GeometryId geometry) const noexcept;
    NodeId geometry_start(GeometryId geometry) const noexcept { return m_arrays.geometry_ends[2 * geometry]; }
    NodeId geometry_end(GeometryId geometry) const noexcept { return m_arrays.geometry_ends[2 * geometry + 1]; }

    const GraphArrays& arrays() const noexcept { return m_arrays; }
    BoundingBox bounds() const;

private:
    GraphArrays m_arrays;
    std::shared_ptr<const void> m_owner;
};

} // namespace alentour
