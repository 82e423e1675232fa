#include <alentour/error.hpp>
#include <alentour/geo.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace alentour {
namespace {

constexpr double earth_radius_m = 6371008.8;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool parse_double(std::string_view text, double& value) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc{} && end == text.data() + text.size() && std::isfinite(value);
}

} // namespace

LatLon parse_lat_lon(std::string_view text, std::string_view what) {
    const auto comma = text.find(',');
    LatLon p;
    if (comma == std::string_view::npos || !parse_double(text.substr(0, comma), p.lat) ||
        !parse_double(text.substr(comma + 1), p.lon)) {
        throw InputError("cannot read '" + std::string(text) + "' as LAT,LON in degrees (for example 48.7783,2.4704)",
                         {"", 0, std::string(what)});
    }
    if (std::abs(p.lat) > 90.0 || std::abs(p.lon) > 180.0) {
        throw InputError("'" + std::string(text) + "' is not a position: latitude must lie in [-90, 90] and longitude in [-180, 180]",
                         {"", 0, std::string(what)});
    }
    return p;
}

std::string format_lat_lon(LatLon point) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6f,%.6f", point.lat, point.lon);
    return buffer;
}

double haversine_metres(LatLon a, LatLon b) {
    constexpr double rad = std::numbers::pi / 180.0;
    const double dlat = (b.lat - a.lat) * rad;
    const double dlon = (b.lon - a.lon) * rad;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2.0 * earth_radius_m * std::asin(std::min(1.0, std::sqrt(h)));
}

void BoundingBox::extend(LatLon p) noexcept {
    min_lat = std::min(min_lat, p.lat);
    max_lat = std::max(max_lat, p.lat);
    min_lon = std::min(min_lon, p.lon);
    max_lon = std::max(max_lon, p.lon);
}

bool BoundingBox::contains(LatLon p, double margin_metres) const noexcept {
    if (empty()) return false;
    constexpr double metres_per_degree = earth_radius_m * std::numbers::pi / 180.0;
    const double dlat = margin_metres / metres_per_degree;
    const double cos_lat = std::max(0.01, std::cos(p.lat * std::numbers::pi / 180.0));
    const double dlon = dlat / cos_lat;
    return p.lat >= min_lat - dlat && p.lat <= max_lat + dlat && p.lon >= min_lon - dlon && p.lon <= max_lon + dlon;
}

FixedPoint to_fixed(LatLon p) noexcept {
    return {static_cast<std::int32_t>(std::lround(p.lat * fixed_scale)),
            static_cast<std::int32_t>(std::lround(p.lon * fixed_scale))};
}

} // namespace alentour
