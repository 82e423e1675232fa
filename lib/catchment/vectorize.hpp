#pragma once
// The cells of a reach-time grid within a time that hold or join a reached point, traced
// into polygons with their holes.

#include "geometry/geos.hpp"
#include "reach_grid.hpp"

namespace alentour::detail {

// The grid's cells in the band (one byte per cell, non-zero in): within `seconds` and
// joined to a cell holding a point reached within it.
std::vector<std::uint8_t> band_cells(const ReachGrid& grid, double seconds);

// The band_cells traced: a MultiPolygon in projected metres; holes smaller than
// `min_hole_m2` are filled.
Geometry band_polygons(const GeosContext& geos, const ReachGrid& grid, double seconds, double min_hole_m2);

} // namespace alentour::detail
