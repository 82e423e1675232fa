#include "web/page_data.hpp"

#include "geometry/multipolygon.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

namespace alentour::detail {
namespace {

using nlohmann::ordered_json;

// Bands overlap (nested), so each stays light enough for the streets to show through.
constexpr double band_fill_opacity = 0.25;
constexpr std::string_view default_band_colour = "#3182bd";
constexpr std::string_view default_partner_colour = "#636363";

bool is_hex_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

// carte.js takes #rrggbb only (it appends an alpha to it), so #rgb is spelt out; anything
// else, which could also carry CSS into a style attribute, becomes the default.
std::string checked_colour(const std::string& colour, std::string_view fallback) {
    if (colour.size() == 7 && colour[0] == '#' && is_hex_digits(std::string_view(colour).substr(1))) return colour;
    if (colour.size() == 4 && colour[0] == '#' && is_hex_digits(std::string_view(colour).substr(1))) {
        return {'#', colour[1], colour[1], colour[2], colour[2], colour[3], colour[3]};
    }
    return std::string(fallback);
}

ordered_json lat_lon(LatLon p) { return ordered_json::array({round6(p.lat), round6(p.lon)}); }

// RFC 7946 coordinates, as Leaflet's coordsToLatLngs expects them.
ordered_json multipolygon_json(const MapBand& band) { return multipolygon_geojson(read_multipolygon(band.wkb, band.label)); }

ordered_json band_json(const MapBand& band, bool shown) {
    return {{"label", band.label},
            {"mode", band.mode},
            {"minutes", band.minutes},
            {"colour", checked_colour(band.colour, default_band_colour)},
            {"fill_opacity", band_fill_opacity},
            {"area_km2", std::round(band.area_km2 * 1e4) / 1e4},
            {"shown", shown},
            {"geometry", multipolygon_json(band)}};
}

// Bands of the first band's mode only: several modes at once would pile up unreadably.
ordered_json bands_json(const std::vector<MapBand>& bands) {
    ordered_json out = ordered_json::array();
    for (const MapBand& band : bands) out.push_back(band_json(band, band.mode == bands.front().mode));
    return out;
}

ordered_json partner_json(const MapPartner& p) {
    return {{"number", p.number},
            {"name", p.name},
            {"address", p.address},
            {"category", p.category},
            {"category_label", p.category_label},
            {"colour", checked_colour(p.colour, default_partner_colour)},
            {"lat", round6(p.position.lat)},
            {"lon", round6(p.position.lon)},
            // null, not 0: carte.js shows "no time" differently from "right here".
            {"minutes", p.minutes ? ordered_json(std::round(*p.minutes * 100) / 100) : ordered_json(nullptr)},
            {"time_text", p.time_text},
            {"list", p.list}};
}

ordered_json partners_json(const std::vector<MapPartner>& partners) {
    ordered_json out = ordered_json::array();
    for (const MapPartner& p : partners) out.push_back(partner_json(p));
    return out;
}

// The flyer places: carte.js draws them as one layer the reader can hide.
ordered_json places_json(const std::vector<MapPlace>& places) {
    ordered_json out = ordered_json::array();
    for (const MapPlace& p : places) {
        out.push_back({{"name", p.name},
                       {"category", p.category},
                       {"category_label", p.category_label},
                       {"colour", checked_colour(p.colour, default_partner_colour)},
                       {"lat", round6(p.position.lat)},
                       {"lon", round6(p.position.lon)},
                       {"minutes", std::round(p.minutes * 100) / 100},
                       {"time_text", p.time_text}});
    }
    return out;
}

// One list per rank (index = rank), each street a flat [lat, lon, lat, lon…] array: the
// streets are most of the page's weight, and flat arrays halve their brackets.
ordered_json streets_json(const std::vector<MapStreet>& streets) {
    constexpr int ranks = 3;
    ordered_json out = ordered_json::array({ordered_json::array(), ordered_json::array(), ordered_json::array()});
    for (const MapStreet& street : streets) {
        if (street.line.size() < 2) continue;
        ordered_json flat = ordered_json::array();
        for (const LatLon& p : street.line) {
            flat.push_back(round6(p.lat));
            flat.push_back(round6(p.lon));
        }
        out[static_cast<std::size_t>(std::clamp(street.rank, 0, ranks - 1))].push_back(std::move(flat));
    }
    return out;
}

// null lets carte.js frame the space and the partners itself.
ordered_json bounds_json(const BoundingBox& box) {
    if (box.empty()) return nullptr;
    return ordered_json::array({ordered_json::array({box.min_lat, box.min_lon}), ordered_json::array({box.max_lat, box.max_lon})});
}

} // namespace

ordered_json page_data(const MapContent& content) {
    return {{"title", content.title},
            {"space_name", content.space_name},
            {"space", lat_lon(content.space)},
            {"date_text", content.date_text},
            {"attribution", content.attribution},
            {"bounds", bounds_json(content.bounds)},
            {"bands_heading", content.bands_heading},
            {"bands", bands_json(content.bands)},
            {"partners", partners_json(content.partners)},
            {"places", places_json(content.places)},
            {"streets", streets_json(content.streets)}};
}

} // namespace alentour::detail
