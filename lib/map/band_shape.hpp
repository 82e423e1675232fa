#pragma once
// A map band's polygons read back from the WKB it carries, for every writer that draws
// bands (poster, web page, uMap file) and for the map's extent.

#include <alentour/map_content.hpp>

#include <ogr_geometry.h>

#include <memory>

namespace alentour::detail {

using MultiPolygonPtr = std::unique_ptr<OGRMultiPolygon, OGRGeometryUniquePtrDeleter>;

// Always a MultiPolygon (a band of one piece may come as a Polygon). Throws Error naming
// the band when its WKB cannot be read or holds no polygon.
MultiPolygonPtr band_shape(const MapBand& band);

} // namespace alentour::detail
