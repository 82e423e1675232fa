#pragma once
// Flyer places: where a mediation team can meet the public (pharmacies, doctors, mairies,
// libraries, post offices, social services, community centres, associations, collèges
// and lycées, supermarkets and markets), read from the OSM extract at `build` and kept
// with the region.

#include <alentour/geo.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace alentour {

struct Place {
    std::string name;      // the OSM name, or the category's label when it has none
    std::string category;  // pharmacie, medecin, mairie… (see place_categories())
    std::string label_fr;  // the category's French label: "Pharmacie"
    LatLon position;       // the node, or a representative point of the way or multipolygon
    std::string osm_id;    // "node/123", "way/45", "relation/6": openstreetmap.org/<osm_id>
};

struct PlaceCategory {
    std::string id;        // pharmacie
    std::string label_fr;  // Pharmacie
    std::string colour;    // its marker colour on the maps
};

// Every category, in the order lists and legends show them.
const std::vector<PlaceCategory>& place_categories();

// The category of an id; throws InputError listing the valid ones.
const PlaceCategory& place_category(std::string_view id);

// "pharmacie,mairie" → their ids; empty text → every category. Throws InputError naming
// the unknown one and listing the valid ones (field `option`).
std::vector<std::string> parse_place_categories(std::string_view list, std::string_view option = "--category");

} // namespace alentour
