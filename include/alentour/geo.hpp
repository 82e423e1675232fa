#pragma once
// Coordinates and distances. Points are written LAT,LON as map sites show them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace alentour {

struct LatLon {
    double lat = 0.0;
    double lon = 0.0;
};

// Parses "48.7783,2.4704" (spaces allowed). Throws InputError naming `what` on failure
// or on values outside [-90,90] x [-180,180].
LatLon parse_lat_lon(std::string_view text, std::string_view what = "coordinate");

std::string format_lat_lon(LatLon point);

// Great-circle distance in metres (mean Earth radius 6 371 008.8 m).
double haversine_metres(LatLon a, LatLon b);

struct BoundingBox {
    double min_lat = 90.0, min_lon = 180.0, max_lat = -90.0, max_lon = -180.0;

    bool empty() const noexcept { return min_lat > max_lat; }
    void extend(LatLon p) noexcept;
    bool contains(LatLon p, double margin_metres = 0.0) const noexcept;
};

// A place given by the user: an origin, a destination. `line` says where it came from.
struct NamedPoint {
    std::string id;
    LatLon position;
    std::size_t line = 0;  // line of the input file, 0 when given on the command line
};

// Coordinates are stored as 32-bit fixed point (1e-7 degree, about 1 cm), like OSM itself.
struct FixedPoint {
    std::int32_t lat = 0;
    std::int32_t lon = 0;
};
static_assert(sizeof(FixedPoint) == 8);

constexpr double fixed_scale = 1e7;
inline LatLon to_lat_lon(FixedPoint p) noexcept { return {p.lat / fixed_scale, p.lon / fixed_scale}; }
FixedPoint to_fixed(LatLon p) noexcept;

} // namespace alentour
