#pragma once
// The map panel: paper-coloured ground, the bands (thin outlines, under the streets),
// the streets by rank, the partners' discs with their leader lines, the space on top.

#include "poster/plan.hpp"

#include <cairo.h>

namespace alentour::detail::poster {

void draw_map(cairo_t* cr, const Plan& plan);

// A five-pointed star of outer radius `radius`, shared with the legend.
void star_path(cairo_t* cr, Point centre, double radius);
void draw_star(cairo_t* cr, Point centre, double radius);

// Band fills are see-through so the streets under a band still read; the legend uses
// the same strength so its swatches match.
inline constexpr double band_alpha = 0.45;

} // namespace alentour::detail::poster
