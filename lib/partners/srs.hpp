#pragma once
// Coordinate systems of partner files: what the user names with --srs, what a layer
// declares, Lambert-93 when metres come without a name, and the way to WGS84.

#include <alentour/geo.hpp>

#include <ogr_spatialref.h>

#include <cmath>

#include <memory>
#include <string>

namespace alentour::detail {

// "EPSG:2154", "2154", a WKT or PROJ string. Throws InputError naming --srs.
OGRSpatialReference user_srs(const std::string& text);

OGRSpatialReference epsg_srs(int code);

// "EPSG:2154 (RGF93 v1 / Lambert-93)", or the name alone.
std::string srs_name(const OGRSpatialReference& srs);

// Plausible WGS84 degrees: what x/y without a coordinate system are taken for when they fit.
inline bool looks_like_degrees(double x, double y) noexcept { return std::abs(x) <= 180.0 && std::abs(y) <= 90.0; }

// From one coordinate system to WGS84, x = easting or longitude, y = northing or latitude
// whatever the system's official axis order.
class ToWgs84 {
public:
    explicit ToWgs84(const OGRSpatialReference& from);
    ~ToWgs84();
    ToWgs84(const ToWgs84&) = delete;
    ToWgs84& operator=(const ToWgs84&) = delete;

    // False when PROJ cannot convert the point (outside the system's area, not finite).
    bool convert(double x, double y, LatLon& out) const;
    const std::string& name() const noexcept { return m_name; }

private:
    std::unique_ptr<OGRCoordinateTransformation> m_transform;
    std::string m_name;
};

} // namespace alentour::detail
