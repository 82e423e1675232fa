// The cell tracer against GDAL's polygonizer, the method it replaced: on the same cells
// both must cover the same ground to the square millimetre, and the tracer's polygons
// must be valid as they come (GDAL's needed GEOS repairs). Masks are drawn as text
// where a shape matters, and at random (dense in corner touches) where only the
// properties do; then on real reach grids from 20 seeded origins in Porto.

#include "catchment/projection.hpp"
#include "catchment/reach_grid.hpp"
#include "catchment/trace.hpp"
#include "catchment/vectorize.hpp"
#include "catchment_support.hpp"
#include "support.hpp"

#include <alentour/network.hpp>
#include <alentour/snap.hpp>

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <random>

using namespace alentour;
using namespace alentour::test;
using detail::GridFrame;
using detail::TracedPolygon;

namespace {

GridFrame frame_of(int width, int height) {
    GridFrame f;
    f.min_x = 1000.0;
    f.max_y = 2000.0;
    f.cell = 10.0;
    f.width = width;
    f.height = height;
    return f;
}

// '#' inside, anything else outside; rows from the top.
std::vector<std::uint8_t> mask_of(const std::vector<std::string>& rows) {
    std::vector<std::uint8_t> mask;
    for (const auto& row : rows) {
        for (const char c : row) mask.push_back(c == '#' ? 1 : 0);
    }
    return mask;
}

OGRGeometryUniquePtr ring_geometry(const std::vector<detail::XY>& points) {
    auto ring = std::make_unique<OGRLinearRing>();
    for (const auto& p : points) ring->addPoint(p.x, p.y);
    return OGRGeometryUniquePtr(ring.release());
}

OGRGeometryUniquePtr as_ogr(const std::vector<TracedPolygon>& traced) {
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto& t : traced) {
        OGRPolygon polygon;
        polygon.addRingDirectly(ring_geometry(t.shell).release()->toLinearRing());
        for (const auto& hole : t.holes) polygon.addRingDirectly(ring_geometry(hole).release()->toLinearRing());
        multi->addGeometry(&polygon);
    }
    return OGRGeometryUniquePtr(multi.release());
}

// GDAL's polygonizer on the same cells, its pieces unioned (the reference).
OGRGeometryUniquePtr polygonized(const GridFrame& f, std::vector<std::uint8_t> mask) {
    GDALAllRegister();
    GDALDatasetUniquePtr raster(GetGDALDriverManager()->GetDriverByName("MEM")->Create("", f.width, f.height, 1, GDT_Byte, nullptr));
    double transform[6] = {f.min_x, f.cell, 0.0, f.max_y, 0.0, -f.cell};
    raster->SetGeoTransform(transform);
    REQUIRE(raster->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, f.width, f.height, mask.data(), f.width, f.height, GDT_Byte, 0, 0, nullptr) ==
            CE_None);
    GDALDatasetUniquePtr vectors(GetGDALDriverManager()->GetDriverByName("Memory")->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* layer = vectors->CreateLayer("cells", nullptr, wkbPolygon, nullptr);
    OGRFieldDefn field("inside", OFTInteger);
    layer->CreateField(&field);
    GDALRasterBand* band = raster->GetRasterBand(1);
    REQUIRE(GDALPolygonize(band, band, layer, 0, nullptr, nullptr, nullptr) == CE_None);
    OGRGeometryUniquePtr all(new OGRMultiPolygon);
    for (auto& feature : *layer) {
        OGRGeometryUniquePtr valid(feature->GetGeometryRef()->MakeValid());
        REQUIRE(valid != nullptr);
        all.reset(all->Union(valid.get()));
    }
    return all;
}

double sym_difference_m2(const OGRGeometry& a, const OGRGeometry& b) {
    const OGRGeometryUniquePtr d(a.SymDifference(&b));
    REQUIRE(d != nullptr);
    return d->IsEmpty() ? 0.0 : OGR_G_Area(OGRGeometry::ToHandle(d.get()));
}

std::size_t count_inside(const std::vector<std::uint8_t>& mask) {
    return static_cast<std::size_t>(std::count_if(mask.begin(), mask.end(), [](std::uint8_t v) { return v != 0; }));
}

// What every traced mask must satisfy: valid, the area of its cells, GDAL's ground.
void check_against_gdal(const GridFrame& f, const std::vector<std::uint8_t>& mask) {
    const auto traced = detail::trace_cells(f, mask, 0.0);
    const auto mine = as_ogr(traced);
    CHECK(mine->IsValid());
    const double cell_area = f.cell * f.cell;
    CHECK(OGR_G_Area(OGRGeometry::ToHandle(mine.get())) == Approx(static_cast<double>(count_inside(mask)) * cell_area));
    CHECK(sym_difference_m2(*mine, *polygonized(f, mask)) < 1e-6);
}

} // namespace

TEST_CASE("cells touching at a corner are two pieces, each with its own outline") {
    const GridFrame f = frame_of(4, 4);
    const auto mask = mask_of({"....", ".#..", "..#.", "...."});
    const auto traced = detail::trace_cells(f, mask, 0.0);
    REQUIRE(traced.size() == 2);
    for (const auto& t : traced) {
        CHECK(t.shell.size() == 5);
        CHECK(t.holes.empty());
    }
    check_against_gdal(f, mask);
}

TEST_CASE("a ring of cells closed only at a corner: one piece, its hole touching the outline at that point") {
    const GridFrame f = frame_of(6, 6);
    const auto mask = mask_of({"......", ".####.", ".#..#.", ".#..#.", ".###..", "......"});
    // The bottom-right corner cell is missing: (4,4) is out, (3,4) and (4,3) are in and
    // touch the pond (2..3, 2..3) only across the corner at (4,4).
    const auto traced = detail::trace_cells(f, mask, 0.0);
    REQUIRE(traced.size() == 1);
    CHECK(traced[0].holes.size() == 1);
    check_against_gdal(f, mask);
}

TEST_CASE("a hole smaller than the limit is filled, and a piece on an island in it goes with it") {
    const GridFrame f = frame_of(7, 7);  // cells of 100 m²
    const auto mask = mask_of({".......", ".#####.", ".#...#.", ".#.#.#.", ".#...#.", ".#####.", "......."});
    const auto kept = detail::trace_cells(f, mask, 900.0);  // the hole is 9 cells (the island with it): kept
    REQUIRE(kept.size() == 2);
    const auto filled = detail::trace_cells(f, mask, 1000.0);
    REQUIRE(filled.size() == 1);
    CHECK(filled[0].holes.empty());
    check_against_gdal(f, mask);
}

TEST_CASE("random masks: valid polygons covering exactly the cells GDAL's polygonizer covers") {
    std::mt19937 rng(20261207);
    for (const double density : {0.3, 0.5, 0.7}) {
        for (int trial = 0; trial < 4; ++trial) {
            const GridFrame f = frame_of(40 + trial * 7, 30 + trial * 5);
            std::bernoulli_distribution in(density);
            std::vector<std::uint8_t> mask(static_cast<std::size_t>(f.width) * f.height);
            for (auto& cell : mask) cell = in(rng) ? 1 : 0;
            INFO("density " << density << ", trial " << trial);
            check_against_gdal(f, mask);
        }
    }
}

TEST_CASE("real reach grids: the traced bands cover what GDAL's polygonizer covers (Porto, 20 origins)", "[real]") {
    const std::string osm = shared_file("r5/porto_portugal.osm.pbf");
    ALENTOUR_REQUIRE_SHARED(osm);
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"walk", "car"});
    const Region region = build_region(osm, build);
    std::mt19937 rng(42);
    for (const auto& [mode, origins, minutes] : {std::tuple{std::string("walk"), 18, 15.0}, std::tuple{std::string("car"), 2, 5.0}}) {
        const Graph& graph = region.graph(mode);
        const Snapper snapper(graph, mode);
        Searcher searcher(graph);
        for (int i = 0; i < origins; ++i) {
            NodeId node;
            do node = static_cast<NodeId>(rng() % graph.node_count());
            while (graph.component(node) != 0);
            const Snap source = snapper.snap(graph.node_position(node));
            const auto& result = searcher.run({&source, 1}, {minutes * 60.0, Direction::forward});
            const detail::LocalProjection projection(source.position);
            const detail::ReachGrid grid(graph, result, projection, default_reach_metres(mode), minutes * 60.0);
            INFO(mode << " origin " << i << ": " << grid.frame().width << " × " << grid.frame().height << " cells");
            check_against_gdal(grid.frame(), detail::band_cells(grid, minutes * 60.0));
        }
    }
}
