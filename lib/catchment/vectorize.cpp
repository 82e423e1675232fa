#include "vectorize.hpp"

#include "core/gdal.hpp"

#include <alentour/error.hpp>

#include <gdal_alg.h>

#include <algorithm>

namespace alentour::detail {
namespace {

// The grid's cells within `seconds` that a walker can reach without crossing ground
// nearer to a later street: the 4-connected pieces (as the polygonizer joins cells)
// that hold a reached network point. A cell takes the time of its nearest network
// point, but the straight line to it may cross ground claimed by a street reached
// late; a piece cut off that way holds no reached point and is left out.
std::vector<std::uint8_t> reached_pieces(const ReachGrid& grid, double seconds) {
    const GridFrame& f = grid.frame();
    const auto& times = grid.times();
    const auto& seeds = grid.seed_times();
    std::vector<std::uint8_t> inside(times.size(), 0);
    std::vector<std::size_t> stack;
    for (std::size_t c = 0; c < times.size(); ++c) {
        if (seeds[c] <= seconds) inside[c] = 1, stack.push_back(c);
    }
    const auto visit = [&](std::size_t c) {
        if (!inside[c] && times[c] <= seconds) inside[c] = 1, stack.push_back(c);
    };
    const std::size_t width = static_cast<std::size_t>(f.width);
    while (!stack.empty()) {
        const std::size_t c = stack.back();
        stack.pop_back();
        const std::size_t x = c % width;
        if (x > 0) visit(c - 1);
        if (x + 1 < width) visit(c + 1);
        if (c >= width) visit(c - width);
        if (c + width < times.size()) visit(c + width);
    }
    return inside;
}

// The mask as a one-band in-memory raster (1 in, 0 out).
GDALDatasetUniquePtr mask_raster(const GridFrame& f, std::vector<std::uint8_t>& inside) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr raster(driver->Create("", f.width, f.height, 1, GDT_Byte, nullptr));
    double transform[6] = {f.min_x, f.cell, 0.0, f.max_y, 0.0, -f.cell};
    raster->SetGeoTransform(transform);
    if (raster->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, f.width, f.height, inside.data(), f.width, f.height, GDT_Byte, 0, 0,
                                           nullptr) != CE_None) {
        throw Error("could not fill the catchment raster: " + last_gdal_error());
    }
    return raster;
}

Geometry to_geos(const GeosContext& geos, const OGRGeometry& geometry) {
    std::vector<unsigned char> wkb(geometry.WkbSize());
    geometry.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return read_wkb(geos, wkb.data(), wkb.size());
}

// Cells that touch only at a corner can come out of the polygonizer as a ring touching
// itself; GEOS rebuilds such a polygon as a valid one.
Geometry valid(const GeosContext& geos, Geometry polygon) {
    if (GEOSisValid_r(geos.handle(), polygon.get()) == 1) return polygon;
    return polygons_only(geos, own(geos, GEOSMakeValid_r(geos.handle(), polygon.get()), "make valid"));
}

struct Filled {
    Geometry polygon;             // with its small holes filled
    std::vector<Geometry> fills;  // the holes it lost, as polygons
};

// Drops the holes smaller than `min_area`.
Filled without_small_holes(const GeosContext& geos, const GEOSGeometry& polygon, double min_area) {
    const auto ctx = geos.handle();
    std::vector<Geometry> holes;
    std::vector<Geometry> fills;
    for (int h = 0; h < GEOSGetNumInteriorRings_r(ctx, &polygon); ++h) {
        const GEOSGeometry* ring = GEOSGetInteriorRingN_r(ctx, &polygon, h);
        Geometry as_polygon = polygon_of(geos, clone(geos, *ring), {});
        if (area(geos, *as_polygon) >= min_area) {
            holes.push_back(clone(geos, *ring));
        } else {
            fills.push_back(std::move(as_polygon));
        }
    }
    Geometry filled = polygon_of(geos, clone(geos, *GEOSGetExteriorRing_r(ctx, &polygon)), std::move(holes));
    return {std::move(filled), std::move(fills)};
}

// A hole that was filled, and the piece it belonged to.
struct Fill {
    Geometry area;
    std::size_t owner;
};

// Pieces lying in a hole that was filled are covered by the filled polygon: kept, they
// would make a shell inside a shell (an invalid MultiPolygon) and count twice in the area.
std::vector<Geometry> without_swallowed(const GeosContext& geos, std::vector<Geometry> pieces, const std::vector<Fill>& fills) {
    if (fills.empty()) return pieces;
    const auto ctx = geos.handle();
    std::vector<PreparedGeometry> prepared;
    for (const auto& fill : fills) prepared.push_back(prepare(geos, *fill.area));
    std::vector<Geometry> kept;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Geometry point = own(geos, GEOSPointOnSurface_r(ctx, pieces[i].get()), "point on surface");
        bool swallowed = false;
        for (std::size_t k = 0; k < fills.size() && !swallowed; ++k) {
            swallowed = fills[k].owner != i && GEOSPreparedContains_r(ctx, prepared[k].get(), point.get()) == 1;
        }
        if (!swallowed) kept.push_back(std::move(pieces[i]));
    }
    return kept;
}

} // namespace

Geometry band_polygons(const GeosContext& geos, const ReachGrid& grid, double seconds, double min_hole_m2) {
    const GridFrame& f = grid.frame();
    if (f.width == 0 || f.height == 0) return make_collection(geos, GEOS_MULTIPOLYGON, {});
    ensure_gdal();
    std::vector<std::uint8_t> inside = reached_pieces(grid, seconds);
    const auto raster = mask_raster(f, inside);
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("Memory");
    GDALDatasetUniquePtr vectors(memory->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* layer = vectors->CreateLayer("band", nullptr, wkbPolygon, nullptr);
    OGRFieldDefn field("inside", OFTInteger);
    layer->CreateField(&field);
    GDALRasterBand* band = raster->GetRasterBand(1);
    // The band itself as mask: only the cells inside become polygons.
    if (GDALPolygonize(band, band, layer, 0, nullptr, nullptr, nullptr) != CE_None) {
        throw Error("could not trace the catchment polygons: " + last_gdal_error());
    }
    std::vector<Geometry> pieces;
    std::vector<Fill> fills;
    for (auto& feature : *layer) {
        const OGRGeometry* g = feature->GetGeometryRef();
        if (g == nullptr) continue;
        const Geometry traced = valid(geos, to_geos(geos, *g));
        for (int i = 0; i < GEOSGetNumGeometries_r(geos.handle(), traced.get()); ++i) {
            Filled filled = without_small_holes(geos, *GEOSGetGeometryN_r(geos.handle(), traced.get(), i), min_hole_m2);
            for (auto& fill : filled.fills) fills.push_back({std::move(fill), pieces.size()});
            pieces.push_back(std::move(filled.polygon));
        }
    }
    return make_collection(geos, GEOS_MULTIPOLYGON, without_swallowed(geos, std::move(pieces), fills));
}

} // namespace alentour::detail
