#pragma once
// Polygons as plain values: a MultiPolygon read once from the ISO WKB a band carries,
// for every writer that draws or serialises bands (GeoJSON, poster, web page, uMap)
// and for a map's extent, and written as RFC 7946 coordinates.

#include <alentour/geo.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace alentour::detail {

using Ring = std::vector<LatLon>;
// One polygon: the outer ring, then its holes.
using PolygonRings = std::vector<Ring>;
using MultiPolygonRings = std::vector<PolygonRings>;

// Always a MultiPolygon (a band of one piece may come as a Polygon). Throws Error naming
// `what` when the WKB cannot be read or holds no polygon.
MultiPolygonRings read_multipolygon(const std::vector<std::uint8_t>& wkb, const std::string& what);

// Shoelace sign in degrees: true when the ring turns clockwise as seen on a map.
bool is_clockwise(const Ring& ring) noexcept;

// The box around every point of every ring.
void extend(BoundingBox& box, const MultiPolygonRings& polygons) noexcept;

// About 10 cm: more digits in a published file only make it heavier.
double round6(double value) noexcept;

// RFC 7946 GeoJSON geometry: (longitude, latitude) with six decimals, exterior rings
// counter-clockwise and holes clockwise.
nlohmann::json multipolygon_geojson(const MultiPolygonRings& polygons);

} // namespace alentour::detail
