// Flyer places as `build` reads them from an OSM file (OPL here): the place rules on
// any tags, closed ways and multipolygons reduced to one point (nodes missing from the
// extract, rings that enclose nothing, outer ways that are absent), then `alentour
// places` from a space on the seeds' street, written as the map's GeoJSON layer.

#include "targets.hpp"

#include <alentour/places_reach.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace alentour::fuzz {
namespace {

[[noreturn]] void wrong(const Place& p, const char* what) {
    std::fprintf(stderr, "place %s (%s) has %s: %g,%g\n", p.osm_id.c_str(), p.category.c_str(), what, p.position.lat, p.position.lon);
    std::abort();
}

// Every place read is a position of a known category: the build snaps it, the map draws it.
void check_places(const Region& region) {
    for (const Place& p : region.places()) {
        if (!(std::abs(p.position.lat) <= 90 && std::abs(p.position.lon) <= 180)) wrong(p, "a position outside the Earth");
        if (p.name.empty() || p.osm_id.empty()) wrong(p, "no name or no OSM id");
        (void)place_category(p.category);
    }
}

} // namespace

void places(std::string_view bytes) {
    static const BuildOptions walk_only{select_profiles(default_profiles(), {"walk"})};
    const Region region = build_region_from_data(bytes, "opl", walk_only);
    check_places(region);
    PlacesOptions options;
    options.spaces = {{"espace", {48.85, 2.35}, 0}};
    options.minutes = 15;
    const PlacesInReach found = places_in_reach(region, options);
    for (const PlaceInReach& p : found.places) {
        if (!(p.minutes >= 0 && p.minutes <= options.minutes)) wrong(p.place, "a travel time outside the limit");
    }
    (void)places_geojson(found);
}

} // namespace alentour::fuzz
