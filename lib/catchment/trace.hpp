#pragma once
// Tracing a mask of grid cells into polygons with holes, directly from the cell edges:
// one pass labels the 4-connected pieces, one walk follows each boundary with the inside
// on its left. The rings come out valid by construction, so no polygonizer, ring
// assignment or repair is needed (those were 90 % of a car catchment's time).
//
// The rules that make the rings valid (OGC simple features):
// - at a vertex where two inside cells touch only at a corner, the walk turns towards
//   the inside cell it follows, so pieces joined at a corner stay apart (as they are
//   4-connected pieces);
// - a boundary that comes back to such a vertex is cut there into two rings, one the
//   piece's outline and the other a hole touching it at that one point;
// - each piece then has exactly one outline (counter-clockwise) and its holes
//   (clockwise), told apart by their signed area.

#include "projection.hpp"
#include "reach_grid.hpp"

#include <cstdint>
#include <vector>

namespace alentour::detail {

struct TracedPolygon {
    std::vector<XY> shell;               // counter-clockwise, closed (last point = first)
    std::vector<std::vector<XY>> holes;  // clockwise, closed
};

// The pieces of `inside` (one byte per cell, row-major from the top-left, non-zero in)
// as polygons in the grid's projected metres. Holes under `min_hole_m2` are filled, and
// pieces lying in a filled hole are left out: they would be a shell inside a shell.
std::vector<TracedPolygon> trace_cells(const GridFrame& frame, const std::vector<std::uint8_t>& inside, double min_hole_m2);

} // namespace alentour::detail
