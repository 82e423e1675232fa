#include "population/projected.hpp"

#include "core/gdal.hpp"

namespace alentour::detail {
namespace {

constexpr double densify_degrees = 0.0002;

int project_xy(double* x, double* y, void* userdata) {
    const XY p = static_cast<const LocalProjection*>(userdata)->forward({*y, *x});
    *x = p.x;
    *y = p.y;
    return 1;
}

int unproject_xy(double* x, double* y, void* userdata) {
    const LatLon p = static_cast<const LocalProjection*>(userdata)->inverse({*x, *y});
    *x = p.lon;
    *y = p.lat;
    return 1;
}

} // namespace

Geometry projected(const GeosContext& geos, const GEOSGeometry& wgs84, const LocalProjection& projection) {
    const Geometry dense = own(geos, GEOSDensify_r(geos.handle(), &wgs84, densify_degrees), "densify");
    // GEOS only reads the projection through the callback's user data.
    return own(geos, GEOSGeom_transformXY_r(geos.handle(), dense.get(), project_xy, const_cast<LocalProjection*>(&projection)), "project");
}

std::vector<std::uint8_t> wgs84_wkb(const GeosContext& geos, const GEOSGeometry& metres, const LocalProjection& projection) {
    Geometry back = own(geos, GEOSGeom_transformXY_r(geos.handle(), &metres, unproject_xy, const_cast<LocalProjection*>(&projection)), "unproject");
    return write_wkb(geos, *polygons_only(geos, std::move(back)));
}

std::vector<std::uint8_t> box_wkb(const BoundingBox& box) {
    OGRLinearRing ring;
    ring.addPoint(box.min_lon, box.min_lat);
    ring.addPoint(box.max_lon, box.min_lat);
    ring.addPoint(box.max_lon, box.max_lat);
    ring.addPoint(box.min_lon, box.max_lat);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    std::vector<std::uint8_t> wkb(static_cast<std::size_t>(polygon.WkbSize()));
    polygon.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

} // namespace alentour::detail
