// The map's legend and web page give the people of each band when a layer is given.

#include "catchment/catchment_support.hpp"
#include "population_support.hpp"
#include "support.hpp"

#include <alentour/map.hpp>

#include <cstdio>

using namespace alentour;
using namespace alentour::test;

TEST_CASE("alentour map --population: '120 habitants à moins de 5 min à pied' in the uMap file and the web page") {
    const LatLon corner{48.0, 2.0};
    const auto at = [&](double east, double north) { return offset(corner, east, north); };
    std::string opl;
    const LatLon nodes[] = {at(0, 0), at(1500, 0), at(0, 400)};
    for (std::size_t i = 0; i < std::size(nodes); ++i) {
        char line[96];
        std::snprintf(line, sizeof line, "n%zu v1 x%.7f y%.7f\n", i + 1, nodes[i].lon, nodes[i].lat);
        opl += line;
    }
    opl += "w1 v1 Thighway=residential Nn1,n2\nw2 v1 Thighway=residential Nn1,n3\n";
    const auto dir = scratch_dir("pop-map");
    std::string csv = "lon,lat,population\n";
    for (const auto& [p, count] : std::vector<std::pair<LatLon, int>>{{at(100, 10), 120}, {at(600, 10), 30}}) {
        char line[96];
        std::snprintf(line, sizeof line, "%.7f,%.7f,%d\n", p.lon, p.lat, count);
        csv += line;
    }
    const Region region = build_region_from_data(opl, "opl");
    MapOptions options;
    options.space = at(0, 0);
    options.space_name = "Espace";
    options.minutes = {5, 10};
    options.population_file = write_text(dir / "pop.csv", csv);
    make_map(region, options, (dir / "carte").string());
    const std::string umap = read_bytes(dir / "carte" / "carte.umap");
    CHECK_THAT(umap, Catch::Contains("120 habitants à moins de 5 min à pied") && Catch::Contains("150 habitants à moins de 10 min à pied"));
    CHECK_THAT(read_bytes(dir / "carte" / "carte.html"), Catch::Contains("150 habitants à moins de 10 min à pied"));
}
