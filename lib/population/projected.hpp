#pragma once
// Polygons between WGS84 and a local equal-area projection, for areas of intersection
// and overlays in metres.

#include "catchment/projection.hpp"
#include "geometry/geos.hpp"

#include <cstdint>
#include <vector>

namespace alentour::detail {

// Edges straight in longitude and latitude (RFC 7946) are cut every 0.0002° (about
// 20 m) first, so that a long one keeps its place once projected.
Geometry projected(const GeosContext& geos, const GEOSGeometry& wgs84, const LocalProjection& projection);

// Back to WGS84, as a MultiPolygon in ISO WKB (empty when nothing is left).
std::vector<std::uint8_t> wgs84_wkb(const GeosContext& geos, const GEOSGeometry& metres, const LocalProjection& projection);

// A box in WGS84 as a polygon, ISO WKB.
std::vector<std::uint8_t> box_wkb(const BoundingBox& box);

} // namespace alentour::detail
