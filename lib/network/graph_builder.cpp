#include "graph_builder.hpp"
#include "shape_codec.hpp"

#include <algorithm>
#include <numeric>

namespace alentour::detail {
namespace {

struct Storage {
    std::vector<std::uint32_t> first_out, first_in, node_component, component_sizes, shape_offsets;
    std::vector<NodeId> geometry_ends;
    std::vector<Edge> edges;
    std::vector<InEdge> in_edges;
    std::vector<FixedPoint> node_points;
    std::vector<std::uint8_t> shape_bytes;

    GraphArrays arrays() const {
        return {first_out, edges, first_in, in_edges, node_points, node_component, component_sizes,
                shape_offsets, shape_bytes, geometry_ends};
    }
};

struct PendingEdge {
    NodeId source;
    NodeId target;
    std::uint32_t geometry;
    float seconds;
    float metres;
};

// Counts how many way pieces touch each node: ends count twice so that every way end
// and every node shared by two ways becomes a graph node.
std::vector<std::uint8_t> node_degrees(const RawWays& raw, std::size_t profile, std::size_t profile_count) {
    std::vector<std::uint8_t> degree(raw.node_points.size(), 0);
    const auto bump = [&](std::uint32_t node, int by) { degree[node] = static_cast<std::uint8_t>(std::min(2, degree[node] + by)); };
    for (std::size_t w = 0; w < raw.way_count(); ++w) {
        if (!raw.uses[w * profile_count + profile].usable()) continue;
        const std::uint32_t begin = raw.way_first_ref[w], end = raw.way_first_ref[w + 1];
        for (std::uint32_t i = begin; i < end; ++i) {
            const std::uint32_t node = raw.refs[i];
            if (node == missing_node) continue;
            const bool known_before = i > begin && raw.refs[i - 1] != missing_node;
            const bool known_after = i + 1 < end && raw.refs[i + 1] != missing_node;
            if (!known_before && !known_after) continue;  // a lone node left by a clipped way: no edge
            bump(node, known_before && known_after ? 1 : 2);
        }
    }
    return degree;
}

// A 2-D Hilbert curve index: nodes close on the ground get close ids, which keeps a
// search's memory accesses local.
std::uint64_t hilbert_index(std::uint32_t x, std::uint32_t y) {
    std::uint64_t d = 0;
    for (std::uint32_t s = 1u << 31; s > 0; s >>= 1) {
        const std::uint32_t rx = (x & s) ? 1 : 0;
        const std::uint32_t ry = (y & s) ? 1 : 0;
        d += static_cast<std::uint64_t>(s) * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = ~x;
                y = ~y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

class Builder {
public:
    Builder(const RawWays& raw, std::size_t profile, std::size_t profile_count)
        : m_raw(raw), m_profile(profile), m_profile_count(profile_count) {}

    BuiltGraph build() {
        assign_node_ids(node_degrees(m_raw, m_profile, m_profile_count));
        for (std::size_t w = 0; w < m_raw.way_count(); ++w) {
            const auto& use = m_raw.uses[w * m_profile_count + m_profile];
            if (use.usable()) split_way(w, use);
        }
        std::vector<NodeId>().swap(m_graph_id);
        m_s->shape_offsets.push_back(static_cast<std::uint32_t>(m_s->shape_bytes.size()));
        // Grown a piece at a time: give back the slack before the graph is kept.
        m_s->shape_bytes.shrink_to_fit(), m_s->shape_offsets.shrink_to_fit(), m_s->geometry_ends.shrink_to_fit();
        renumber_nodes_along_curve();
        fill_csr();
        return finish();
    }

private:
    void assign_node_ids(const std::vector<std::uint8_t>& degree) {
        m_graph_id.assign(m_raw.node_points.size(), invalid_id);
        for (std::uint32_t n = 0; n < degree.size(); ++n) {
            if (degree[n] >= 2) {
                m_graph_id[n] = static_cast<NodeId>(m_s->node_points.size());
                m_s->node_points.push_back(m_raw.node_points[n]);
            }
        }
    }

    void split_way(std::size_t w, const WayProfileUse& use) {
        const std::uint32_t begin = m_raw.way_first_ref[w], end = m_raw.way_first_ref[w + 1];
        std::uint32_t piece_start = invalid_id;
        for (std::uint32_t i = begin; i < end; ++i) {
            const std::uint32_t node = m_raw.refs[i];
            if (node == missing_node) {
                piece_start = invalid_id;
                continue;
            }
            if (piece_start == invalid_id) {
                piece_start = node;
                start_geometry(node);
                continue;
            }
            extend_geometry(node);
            if (m_graph_id[node] != invalid_id) {
                close_geometry(node, use);
                start_geometry(node);
            }
        }
    }

    void start_geometry(std::uint32_t node) {
        m_current_start = node;
        m_current_shape.assign(1, m_raw.node_points[node]);
        m_current_metres = 0.0;
    }

    void extend_geometry(std::uint32_t node) {
        const FixedPoint p = m_raw.node_points[node];
        const FixedPoint& last = m_current_shape.back();
        if (p.lat == last.lat && p.lon == last.lon) return;  // repeated node: no length, no shape point
        m_current_metres += haversine_metres(to_lat_lon(last), to_lat_lon(p));
        m_current_shape.push_back(p);
    }

    void close_geometry(std::uint32_t end_node, const WayProfileUse& use) {
        const auto geometry = static_cast<GeometryId>(m_s->geometry_ends.size() / 2);
        const NodeId from = m_graph_id[m_current_start], to = m_graph_id[end_node];
        if (m_current_shape.size() < 2) m_current_shape.push_back(m_current_shape.back());
        m_s->shape_offsets.push_back(static_cast<std::uint32_t>(m_s->shape_bytes.size()));
        encode_interior(m_current_shape, m_s->shape_bytes);
        m_s->geometry_ends.push_back(from);
        m_s->geometry_ends.push_back(to);
        const auto metres = static_cast<float>(m_current_metres);
        const auto seconds = static_cast<float>(m_current_metres / (use.speed_kmh / 3.6));
        if (use.forward) m_pending.push_back({from, to, geometry, seconds, metres});
        if (use.backward) m_pending.push_back({to, from, geometry | against_geometry, seconds, metres});
    }

    void renumber_nodes_along_curve() {
        const auto& points = m_s->node_points;
        if (points.empty()) return;
        std::int64_t min_lat = INT32_MAX, min_lon = INT32_MAX, max_lat = INT32_MIN, max_lon = INT32_MIN;
        for (const auto& p : points) {
            min_lat = std::min<std::int64_t>(min_lat, p.lat), max_lat = std::max<std::int64_t>(max_lat, p.lat);
            min_lon = std::min<std::int64_t>(min_lon, p.lon), max_lon = std::max<std::int64_t>(max_lon, p.lon);
        }
        const double scale = 4294967295.0 / static_cast<double>(std::max<std::int64_t>({1, max_lat - min_lat, max_lon - min_lon}));
        std::vector<std::uint64_t> key(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            key[i] = hilbert_index(static_cast<std::uint32_t>(static_cast<double>(points[i].lon - min_lon) * scale),
                                   static_cast<std::uint32_t>(static_cast<double>(points[i].lat - min_lat) * scale));
        }
        std::vector<NodeId> order(points.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](NodeId a, NodeId b) { return key[a] < key[b]; });
        std::vector<NodeId> new_id(points.size());
        std::vector<FixedPoint> sorted(points.size());
        for (NodeId i = 0; i < order.size(); ++i) {
            new_id[order[i]] = i;
            sorted[i] = points[order[i]];
        }
        m_s->node_points = std::move(sorted);
        for (auto& e : m_pending) e.source = new_id[e.source], e.target = new_id[e.target];
        for (auto& n : m_s->geometry_ends) n = new_id[n];
    }

    // Edges by source, in the order the ways gave them (a counting sort: no copy of the
    // pending edges, which are freed at once), and the reverse index by target, in edge order.
    void fill_csr() {
        const std::size_t n = m_s->node_points.size();
        m_s->first_out.assign(n + 1, 0);
        m_s->first_in.assign(n + 1, 0);
        for (const auto& e : m_pending) ++m_s->first_out[e.source + 1], ++m_s->first_in[e.target + 1];
        std::partial_sum(m_s->first_out.begin(), m_s->first_out.end(), m_s->first_out.begin());
        std::partial_sum(m_s->first_in.begin(), m_s->first_in.end(), m_s->first_in.begin());
        m_s->edges.resize(m_pending.size());
        std::vector<std::uint32_t> cursor(m_s->first_out.begin(), m_s->first_out.end() - 1);
        for (const auto& e : m_pending) m_s->edges[cursor[e.source]++] = {e.target, e.geometry, e.seconds, e.metres};
        std::vector<PendingEdge>().swap(m_pending);
        m_s->in_edges.resize(m_s->edges.size());
        cursor.assign(m_s->first_in.begin(), m_s->first_in.end() - 1);
        for (NodeId u = 0; u < n; ++u) {
            for (EdgeId id = m_s->first_out[u]; id < m_s->first_out[u + 1]; ++id) m_s->in_edges[cursor[m_s->edges[id].target]++] = {u, id};
        }
    }

    // Weakly connected components, numbered by decreasing size so 0 is the largest.
    std::uint32_t mark_components() {
        const std::size_t n = m_s->node_points.size();
        std::vector<std::uint32_t> parent(n);
        std::iota(parent.begin(), parent.end(), 0);
        const auto find = [&](std::uint32_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (NodeId u = 0; u < n; ++u) {
            for (std::uint32_t i = m_s->first_out[u]; i < m_s->first_out[u + 1]; ++i) {
                const auto a = find(u), b = find(m_s->edges[i].target);
                if (a != b) parent[std::max(a, b)] = std::min(a, b);
            }
        }
        std::vector<std::uint32_t> root_size(n, 0);
        for (NodeId u = 0; u < n; ++u) ++root_size[find(u)];
        std::vector<std::uint32_t> roots;
        for (NodeId u = 0; u < n; ++u) {
            if (root_size[u] > 0) roots.push_back(u);
        }
        std::stable_sort(roots.begin(), roots.end(), [&](auto a, auto b) { return root_size[a] > root_size[b]; });
        std::vector<std::uint32_t> label(n, 0);
        for (std::uint32_t c = 0; c < roots.size(); ++c) {
            label[roots[c]] = c;
            m_s->component_sizes.push_back(root_size[roots[c]]);
        }
        m_s->node_component.resize(n);
        for (NodeId u = 0; u < n; ++u) m_s->node_component[u] = label[find(u)];
        return static_cast<std::uint32_t>(roots.size());
    }

    BuiltGraph finish() {
        BuiltGraph out;
        out.component_count = mark_components();
        const std::size_t n = m_s->node_points.size();
        out.share_outside_largest = n == 0 ? 0.0 : 1.0 - static_cast<double>(m_s->component_sizes[0]) / static_cast<double>(n);
        const auto arrays = m_s->arrays();
        out.graph = Graph(arrays, std::shared_ptr<const void>(std::move(m_s)));
        return out;
    }

    const RawWays& m_raw;
    std::size_t m_profile, m_profile_count;
    std::unique_ptr<Storage> m_s = std::make_unique<Storage>();
    std::vector<NodeId> m_graph_id;  // raw node index → graph node, invalid_id if only a shape point
    std::vector<PendingEdge> m_pending;
    std::uint32_t m_current_start = 0;
    std::vector<FixedPoint> m_current_shape;
    double m_current_metres = 0.0;
};

} // namespace

BuiltGraph build_graph(const RawWays& raw, std::size_t profile_index, std::size_t profile_count) {
    return Builder(raw, profile_index, profile_count).build();
}

} // namespace alentour::detail
