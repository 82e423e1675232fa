#include "poster/map_frame.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace alentour::detail::poster {

namespace {

double cos_lat(const BoundingBox& bounds) { return std::cos((bounds.min_lat + bounds.max_lat) / 2 * std::numbers::pi / 180); }

void pad(BoundingBox& bounds, double fraction) {
    const double dlat = std::max(bounds.max_lat - bounds.min_lat, 1e-4) * fraction;
    const double dlon = std::max(bounds.max_lon - bounds.min_lon, 1e-4) * fraction;
    bounds.extend({bounds.min_lat - dlat, bounds.min_lon - dlon});
    bounds.extend({bounds.max_lat + dlat, bounds.max_lon + dlon});
}

} // namespace

MapFrame::MapFrame(const BoundingBox& bounds, const Box& area) : m_cos_lat(cos_lat(bounds)) {
    const double ground_width = (bounds.max_lon - bounds.min_lon) * m_cos_lat;
    const double ground_height = bounds.max_lat - bounds.min_lat;
    m_scale = std::min(area.width / ground_width, area.height / ground_height);
    const double width = ground_width * m_scale, height = ground_height * m_scale;
    m_box = {area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height};
    m_min_lon = bounds.min_lon;
    m_max_lat = bounds.max_lat;
}

Point MapFrame::project(LatLon p) const noexcept {
    return {m_box.x + (p.lon - m_min_lon) * m_cos_lat * m_scale, m_box.y + (m_max_lat - p.lat) * m_scale};
}

BoundingBox map_bounds(const MapContent& content, const std::vector<ShownBand>& bands) {
    BoundingBox bounds;
    bounds.extend(content.space);
    for (const auto& partner : content.partners) bounds.extend(partner.position);
    for (const auto& band : bands) {
        for (const auto& polygon : band.polygons) {
            if (polygon.empty()) continue;
            for (const LatLon& p : polygon.front()) bounds.extend(p);
        }
    }
    if (bounds.max_lat - bounds.min_lat < 1e-6 && bounds.max_lon - bounds.min_lon < 1e-6) {
        constexpr double kilometre = 1000.0 / MapFrame::metres_per_degree;
        bounds.extend({content.space.lat - kilometre, content.space.lon - kilometre / cos_lat(bounds)});
        bounds.extend({content.space.lat + kilometre, content.space.lon + kilometre / cos_lat(bounds)});
    }
    pad(bounds, 0.04);
    return bounds;
}

double ground_aspect(const BoundingBox& bounds) {
    return (bounds.max_lon - bounds.min_lon) * cos_lat(bounds) / (bounds.max_lat - bounds.min_lat);
}

} // namespace alentour::detail::poster
