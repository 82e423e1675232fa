#pragma once
// The legend: the space's star ("Vous êtes ici"), a scale bar, the shown bands and the
// categories (and the flyer places' when drawn), in as many columns as the room beside or below the map allows.

#include "poster/bands.hpp"
#include "poster/cairo_util.hpp"

#include <alentour/poster.hpp>

#include <string>
#include <vector>

namespace alentour::detail::poster {

enum class LegendSymbol { none, star, scale, band, category, place };

struct LegendRow {
    LegendSymbol symbol = LegendSymbol::none;  // none: a heading
    std::string text;
    Rgb colour;
    Box box;  // on the page once laid out
};

struct LegendLayout {
    Box box;
    double font = 0;
    double symbol_width = 0;
    double scale_length = 0;  // points on the page
    std::vector<LegendRow> rows;
};

// The rows in reading order; category rows from the partners, in list order, then the
// flyer places' categories in their table's order.
std::vector<LegendRow> legend_rows(const MapContent& content, const std::vector<ShownBand>& bands);

// Lays the rows into columns no wider than `width`: the legend's size before the map
// scale is known (the scale row keeps room for the longest bar).
LegendLayout layout_legend(std::vector<LegendRow> rows, double width, double font, TextMeasure& measure);

// Moves a laid-out legend to `x`, `y`.
void place_legend(LegendLayout& legend, double x, double y);

// The scale bar for a map at `points_per_metre`: a round distance ("500 m", "1 km")
// whose bar fits the room the layout kept for it.
void set_scale(LegendLayout& legend, double points_per_metre);

} // namespace alentour::detail::poster
