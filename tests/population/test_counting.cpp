// People inside zones, counted by hand: a raster cell half inside counts half, a point
// on a shared edge is counted once, a polygon in another system is apportioned by area.

#include "population_support.hpp"
#include "support.hpp"

#include <alentour/population.hpp>

#include <numeric>

using namespace alentour;
using namespace alentour::test;

TEST_CASE("a raster cell half inside a zone counts half") {
    const auto dir = scratch_dir("pop-half");
    // Two cells of 0.01° from 2.00 to 2.02 E, 48.00 to 48.01 N: 100 and 40 people.
    const PopulationLayer layer = read_population(write_raster(dir / "cells.tif", 4326, 2.0, 48.01, 0.01, 2, 1, {100, 40}));
    // West half of the first cell; then the whole first cell and half the second.
    const ZoneList zones{box_zone(1.9, 47.9, 2.005, 48.1), box_zone(1.9, 47.9, 2.015, 48.1)};
    const auto people = people_within(layer, zones, Zones::overlapping);
    CHECK(people[0] == Approx(50).epsilon(1e-4));
    CHECK(people[1] == Approx(120).epsilon(1e-4));
    // The south half of both cells: halves again, whichever way the cut runs.
    const ZoneList south{box_zone(1.9, 47.9, 2.1, 48.005)};
    CHECK(people_within(layer, south, Zones::overlapping)[0] == Approx(70).epsilon(1e-3));
}

TEST_CASE("a point on the edge two zones share is counted once") {
    const auto dir = scratch_dir("pop-edge");
    // 7 people exactly on the meridian 2.01 that both rings share; 3 inside the west one.
    const PopulationLayer layer = read_population(write_text(dir / "p.csv", "lon,lat,population\n2.01,48.005,7\n2.005,48.005,3\n"));
    const ZoneList rings{box_zone(2.0, 48.0, 2.01, 48.01), box_zone(2.01, 48.0, 2.02, 48.01)};
    const auto disjoint = people_within(layer, rings, Zones::disjoint);
    CHECK(disjoint[0] == 10);
    CHECK(disjoint[1] == 0);
    CHECK(disjoint[0] + disjoint[1] == layer.total());
    // Nested zones each hold the point: the inner one on its edge, the outer one inside.
    const ZoneList nested{box_zone(2.0, 48.0, 2.01, 48.01), box_zone(2.0, 48.0, 2.02, 48.01)};
    const auto overlapping = people_within(layer, nested, Zones::overlapping);
    CHECK(overlapping[0] == 10);
    CHECK(overlapping[1] == 10);
}

TEST_CASE("polygons apportioned by area in an equal-area projection, whatever their system") {
    const auto dir = scratch_dir("pop-area");
    // One 1 km square in Lambert-93 holding 1 000 people, a zone over its west quarter
    // (computed through PROJ here, independently of the library's projection).
    OGRSpatialReference l93, wgs;
    l93.importFromEPSG(2154);
    wgs.importFromEPSG(4326);
    l93.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_wgs(OGRCreateCoordinateTransformation(&l93, &wgs));
    const auto path = write_text(dir / "square.geojson", R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
        "features":[{"type":"Feature","properties":{"population":1000},"geometry":{"type":"Polygon","coordinates":[[[652000,6862000],[653000,6862000],[653000,6863000],[652000,6863000],[652000,6862000]]]}}]})");
    const PopulationLayer layer = read_population(path);
    OGRLinearRing ring;
    for (const auto& [x, y] : std::vector<std::pair<double, double>>{{651000, 6861000}, {652250, 6861000}, {652250, 6864000}, {651000, 6864000}}) {
        ring.addPoint(x, y);
    }
    ring.closeRings();
    OGRPolygon quarter;
    quarter.addRing(&ring);
    quarter.segmentize(50);  // straight in Lambert-93, nearly so in degrees
    REQUIRE(quarter.transform(to_wgs.get()) == OGRERR_NONE);
    std::vector<std::uint8_t> wkb(static_cast<std::size_t>(quarter.WkbSize()));
    quarter.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    // Lambert-93 is conformal, not equal-area: across 1 km its scale is constant to 1e-5.
    CHECK(people_within(layer, ZoneList{wkb}, Zones::overlapping)[0] == Approx(250).epsilon(1e-3));
}

TEST_CASE("nobody in a zone that misses the layer, and a zone with no polygon holds nobody") {
    const auto dir = scratch_dir("pop-miss");
    const PopulationLayer layer = read_population(write_text(dir / "p.csv", "lon,lat,population\n2.0,48.0,5\n"));
    const ZoneList zones{box_zone(3.0, 48.0, 3.1, 48.1)};
    CHECK(people_within(layer, zones, Zones::overlapping)[0] == 0);
    CHECK(people_in_box(layer, BoundingBox{}) == 0);
}
