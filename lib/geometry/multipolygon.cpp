#include "geometry/multipolygon.hpp"

#include <alentour/error.hpp>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace alentour::detail {
namespace {

Ring ring_points(const OGRLinearRing& ring) {
    Ring points;
    points.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) points.push_back({ring.getY(i), ring.getX(i)});
    return points;
}

PolygonRings polygon_rings(const OGRPolygon& polygon) {
    PolygonRings rings;
    if (const OGRLinearRing* outer = polygon.getExteriorRing()) rings.push_back(ring_points(*outer));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) rings.push_back(ring_points(*polygon.getInteriorRing(i)));
    return rings;
}

nlohmann::json ring_geojson(const Ring& ring, bool exterior) {
    nlohmann::json coordinates = nlohmann::json::array();
    const bool reverse = is_clockwise(ring) == exterior;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const LatLon& p = ring[reverse ? n - 1 - i : i];
        coordinates.push_back({round6(p.lon), round6(p.lat)});
    }
    return coordinates;
}

} // namespace

MultiPolygonRings read_multipolygon(const std::vector<std::uint8_t>& wkb, const std::string& what) {
    OGRGeometry* raw = nullptr;
    if (wkb.empty() || OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &raw, wkb.size()) != OGRERR_NONE || raw == nullptr) {
        throw Error("the band \"" + what + "\" cannot be read back from its WKB");
    }
    const OGRGeometryUniquePtr multi(OGRGeometryFactory::forceToMultiPolygon(raw));
    if (!multi || wkbFlatten(multi->getGeometryType()) != wkbMultiPolygon) throw Error("the band \"" + what + "\" is not a polygon");
    MultiPolygonRings polygons;
    for (const OGRPolygon* part : *multi->toMultiPolygon()) polygons.push_back(polygon_rings(*part));
    return polygons;
}

bool is_clockwise(const Ring& ring) noexcept {
    double twice_area = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        twice_area += (ring[i + 1].lon - ring[i].lon) * (ring[i + 1].lat + ring[i].lat);
    }
    return twice_area > 0.0;
}

void extend(BoundingBox& box, const MultiPolygonRings& polygons) noexcept {
    for (const auto& polygon : polygons) {
        for (const auto& ring : polygon) {
            for (const LatLon& p : ring) box.extend(p);
        }
    }
}

double round6(double value) noexcept { return std::round(value * 1e6) / 1e6; }

nlohmann::json multipolygon_geojson(const MultiPolygonRings& polygons) {
    nlohmann::json coordinates = nlohmann::json::array();
    for (const auto& polygon : polygons) {
        nlohmann::json rings = nlohmann::json::array();
        for (std::size_t r = 0; r < polygon.size(); ++r) rings.push_back(ring_geojson(polygon[r], r == 0));
        coordinates.push_back(std::move(rings));
    }
    return {{"type", "MultiPolygon"}, {"coordinates", std::move(coordinates)}};
}

} // namespace alentour::detail
