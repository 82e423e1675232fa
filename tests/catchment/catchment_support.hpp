#pragma once
// What the catchment tests share: bands read back with OGR, points placed in metres,
// and a point-in-polygon fast enough for every node of a real network.

#include <alentour/catchment.hpp>
#include <alentour/geo.hpp>

#include <catch2/catch.hpp>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

namespace alentour::test {

// Metres per degree on the sphere that haversine_metres() uses.
constexpr double metres_per_degree_lat = 6371008.8 * std::numbers::pi / 180.0;
inline double metres_per_degree_lon(double lat) { return metres_per_degree_lat * std::cos(lat * std::numbers::pi / 180.0); }

// The point `east` and `north` metres from `p` (good to a few millimetres over a few kilometres).
inline LatLon offset(LatLon p, double east, double north) {
    return {p.lat + north / metres_per_degree_lat, p.lon + east / metres_per_degree_lon(p.lat)};
}

inline OGRGeometryUniquePtr read_band(const CatchmentBand& band) {
    OGRGeometry* geometry = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkb(band.wkb.data(), nullptr, &geometry, band.wkb.size()) == OGRERR_NONE);
    REQUIRE(geometry != nullptr);
    REQUIRE(wkbFlatten(geometry->getGeometryType()) == wkbMultiPolygon);
    return OGRGeometryUniquePtr(geometry);
}

inline int polygon_count(const OGRGeometry& g) { return g.toMultiPolygon()->getNumGeometries(); }

inline int hole_count(const OGRGeometry& g) {
    int holes = 0;
    for (const OGRPolygon* p : *g.toMultiPolygon()) holes += p->getNumInteriorRings();
    return holes;
}

inline int vertex_count(const OGRGeometry& g) {
    int n = 0;
    for (const OGRPolygon* p : *g.toMultiPolygon()) {
        for (const OGRLinearRing* ring : *p) n += ring->getNumPoints();
    }
    return n;
}

// Inside or on the boundary.
inline bool covers(const OGRGeometry& g, LatLon p) {
    const OGRPoint point(p.lon, p.lat);
    return g.Intersects(&point) != 0;
}

// Square metres of a geometry in longitude/latitude, scaled at its own latitude: good
// to about 0.1 % for a few kilometres, plenty for comparing areas.
inline double area_m2(const OGRGeometry& g, double lat) {
    return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&g))) * metres_per_degree_lat * metres_per_degree_lon(lat);
}

// Area of the part of `a` outside `b`, in m².
inline double area_outside(const OGRGeometry& a, const OGRGeometry& b, double lat) {
    const OGRGeometryUniquePtr rest(a.Difference(&b));
    REQUIRE(rest != nullptr);
    return area_m2(*rest, lat);
}

// Length of every ring of a polygonal geometry, in metres at latitude `lat`.
inline double perimeter_m(const OGRGeometry& g, double lat) {
    const OGRGeometryUniquePtr multi(OGRGeometryFactory::forceToMultiPolygon(g.clone()));
    REQUIRE(multi != nullptr);
    REQUIRE(wkbFlatten(multi->getGeometryType()) == wkbMultiPolygon);
    const double mx = metres_per_degree_lon(lat);
    double metres = 0;
    for (const OGRPolygon* polygon : *multi->toMultiPolygon()) {
        for (const OGRLinearRing* ring : *polygon) {
            for (int i = 0; i + 1 < ring->getNumPoints(); ++i) {
                metres += std::hypot((ring->getX(i + 1) - ring->getX(i)) * mx, (ring->getY(i + 1) - ring->getY(i)) * metres_per_degree_lat);
            }
        }
    }
    return metres;
}

// Band `a` lies within band `b`. The bands nest exactly on the grid; in longitude/
// latitude an outline edge is a chord of the projected one (the library adds points
// every 100 m, so chords stray by under a millimetre). What lies outside may only be
// slivers under 1 cm wide on average (area over half the perimeter); a real fault is
// a cell wide.
inline bool band_within(const OGRGeometry& a, const OGRGeometry& b, double lat) {
    const OGRGeometryUniquePtr rest(a.Difference(&b));
    REQUIRE(rest != nullptr);
    const double area = area_m2(*rest, lat);
    if (area < 0.01) return true;
    const double mean_width = area / (perimeter_m(*rest, lat) / 2);
    UNSCOPED_INFO(area << " m² outside the next band, " << mean_width << " m wide on average");
    return mean_width < 0.01;
}

// The side of the grid a band was traced on: its outlines run along grid lines, so
// every side is a whole number of cells and the shortest is one cell.
inline double grid_cell(const OGRGeometry& g, LatLon centre) {
    const double mx = metres_per_degree_lon(centre.lat);
    double shortest = std::numeric_limits<double>::infinity();
    for (const OGRPolygon* polygon : *g.toMultiPolygon()) {
        for (const OGRLinearRing* ring : *polygon) {
            for (int i = 0; i + 1 < ring->getNumPoints(); ++i) {
                const double d = std::hypot((ring->getX(i + 1) - ring->getX(i)) * mx, (ring->getY(i + 1) - ring->getY(i)) * metres_per_degree_lat);
                if (d > 0.01) shortest = std::min(shortest, d);
            }
        }
    }
    return shortest;
}

// Point-in-polygon on the rings of a MultiPolygon, in local metres: the ring segments
// are bucketed in horizontal strips so each query looks at a few of them only.
class PolygonIndex {
public:
    PolygonIndex(const OGRGeometry& g, LatLon centre) : m_centre(centre), m_mx(metres_per_degree_lon(centre.lat)) {
        OGREnvelope envelope;
        g.getEnvelope(&envelope);
        m_min_y = local({envelope.MinY, envelope.MinX}).y - 1.0;
        m_max_y = local({envelope.MaxY, envelope.MaxX}).y + 1.0;
        m_min_x = local({envelope.MinY, envelope.MinX}).x - 1.0;
        m_max_x = local({envelope.MaxY, envelope.MaxX}).x + 1.0;
        for (const OGRPolygon* polygon : *g.toMultiPolygon()) {
            for (const OGRLinearRing* ring : *polygon) {
                for (int i = 0; i + 1 < ring->getNumPoints(); ++i) {
                    m_segments.push_back({local({ring->getY(i), ring->getX(i)}), local({ring->getY(i + 1), ring->getX(i + 1)})});
                }
            }
        }
        const auto strips = static_cast<std::size_t>(std::clamp((m_max_y - m_min_y) / strip_height, 1.0, 1e6));
        m_strips.resize(strips);
        for (std::size_t s = 0; s < m_segments.size(); ++s) {
            const auto& [a, b] = m_segments[s];
            const std::size_t from = strip_of(std::min(a.y, b.y)), to = strip_of(std::max(a.y, b.y));
            for (std::size_t k = from; k <= to; ++k) m_strips[k].push_back(static_cast<std::uint32_t>(s));
        }
    }

    bool in_envelope(LatLon p) const {
        const XY q = local(p);
        return q.x >= m_min_x && q.x <= m_max_x && q.y >= m_min_y && q.y <= m_max_y;
    }

    // Inside, or within `tolerance` metres of the boundary.
    bool covers(LatLon p, double tolerance = 0.05) const {
        const XY q = local(p);
        if (q.x < m_min_x - tolerance || q.x > m_max_x + tolerance || q.y < m_min_y - tolerance || q.y > m_max_y + tolerance) return false;
        bool inside = false;
        for (const auto s : m_strips[strip_of(q.y)]) {
            const auto& [a, b] = m_segments[s];
            if ((a.y > q.y) != (b.y > q.y) && q.x < a.x + (q.y - a.y) / (b.y - a.y) * (b.x - a.x)) inside = !inside;
        }
        if (inside) return true;
        const std::size_t from = strip_of(q.y - tolerance), to = strip_of(q.y + tolerance);
        for (std::size_t k = from; k <= to; ++k) {
            for (const auto s : m_strips[k]) {
                if (distance_to_segment(q, m_segments[s]) <= tolerance) return true;
            }
        }
        return false;
    }

    // Metres from the point to the nearest boundary (brute force: for reporting failures).
    double distance_to_boundary(LatLon p) const {
        const XY q = local(p);
        double best = std::numeric_limits<double>::infinity();
        for (const auto& segment : m_segments) best = std::min(best, distance_to_segment(q, segment));
        return best;
    }

private:
    struct XY {
        double x, y;
    };
    using Segment = std::pair<XY, XY>;
    static constexpr double strip_height = 10.0;

    XY local(LatLon p) const { return {(p.lon - m_centre.lon) * m_mx, (p.lat - m_centre.lat) * metres_per_degree_lat}; }
    std::size_t strip_of(double y) const {
        const double k = std::floor((y - m_min_y) / strip_height);
        return static_cast<std::size_t>(std::clamp(k, 0.0, static_cast<double>(m_strips.size() - 1)));
    }
    static double distance_to_segment(XY q, const Segment& s) {
        const double dx = s.second.x - s.first.x, dy = s.second.y - s.first.y;
        const double len2 = dx * dx + dy * dy;
        const double t = len2 > 0 ? std::clamp(((q.x - s.first.x) * dx + (q.y - s.first.y) * dy) / len2, 0.0, 1.0) : 0.0;
        return std::hypot(q.x - s.first.x - t * dx, q.y - s.first.y - t * dy);
    }

    LatLon m_centre;
    double m_mx;
    double m_min_x = 0, m_max_x = 0, m_min_y = 0, m_max_y = 0;
    std::vector<Segment> m_segments;
    std::vector<std::vector<std::uint32_t>> m_strips;
};

} // namespace alentour::test
