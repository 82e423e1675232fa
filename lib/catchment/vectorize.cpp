#include "vectorize.hpp"

#include "io/gdal_util.hpp"

#include <alentour/error.hpp>

#include <gdal_alg.h>

namespace alentour::detail {
namespace {

// The grid's cells within `seconds` as a one-band in-memory raster (1 in, 0 out).
GDALDatasetUniquePtr mask_raster(const ReachGrid& grid, double seconds) {
    const GridFrame& f = grid.frame();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr raster(driver->Create("", f.width, f.height, 1, GDT_Byte, nullptr));
    double transform[6] = {f.min_x, f.cell, 0.0, f.max_y, 0.0, -f.cell};
    raster->SetGeoTransform(transform);
    std::vector<std::uint8_t> inside(grid.times().size());
    for (std::size_t c = 0; c < inside.size(); ++c) inside[c] = grid.times()[c] <= seconds ? 1 : 0;
    if (raster->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, f.width, f.height, inside.data(), f.width, f.height, GDT_Byte, 0, 0,
                                           nullptr) != CE_None) {
        throw Error("could not fill the catchment raster: " + last_gdal_error());
    }
    return raster;
}

Geometry to_geos(const GeosContext& geos, const OGRGeometry& geometry) {
    std::vector<unsigned char> wkb(geometry.WkbSize());
    geometry.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    GEOSWKBReader* reader = GEOSWKBReader_create_r(geos.handle());
    GEOSGeometry* g = GEOSWKBReader_read_r(geos.handle(), reader, wkb.data(), wkb.size());
    GEOSWKBReader_destroy_r(geos.handle(), reader);
    return own(geos, g, "read polygon");
}

// Drops the holes smaller than `min_area`.
Geometry without_small_holes(const GeosContext& geos, const GEOSGeometry& polygon, double min_area) {
    const auto ctx = geos.handle();
    std::vector<GEOSGeometry*> holes;
    for (int h = 0; h < GEOSGetNumInteriorRings_r(ctx, &polygon); ++h) {
        const GEOSGeometry* ring = GEOSGetInteriorRingN_r(ctx, &polygon, h);
        Geometry as_polygon = own(geos, GEOSGeom_createPolygon_r(ctx, GEOSGeom_clone_r(ctx, ring), nullptr, 0), "hole");
        double area = 0.0;
        GEOSArea_r(ctx, as_polygon.get(), &area);
        if (area >= min_area) holes.push_back(GEOSGeom_clone_r(ctx, ring));
    }
    return own(geos,
               GEOSGeom_createPolygon_r(ctx, GEOSGeom_clone_r(ctx, GEOSGetExteriorRing_r(ctx, &polygon)), holes.data(),
                                        static_cast<unsigned>(holes.size())),
               "polygon");
}

} // namespace

Geometry band_polygons(const GeosContext& geos, const ReachGrid& grid, double seconds, double min_hole_m2) {
    const GridFrame& f = grid.frame();
    if (f.width == 0 || f.height == 0) return make_collection(geos, GEOS_MULTIPOLYGON, {});
    ensure_gdal();
    const auto raster = mask_raster(grid, seconds);
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
    std::vector<Geometry> polygons;
    for (auto& feature : *layer) {
        if (const OGRGeometry* g = feature->GetGeometryRef()) {
            const Geometry polygon = to_geos(geos, *g);
            polygons.push_back(without_small_holes(geos, *polygon, min_hole_m2));
        }
    }
    return make_collection(geos, GEOS_MULTIPOLYGON, std::move(polygons));
}

} // namespace alentour::detail
