#pragma once
// The numbered list beside the map: partners grouped by category (in the order the list
// first meets each category), flowed into columns, in the largest type that fits.

#include "poster/cairo_util.hpp"

#include <alentour/map_content.hpp>
#include <alentour/poster.hpp>

#include <string>
#include <vector>

namespace alentour::detail::poster {

struct ListHeading {
    Box box;
    std::string text;  // "CCAS / CIAS (12)"
    Rgb colour;
};

struct ListEntry {
    Box box;
    const MapPartner* partner = nullptr;
    Rgb colour;
    // The name as drawn: one line, or two when it does not fit beside the time.
    std::vector<std::string> name_lines;
    bool name_cut = false;  // still too long on two lines, so it ends in "…"
    std::vector<std::string> address_lines;  // none when the list leaves addresses out
};

struct ListLayout {
    Box area;
    double font = 0;
    int columns = 0;
    double column_width = 0;
    bool addresses = true;
    std::vector<ListHeading> headings;
    std::vector<ListEntry> entries;
    std::size_t left_out = 0;
    std::size_t cut_names = 0;
};

// Type sizes the list may use, in points.
struct ListFonts {
    double largest = 11;
    double smallest = 6;
    double smallest_with_addresses = 7;  // below it, the names matter more than the streets
};

// The largest type that fits the whole list into `area` (addresses kept while they fit,
// names wrapped onto a second line rather than cut).
ListLayout layout_list(const std::vector<MapPartner>& partners, const Box& area, const ListFonts& fonts, TextMeasure& measure);

// Measures of one list entry, shared with the drawing: the line height, the time's and
// address's smaller type, and where the text starts after the numbered badge.
inline double list_line_height(double font) { return 1.22 * font; }
inline double list_small_font(double font) { return 0.9 * font; }
inline double list_text_indent(double font) { return 2.05 * font; }

} // namespace alentour::detail::poster
