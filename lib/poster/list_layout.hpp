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
};

// Type sizes the list may use, in points.
struct ListFonts {
    double largest = 11;
    double smallest = 6;
    double smallest_with_addresses = 7;  // below it, the names matter more than the streets
};

// The largest type that fits the whole list into `area` (addresses kept while they fit).
ListLayout layout_list(const std::vector<MapPartner>& partners, const Box& area, const ListFonts& fonts, TextMeasure& measure);

// Vertical measures of one list line, shared with the drawing.
inline double list_line_height(double font) { return 1.22 * font; }

} // namespace alentour::detail::poster
