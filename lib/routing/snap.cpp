#include <alentour/error.hpp>
#include <alentour/snap.hpp>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cmath>
#include <mutex>
#include <numbers>

namespace alentour {
namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

constexpr double metres_per_degree = 6371008.8 * std::numbers::pi / 180.0;
constexpr unsigned candidate_count = 16;

using PlanePoint = bg::model::point<double, 2, bg::cs::cartesian>;
using PlaneSegment = bg::model::segment<PlanePoint>;
// The segment and (geometry << 32 | index of its first shape point).
using Entry = std::pair<PlaneSegment, std::uint64_t>;

// Local metric frame centred on a point: accurate for the few hundred metres a snap spans.
struct LocalFrame {
    LatLon origin;
    double cos_lat;
    explicit LocalFrame(LatLon o) : origin(o), cos_lat(std::cos(o.lat * std::numbers::pi / 180.0)) {}
    std::pair<double, double> xy(LatLon p) const {
        return {(p.lon - origin.lon) * cos_lat * metres_per_degree, (p.lat - origin.lat) * metres_per_degree};
    }
    LatLon lat_lon(double x, double y) const {
        return {origin.lat + y / metres_per_degree, origin.lon + x / (cos_lat * metres_per_degree)};
    }
};

struct Candidate {
    double distance = std::numeric_limits<double>::infinity();
    GeometryId geometry = invalid_id;
    std::uint32_t segment = 0;
    double t = 0.0;  // position along the segment
    LatLon position;
};

// Projects the frame origin onto segment a–b.
Candidate project(const LocalFrame& frame, LatLon a, LatLon b) {
    const auto [ax, ay] = frame.xy(a);
    const auto [bx, by] = frame.xy(b);
    const double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
    const double t = length2 > 0.0 ? std::clamp(-(ax * dx + ay * dy) / length2, 0.0, 1.0) : 0.0;
    Candidate c;
    c.t = t;
    c.distance = std::hypot(ax + t * dx, ay + t * dy);
    c.position = frame.lat_lon(ax + t * dx, ay + t * dy);
    return c;
}

// The snap for the best candidate: its fraction along the whole geometry, by length.
Snap to_snap(const Graph& graph, LatLon point, const Candidate& c) {
    const auto shape = graph.shape(c.geometry);
    double before = 0.0, total = 0.0;
    for (std::uint32_t i = 0; i + 1 < shape.size(); ++i) {
        const double length = haversine_metres(to_lat_lon(shape[i]), to_lat_lon(shape[i + 1]));
        if (i < c.segment) before += length;
        if (i == c.segment) before += c.t * length;
        total += length;
    }
    Snap snap;
    snap.input = point;
    snap.position = c.position;
    snap.distance_metres = c.distance;
    snap.geometry = c.geometry;
    snap.fraction = total > 0.0 ? std::clamp(before / total, 0.0, 1.0) : 0.0;
    return snap;
}


std::string metres_text(double metres) { return std::to_string(static_cast<long>(std::lround(metres))) + " m"; }

} // namespace

struct Snapper::Index {
    LocalFrame frame;  // for the tree only: candidates are measured again around the query point
    bgi::rtree<Entry, bgi::rstar<16>> tree;
};

Snapper::Snapper(const Graph& graph, std::string mode, const Progress& progress) : m_graph(&graph), m_mode(std::move(mode)) {
    report(progress, 0.0, "indexing the " + m_mode + " streets");
    const BoundingBox box = graph.bounds();
    LocalFrame frame(box.empty() ? LatLon{} : LatLon{(box.min_lat + box.max_lat) / 2, (box.min_lon + box.max_lon) / 2});
    std::vector<Entry> entries;
    entries.reserve(graph.edge_count());
    std::vector<FixedPoint> shape;
    for (GeometryId g = 0; g < graph.geometry_count(); ++g) {
        graph.shape(g, shape);
        for (std::uint32_t i = 0; i + 1 < shape.size(); ++i) {
            const auto [ax, ay] = frame.xy(to_lat_lon(shape[i]));
            const auto [bx, by] = frame.xy(to_lat_lon(shape[i + 1]));
            entries.push_back({PlaneSegment({ax, ay}, {bx, by}), (static_cast<std::uint64_t>(g) << 32) | i});
        }
    }
    m_index = std::make_unique<Index>(Index{frame, bgi::rtree<Entry, bgi::rstar<16>>(entries.begin(), entries.end())});
    m_bounds = box;
    report(progress, 1.0, "indexed the " + m_mode + " streets");
}

Snap Snapper::snap_named(const NamedPoint& point, const SnapOptions& options, std::string_view what) const {
    try {
        return snap(point.position, options);
    } catch (const SnapError& e) {
        throw SnapError(e.reason(), {e.context().file, point.line, std::string(what) + " '" + point.id + "'"});
    }
}

RegionSnappers::RegionSnappers(const Region& region) : m_region(&region) {}

const Snapper& RegionSnappers::get(const std::string& mode, const Progress& progress) {
    const std::lock_guard lock(m_mutex);
    auto found = m_snappers.find(mode);
    if (found == m_snappers.end()) found = m_snappers.emplace(mode, Snapper(m_region->graph(mode), mode, progress)).first;
    return found->second;
}

Snapper::~Snapper() = default;
Snapper::Snapper(Snapper&&) noexcept = default;
Snapper& Snapper::operator=(Snapper&&) noexcept = default;

void Snapper::check_inside(LatLon point, const SnapOptions& options) const {
    if (m_bounds.empty()) throw SnapError("the " + m_mode + " network is empty", {"", 0, m_mode});
    if (m_bounds.contains(point, options.radius_metres)) return;
    const LatLon swapped{point.lon, point.lat};
    if (std::abs(swapped.lat) <= 90.0 && m_bounds.contains(swapped, options.radius_metres)) {
        throw SnapError(format_lat_lon(point) + " lies outside the region, but " + format_lat_lon(swapped) +
                        " lies inside: latitude and longitude look swapped (write LAT,LON)");
    }
    throw SnapError(format_lat_lon(point) + " lies outside the region (latitude " + std::to_string(m_bounds.min_lat) + " to " +
                    std::to_string(m_bounds.max_lat) + ", longitude " + std::to_string(m_bounds.min_lon) + " to " +
                    std::to_string(m_bounds.max_lon) + ")");
}

Snap Snapper::snap(LatLon point, const SnapOptions& options) const {
    check_inside(point, options);
    const Graph& graph = *m_graph;
    const auto sizes = graph.component_sizes();
    const auto usable = [&](const Entry& e) {
        const std::uint32_t c = graph.component(graph.geometry_start(static_cast<GeometryId>(e.second >> 32)));
        return options.allow_small_components || c == 0 || sizes[c] >= options.min_component_nodes;
    };
    const auto [qx, qy] = m_index->frame.xy(point);
    const LocalFrame frame(point);
    Candidate best;
    for (auto it = m_index->tree.qbegin(bgi::nearest(PlanePoint(qx, qy), candidate_count) && bgi::satisfies(usable));
         it != m_index->tree.qend(); ++it) {
        const auto g = static_cast<GeometryId>(it->second >> 32);
        const auto i = static_cast<std::uint32_t>(it->second & 0xFFFFFFFFu);
        const auto shape = graph.shape(g);
        Candidate c = project(frame, to_lat_lon(shape[i]), to_lat_lon(shape[i + 1]));
        if (c.distance < best.distance) {
            c.geometry = g;
            c.segment = i;
            best = c;
        }
    }
    if (best.geometry == invalid_id) throw SnapError("no usable " + m_mode + " way in this region", {"", 0, m_mode});
    if (best.distance > options.radius_metres) {
        throw SnapError("the nearest " + m_mode + " way to " + format_lat_lon(point) + " is " + metres_text(best.distance) +
                        " away, beyond the snapping limit of " + metres_text(options.radius_metres) + " (--snap-radius)");
    }
    return to_snap(graph, point, best);
}

} // namespace alentour
