// Flyer places: read and categorised at build, kept in the cache, found within a travel
// time, written for spreadsheets and maps, and drawn on the map job's outputs.

#include "places/places_world.hpp"
#include "support.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>
#include <alentour/map.hpp>
#include <alentour/places_reach.hpp>
#include <alentour/points.hpp>
#include <alentour/poster.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>

using namespace alentour;
using namespace alentour::test;

namespace {

const Region& world() {
    static const Region region = opl_world(places_world);
    return region;
}

std::map<std::string, std::string> category_by_name(const Region& region) {
    std::map<std::string, std::string> out;
    for (const auto& p : region.places()) out[p.name] = p.category;
    return out;
}

const LatLon space{48.85, 2.35};

PlacesOptions options_at(double minutes, std::vector<std::string> categories = {}) {
    PlacesOptions o;
    o.spaces = {{"espace", space, 0}};
    o.minutes = minutes;
    o.categories = std::move(categories);
    return o;
}

// Along the straight street, at the walk profile's 4.5 km/h.
double walk_minutes_to(double lon) { return haversine_metres(space, {48.85, lon}) / (4500.0 / 60.0); }

} // namespace

TEST_CASE("one place of each category is read, and the tags that must not count are left out") {
    const auto by_name = category_by_name(world());
    const std::map<std::string, std::string> expected = {
        {"Pharmacie du Centre", "pharmacie"},
        {"Pharmacie du Bout", "pharmacie"},
        {"Centre de santé", "medecin"},
        {"Mairie", "mairie"},
        {"Médiathèque Aragon", "bibliotheque"},
        {"Bureau de poste", "poste"},  // no name: the category's label
        {"CCAS", "services_sociaux"},
        {"France Services du Val", "services_sociaux"},
        {"Centre social des Tilleuls", "centre_social"},
        {"Les Amis du quartier", "association"},
        {"Lycée polyvalent", "college_lycee"},
        {"Collège Jean Moulin", "college_lycee"},
        {"Supermarché du Port", "supermarche"},
    };
    CHECK(by_name == expected);
    for (const auto& p : world().places()) CHECK(p.label_fr == place_category(p.category).label_fr);
}

TEST_CASE("a closed way and a multipolygon are placed at their middle, with their OSM ids") {
    std::map<std::string, Place> by_id;
    for (const auto& p : world().places()) by_id[p.osm_id] = p;
    REQUIRE(by_id.count("way/201"));
    CHECK(by_id["way/201"].position.lat == Approx(48.8510).margin(1e-7));
    CHECK(by_id["way/201"].position.lon == Approx(2.3600).margin(1e-7));
    REQUIRE(by_id.count("relation/401"));
    CHECK(by_id["relation/401"].position.lat == Approx(48.8496).margin(1e-7));
    CHECK(by_id["relation/401"].position.lon == Approx(2.3610).margin(1e-7));
    REQUIRE(by_id.count("node/101"));
    CHECK(by_id["node/101"].position.lon == Approx(2.3545).margin(1e-7));
}

TEST_CASE("the category filter takes ids and refuses an unknown one, listing the valid ones") {
    CHECK(parse_place_categories("pharmacie, mairie") == std::vector<std::string>{"pharmacie", "mairie"});
    CHECK(parse_place_categories("").size() == place_categories().size());
    try {
        parse_place_categories("pharmacie,boulangerie");
        FAIL("an unknown category was taken");
    } catch (const InputError& e) {
        CHECK_THAT(e.what(), Catch::Contains("'boulangerie'") && Catch::Contains("pharmacie, medecin, mairie"));
    }
}

TEST_CASE("a place 5 minutes away is inside a 15-minute catchment, one 25 minutes away is not") {
    const auto near = places_in_reach(world(), options_at(15, {"pharmacie"}));
    REQUIRE(near.places.size() == 1);
    CHECK(near.places[0].place.name == "Pharmacie du Centre");
    CHECK(near.places[0].minutes == Approx(walk_minutes_to(2.3545)).margin(0.05));
    CHECK(near.places[0].minutes < 5);

    const auto wide = places_in_reach(world(), options_at(30, {"pharmacie"}));
    REQUIRE(wide.places.size() == 2);
    CHECK(wide.places[1].place.name == "Pharmacie du Bout");
    CHECK(wide.places[1].minutes == Approx(walk_minutes_to(2.3755)).margin(0.05));
    CHECK(wide.places[1].minutes > 24);

    // Every category within 15 minutes, nearest first.
    const auto all = places_in_reach(world(), options_at(15));
    CHECK(all.places.size() == 12);
    CHECK(std::is_sorted(all.places.begin(), all.places.end(), [](const auto& a, const auto& b) { return a.minutes < b.minutes; }));
}

TEST_CASE("bad place options are refused with one message") {
    CHECK_THROWS_AS(places_in_reach(world(), options_at(15, {"boulangerie"})), InputError);
    CHECK_THROWS_AS(places_in_reach(world(), options_at(0)), InputError);
    PlacesOptions none = options_at(15);
    none.spaces.clear();
    CHECK_THROWS_AS(places_in_reach(world(), none), InputError);
    PlacesOptions boat = options_at(15);
    boat.mode = "boat";
    CHECK_THROWS_WITH(places_in_reach(world(), boat), Catch::Contains("unknown mode 'boat'"));
}

TEST_CASE("the places survive the cache round trip") {
    const auto dir = scratch_dir("places-cache");
    save_region(world(), (dir / "w.alentour").string());
    const Region loaded = load_region((dir / "w.alentour").string());
    REQUIRE(loaded.places().size() == world().places().size());
    for (std::size_t i = 0; i < loaded.places().size(); ++i) {
        const Place& a = world().places()[i];
        const Place& b = loaded.places()[i];
        CHECK(a.name == b.name);
        CHECK(a.category == b.category);
        CHECK(a.label_fr == b.label_fr);
        CHECK(a.osm_id == b.osm_id);
        CHECK(a.position.lat == Approx(b.position.lat).margin(1e-7));
        CHECK(a.position.lon == Approx(b.position.lon).margin(1e-7));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("the places CSV is French Excel's and a points file; the GeoJSON is styled for uMap") {
    const auto dir = scratch_dir("places-write");
    const auto found = places_in_reach(world(), options_at(15));
    write_places(found, (dir / "lieux.csv").string(), {});
    const std::string csv = read_bytes(dir / "lieux.csv");
    CHECK(csv.rfind("\xEF\xBB\xBFrang;id;nom;categorie;libelle;minutes;metres;lat;lon;espace;osm\r\n", 0) == 0);
    CHECK_THAT(csv, Catch::Contains("1;node/101;Pharmacie du Centre;pharmacie;Pharmacie;"));
    // The tours and `alentour times` read it back as a points file.
    const auto points = read_points((dir / "lieux.csv").string());
    REQUIRE(points.size() == found.places.size());
    CHECK(points[0].id == "node/101");
    CHECK(points[0].position.lon == Approx(2.3545).margin(1e-7));

    write_places(found, (dir / "lieux.geojson").string(), {});
    const auto geojson = nlohmann::json::parse(read_bytes(dir / "lieux.geojson"));
    REQUIRE(geojson["features"].size() == found.places.size() + 1);  // the space first
    CHECK(geojson["features"][0]["properties"]["list"] == "espace");
    const auto& first = geojson["features"][1]["properties"];
    CHECK(first["nom"] == "Pharmacie du Centre");
    CHECK(first["marker-color"] == place_category("pharmacie").colour);
    CHECK(first["_umap_options"]["color"] == place_category("pharmacie").colour);

    write_places(found, (dir / "lieux.gpkg").string(), {});
    const auto from_gpkg = read_points((dir / "lieux.gpkg").string());
    CHECK(from_gpkg.size() == found.places.size());
    CHECK_THROWS_AS(write_places(found, (dir / "lieux.csv").string(), {}), InputError);  // no overwrite
    std::filesystem::remove_all(dir);
}

TEST_CASE("the map job draws the flyer places in the uMap file and the web page, and lists them") {
    const auto dir = scratch_dir("places-map");
    MapOptions options;
    options.space = space;
    options.space_name = "Espace test";
    options.minutes = {5, 15};
    options.places = true;
    options.place_categories = {"pharmacie", "mairie"};
    make_map(world(), options, (dir / "carte").string());
    const auto umap = nlohmann::json::parse(read_bytes(dir / "carte" / "carte.umap"));
    const auto layer = std::find_if(umap["layers"].begin(), umap["layers"].end(), [](const auto& l) {
        return l["_umap_options"]["name"] == "Lieux pour déposer des flyers";
    });
    REQUIRE(layer != umap["layers"].end());
    REQUIRE((*layer)["features"].size() == 2);
    CHECK((*layer)["features"][0]["properties"]["name"] == "Pharmacie du Centre");
    CHECK((*layer)["features"][1]["properties"]["name"] == "Mairie");

    const std::string page = read_bytes(dir / "carte" / "carte.html");
    CHECK_THAT(page, Catch::Contains("\"places\":[{\"name\":\"Pharmacie du Centre\""));
    CHECK_THAT(page, Catch::Contains("Lieux pour déposer des flyers"));
    const auto listed = nlohmann::json::parse(read_bytes(dir / "carte" / "lieux.geojson"));
    CHECK(listed["features"].size() == 3);
    CHECK(std::filesystem::exists(dir / "carte" / "lieux.csv"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("without --places the maps have no flyer layer") {
    const auto dir = scratch_dir("places-map-none");
    MapOptions options;
    options.space = space;
    options.space_name = "Espace test";
    options.minutes = {15};
    make_map(world(), options, (dir / "carte").string());
    CHECK_THAT(read_bytes(dir / "carte" / "carte.umap"), !Catch::Contains("Lieux pour déposer des flyers"));
    CHECK_FALSE(std::filesystem::exists(dir / "carte" / "lieux.csv"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("the poster's legend gains a heading and one line per category of flyer place drawn") {
    MapContent content;
    content.title = "Affiche";
    content.space_name = "Espace test";
    content.space = space;
    content.bounds.extend(space);
    content.bounds.extend({48.855, 2.36});
    const PosterLayout without = layout_poster(content, {});
    const auto& pharmacie = place_category("pharmacie");
    const auto& mairie = place_category("mairie");
    content.places = {{"Pharmacie du Centre", pharmacie.id, pharmacie.label_fr, pharmacie.colour, {48.8502, 2.3545}, 4.4, "à 4 min à pied"},
                      {"Pharmacie du Bout", pharmacie.id, pharmacie.label_fr, pharmacie.colour, {48.8502, 2.3555}, 5.0, "à 5 min à pied"},
                      {"Mairie", mairie.id, mairie.label_fr, mairie.colour, {48.8502, 2.3565}, 6.0, "à 6 min à pied"}};
    const PosterLayout with = layout_poster(content, {});
    CHECK(with.labels.size() == without.labels.size() + 3);  // "Lieux pour déposer des flyers", Pharmacie (2), Mairie (1)
    CHECK(with.legend.width * with.legend.height > without.legend.width * without.legend.height);  // more columns or rows
    for (std::size_t i = 0; i < with.labels.size(); ++i) {
        for (std::size_t k = i + 1; k < with.labels.size(); ++k) CHECK_FALSE(with.labels[i].overlaps(with.labels[k]));
    }
}
