#include "core/french.hpp"
#include "geometry/multipolygon.hpp"

#include <alentour/umap.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace alentour {
namespace {

using nlohmann::json;

using detail::round6;

json band_geometry(const MapBand& band) { return detail::multipolygon_geojson(detail::read_multipolygon(band.wkb, band.label)); }

// The zoom level at which the bounds fill a screen of about 1000 pixels.
int zoom_for(const BoundingBox& box) {
    const double span = std::max(box.max_lon - box.min_lon, (box.max_lat - box.min_lat) * 1.5);
    if (!(span > 0)) return 15;
    return std::clamp(static_cast<int>(std::floor(std::log2(360.0 * 1000.0 / 256.0 / span))), 3, 18);
}

json map_properties(const MapContent& content) {
    return {{"name", content.title},
            {"description", "Carte produite par alentour le " + content.date_text + ". " + content.attribution},
            {"zoom", zoom_for(content.bounds)},
            {"easing", false},
            {"miniMap", false},
            {"scaleControl", true},
            {"datalayersControl", true},
            {"displayPopupFooter", false},
            {"onLoadPanel", "caption"},
            {"tilelayer",
             {{"name", "OpenStreetMap"},
              {"url_template", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"},
              {"attribution", "© [[https://www.openstreetmap.org/copyright|Contributeurs d'OpenStreetMap]]"},
              {"minZoom", 0},
              {"maxZoom", 19},
              {"tms", false}}}};
}

// Only the first mode's bands show when the map opens: the modes share one colour ramp.
json band_layer(const MapBand& band, bool shown) {
    json feature = {{"type", "Feature"},
                    {"geometry", band_geometry(band)},
                    {"properties", {{"name", band.label}, {"minutes", band.minutes}, {"mode", band.mode},
                                    {"description", "Surface : " + detail::french_area(band.area_km2)}}}};
    return {{"type", "FeatureCollection"},
            {"features", json::array({feature})},
            {"_umap_options", {{"displayOnLoad", shown}, {"browsable", true}, {"name", band.label}, {"color", band.colour},
                               {"fillColor", band.colour}, {"fillOpacity", 0.2}, {"weight", 1}, {"opacity", 0.8},
                               {"interactive", false}}}};
}

json partner_feature(const MapPartner& p) {
    return {{"type", "Feature"},
            {"geometry", {{"type", "Point"}, {"coordinates", {round6(p.position.lon), round6(p.position.lat)}}}},
            {"properties", {{"name", std::to_string(p.number) + ". " + p.name},
                            {"adresse", p.address},
                            {"categorie", p.category_label},
                            {"temps", p.time_text},
                            {"numero", p.number}}},
            // A drop marker showing the structure's number, as on the poster and its list.
            {"_umap_options", {{"iconClass", "Drop"}, {"iconUrl", std::to_string(p.number)}}}};
}

json category_layer(const std::string& label, const std::string& colour, json features) {
    return {{"type", "FeatureCollection"},
            {"features", std::move(features)},
            {"_umap_options", {{"displayOnLoad", true}, {"browsable", true}, {"name", label}, {"color", colour},
                               {"showLabel", false},
                               {"popupContentTemplate", "# {name}\n{categorie}\n{adresse}\n**{temps}**"}}}};
}

// The flyer places as one layer of their own (the team shows or hides it), each dot in
// its category's colour.
json places_layer(const std::vector<MapPlace>& places) {
    json features = json::array();
    for (const auto& p : places) {
        features.push_back({{"type", "Feature"},
                            {"geometry", {{"type", "Point"}, {"coordinates", {round6(p.position.lon), round6(p.position.lat)}}}},
                            {"properties", {{"name", p.name}, {"categorie", p.category_label}, {"temps", p.time_text}}},
                            {"_umap_options", {{"color", p.colour}, {"iconClass", "Circle"}}}});
    }
    return {{"type", "FeatureCollection"},
            {"features", std::move(features)},
            {"_umap_options", {{"displayOnLoad", true}, {"browsable", true}, {"name", "Lieux pour déposer des flyers"},
                               {"color", "#636363"}, {"iconClass", "Circle"}, {"showLabel", false},
                               {"popupContentTemplate", "# {name}\n{categorie}\n**{temps}**"}}}};
}

} // namespace

std::string umap_json(const MapContent& content) {
    json layers = json::array();
    for (const auto& band : content.bands) layers.push_back(band_layer(band, band.mode == content.bands.front().mode));

    // One layer per category, in the order categories first appear in the list.
    std::vector<std::string> order;
    std::map<std::string, std::pair<std::string, json>> by_category;  // id → (colour, features)
    std::map<std::string, std::string> labels;
    for (const auto& p : content.partners) {
        if (!by_category.contains(p.category)) {
            order.push_back(p.category);
            by_category[p.category] = {p.colour, json::array()};
            labels[p.category] = p.category_label;
        }
        by_category[p.category].second.push_back(partner_feature(p));
    }
    for (const auto& id : order) layers.push_back(category_layer(labels[id], by_category[id].first, std::move(by_category[id].second)));
    if (!content.places.empty()) layers.push_back(places_layer(content.places));

    json space = {{"type", "Feature"},
                  {"geometry", {{"type", "Point"}, {"coordinates", {round6(content.space.lon), round6(content.space.lat)}}}},
                  {"properties", {{"name", content.space_name}, {"description", "Le lieu de médiation numérique"}}}};
    layers.push_back({{"type", "FeatureCollection"},
                      {"features", json::array({space})},
                      {"_umap_options", {{"displayOnLoad", true}, {"browsable", true}, {"name", content.space_name},
                                         {"color", "#253494"}, {"iconClass", "Default"}}}});

    const LatLon centre{(content.bounds.min_lat + content.bounds.max_lat) / 2, (content.bounds.min_lon + content.bounds.max_lon) / 2};
    const json umap = {{"type", "umap"},
                       {"uri", ""},
                       {"properties", map_properties(content)},
                       {"geometry", {{"type", "Point"}, {"coordinates", {round6(centre.lon), round6(centre.lat)}}}},
                       {"layers", layers}};
    // Names from a command line may not be UTF-8: replaced, never a failure.
    return umap.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace alentour
