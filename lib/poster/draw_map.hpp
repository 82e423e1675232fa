#pragma once
// The map panel: paper-coloured ground, the bands (thin outlines, under the streets),
// the streets by rank, the partners' discs with their leader lines, the space on top.

#include "poster/plan.hpp"

#include <cairo.h>

namespace alentour::detail::poster {

void draw_map(cairo_t* cr, const Plan& plan);

// Shared with the tour's pages (lib/tour/pdf.cpp), which draw routes and numbered stops
// the same way: a line of positions as a cairo path, a partner's disc with its number,
// and the leader line of a disc moved off its place.
void line_path(cairo_t* cr, const MapFrame& frame, const std::vector<LatLon>& line);
void draw_marker(cairo_t* cr, const PlacedMarker& marker, double font);
void draw_leader(cairo_t* cr, const PlacedMarker& marker);
// The streets by rank, grey under everything else.
void draw_streets(cairo_t* cr, const MapFrame& frame, const std::vector<MapStreet>& streets);

// A five-pointed star of outer radius `radius`, shared with the legend.
void star_path(cairo_t* cr, Point centre, double radius);
void draw_star(cairo_t* cr, Point centre, double radius);

// Band fills are see-through so the streets under a band still read; the legend uses
// the same strength so its swatches match.
inline constexpr double band_alpha = 0.45;

} // namespace alentour::detail::poster
