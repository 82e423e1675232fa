#include "poster/draw_text.hpp"

namespace alentour::detail::poster {

double baseline_in(double top, double height, double font) {
    // DejaVu Sans: capitals reach 0.73 em above the baseline; centre them, not the em box.
    return top + height / 2 + 0.36 * font;
}

void show_text(cairo_t* cr, const std::string& text, double x, double baseline, double font, bool bold, Rgb colour) {
    select_font(cr, font, bold);
    set_colour(cr, colour);
    cairo_move_to(cr, x, baseline);
    cairo_show_text(cr, text.c_str());
    // Showing text leaves a current point; the next arc would start with a line from it.
    cairo_new_path(cr);
}

void show_text_right(cairo_t* cr, const std::string& text, double right, double baseline, double font, bool bold, Rgb colour) {
    select_font(cr, font, bold);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    show_text(cr, text, right - extents.x_advance, baseline, font, bold, colour);
}

void show_text_centred(cairo_t* cr, const std::string& text, Point centre, double font, bool bold, Rgb colour) {
    select_font(cr, font, bold);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    show_text(cr, text, centre.x - extents.x_bearing - extents.width / 2, centre.y - extents.y_bearing - extents.height / 2, font, bold, colour);
}

void show_text_haloed(cairo_t* cr, const std::string& text, double x, double baseline, double font, bool bold, Rgb colour) {
    select_font(cr, font, bold);
    cairo_move_to(cr, x, baseline);
    cairo_text_path(cr, text.c_str());
    set_colour(cr, {1, 1, 1}, 0.9);
    cairo_set_line_width(cr, 0.25 * font);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
    show_text(cr, text, x, baseline, font, bold, colour);
}

} // namespace alentour::detail::poster
