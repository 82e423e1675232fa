#pragma once
// Text on the poster: every string is placed by the top of its box, as the layout
// reserves it, whatever the face's ascent.

#include "poster/cairo_util.hpp"
#include "poster/map_frame.hpp"

#include <string>

namespace alentour::detail::poster {

// The baseline that centres one line of `font` in a line box of `height` starting at `top`.
double baseline_in(double top, double height, double font);

void show_text(cairo_t* cr, const std::string& text, double x, double baseline, double font, bool bold, Rgb colour);
void show_text_right(cairo_t* cr, const std::string& text, double right, double baseline, double font, bool bold, Rgb colour);
void show_text_centred(cairo_t* cr, const std::string& text, Point centre, double font, bool bold, Rgb colour);
// With a white halo, so a label stays legible over streets and bands.
void show_text_haloed(cairo_t* cr, const std::string& text, double x, double baseline, double font, bool bold, Rgb colour);

} // namespace alentour::detail::poster
