// People per band on a tiny world counted by hand, through the library and the command
// line. The world near 48°N: a street 1 500 m east from the corner and one 400 m north;
// on foot at 75 m/min, 5 min reach 375 m and 10 min 750 m, and one may step 50 m off.

#include "catchment/catchment_support.hpp"
#include "population_support.hpp"
#include "support.hpp"

#include <alentour/catchment.hpp>
#include <alentour/population.hpp>

#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <cstdio>

using namespace alentour;
using namespace alentour::test;

namespace {

const LatLon corner{48.0, 2.0};
LatLon at(double east, double north) { return offset(corner, east, north); }

std::string opl_world() {
    std::string opl;
    const LatLon nodes[] = {at(0, 0), at(500, 0), at(1000, 0), at(1500, 0), at(0, 200), at(0, 400)};
    for (std::size_t i = 0; i < std::size(nodes); ++i) {
        char line[96];
        std::snprintf(line, sizeof line, "n%zu v1 x%.7f y%.7f\n", i + 1, nodes[i].lon, nodes[i].lat);
        opl += line;
    }
    return opl + "w1 v1 Thighway=residential Nn1,n2,n3,n4\nw2 v1 Thighway=residential Nn1,n5,n6\n";
}

// 120 people 10 m off the street at 100 m (5 min), 30 at 600 m (10 min), 500 at 1 200 m
// (beyond), 1 000 in the middle of the block, farther than 50 m from any street (never
// reached), and 77 far outside the region.
std::string population_csv() {
    std::string csv = "lon,lat,population\n";
    const std::pair<LatLon, int> people[] = {{at(100, 10), 120}, {at(600, 10), 30}, {at(1200, 10), 500}, {at(700, 300), 1000}, {at(3000, 3000), 77}};
    for (const auto& [p, count] : people) {
        char line[96];
        std::snprintf(line, sizeof line, "%.7f,%.7f,%d\n", p.lon, p.lat, count);
        csv += line;
    }
    return csv;
}

} // namespace

TEST_CASE("people per nested band, and each band's share of the region's people") {
    const auto dir = scratch_dir("pop-world");
    const Region region = build_region_from_data(opl_world(), "opl");
    const PopulationLayer layer = read_population(write_text(dir / "pop.csv", population_csv()));
    CatchmentOptions options;
    options.minutes = {5, 10};
    Catchment catchment = compute_catchment(region.graph("walk"), {{"espace", at(0, 0), 0}}, options);
    const PopulationOverlap overlap = population_overlap(layer, region.bounds());
    CHECK(overlap.inside == 1650);
    CHECK(overlap.share_outside == Approx(77.0 / 1727));
    add_population(catchment, layer, region.bounds());
    REQUIRE(catchment.bands.size() == 2);
    CHECK(*catchment.bands[0].population == 120);
    CHECK(*catchment.bands[1].population == 150);
    CHECK(*catchment.bands[1].population_share == Approx(150.0 / 1650));
    CHECK_THAT(band_look(catchment, catchment.bands[0]).description, Catch::Contains("120 habitants, 7,3\u202f% de la région"));
}

TEST_CASE("a point on the edge between two rings is counted in one ring only") {
    const Region region = build_region_from_data(opl_world(), "opl");
    CatchmentOptions options;
    options.minutes = {5, 10};
    options.bands = BandStyle::rings;
    Catchment catchment = compute_catchment(region.graph("walk"), {{"espace", at(0, 0), 0}}, options);
    REQUIRE(catchment.bands.size() == 2);
    // A vertex of the inner ring's outline that the outer ring touches too.
    const auto inner = read_band(catchment.bands[0]);
    const auto outer = read_band(catchment.bands[1]);
    std::optional<LatLon> shared;
    for (const OGRPolygon* polygon : *inner->toMultiPolygon()) {
        for (const OGRPoint& p : *polygon->getExteriorRing()) {
            if (!shared && covers(*outer, {p.getY(), p.getX()})) shared = LatLon{p.getY(), p.getX()};
        }
    }
    REQUIRE(shared);
    const auto dir = scratch_dir("pop-ring-edge");
    char csv[128];
    std::snprintf(csv, sizeof csv, "lon,lat,population\n%.15g,%.15g,9\n", shared->lon, shared->lat);
    const PopulationLayer layer = read_population(write_text(dir / "edge.csv", csv));
    add_population(catchment, layer, region.bounds());
    CHECK(*catchment.bands[0].population + *catchment.bands[1].population == 9);
}

TEST_CASE("alentour catchment --population writes the people of each band and reports the part outside") {
    const auto dir = scratch_dir("pop-cli");
    const auto world = write_text(dir / "world.opl", opl_world());
    const auto csv = write_text(dir / "pop.csv", population_csv());
    const auto out = dir / "zones.geojson";
    const auto result = run_cli("catchment --osm " + quoted(world) + " --mode walk --from " + format_lat_lon(at(0, 0)) +
                                " --minutes 5,10 --population " + quoted(csv) + " -o " + quoted(out.string()));
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.output, Catch::Contains("population: 5 points, count in population, 1\u202f727 people") &&
                                  Catch::Contains("4.5 % of the layer lies outside the region") && Catch::Contains("120 people"));
    const auto geojson = nlohmann::json::parse(read_bytes(out));
    std::map<double, double> people;
    for (const auto& feature : geojson["features"]) {
        if (feature["properties"].contains("population")) people[feature["properties"]["minutes"].get<double>()] = feature["properties"]["population"];
    }
    CHECK(people == std::map<double, double>{{5, 120}, {10, 150}});
    const auto gpkg = dir / "zones.gpkg";
    REQUIRE(run_cli("catchment --osm " + quoted(world) + " --mode walk --from " + format_lat_lon(at(0, 0)) + " --minutes 5,10 --population " +
                    quoted(csv) + " -o " + quoted(gpkg.string()))
                .exit_code == 0);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gpkg.string().c_str(), GDAL_OF_VECTOR));
    REQUIRE(dataset);
    double total = 0;
    for (auto& feature : *dataset->GetLayerByName("catchment")) total += feature->GetFieldAsDouble("population");
    CHECK(total == 270);
}

TEST_CASE("alentour catchment with a bad population layer: one message, exit 1, before the network is built") {
    const auto dir = scratch_dir("pop-cli-bad");
    const auto world = write_text(dir / "world.opl", opl_world());
    const auto csv = write_text(dir / "bad.csv", "lon,lat,population\n2.0,48.0,-4\n");
    const auto result = run_cli("catchment --osm " + quoted(world) + " --from 48,2 --minutes 5 --population " + quoted(csv) + " -o " +
                                quoted((dir / "z.geojson").string()));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Catch::Contains("bad.csv, line 2, population: the population count -4 is negative"));
    const auto far = write_text(dir / "far.csv", "lon,lat,population\n-51.2,-30.0,4\n");
    const auto elsewhere = run_cli("catchment --osm " + quoted(world) + " --from " + format_lat_lon(at(0, 0)) + " --minutes 5 --population " +
                                   quoted(far) + " -o " + quoted((dir / "z.geojson").string()));
    CHECK(elsewhere.exit_code == 1);
    CHECK_THAT(elsewhere.output, Catch::Contains("does not overlap the region"));
    CHECK_FALSE(std::filesystem::exists(dir / "z.geojson"));
}
