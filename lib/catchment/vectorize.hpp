#pragma once
// The cells of a reach-time grid within a time that hold or join a reached point, traced
// into polygons with their holes.

#include "geometry/geos.hpp"
#include "reach_grid.hpp"

namespace alentour::detail {

// A MultiPolygon in projected metres; holes smaller than `min_hole_m2` are filled.
Geometry band_polygons(const GeosContext& geos, const ReachGrid& grid, double seconds, double min_hole_m2);

} // namespace alentour::detail
