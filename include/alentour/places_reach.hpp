#pragma once
// `alentour places`: the region's flyer places within a travel time of the space (or of
// several), ranked by that time, and written for spreadsheets and maps.

#include <alentour/geo.hpp>
#include <alentour/network.hpp>
#include <alentour/places.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <string>
#include <vector>

namespace alentour {

struct PlacesOptions {
    std::vector<NamedPoint> spaces;  // one search from all of them: the nearest one counts
    std::string mode = "walk";
    double minutes = 15.0;
    // reverse: the time from the place to the space (people come to it), as the ranking
    // and the map's bands by default; forward: from the space to the place (the team goes out).
    Direction direction = Direction::reverse;
    std::vector<std::string> categories;  // ids (parse_place_categories); empty: every category
    SnapOptions snap;
};

struct PlaceInReach {
    Place place;
    double minutes = 0;
    double metres = 0;
    std::string space_id;  // the space it is nearest to
};

struct PlacesInReach {
    PlacesOptions options;
    std::vector<PlaceInReach> places;  // by travel time, then name
    std::size_t not_placed = 0;        // places of the chosen categories too far from any way of the mode
};

// Throws InputError on an unknown mode or category, no space, a non-positive time, or a
// space that cannot be placed on the network.
PlacesInReach places_in_reach(RegionSnappers& snappers, const PlacesOptions& options, const Progress& progress = {});
PlacesInReach places_in_reach(const Region& region, const PlacesOptions& options, const Progress& progress = {});

struct PlacesWriteOptions {
    bool excel_fr = true;  // ';', UTF-8 with a byte-order mark and decimal commas, as French Excel opens it
    bool overwrite = false;
};

// Throws InputError on an output that would fail: an existing file, an unknown format.
void check_places_output(const std::string& path, const PlacesWriteOptions& options);

// .csv: the ranked table (columns rang, id, nom, categorie, libelle, minutes, metres,
// lat, lon, espace, osm: `alentour times` and the tours read it as a points file);
// .geojson/.json: RFC 7946 points with simplestyle and uMap styling; any other
// extension GDAL writes (.gpkg, .shp, .fgb…): the same attributes.
void write_places(const PlacesInReach& places, const std::string& path, const PlacesWriteOptions& options);

// The GeoJSON text of the same points (the map job's lieux layer).
std::string places_geojson(const PlacesInReach& places);

} // namespace alentour
