// Flyer places of a real extract: Monaco (French-speaking, tagged the French way, with
// school:FR), read at build and counted against an independent pass of libosmium.

#include "support.hpp"

#include <alentour/places_reach.hpp>

#include <osmium/handler.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/visitor.hpp>

#include <cstring>
#include <map>

using namespace alentour;
using namespace alentour::test;

namespace {

// Objects tagged amenity=pharmacy, still open: what a person would count on the map.
struct PharmacyCount : osmium::handler::Handler {
    int count = 0;
    static bool open(const osmium::TagList& tags) {
        const char* amenity = tags.get_value_by_key("amenity");
        return amenity != nullptr && std::strcmp(amenity, "pharmacy") == 0 && !tags.has_tag("disused", "yes");
    }
    void node(const osmium::Node& n) { count += open(n.tags()) ? 1 : 0; }
    void way(const osmium::Way& w) { count += open(w.tags()) && w.is_closed() ? 1 : 0; }
    void relation(const osmium::Relation& r) { count += open(r.tags()) && r.tags().has_tag("type", "multipolygon") ? 1 : 0; }
};

} // namespace

TEST_CASE("Monaco's flyer places: every pharmacy, plausible counts, and those within 15 minutes' walk", "[real]") {
    const std::string osm = shared_file("misc_osm/monaco_osrm.osm.pbf");
    ALENTOUR_REQUIRE_SHARED(osm);
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"walk"});
    const Region region = build_region(osm, build);

    std::map<std::string, int> counts;
    for (const auto& p : region.places()) ++counts[p.category];
    PharmacyCount independent;
    osmium::io::Reader reader(osm);
    osmium::apply(reader, independent);
    reader.close();
    CHECK(independent.count > 10);
    CHECK(counts["pharmacie"] == independent.count);
    // Two collèges and two lycées carry school:FR; the primaries (six) must not count.
    CHECK(counts["college_lycee"] >= 4);
    CHECK(counts["college_lycee"] <= 10);
    CHECK(counts["mairie"] >= 1);
    CHECK(counts["supermarche"] >= 5);
    CHECK(counts["medecin"] >= 3);  // Monaco tags its health places as hospitals
    CHECK(counts["poste"] >= 5);

    PlacesOptions options;
    options.spaces = {{"Monaco-Ville", {43.7311, 7.4197}, 0}};  // the Palais, on the Rocher
    options.minutes = 15;
    const auto found = places_in_reach(region, options);
    CHECK_FALSE(found.places.empty());
    for (std::size_t i = 0; i < found.places.size(); ++i) {
        CHECK(found.places[i].minutes <= 15.0);
        if (i > 0) CHECK(found.places[i - 1].minutes <= found.places[i].minutes);
    }
    // 15 minutes at 4.5 km/h is 1 125 m of walking: nothing farther as the crow flies.
    for (const auto& p : found.places) CHECK(haversine_metres(options.spaces[0].position, p.place.position) < 1125.0 + 600.0);
    WARN("Monaco: " << region.places().size() << " flyer places, " << counts["pharmacie"] << " pharmacies; " << found.places.size()
                    << " within 15 min walk of the Palais");
}
