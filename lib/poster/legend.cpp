#include "poster/legend.hpp"

#include "core/french.hpp"

#include <alentour/places.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace alentour::detail::poster {

namespace {

double row_height(double font) { return 1.7 * font; }
double padding(double font) { return 0.8 * font; }
double column_gap(double font) { return 1.5 * font; }
double scale_room(double font) { return 7 * font; }

std::string distance_text(double metres) {
    if (metres >= 1000) {
        const double km = metres / 1000;
        return (km == std::floor(km) ? std::to_string(static_cast<long>(km)) : std::to_string(static_cast<long>(km)) + ",5") + " km";
    }
    return std::to_string(static_cast<long>(metres)) + " m";
}

double row_width(const LegendRow& row, double font, double symbol_width, TextMeasure& measure) {
    const bool heading = row.symbol == LegendSymbol::none;
    const double text = measure.width(row.symbol == LegendSymbol::scale ? "2,5 km" : row.text, font, heading);
    if (heading) return text;
    return (row.symbol == LegendSymbol::scale ? scale_room(font) : symbol_width) + 0.6 * font + text;
}

// One row per category of flyer place on the map, with its count: "Pharmacie (4)".
void add_place_rows(std::vector<LegendRow>& rows, const std::vector<MapPlace>& places) {
    if (places.empty()) return;
    rows.push_back({LegendSymbol::none, "Lieux pour déposer des flyers", {}, {}});
    for (const auto& category : place_categories()) {
        const auto count = std::count_if(places.begin(), places.end(), [&](const MapPlace& p) { return p.category == category.id; });
        if (count > 0) {
            rows.push_back({LegendSymbol::place, category.label_fr + " (" + std::to_string(count) + ")", parse_colour(category.colour), {}});
        }
    }
}

} // namespace

std::vector<LegendRow> legend_rows(const MapContent& content, const std::vector<ShownBand>& bands) {
    std::vector<LegendRow> rows;
    rows.push_back({LegendSymbol::star, "Vous êtes ici", {0.84, 0.1, 0.11}, {}});
    rows.push_back({LegendSymbol::scale, "", {0.2, 0.2, 0.2}, {}});
    if (!bands.empty()) {
        rows.push_back({LegendSymbol::none, content.bands_heading + " " + french_mode(bands.front().band->mode), {}, {}});
        // A time that is one of a window's (transit) says which, the window and the day.
        if (!content.bands_qualifier.empty()) rows.push_back({LegendSymbol::none, "(" + content.bands_qualifier + ")", {}, {}});
        // Nearest band first, as people read the map from the star out.
        for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
            rows.push_back({LegendSymbol::band, band->legend_text, parse_colour(band->band->colour), {}});
        }
    }
    std::map<std::string, bool> seen;
    std::vector<LegendRow> categories;
    for (const auto& partner : content.partners) {
        if (!seen.emplace(partner.category, true).second) continue;
        categories.push_back({LegendSymbol::category, partner.category_label.empty() ? partner.category : partner.category_label,
                              parse_colour(partner.colour), {}});
    }
    if (!categories.empty()) {
        rows.push_back({LegendSymbol::none, "Structures partenaires", {}, {}});
        rows.insert(rows.end(), categories.begin(), categories.end());
    }
    add_place_rows(rows, content.places);
    return rows;
}

LegendLayout layout_legend(std::vector<LegendRow> rows, double width, double font, TextMeasure& measure) {
    LegendLayout legend;
    legend.font = font;
    legend.symbol_width = 2.2 * font;
    double column_width = 0;
    for (const auto& row : rows) column_width = std::max(column_width, row_width(row, font, legend.symbol_width, measure));
    const double inner = width - 2 * padding(font);
    const std::size_t most = std::max<std::size_t>(1, static_cast<std::size_t>((inner + column_gap(font)) / (column_width + column_gap(font))));
    const std::size_t columns = std::min(most, std::max<std::size_t>(1, rows.size()));
    const std::size_t per_column = (rows.size() + columns - 1) / columns;
    std::size_t column = 0, in_column = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        // A heading never ends a column.
        const bool heading_at_end = rows[i].symbol == LegendSymbol::none && in_column + 1 == per_column;
        if (in_column == per_column || (heading_at_end && column + 1 < columns)) {
            ++column;
            in_column = 0;
        }
        rows[i].box = {padding(font) + static_cast<double>(column) * (column_width + column_gap(font)),
                       padding(font) + static_cast<double>(in_column) * row_height(font), column_width, row_height(font) * 0.9};
        ++in_column;
    }
    double height = 0, right = 0;
    for (const auto& row : rows) {
        height = std::max(height, row.box.bottom());
        right = std::max(right, row.box.right());
    }
    legend.box = {0, 0, right + padding(font), height + padding(font)};
    legend.rows = std::move(rows);
    return legend;
}

void place_legend(LegendLayout& legend, double x, double y) {
    const double dx = x - legend.box.x, dy = y - legend.box.y;
    legend.box.x = x;
    legend.box.y = y;
    for (auto& row : legend.rows) {
        row.box.x += dx;
        row.box.y += dy;
    }
}

void set_scale(LegendLayout& legend, double points_per_metre) {
    static constexpr double round_distances[] = {10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000};
    const double room = scale_room(legend.font);
    double metres = round_distances[0];
    for (double d : round_distances) {
        if (d * points_per_metre <= room) metres = d;
    }
    legend.scale_length = metres * points_per_metre;
    for (auto& row : legend.rows) {
        if (row.symbol == LegendSymbol::scale) row.text = distance_text(metres);
    }
}

} // namespace alentour::detail::poster
