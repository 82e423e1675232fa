// Catchments on real networks (Porto Alegre, Paris République–Marais), checked against
// their definition: our own search from the same snapped origin gives every node its
// time, and every point along every reached edge its exact time. Then, for each band T:
// - every node, every point 5 m apart along the reached edges and every cut point
//   reached within T lies inside the polygon (or on its boundary);
// - every node reached only after T + D/speed (or never) is outside, except where it
//   shares a grid cell with a reached point (the grid cannot split a cell) and the
//   scraps of network cut off from the largest component (counted apart);
// - every polygon is valid, every band lies within the next, every piece holds a
//   reached point.

#include "catchment_support.hpp"
#include "support.hpp"

#include <alentour/network.hpp>
#include <alentour/search.hpp>

#include <chrono>
#include <cstdio>
#include <random>
#include <unordered_map>

using namespace alentour;
using namespace alentour::test;

namespace {

constexpr double sample_step_m = 5.0;
constexpr double boundary_tolerance_deg = 1e-6;
constexpr std::uint64_t measured_failures = 200;

struct ModePlan {
    std::string mode;
    std::vector<double> minutes;
    int forward_origins;
    int reverse_origins;
    double slack_seconds;  // D / speed: how late a node may be and still share the band's edge
};

const std::vector<ModePlan> plans{
    {"walk", {5, 10, 15}, 4, 1, 40.0},
    {"car", {3, 6, 10}, 3, 2, 3.0},
};

struct TimedPoint {
    LatLon p;
    double seconds;
};

bool finite(double x) { return std::isfinite(x); }

// `node_seconds + fraction × edge_seconds`, infinite when either is (never 0 × ∞).
double via(double node_seconds, double fraction, double edge_seconds) {
    if (!finite(node_seconds) || !finite(edge_seconds)) return INFINITY;
    return node_seconds + fraction * edge_seconds;
}

// The exact time of the point at `x` (by length, 0 at the shape's first point) along
// geometry g, worked out from the node times, the edges the direction allows, and the
// source when it lies on g.
class ExactTime {
public:
    ExactTime(const Graph& graph, const SearchResult& result, const Snap& source, GeometryId g)
        : m_forward(result.direction() == Direction::forward) {
        const GeometryEdges edges = graph.edges_of(g);
        m_along = edges.along != invalid_id ? graph.edge(edges.along).seconds : INFINITY;
        m_against = edges.against != invalid_id ? graph.edge(edges.against).seconds : INFINITY;
        m_start = node_time(result, graph.geometry_start(g));
        m_end = node_time(result, graph.geometry_end(g));
        if (source.geometry == g) m_source = source.fraction;
    }

    double at(double x) const {
        double t = m_forward ? std::min(via(m_start, x, m_along), via(m_end, 1.0 - x, m_against))
                             : std::min(via(m_end, 1.0 - x, m_along), via(m_start, x, m_against));
        if (x <= 0.0) t = std::min(t, m_start);
        if (x >= 1.0) t = std::min(t, m_end);
        if (m_source >= 0.0) {
            // Forward: from the source to x; reverse: from x to the source.
            const bool towards_end = m_forward ? x >= m_source : x <= m_source;
            t = std::min(t, via(0.0, std::abs(x - m_source), towards_end ? m_along : m_against));
        }
        return t;
    }

private:
    static double node_time(const SearchResult& result, NodeId n) { return result.reached(n) ? result.seconds(n) : INFINITY; }

    bool m_forward;
    double m_along, m_against, m_start = INFINITY, m_end = INFINITY;
    double m_source = -1.0;
};

LatLon lerp(LatLon a, LatLon b, double t) { return {a.lat + t * (b.lat - a.lat), a.lon + t * (b.lon - a.lon)}; }

std::vector<GeometryId> touched_geometries(const Graph& graph, const SearchResult& result, const Snap& source) {
    std::vector<GeometryId> out{source.geometry};
    for (const NodeId n : result.settled()) {
        for (const Edge& e : graph.out_edges(n)) out.push_back(e.geometry & ~against_geometry);
        for (const InEdge& e : graph.in_edges(n)) out.push_back(graph.edge(e.edge).geometry & ~against_geometry);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Points every 5 m along a geometry with their exact times, and the points where the
// time crosses each limit (found by bisection: the time is piecewise linear along x).
void sample_geometry(const Graph& graph, const SearchResult& result, const Snap& source, GeometryId g,
                     const std::vector<double>& limits, double longest, std::vector<TimedPoint>& out) {
    const ExactTime time(graph, result, source, g);
    std::vector<LatLon> shape;
    for (const auto& p : graph.shape(g)) shape.push_back(to_lat_lon(p));
    std::vector<double> cumulative{0.0};
    for (std::size_t i = 1; i < shape.size(); ++i) cumulative.push_back(cumulative.back() + haversine_metres(shape[i - 1], shape[i]));
    const double total = cumulative.back();
    const auto position = [&](double x) {
        const double along = x * total;
        std::size_t i = 0;
        while (i + 2 < shape.size() && cumulative[i + 1] < along) ++i;
        const double length = cumulative[i + 1] - cumulative[i];
        return shape.size() < 2 ? shape.front() : lerp(shape[i], shape[i + 1], length > 0 ? (along - cumulative[i]) / length : 0.0);
    };
    if (shape.size() < 2 || total <= 0.0) {
        const double t = std::min(time.at(0.0), time.at(1.0));
        if (t <= longest) out.push_back({shape.front(), t});
        return;
    }
    std::vector<double> xs;
    for (std::size_t i = 0; i + 1 < shape.size(); ++i) {
        const int pieces = std::max(1, static_cast<int>(std::ceil((cumulative[i + 1] - cumulative[i]) / sample_step_m)));
        for (int k = 0; k < pieces; ++k) xs.push_back((cumulative[i] + (cumulative[i + 1] - cumulative[i]) * k / pieces) / total);
    }
    xs.push_back(1.0);
    xs.front() = 0.0;
    for (std::size_t k = 0; k < xs.size(); ++k) {
        const double t = time.at(xs[k]);
        if (t <= longest) out.push_back({position(xs[k]), t});
        if (k + 1 == xs.size()) break;
        const double next = time.at(xs[k + 1]);
        for (const double limit : limits) {
            if ((t <= limit) == (next <= limit)) continue;
            double in = xs[k], beyond = xs[k + 1];
            if (t > limit) std::swap(in, beyond);
            for (int iteration = 0; iteration < 50; ++iteration) {
                const double mid = (in + beyond) / 2;
                (time.at(mid) <= limit ? in : beyond) = mid;
            }
            out.push_back({position(in), time.at(in)});
        }
    }
}

// Reached points bucketed by position, to find whether one lies within a distance.
class PointBuckets {
public:
    PointBuckets(LatLon centre, double size) : m_centre(centre), m_mx(metres_per_degree_lon(centre.lat)), m_size(size) {}

    void add(LatLon p) { m_buckets[key(local_x(p), local_y(p))].push_back(p); }

    bool any_within(LatLon p, double metres) const {
        const double x = local_x(p), y = local_y(p);
        const auto [bx, by] = split(key(x, y));
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                const auto found = m_buckets.find(join(bx + dx, by + dy));
                if (found == m_buckets.end()) continue;
                for (const LatLon& q : found->second) {
                    if (std::hypot(local_x(q) - x, local_y(q) - y) <= metres) return true;
                }
            }
        }
        return false;
    }

private:
    double local_x(LatLon p) const { return (p.lon - m_centre.lon) * m_mx; }
    double local_y(LatLon p) const { return (p.lat - m_centre.lat) * metres_per_degree_lat; }
    static std::int64_t join(std::int64_t bx, std::int64_t by) { return (bx << 32) ^ (by & 0xffffffff); }
    static std::pair<std::int64_t, std::int64_t> split(std::int64_t k) {
        return {k >> 32, static_cast<std::int64_t>(static_cast<std::int32_t>(k & 0xffffffff))};
    }
    std::int64_t key(double x, double y) const {
        return join(static_cast<std::int64_t>(std::floor(x / m_size)), static_cast<std::int64_t>(std::floor(y / m_size)));
    }

    LatLon m_centre;
    double m_mx, m_size;
    std::unordered_map<std::int64_t, std::vector<LatLon>> m_buckets;
};

struct Tally {
    std::uint64_t reached_points = 0, reached_outside = 0;
    double worst_outside_m = 0.0;
    std::uint64_t far_in_envelope = 0, far_inside = 0, shared_cell = 0, scraps_inside = 0;
    int bands = 0, invalid = 0, not_nested = 0, pieces = 0, empty_pieces = 0;
};

bool inside_or_on_boundary(const OGRGeometry& band, const PolygonIndex& index, LatLon p) {
    if (index.covers(p, 0.0)) return true;
    const OGRPoint point(p.lon, p.lat);
    return band.Distance(&point) <= boundary_tolerance_deg;
}

void check_reached_inside(const OGRGeometry& band, const PolygonIndex& index, const std::vector<TimedPoint>& reached, double limit,
                          Tally& tally) {
    for (const auto& r : reached) {
        if (r.seconds > limit) continue;
        ++tally.reached_points;
        if (inside_or_on_boundary(band, index, r.p)) continue;
        // The distance is measured by brute force: for the first failures only, so that a
        // broken library still fails fast.
        if (tally.reached_outside++ < measured_failures) {
            tally.worst_outside_m = std::max(tally.worst_outside_m, index.distance_to_boundary(r.p));
        }
    }
}

void check_far_nodes_outside(const Graph& graph, const SearchResult& result, const PolygonIndex& index, const PointBuckets& near,
                             double cell, double limit, Tally& tally) {
    for (NodeId n = 0; n < graph.node_count(); ++n) {
        if (result.reached(n) && result.seconds(n) <= limit) continue;
        const LatLon p = graph.node_position(n);
        if (!index.in_envelope(p)) continue;
        ++tally.far_in_envelope;
        if (!index.covers(p, 0.0)) continue;
        if (graph.component(n) != 0) {
            ++tally.scraps_inside;
        } else if (near.any_within(p, cell * std::numbers::sqrt2)) {
            ++tally.shared_cell;
        } else {
            ++tally.far_inside;
        }
    }
}

void check_pieces_hold_reached_points(const OGRGeometry& band, LatLon centre, const std::vector<TimedPoint>& reached, double limit,
                                      Tally& tally) {
    for (const OGRPolygon* polygon : *band.toMultiPolygon()) {
        ++tally.pieces;
        OGRMultiPolygon alone;
        alone.addGeometry(polygon);
        const PolygonIndex index(alone, centre);
        const bool holds = std::any_of(reached.begin(), reached.end(),
                                       [&](const TimedPoint& r) { return r.seconds <= limit && index.in_envelope(r.p) && index.covers(r.p); });
        if (!holds) ++tally.empty_pieces;
    }
}

// Every node and edge point reached within the longest band, with its time.
std::vector<TimedPoint> reached_points(const Graph& graph, const SearchResult& result, const Snap& source,
                                       const std::vector<double>& limits) {
    std::vector<TimedPoint> out;
    const double longest = limits.back();
    for (const NodeId n : result.settled()) {
        if (result.seconds(n) <= longest) out.push_back({graph.node_position(n), result.seconds(n)});
    }
    for (const GeometryId g : touched_geometries(graph, result, source)) sample_geometry(graph, result, source, g, limits, longest, out);
    return out;
}

void check_origin(const Graph& graph, const Snapper& snapper, Searcher& searcher, const ModePlan& plan, Direction direction,
                  LatLon origin, Tally& tally) {
    CatchmentOptions options;
    options.mode = plan.mode;
    options.minutes = plan.minutes;
    options.direction = direction;
    options.min_area_m2 = 0;
    const Catchment catchment = compute_catchment(graph, snapper, {{"origin", origin, 0}}, options);
    REQUIRE(catchment.bands.size() == plan.minutes.size());
    const Snap source = catchment.origins.front().snap;
    const SearchResult& result = searcher.run({&source, 1}, {plan.minutes.back() * 60.0 + plan.slack_seconds, direction});
    std::vector<double> limits;
    for (const double m : plan.minutes) limits.push_back(m * 60.0);
    const auto reached = reached_points(graph, result, source, limits);

    std::vector<OGRGeometryUniquePtr> bands;
    for (const auto& b : catchment.bands) bands.push_back(read_band(b));
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const OGRGeometry& band = *bands[i];
        ++tally.bands;
        if (!band.IsValid()) ++tally.invalid;
        if (i + 1 < bands.size() && !band_within(band, *bands[i + 1], source.position.lat)) ++tally.not_nested;
        if (band.IsEmpty()) {  // the origin itself is reached: an empty band misses every point
            tally.reached_outside += static_cast<std::uint64_t>(
                std::count_if(reached.begin(), reached.end(), [&](const TimedPoint& r) { return r.seconds <= limits[i]; }));
            continue;
        }
        const PolygonIndex index(band, source.position);
        check_reached_inside(band, index, reached, limits[i], tally);

        const double cell = grid_cell(band, source.position);
        PointBuckets near(source.position, std::max(cell * 2, 1.0));
        for (const auto& r : reached) {
            if (r.seconds <= limits[i]) near.add(r.p);
        }
        check_far_nodes_outside(graph, result, index, near, cell, limits[i] + plan.slack_seconds, tally);
        check_pieces_hold_reached_points(band, source.position, reached, limits[i], tally);
    }
}

// Seeded random nodes of the largest component: the same origins on every run.
std::vector<LatLon> random_origins(const Graph& graph, int count, std::uint32_t seed) {
    std::vector<NodeId> largest;
    for (NodeId n = 0; n < graph.node_count(); ++n) {
        if (graph.component(n) == 0) largest.push_back(n);
    }
    REQUIRE(!largest.empty());
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, largest.size() - 1);
    std::vector<LatLon> out;
    for (int i = 0; i < count; ++i) out.push_back(graph.node_position(largest[pick(rng)]));
    return out;
}

void check_city(const std::string& city, const std::string& path) {
    const auto start = std::chrono::steady_clock::now();
    const Region region = build_region(path);
    for (const auto& plan : plans) {
        const Graph& graph = region.graph(plan.mode);
        const Snapper snapper(graph, plan.mode);
        Searcher searcher(graph);
        const auto origins = random_origins(graph, plan.forward_origins + plan.reverse_origins, 20261129);
        Tally tally;
        for (int i = 0; i < static_cast<int>(origins.size()); ++i) {
            const Direction direction = i < plan.forward_origins ? Direction::forward : Direction::reverse;
            check_origin(graph, snapper, searcher, plan, direction, origins[static_cast<std::size_t>(i)], tally);
        }
        std::printf("%s %s: %d forward + %d reverse origins, %d bands (%d pieces): %llu reached points, %llu outside (worst of the first 200: %.3f m); "
                    "%llu far nodes in the envelopes, %llu inside (+%llu sharing a cell, +%llu scraps); %d invalid, %d not nested, "
                    "%d pieces without a reached point\n",
                    city.c_str(), plan.mode.c_str(), plan.forward_origins, plan.reverse_origins, tally.bands, tally.pieces,
                    static_cast<unsigned long long>(tally.reached_points), static_cast<unsigned long long>(tally.reached_outside),
                    tally.worst_outside_m, static_cast<unsigned long long>(tally.far_in_envelope),
                    static_cast<unsigned long long>(tally.far_inside), static_cast<unsigned long long>(tally.shared_cell),
                    static_cast<unsigned long long>(tally.scraps_inside), tally.invalid, tally.not_nested, tally.empty_pieces);
        INFO(city << " " << plan.mode << ": worst reached point outside by " << tally.worst_outside_m << " m");
        CHECK(tally.reached_points > 0);
        CHECK(tally.reached_outside == 0);
        CHECK(tally.far_inside == 0);
        CHECK(static_cast<double>(tally.shared_cell) < 0.01 * static_cast<double>(tally.far_in_envelope));
        CHECK(tally.invalid == 0);
        CHECK(tally.not_nested == 0);
        CHECK(tally.empty_pieces == 0);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %.1f s\n", city.c_str(), seconds);
    std::fflush(stdout);
}

} // namespace

TEST_CASE("real catchments: Porto Alegre, walk and car, against our own search") {
    const std::string path = shared_file("poa/poa_osm.pbf");
    ALENTOUR_REQUIRE_SHARED(path);
    check_city("Porto Alegre", path);
}

TEST_CASE("real catchments: Paris République–Marais, walk and car, against our own search") {
    const std::string path = shared_file("valhalla/paris_bss.osm.pbf");
    ALENTOUR_REQUIRE_SHARED(path);
    check_city("Paris", path);
}
