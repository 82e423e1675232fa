// The map answers one question: who can reach the space. Its bands and its list must
// agree on a world where driving there and driving back differ, and the job places its
// points on one snapping index per mode, built once, reporting its progress.

#include "catchment/catchment_support.hpp"
#include "support.hpp"

#include <alentour/map.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A 595 m × 200 m loop near 48°N whose south side is one-way eastbound (car, 25 km/h:
// 417 m a minute). The space is on the two-way west side, 20 m north of the corner; the
// structure "Sud" is on the one-way side, 300 m east of that corner: a car gets there
// from the space in under a minute, but back only round the loop (about 1.3 km).
const std::string one_way_loop =
    "n1 v1 x2.000 y48.000\n"
    "n2 v1 x2.004 y48.000\n"
    "n3 v1 x2.008 y48.000\n"
    "n4 v1 x2.008 y48.0018\n"
    "n5 v1 x2.000 y48.0018\n"
    "w1 v1 Thighway=residential,oneway=yes Nn1,n2,n3\n"
    "w2 v1 Thighway=residential Nn3,n4,n5,n1\n";

const LatLon space{48.00018, 2.000};
const LatLon south{48.0, 2.004};
const LatLon west{48.00135, 2.000};

fs::path write_partners(const fs::path& dir) {
    const fs::path path = dir / "partenaires.csv";
    std::ofstream out(path);
    out.precision(10);
    out << "id,nom,categorie,lat,lon\n"
        << "sud,Sud,ccas," << south.lat << "," << south.lon << "\n"
        << "ouest,Ouest,ccas," << west.lat << "," << west.lon << "\n";
    return path;
}

MapOptions options_for(const fs::path& partners, Direction direction) {
    MapOptions options;
    options.space = space;
    options.space_name = "Espace";
    options.partners_file = partners.string();
    options.modes = {"car"};
    options.minutes = {1, 5};
    options.direction = direction;
    return options;
}

json read_json(const fs::path& path) {
    std::ifstream in(path);
    return json::parse(in);
}

// The car bands of a map folder, by minutes, as OGR geometries.
std::map<double, OGRGeometryUniquePtr> car_bands(const fs::path& folder) {
    std::map<double, OGRGeometryUniquePtr> bands;
    const json collection = read_json(folder / "catchment.geojson");
    for (const auto& feature : collection["features"]) {
        const auto& p = feature["properties"];
        if (!p.contains("minutes") || p["mode"] != "car") continue;
        OGRGeometryUniquePtr g(OGRGeometryFactory::createFromGeoJson(feature["geometry"].dump().c_str()));
        REQUIRE(g != nullptr);
        bands[p["minutes"].get<double>()] = std::move(g);
    }
    return bands;
}

// Each structure's car minutes as the map's list gives them, by id.
std::map<std::string, double> listed_minutes(const fs::path& folder) {
    std::map<std::string, double> minutes;
    const json collection = read_json(folder / "partners.geojson");
    for (const auto& feature : collection["features"]) {
        const auto& p = feature["properties"];
        if (p["minutes_car"].is_number()) minutes[p["id"].get<std::string>()] = p["minutes_car"].get<double>();
    }
    return minutes;
}

} // namespace

TEST_CASE("the map's bands answer the question its list answers: who can reach the space", "[map]") {
    const fs::path dir = scratch_dir("map-direction");
    const Region region = opl_world(one_way_loop);
    const fs::path partners = write_partners(dir);

    make_map(region, options_for(partners, Direction::reverse), (dir / "to").string());
    const auto bands = car_bands(dir / "to");
    const auto minutes = listed_minutes(dir / "to");
    REQUIRE(bands.size() == 2);
    REQUIRE(minutes.size() == 2);
    INFO("Sud " << minutes.at("sud") << " min, Ouest " << minutes.at("ouest") << " min");
    CHECK(minutes.at("sud") > 2.5);
    // No structure drawn inside a band reads more minutes than the band.
    const std::map<std::string, LatLon> places = {{"sud", south}, {"ouest", west}};
    for (const auto& [limit, band] : bands) {
        for (const auto& [id, position] : places) {
            if (covers(*band, position)) CHECK(minutes.at(id) <= limit + 0.05);
        }
    }
    CHECK_FALSE(covers(*bands.at(1), south));
    CHECK(covers(*bands.at(1), west));
    CHECK(covers(*bands.at(5), south));
    // The legend says which question the bands answer.
    std::ifstream page(dir / "to" / "carte.html");
    const std::string html((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
    CHECK(html.find("Temps pour venir ici") != std::string::npos);

    // Asked the other way, the bands hold where one drives to from the space.
    make_map(region, options_for(partners, Direction::forward), (dir / "from").string());
    const auto from = car_bands(dir / "from");
    REQUIRE(from.size() == 2);
    CHECK(covers(*from.at(1), south));
    fs::remove_all(dir);
}

TEST_CASE("the map builds one snapping index per mode and reports it", "[map]") {
    const fs::path dir = scratch_dir("map-snappers");
    const Region region = opl_world(one_way_loop);
    MapOptions options = options_for(write_partners(dir), Direction::reverse);
    options.modes = {"car", "walk"};
    std::map<std::string, int> indexed;
    const Progress progress = [&](double, std::string_view message) {
        if (message.starts_with("indexing the ")) ++indexed[std::string(message)];
    };
    make_map(region, options, (dir / "carte").string(), progress);
    const std::map<std::string, int> once = {{"indexing the car streets", 1}, {"indexing the walk streets", 1}};
    CHECK(indexed == once);
    fs::remove_all(dir);
}
