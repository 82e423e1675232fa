#pragma once
// What every part of the poster needs from cairo: owned handles, colours from the
// "#rrggbb" strings the map content carries, and text measured in the one face the
// poster prints with.

#include <cairo.h>

#include <map>
#include <memory>
#include <string>
#include <utility>

namespace alentour::detail::poster {

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const noexcept { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
    void operator()(cairo_t* context) const noexcept { cairo_destroy(context); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using ContextPtr = std::unique_ptr<cairo_t, ContextDeleter>;

struct Rgb {
    double r = 0, g = 0, b = 0;
};

// "#1b9e77" or "1b9e77"; anything else becomes a neutral grey, so a typo in a category
// table still prints.
Rgb parse_colour(const std::string& text);

// Black or white, whichever reads better on `background` (WCAG relative luminance).
Rgb text_colour_on(Rgb background);

void set_colour(cairo_t* cr, Rgb colour, double alpha = 1.0);

// DejaVu Sans is installed with the project's dependencies and covers French accents,
// œ, « » and the typographic apostrophe.
inline constexpr const char* font_family = "DejaVu Sans";

void select_font(cairo_t* cr, double size, bool bold);

// Unhinted glyphs and metrics: text keeps the same width at every resolution, so the
// PNG spaces its letters as the PDF does and as the layout measured them.
void use_print_metrics(cairo_t* cr);

// Widths of text in the poster's face, measured once at a reference size and scaled
// (the layout measures the same names many times while it looks for the font size).
class TextMeasure {
public:
    TextMeasure();
    double width(const std::string& text, double size, bool bold = false);
    // The longest prefix of `text` (cut at a character) that fits `max_width` with "…".
    std::string fit(const std::string& text, double size, bool bold, double max_width);
    // Characters the face has no glyph for (cairo maps them to glyph 0).
    std::size_t missing_glyphs(const std::string& text);

private:
    SurfacePtr m_surface;
    ContextPtr m_cr;
    std::map<std::pair<std::string, bool>, double> m_widths;  // at reference size
};

} // namespace alentour::detail::poster
