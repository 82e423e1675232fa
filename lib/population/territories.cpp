// Voronoi cells of the reached nodes: a place belongs to the space that reached the
// junction nearest to it first. GEOS 3.11 does not return the cells in the order of
// their nodes, so each cell finds its node again: any point inside a Voronoi cell is
// nearer to the cell's node than to any other, its centroid included.

#include "population/territories.hpp"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cmath>
#include <limits>
#include <map>

namespace alentour::detail {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using Seed = std::pair<BoostPoint, std::uint32_t>;  // a reached node's position and its source

// Seeds every `spacing` metres along the reached streets, not only at junctions: a
// long street between two spaces is split where their times meet, not halfway between
// its junctions.
constexpr double spacing_metres = 20.0;

struct StreetEnds {
    double seconds_a, seconds_b;  // time at each end (infinity when unreached)
    std::uint32_t source_a, source_b;
    double seconds;               // to run the whole street
};

StreetEnds ends_of(const Graph& graph, const SearchResult& result, GeometryId g) {
    const NodeId a = graph.geometry_start(g), b = graph.geometry_end(g);
    const GeometryEdges edges = graph.edges_of(g);
    const EdgeId any = edges.along != invalid_id ? edges.along : edges.against;
    const double inf = std::numeric_limits<double>::infinity();
    return {result.reached(a) ? result.seconds(a) : inf, result.reached(b) ? result.seconds(b) : inf, result.source(a), result.source(b),
            any == invalid_id ? 0.0 : graph.edge(any).seconds};
}

void add_seed(std::map<std::pair<double, double>, std::uint32_t>& seeds, const LocalProjection& projection, LatLon p, const StreetEnds& e,
              double fraction) {
    const double via_a = e.seconds_a + e.seconds * fraction, via_b = e.seconds_b + e.seconds * (1 - fraction);
    const XY xy = projection.forward(p);
    seeds.emplace(std::make_pair(xy.x, xy.y), via_a <= via_b ? e.source_a : e.source_b);
}

void seed_street(std::map<std::pair<double, double>, std::uint32_t>& seeds, const Graph& graph, const LocalProjection& projection, GeometryId g,
                 const StreetEnds& e) {
    const auto shape = graph.shape(g);
    std::vector<double> along{0.0};
    for (std::size_t i = 1; i < shape.size(); ++i) along.push_back(along.back() + haversine_metres(to_lat_lon(shape[i - 1]), to_lat_lon(shape[i])));
    const double length = along.back();
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const LatLon p = to_lat_lon(shape[i]);
        add_seed(seeds, projection, p, e, length > 0 ? along[i] / length : 0.0);
        if (i + 1 == shape.size()) break;
        const LatLon q = to_lat_lon(shape[i + 1]);
        const int pieces = static_cast<int>((along[i + 1] - along[i]) / spacing_metres);
        for (int k = 1; k < pieces; ++k) {
            const double t = static_cast<double>(k) / pieces;
            add_seed(seeds, projection, {p.lat + (q.lat - p.lat) * t, p.lon + (q.lon - p.lon) * t}, e,
                     (along[i] + t * (along[i + 1] - along[i])) / length);
        }
    }
}

std::vector<Seed> seeds_of(const Graph& graph, const SearchResult& result, const LocalProjection& projection) {
    std::map<std::pair<double, double>, std::uint32_t> unique;  // points at one position: the first seeded wins
    for (GeometryId g = 0; g < graph.geometry_count(); ++g) {
        const StreetEnds e = ends_of(graph, result, g);
        if (std::isinf(e.seconds_a) && std::isinf(e.seconds_b)) continue;
        seed_street(unique, graph, projection, g, e);
    }
    for (const NodeId node : result.settled()) {
        if (!result.reached(node)) continue;
        const XY p = projection.forward(graph.node_position(node));
        unique.emplace(std::make_pair(p.x, p.y), result.source(node));
    }
    std::vector<Seed> seeds;
    for (const auto& [xy, source] : unique) seeds.push_back({BoostPoint(xy.first, xy.second), source});
    return seeds;
}

Geometry multipoint_of(const GeosContext& geos, const std::vector<Seed>& seeds) {
    std::vector<Geometry> points;
    for (const auto& seed : seeds) {
        points.push_back(own(geos, GEOSGeom_createPointFromXY_r(geos.handle(), bg::get<0>(seed.first), bg::get<1>(seed.first)), "point"));
    }
    return make_collection(geos, GEOS_MULTIPOINT, std::move(points));
}

// Cells of one source tile without overlap: their coverage union is fast and exact.
Geometry merge_cells(const GeosContext& geos, std::vector<Geometry> cells) {
    const Geometry collection = make_collection(geos, GEOS_GEOMETRYCOLLECTION, std::move(cells));
    GEOSGeometry* merged = GEOSCoverageUnion_r(geos.handle(), collection.get());
    if (merged == nullptr) merged = GEOSUnaryUnion_r(geos.handle(), collection.get());
    return own(geos, merged, "territory union");
}

} // namespace

std::vector<Geometry> territories(const GeosContext& geos, const Graph& graph, const SearchResult& result, const LocalProjection& projection,
                                  const GEOSGeometry& frame) {
    const std::size_t count = result.sources().size();
    const std::vector<Seed> seeds = seeds_of(graph, result, projection);
    std::vector<std::vector<Geometry>> cells(count);
    bool one_source = true;
    for (const auto& seed : seeds) one_source = one_source && seed.second == seeds.front().second;
    if (seeds.empty() || one_source) {
        std::vector<Geometry> whole(count);
        for (std::size_t s = 0; s < count; ++s) whole[s] = make_collection(geos, GEOS_MULTIPOLYGON, {});
        if (!seeds.empty()) whole[seeds.front().second] = clone(geos, frame);
        return whole;
    }
    const bgi::rtree<Seed, bgi::rstar<16>> index(seeds.begin(), seeds.end());
    const Geometry diagram = own(geos, GEOSVoronoiDiagram_r(geos.handle(), multipoint_of(geos, seeds).get(), &frame, 0.0, 0), "Voronoi diagram");
    for (int i = 0; i < GEOSGetNumGeometries_r(geos.handle(), diagram.get()); ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(geos.handle(), diagram.get(), i);
        const Geometry centre = own(geos, GEOSGetCentroid_r(geos.handle(), cell), "centroid");
        double x = 0, y = 0;
        GEOSGeomGetX_r(geos.handle(), centre.get(), &x);
        GEOSGeomGetY_r(geos.handle(), centre.get(), &y);
        std::vector<Seed> nearest;
        index.query(bgi::nearest(BoostPoint(x, y), 1), std::back_inserter(nearest));
        cells[nearest.front().second].push_back(clone(geos, *cell));
    }
    std::vector<Geometry> merged;
    for (auto& own_cells : cells) merged.push_back(merge_cells(geos, std::move(own_cells)));
    return merged;
}

} // namespace alentour::detail
