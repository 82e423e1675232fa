#pragma once
// How each point of a ranking looks on a map, the same in GeoJSON and in GDAL formats:
// simplestyle for geojson.io and GitHub, _umap_options for uMap, a popup-ready
// description.

#include <alentour/partners_rank.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace alentour::detail {

struct MarkerStyle {
    std::string colour;
    std::string size;         // simplestyle's marker-size
    nlohmann::ordered_json umap;  // _umap_options, an object as uMap reads it
    std::string description;  // uMap reads **bold** and line breaks in a popup
};

// The space's name, or a generic one when none was given.
std::string space_name(const RankOptions& options);

MarkerStyle space_style(const Ranking& ranking);
// The space of any point list: a black star, `description` in its popup.
MarkerStyle space_marker(std::string description);
MarkerStyle partner_style(const Ranking& ranking, const RankedPartner& row);

} // namespace alentour::detail
