#include "poster/cairo_util.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace alentour::detail::poster {

namespace {

constexpr double reference_size = 100.0;

double channel(const std::string& hex, std::size_t at) {
    return std::strtol(hex.substr(at, 2).c_str(), nullptr, 16) / 255.0;
}

double linear(double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

// Start of the UTF-8 character before `end`, so a cut never splits an accented letter.
std::size_t previous_character(const std::string& text, std::size_t end) {
    std::size_t at = end - 1;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

} // namespace

Rgb parse_colour(const std::string& text) {
    const std::string hex = !text.empty() && text.front() == '#' ? text.substr(1) : text;
    const bool valid = hex.size() == 6 && std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (!valid) return {0.5, 0.5, 0.5};
    return {channel(hex, 0), channel(hex, 2), channel(hex, 4)};
}

Rgb text_colour_on(Rgb background) {
    // The contrast ratio against white equals the one against black at L ≈ 0.179.
    return luminance(background) > 0.179 ? Rgb{0, 0, 0} : Rgb{1, 1, 1};
}

void set_colour(cairo_t* cr, Rgb colour, double alpha) { cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, alpha); }

void select_font(cairo_t* cr, double size, bool bold) {
    cairo_select_font_face(cr, font_family, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

void use_print_metrics(cairo_t* cr) {
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
}

TextMeasure::TextMeasure()
    : m_surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)), m_cr(cairo_create(m_surface.get())) {
    use_print_metrics(m_cr.get());
}

double TextMeasure::width(const std::string& text, double size, bool bold) {
    const auto key = std::make_pair(text, bold);
    auto found = m_widths.find(key);
    if (found == m_widths.end()) {
        select_font(m_cr.get(), reference_size, bold);
        cairo_text_extents_t extents;
        cairo_text_extents(m_cr.get(), text.c_str(), &extents);
        found = m_widths.emplace(key, extents.x_advance).first;
    }
    return found->second * size / reference_size;
}

std::string TextMeasure::fit(const std::string& text, double size, bool bold, double max_width) {
    if (width(text, size, bold) <= max_width) return text;
    std::size_t end = text.size();
    while (end > 0) {
        end = previous_character(text, end);
        std::string cut = text.substr(0, end);
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        cut += "…";
        if (width(cut, size, bold) <= max_width) return cut;
    }
    return "";
}

std::size_t TextMeasure::missing_glyphs(const std::string& text) {
    select_font(m_cr.get(), reference_size, false);
    cairo_scaled_font_t* font = cairo_get_scaled_font(m_cr.get());
    cairo_glyph_t* glyphs = nullptr;
    int count = 0;
    if (cairo_scaled_font_text_to_glyphs(font, 0, 0, text.c_str(), static_cast<int>(text.size()), &glyphs, &count, nullptr,
                                         nullptr, nullptr) != CAIRO_STATUS_SUCCESS) {
        return text.size();
    }
    std::size_t missing = 0;
    for (int i = 0; i < count; ++i) missing += glyphs[i].index == 0 ? 1 : 0;
    cairo_glyph_free(glyphs);
    return missing;
}

} // namespace alentour::detail::poster
