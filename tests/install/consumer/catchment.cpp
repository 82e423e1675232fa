// A second program of someone else's: the catchment API from the installed package.
// A street grid, a 3-minute walk from its middle, written as GeoJSON text.
#include <alentour/catchment.hpp>
#include <alentour/network.hpp>

#include <iostream>
#include <string>

namespace {

// Streets every ~100 m over a 1 km square, in OPL.
std::string street_grid() {
    std::string opl;
    constexpr int size = 11;
    auto node = [](int i, int j) { return std::to_string(1 + i * size + j); };
    for (int i = 0; i < size; ++i) {
        for (int j = 0; j < size; ++j) {
            opl += "n" + node(i, j) + " v1 x" + std::to_string(2.0 + 0.0013 * j) + " y" + std::to_string(48.0 + 0.0009 * i) + "\n";
        }
    }
    int way = 1;
    for (int i = 0; i < size; ++i) {
        std::string row, column;
        for (int j = 0; j < size; ++j) {
            row += (j ? ",n" : "n") + node(i, j);
            column += (j ? ",n" : "n") + node(j, i);
        }
        opl += "w" + std::to_string(way++) + " v1 Thighway=residential N" + row + "\n";
        opl += "w" + std::to_string(way++) + " v1 Thighway=residential N" + column + "\n";
    }
    return opl;
}

} // namespace

int main() {
    const alentour::Region region = alentour::build_region_from_data(street_grid(), "opl");
    alentour::CatchmentOptions options;
    options.minutes = {3};
    const alentour::Catchment catchment =
        alentour::compute_catchment(region.graph("walk"), {{"centre", {48.0045, 2.0065}, 0}}, options);
    const std::string geojson = alentour::catchment_geojson(catchment);
    std::cout << "bands: " << catchment.bands.size() << ", km2: " << catchment.bands.front().area_km2
              << ", geojson: " << (geojson.find("\"FeatureCollection\"") != std::string::npos ? "yes" : "no") << '\n';
}
