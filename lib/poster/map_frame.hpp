#pragma once
// Where a longitude/latitude lands on the page: an equirectangular projection scaled by
// the cosine of the middle latitude (true to shape at town scale), fitted into a box
// with its aspect ratio kept.

#include "poster/bands.hpp"

#include <alentour/poster.hpp>

namespace alentour::detail::poster {

struct Point {
    double x = 0, y = 0;
};

class MapFrame {
public:
    MapFrame() = default;
    // Fits `bounds` (already padded) centred into `area`.
    MapFrame(const BoundingBox& bounds, const Box& area);

    Point project(LatLon p) const noexcept;
    double points_per_metre() const noexcept { return m_scale / metres_per_degree; }

    static constexpr double metres_per_degree = 111'195.0;

private:
    double m_cos_lat = 1, m_scale = 1, m_min_lon = 0, m_max_lat = 0;
    Box m_box;  // the rectangle the bounds fill, inside the area
};

// What the map must show: the shown bands, the partners and the space, with a margin;
// a kilometre around the space when there is nothing else.
BoundingBox map_bounds(const MapContent& content, const std::vector<ShownBand>& bands);

// Width over height, on the ground, of `bounds`.
double ground_aspect(const BoundingBox& bounds);

} // namespace alentour::detail::poster
