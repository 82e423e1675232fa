#pragma once
// A local metric projection for one catchment: Lambert azimuthal equal-area on the
// sphere of authalic radius, centred on the origin. Areas come out right (equal-area)
// and distances from the centre nearly so (under 0.01 % within 30 km), which is what
// distances in metres and areas in km² need.

#include <alentour/geo.hpp>

namespace alentour::detail {

// Projected metres: x east, y north of the centre.
struct XY {
    double x, y;
};

class LocalProjection {
public:
    explicit LocalProjection(LatLon centre);
    XY forward(LatLon p) const noexcept;
    LatLon inverse(XY p) const noexcept;

private:
    double m_lat0, m_lon0, m_sin0, m_cos0;
};

} // namespace alentour::detail
