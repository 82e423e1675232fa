#pragma once
// Paints a plan on any cairo surface, in points: the same strokes for PDF, PNG and SVG.

#include "poster/plan.hpp"

#include <cairo.h>

namespace alentour::detail::poster {

void draw_plan(cairo_t* cr, const Plan& plan);

} // namespace alentour::detail::poster
