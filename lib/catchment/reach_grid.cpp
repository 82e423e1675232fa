#include "reach_grid.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace alentour::detail {
namespace {

constexpr float never = std::numeric_limits<float>::infinity();
// Beyond a million cells a catchment is city-wide (by car): cells grow instead, and the
// reach becomes at least one cell so that streets stay connected.
constexpr double largest_grid_cells = 1e6;

// The time at which each point along a geometry is reached: from either end over the
// edges the search direction allows, or from a source lying on the geometry.
class TimeAlong {
public:
    TimeAlong(const Graph& graph, const SearchResult& result, GeometryId g) {
        const GeometryEdges edges = graph.edges_of(g);
        const bool forward = result.direction() == Direction::forward;
        const EdgeId from_start = forward ? edges.along : edges.against;
        const EdgeId from_end = forward ? edges.against : edges.along;
        m_start_node = result.seconds(graph.geometry_start(g));
        m_end_node = result.seconds(graph.geometry_end(g));
        if (from_start != invalid_id) m_from_start = graph.edge(from_start).seconds;
        if (from_end != invalid_id) m_from_end = graph.edge(from_end).seconds;
        for (const Snap& s : result.sources()) {
            if (s.geometry != g) continue;
            const EdgeId towards_end = forward ? edges.along : edges.against;
            const EdgeId towards_start = forward ? edges.against : edges.along;
            m_sources.push_back({s.fraction, towards_end == invalid_id ? never : graph.edge(towards_end).seconds,
                                 towards_start == invalid_id ? never : graph.edge(towards_start).seconds});
        }
    }

    float at(double x) const {
        double t = std::min(via(m_start_node, x, m_from_start), via(m_end_node, 1.0 - x, m_from_end));
        if (x <= 0.0) t = std::min<double>(t, m_start_node);
        if (x >= 1.0) t = std::min<double>(t, m_end_node);
        for (const auto& s : m_sources) {
            t = std::min(t, x >= s.fraction ? via(0.0, x - s.fraction, s.towards_end) : via(0.0, s.fraction - x, s.towards_start));
        }
        return static_cast<float>(t);
    }

private:
    // The time at a point `fraction` of an edge away from a point reached at `start`;
    // never when the edge is not allowed (0 × ∞ would make the point itself NaN, and a
    // NaN time is in no band: a one-way dead end lost its last cell that way).
    static double via(double start, double fraction, double edge_seconds) {
        return edge_seconds == never ? never : start + fraction * edge_seconds;
    }

    struct Source {
        double fraction;
        double towards_end, towards_start;  // seconds for the whole edge, infinite if not allowed
    };
    double m_start_node, m_end_node;
    double m_from_start = never, m_from_end = never;
    std::vector<Source> m_sources;
};

struct ProjectedShape {
    GeometryId geometry;
    std::vector<XY> points;
    std::vector<double> cumulative;  // length from the first point
};

ProjectedShape project_shape(const Graph& graph, const LocalProjection& projection, GeometryId g) {
    ProjectedShape out{g, {}, {0.0}};
    for (const auto& p : graph.shape(g)) {
        out.points.push_back(projection.forward(to_lat_lon(p)));
        if (out.points.size() > 1) {
            const XY& a = out.points[out.points.size() - 2];
            out.cumulative.push_back(out.cumulative.back() + std::hypot(out.points.back().x - a.x, out.points.back().y - a.y));
        }
    }
    return out;
}

// The geometries next to a settled node, or holding a source, in id order.
std::vector<GeometryId> touched_geometries(const Graph& graph, const SearchResult& result) {
    std::vector<std::uint8_t> seen(graph.geometry_count(), 0);
    const auto see = [&](GeometryId g) { seen[g & ~against_geometry] = 1; };
    for (const NodeId node : result.settled()) {
        for (const Edge& e : graph.out_edges(node)) see(e.geometry);
        for (const InEdge& e : graph.in_edges(node)) see(graph.edge(e.edge).geometry);
    }
    for (const Snap& source : result.sources()) see(source.geometry);
    std::vector<GeometryId> touched;
    for (GeometryId g = 0; g < graph.geometry_count(); ++g) {
        if (seen[g]) touched.push_back(g);
    }
    return touched;
}

// Squared distances (in cells) to the nearest seed along each column, with its row.
void column_pass(const std::vector<std::uint8_t>& is_seed, int width, int height, std::vector<std::int64_t>& dist2,
                 std::vector<int>& seed_row) {
    constexpr std::int64_t far_away = std::numeric_limits<std::int64_t>::max() / 4;
    for (int x = 0; x < width; ++x) {
        int last = -1;
        for (int y = 0; y < height; ++y) {
            const std::size_t c = static_cast<std::size_t>(y) * width + x;
            if (is_seed[c]) last = y;
            seed_row[c] = last;
            dist2[c] = last < 0 ? far_away : static_cast<std::int64_t>(y - last) * (y - last);
        }
        last = -1;
        for (int y = height - 1; y >= 0; --y) {
            const std::size_t c = static_cast<std::size_t>(y) * width + x;
            if (is_seed[c]) last = y;
            if (last >= 0 && static_cast<std::int64_t>(last - y) * (last - y) < dist2[c]) {
                dist2[c] = static_cast<std::int64_t>(last - y) * (last - y);
                seed_row[c] = last;
            }
        }
    }
}

} // namespace

ReachGrid::ReachGrid(const Graph& graph, const SearchResult& result, const LocalProjection& projection, double reach_metres,
                     double max_seconds)
    : m_graph(graph), m_result(result) {
    // The extent: every point reached within the largest band, widened by the reach.
    // Points are taken every D along each segment (a long straight road is reached part
    // of the way); the margin of more than D covers what lies between them.
    std::vector<ProjectedShape> shapes;
    double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
    const double step = std::max(reach_metres, 1.0);
    for (const GeometryId g : touched_geometries(graph, result)) {
        shapes.push_back(project_shape(graph, projection, g));
        const TimeAlong time(graph, result, g);
        const auto& s = shapes.back();
        const double total = s.cumulative.back();
        for (std::size_t i = 0; i < s.points.size(); ++i) {
            const double length = i + 1 < s.points.size() ? s.cumulative[i + 1] - s.cumulative[i] : 0.0;
            const int pieces = std::max(1, static_cast<int>(std::ceil(length / step)));
            for (int k = 0; k < pieces; ++k) {
                const double t = static_cast<double>(k) / pieces;
                const double x = total > 0 ? (s.cumulative[i] + t * length) / total : 0.0;
                if (time.at(x) > max_seconds) continue;
                const XY& a = s.points[i];
                const XY& b = i + 1 < s.points.size() ? s.points[i + 1] : a;
                const XY p{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
                min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
                min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
            }
        }
    }
    if (!(min_x <= max_x)) return;  // nothing reached: an empty grid
    const double margin = reach_metres * 1.2 + 1.0;
    min_x -= margin, min_y -= margin, max_x += margin, max_y += margin;
    const double area = (max_x - min_x) * (max_y - min_y);
    m_frame.cell = std::max({reach_metres / 5.0, std::sqrt(area / largest_grid_cells), 0.5});
    m_frame.min_x = min_x;
    m_frame.max_y = max_y;
    m_frame.width = static_cast<int>(std::ceil((max_x - min_x) / m_frame.cell));
    m_frame.height = static_cast<int>(std::ceil((max_y - min_y) / m_frame.cell));
    const std::size_t cells = static_cast<std::size_t>(m_frame.width) * m_frame.height;
    m_seed_time.assign(cells, never);
    m_is_seed.assign(cells, 0);

    for (const auto& s : shapes) add_samples(s.points, s.cumulative, s.geometry, true);
    // Streets the search never reached still claim the ground around them.
    BoundingBox box;
    for (const XY corner : {XY{min_x, min_y}, XY{min_x, max_y}, XY{max_x, min_y}, XY{max_x, max_y}}) box.extend(projection.inverse(corner));
    const FixedPoint low = to_fixed({box.min_lat, box.min_lon}), high = to_fixed({box.max_lat, box.max_lon});
    std::vector<std::uint8_t> done(graph.geometry_count(), 0);
    for (const auto& s : shapes) done[s.geometry] = 1;
    std::vector<FixedPoint> shape;
    for (GeometryId g = 0; g < graph.geometry_count(); ++g) {
        if (done[g]) continue;
        // A long straight street may cross the grid with all its points outside it.
        graph.shape(g, shape);
        FixedPoint min = shape.front(), max = shape.front();
        for (const auto& p : shape) {
            min.lat = std::min(min.lat, p.lat), min.lon = std::min(min.lon, p.lon);
            max.lat = std::max(max.lat, p.lat), max.lon = std::max(max.lon, p.lon);
        }
        if (max.lat < low.lat || min.lat > high.lat || max.lon < low.lon || min.lon > high.lon) continue;
        const auto projected = project_shape(graph, projection, g);
        add_samples(projected.points, projected.cumulative, g, false);
    }
    nearest_seed_times(reach_metres);
}

template <typename TimeAt>
void ReachGrid::mark_segment(XY a, XY b, TimeAt&& time_at) {
    const double gx0 = (a.x - m_frame.min_x) / m_frame.cell, gy0 = (m_frame.max_y - a.y) / m_frame.cell;
    const double gx1 = (b.x - m_frame.min_x) / m_frame.cell, gy1 = (m_frame.max_y - b.y) / m_frame.cell;
    const double dx = gx1 - gx0, dy = gy1 - gy0;
    int cx = static_cast<int>(std::floor(gx0)), cy = static_cast<int>(std::floor(gy0));
    const int end_x = static_cast<int>(std::floor(gx1)), end_y = static_cast<int>(std::floor(gy1));
    const int step_x = dx > 0 ? 1 : -1, step_y = dy > 0 ? 1 : -1;
    const double delta_x = dx != 0 ? std::abs(1.0 / dx) : INFINITY, delta_y = dy != 0 ? std::abs(1.0 / dy) : INFINITY;
    double next_x = dx > 0 ? (cx + 1 - gx0) / dx : (dx < 0 ? (gx0 - cx) / -dx : INFINITY);
    double next_y = dy > 0 ? (cy + 1 - gy0) / dy : (dy < 0 ? (gy0 - cy) / -dy : INFINITY);
    double enter = 0.0;
    const int max_steps = std::abs(end_x - cx) + std::abs(end_y - cy) + 1;
    for (int step = 0; step < max_steps; ++step) {
        const double leave = std::min({next_x, next_y, 1.0});
        mark_cell(cx, cy, std::min(time_at(enter), time_at(leave)));
        if (leave >= 1.0) break;
        enter = leave;
        if (next_x < next_y) {
            cx += step_x;
            next_x += delta_x;
        } else {
            cy += step_y;
            next_y += delta_y;
        }
    }
}

void ReachGrid::mark_cell(int col, int row, float seconds) {
    if (col < 0 || row < 0 || col >= m_frame.width || row >= m_frame.height) return;
    const std::size_t c = static_cast<std::size_t>(row) * m_frame.width + col;
    m_is_seed[c] = 1;
    m_seed_time[c] = std::min(m_seed_time[c], seconds);
}

void ReachGrid::add_samples(const std::vector<XY>& shape, const std::vector<double>& cumulative, GeometryId g, bool touched) {
    const double total = cumulative.back();
    if (!touched) {
        for (std::size_t i = 0; i + 1 < shape.size(); ++i) mark_segment(shape[i], shape[i + 1], [](double) { return never; });
        return;
    }
    const TimeAlong time(m_graph, m_result, g);
    if (total <= 0.0) {
        mark_segment(shape.front(), shape.front(), [&](double) { return std::min(time.at(0.0), time.at(1.0)); });
        return;
    }
    for (std::size_t i = 0; i + 1 < shape.size(); ++i) {
        const double from = cumulative[i], length = cumulative[i + 1] - cumulative[i];
        // The ends of the whole geometry are its nodes: exactly 0 and 1, so a node's own time applies.
        mark_segment(shape[i], shape[i + 1], [&](double t) {
            const double along = from + t * length;
            const double x = (i == 0 && t <= 0.0) ? 0.0 : (i + 2 == shape.size() && t >= 1.0) ? 1.0 : along / total;
            return time.at(x);
        });
    }
}

// Felzenszwalb & Huttenlocher's exact Euclidean distance transform, keeping which
// seed is nearest: columns first, then the lower envelope of parabolas along rows.
void ReachGrid::nearest_seed_times(double reach_metres) {
    const int width = m_frame.width, height = m_frame.height;
    const std::size_t cells = static_cast<std::size_t>(width) * height;
    std::vector<std::int64_t> dist2(cells);
    std::vector<int> seed_row(cells);
    column_pass(m_is_seed, width, height, dist2, seed_row);

    const double reach_cells = std::max(reach_metres / m_frame.cell, 1.0);
    const double reach2 = reach_cells * reach_cells;
    constexpr std::int64_t far_away = std::numeric_limits<std::int64_t>::max() / 4;
    m_times.assign(cells, never);
    std::vector<int> v(width);
    std::vector<double> z(width + 1);
    for (int y = 0; y < height; ++y) {
        const std::int64_t* f = &dist2[static_cast<std::size_t>(y) * width];
        const auto value = [&](int q) { return static_cast<double>(f[q]) + static_cast<double>(q) * q; };
        int k = -1;
        for (int q = 0; q < width; ++q) {
            if (f[q] >= far_away) continue;
            while (k >= 0) {
                const double s = (value(q) - value(v[k])) / (2.0 * (q - v[k]));
                if (s > z[k]) {
                    v[++k] = q;
                    z[k] = s;
                    z[k + 1] = INFINITY;
                    break;
                }
                --k;
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = -INFINITY;
                z[1] = INFINITY;
            }
        }
        if (k < 0) continue;  // no seed in any column: nothing within reach on this row
        int j = 0;
        for (int x = 0; x < width; ++x) {
            while (z[j + 1] < x) ++j;
            const int q = v[j];
            const double d2 = static_cast<double>(x - q) * (x - q) + static_cast<double>(f[q]);
            if (d2 > reach2) continue;
            const std::size_t seed = static_cast<std::size_t>(seed_row[static_cast<std::size_t>(y) * width + q]) * width + q;
            m_times[static_cast<std::size_t>(y) * width + x] = m_seed_time[seed];
        }
    }
}

} // namespace alentour::detail
