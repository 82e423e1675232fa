// Population layers in every form people have them, and one clear message for each way
// a layer can be wrong.

#include "population_support.hpp"
#include "support.hpp"

#include <alentour/error.hpp>
#include <alentour/population.hpp>

using namespace alentour;
using namespace alentour::test;

namespace {

std::string error_of(const std::string& path, const PopulationReadOptions& options = {}) {
    try {
        read_population(path, options);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("a CSV of points with lon/lat and a population column, like r5r's hex grid") {
    const auto dir = scratch_dir("pop-csv");
    const auto path = write_text(dir / "hex.csv", "id,lon,lat,population,jobs\na,-51.2,-30.05,159,3\nb,-51.21,-30.06,\"1 200\",0\nc,-51.22,-30.07,0,9\n");
    const PopulationLayer layer = read_population(path);
    CHECK(layer.form() == PopulationForm::points);
    CHECK(layer.size() == 3);
    CHECK(layer.field() == "population");
    CHECK(layer.total() == 1359);
    CHECK(layer.bounds().min_lon == Approx(-51.22));
    CHECK(layer.bounds().max_lat == Approx(-30.05));
}

TEST_CASE("the count column is recognised by name, or named with --population-field") {
    const auto dir = scratch_dir("pop-field");
    const auto path = write_text(dir / "grid.csv", "lat,lon,men,Ind,total\n48.0,2.0,4,10,99\n48.1,2.1,2,5,99\n");
    CHECK(read_population(path).field() == "Ind");  // individuals before households
    CHECK(read_population(path).total() == 15);
    PopulationReadOptions options;
    options.field = "total";
    CHECK(read_population(path, options).total() == 198);
}

TEST_CASE("a Filosofi 200 m grid without geometry: each square decoded from idcar_200m in EPSG:3035") {
    const auto dir = scratch_dir("pop-filosofi");
    // Two squares side by side; the second one's south-west corner is the first one's south-east.
    const auto path = write_text(dir / "filosofi.csv", "Idcar_200m;Ind;Men\nCRS3035RES200mN2889600E3758400;12.5;5\nCRS3035RES200mN2889600E3758600;7;3\n");
    const PopulationLayer layer = read_population(path);
    CHECK(layer.form() == PopulationForm::polygons);
    CHECK(layer.size() == 2);
    CHECK(layer.total() == 19.5);
    // The squares lie in Paris (EPSG:3035 4-corner check computed independently with PROJ below).
    OGRSpatialReference laea, wgs;
    laea.importFromEPSG(3035);
    wgs.importFromEPSG(4326);
    laea.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_wgs(OGRCreateCoordinateTransformation(&laea, &wgs));
    double x = 3758400, y = 2889600;
    REQUIRE(to_wgs->Transform(1, &x, &y));
    CHECK(layer.bounds().min_lon == Approx(x).margin(0.003));
    CHECK(layer.bounds().min_lat == Approx(y).margin(0.003));
    CHECK(layer.bounds().max_lon - layer.bounds().min_lon == Approx(400 / (111320 * std::cos(y * 3.14159265 / 180))).epsilon(0.05));
    // Counted in a box around the first square only: 12.5.
    const auto zone = box_zone(layer.bounds().min_lon - 0.001, layer.bounds().min_lat - 0.001,
                               (layer.bounds().min_lon + layer.bounds().max_lon) / 2, layer.bounds().max_lat + 0.001);
    CHECK(people_within(layer, ZoneList{zone}, Zones::overlapping).front() == Approx(12.5).epsilon(0.01));
}

TEST_CASE("a grid square identifier past a double's range is refused as one, not an internal error") {
    const auto dir = scratch_dir("pop-long-id");
    const std::string id = "CRS3035RES200mN" + std::string(400, '9') + "E3758400";
    const auto path = write_text(dir / "filosofi.csv", "Idcar_200m;Ind\n" + id + ";12\n");
    CHECK_THROWS_AS(read_population(path), InputError);
    CHECK_THROWS_WITH(read_population(path), Catch::Contains("is not a grid square identifier"));
}

TEST_CASE("a GeoJSON of polygons and a raster in a projected system are read in WGS84") {
    const auto dir = scratch_dir("pop-forms");
    const auto geojson = write_text(dir / "cells.geojson", R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"pop":40},"geometry":{"type":"Polygon","coordinates":[[[2,48],[2.01,48],[2.01,48.01],[2,48.01],[2,48]]]}}]})");
    const PopulationLayer polygons = read_population(geojson);
    CHECK(polygons.form() == PopulationForm::polygons);
    CHECK(polygons.total() == 40);
    // Lambert-93, 100 m cells near Paris: the nodata and zero cells hold nobody.
    const auto tif = write_raster(dir / "l93.tif", 2154, 652000, 6862000, 100, 2, 2, {10, -9999, 0, 5.5});
    const PopulationLayer raster = read_population(tif);
    CHECK(raster.form() == PopulationForm::raster_cells);
    CHECK(raster.size() == 2);
    CHECK(raster.total() == 15.5);
    CHECK(raster.bounds().min_lat == Approx(48.85).margin(0.01));
    CHECK(raster.bounds().min_lon == Approx(2.35).margin(0.01));
}

TEST_CASE("bad layers: one clear message each, naming the file, line and field") {
    const auto dir = scratch_dir("pop-bad");
    const auto no_count = write_text(dir / "no_count.csv", "lon,lat,jobs\n2,48,4\n");
    CHECK_THAT(error_of(no_count), Catch::Contains("no_count.csv") && Catch::Contains("no population count column") &&
                                       Catch::Contains("columns: lon, lat, jobs"));
    const auto negative = write_text(dir / "negative.csv", "lon,lat,population\n2,48,4\n2.1,48,-3\n");
    CHECK_THAT(error_of(negative), Catch::Contains("negative.csv, line 3, population: the population count -3 is negative"));
    const auto text = write_text(dir / "text.csv", "lon,lat,population\n2,48,quatre\n");
    CHECK_THAT(error_of(text), Catch::Contains("text.csv, line 2, population: the population count 'quatre' is not a number"));
    const auto empty = write_text(dir / "empty.csv", "lon,lat,population\n2,48,\n");
    CHECK_THAT(error_of(empty), Catch::Contains("line 2") && Catch::Contains("is not a number"));
    const auto metres = write_text(dir / "metres.csv", "x,y,population\n652000,6862000,4\n");
    CHECK_THAT(error_of(metres), Catch::Contains("metres.csv, line 2") && Catch::Contains("declares no coordinate system and its coordinates are not degrees"));
    const auto nowhere = write_text(dir / "nowhere.csv", "name,population\nx,4\n");
    CHECK_THAT(error_of(nowhere), Catch::Contains("no positions"));
    PopulationReadOptions options;
    options.field = "habitants";
    const auto good = write_text(dir / "good.csv", "lon,lat,population\n2,48,4\n");
    CHECK_THAT(error_of(good, options), Catch::Contains("--population-field: no column 'habitants' (columns: lon, lat, population)"));
    CHECK_THAT(error_of((dir / "missing.csv").string()), Catch::Contains("no such population file"));
    const auto raster = write_raster(dir / "negative.tif", 4326, 2.0, 48.0, 0.001, 2, 1, {3, -2});
    CHECK_THAT(error_of(raster), Catch::Contains("band 1, row 1, column 2: the population count") && Catch::Contains("negative"));
    const auto no_crs = write_raster(dir / "no_crs.tif", 0, 652000, 6862000, 100, 1, 1, {3});
    CHECK_THAT(error_of(no_crs), Catch::Contains("declares no coordinate system"));
}

TEST_CASE("overlap with the region: none is an error, a part outside is measured") {
    const auto dir = scratch_dir("pop-overlap");
    const auto path = write_text(dir / "pop.csv", "lon,lat,population\n2.0,48.0,30\n2.5,48.5,10\n");
    const PopulationLayer layer = read_population(path);
    BoundingBox region;
    region.extend({47.9, 1.9});
    region.extend({48.1, 2.1});
    const PopulationOverlap overlap = population_overlap(layer, region);
    CHECK(overlap.total == 40);
    CHECK(overlap.inside == 30);
    CHECK(overlap.share_outside == Approx(0.25));
    BoundingBox elsewhere;
    elsewhere.extend({-30.1, -51.3});
    elsewhere.extend({-30.0, -51.1});
    CHECK_THROWS_WITH(population_overlap(layer, elsewhere), Catch::Contains("pop.csv: the population layer does not overlap the region"));
}
