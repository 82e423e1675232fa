// Several spaces on tiny worlds counted by hand, near 48°N, on foot at 75 m/min (5 min
// reach 375 m, 10 min 750 m; one may step 50 m off a street).

#include "catchment/catchment_support.hpp"
#include "population_support.hpp"
#include "support.hpp"

#include <alentour/coverage.hpp>
#include <alentour/error.hpp>

#include <ogrsf_frmts.h>

#include <cstdio>
#include <map>

using namespace alentour;
using namespace alentour::test;

namespace {

const LatLon corner{48.0, 2.0};
LatLon at(double east, double north) { return offset(corner, east, north); }

// Streets as lists of points in metres; points at the same place are the same node.
std::string opl_of(const std::vector<std::vector<std::pair<double, double>>>& streets) {
    std::map<std::pair<double, double>, int> ids;
    std::string nodes, ways;
    for (std::size_t w = 0; w < streets.size(); ++w) {
        ways += "w" + std::to_string(w + 1) + " v1 Thighway=residential N";
        for (std::size_t i = 0; i < streets[w].size(); ++i) {
            const auto key = streets[w][i];
            if (!ids.count(key)) {
                const int id = static_cast<int>(ids.size()) + 1;
                ids[key] = id;
                const LatLon p = at(key.first, key.second);
                char line[96];
                std::snprintf(line, sizeof line, "n%d v1 x%.7f y%.7f\n", id, p.lon, p.lat);
                nodes += line;
            }
            ways += (i ? ",n" : "n") + std::to_string(ids[key]);
        }
        ways += "\n";
    }
    return nodes + ways;
}

std::string people_csv(const std::vector<std::tuple<double, double, int>>& people) {
    std::string csv = "lon,lat,population\n";
    for (const auto& [east, north, count] : people) {
        const LatLon p = at(east, north);
        char line[96];
        std::snprintf(line, sizeof line, "%.7f,%.7f,%d\n", p.lon, p.lat, count);
        csv += line;
    }
    return csv;
}

std::map<std::pair<std::string, double>, double> table_of(const Coverage& coverage) {
    std::map<std::pair<std::string, double>, double> table;
    for (const auto& zone : coverage.zones) table[{zone.space, zone.minutes}] = zone.population;
    return table;
}

double served(const Coverage& coverage) {
    double sum = 0;
    for (const auto& zone : coverage.zones) sum += zone.population;
    return sum;
}

// A street 1 200 m east with a side street 300 m north at 400 m; spaces A at 0 and B at
// 1 200 m: their times meet at 600 m, not halfway between the junctions at 400 and 1 200.
const std::string shared_street = opl_of({{{0, 0}, {400, 0}, {1200, 0}}, {{400, 0}, {400, 300}}});

CoverageOptions two_spaces(LatLon a, LatLon b) {
    CoverageOptions options;
    options.minutes = {5, 10};
    options.spaces = {{"A", a, 0}, {"B", b, 0}};
    return options;
}

} // namespace

TEST_CASE("two spaces share a street: each person is counted once, for the nearest space") {
    const Region region = build_region_from_data(shared_street, "opl");
    const auto dir = scratch_dir("cov-shared");
    // 100 at 300 m (A 4 min); 9 at 560 m (A 7.5, B 8.5); 40 at 700 m (A 9.3, B 6.7);
    // 20 at 1 000 m (B 2.7); 7 on the side street (A 8 min, B 13.3).
    const PopulationLayer layer = read_population(write_text(dir / "p.csv", people_csv({{300, 10, 100}, {560, 10, 9}, {700, 10, 40}, {1000, 10, 20}, {410, 200, 7}})));
    const Coverage coverage = compute_coverage(region, layer, two_spaces(at(0, 0), at(1200, 0)));
    const auto table = table_of(coverage);
    CHECK(table.at({"A", 5}) == 100);
    CHECK(table.at({"A", 10}) == 16);
    CHECK(table.at({"B", 5}) == 20);
    CHECK(table.at({"B", 10}) == 40);
    CHECK(served(coverage) == 176);
    CHECK(coverage.region_population == 176);
    CHECK(coverage.gaps.empty());
    CHECK_THAT(coverage_table_csv(coverage), Catch::StartsWith("space,minutes_from,minutes,population,share_of_region,area_km2\n\"A\",0,5,100,0.5682,"));
}

TEST_CASE("a gap between two spaces is found with its population") {
    // A street 3 000 m east, spaces at both ends, a side street 500 m north at the west
    // end; 300 people halfway (20 min from either) and 60 in the block, far from any street.
    const Region region = build_region_from_data(opl_of({{{0, 0}, {1500, 0}, {3000, 0}}, {{0, 0}, {0, 500}}}), "opl");
    const auto dir = scratch_dir("cov-gap");
    const PopulationLayer layer = read_population(
        write_text(dir / "p.csv", people_csv({{300, 10, 100}, {2700, 10, 20}, {2400, 10, 40}, {1500, 10, 300}, {1500, 400, 60}})));
    CoverageOptions options = two_spaces(at(0, 0), at(3000, 0));
    options.candidates = {{"ouest", at(100, 0), 0}, {"milieu", at(1500, 0), 0}, {"est", at(2900, 0), 0}};
    options.new_stops = 2;
    const Coverage coverage = compute_coverage(region, layer, options);
    const auto table = table_of(coverage);
    CHECK(table.at({"A", 5}) == 100);
    CHECK(table.at({"B", 5}) == 20);
    CHECK(table.at({"B", 10}) == 40);
    REQUIRE(coverage.gaps.size() == 1);
    CHECK(coverage.gaps[0].population == 360);
    CHECK(served(coverage) + coverage.gaps[0].population == 520);
    // The stop halfway reaches the 300 on the street; the 60 in the block lie beyond any
    // snapping radius, and the other candidates add nobody.
    REQUIRE(coverage.stops.size() == 2);
    CHECK(coverage.stops[0].id == "milieu");
    CHECK(coverage.stops[0].added_population == 300);
    CHECK(coverage.stops[1].added_population == 0);
}

TEST_CASE("partner structures go to their nearest space by travel time") {
    const Region region = build_region_from_data(shared_street, "opl");
    const auto dir = scratch_dir("cov-allocate");
    const PopulationLayer layer = read_population(write_text(dir / "p.csv", people_csv({{300, 10, 1}})));
    CoverageOptions options = two_spaces(at(0, 0), at(1200, 0));
    options.partners = {{"ccas", at(550, 5), 0}, {"mission locale", at(650, 5), 0}, {"loin", at(5000, 5000), 0}};
    const Coverage coverage = compute_coverage(region, layer, options);
    REQUIRE(coverage.partners.size() == 3);
    CHECK(coverage.partners[0].space == "A");
    CHECK(coverage.partners[0].minutes == Approx(550 / 75.0).epsilon(0.01));
    CHECK(coverage.partners[1].space == "B");
    CHECK(coverage.partners[2].space.empty());
}

TEST_CASE("alentour coverage writes zones, gaps and the table; bad input exits 1") {
    const auto dir = scratch_dir("cov-cli");
    const auto world = write_text(dir / "world.opl", shared_street);
    const auto csv = write_text(dir / "p.csv", people_csv({{300, 10, 100}, {560, 10, 9}, {700, 10, 40}, {1000, 10, 20}, {410, 200, 7}}));
    const auto out = dir / "couverture.gpkg";
    const auto result = run_cli("coverage --osm " + quoted(world) + " --space " + format_lat_lon(at(0, 0)) + " --space-name A --space " +
                                format_lat_lon(at(1200, 0)) + " --space-name B --minutes 5,10 --population " + quoted(csv) + " -o " + quoted(out.string()));
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.output, Catch::Contains("2 spaces, 176 of 176 people within 10 min (100.0 %)"));
    const std::string table = read_bytes(dir / "couverture.csv");
    CHECK_THAT(table, Catch::Contains("\"B\",5,10,40,"));
    GDALDatasetUniquePtr dataset(GDALDataset::Open(out.string().c_str(), GDAL_OF_VECTOR));
    REQUIRE(dataset);
    REQUIRE(dataset->GetLayerByName("zones") != nullptr);
    CHECK(dataset->GetLayerByName("zones")->GetFeatureCount() == 4);
    const auto none = run_cli("coverage --osm " + quoted(world) + " --population " + quoted(csv) + " -o " + quoted((dir / "x.geojson").string()));
    CHECK(none.exit_code == 1);
    CHECK_THAT(none.output, Catch::Contains("give at least one space"));
    CHECK_FALSE(std::filesystem::exists(dir / "x.geojson"));
}
