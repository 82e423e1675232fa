#include "geometry/geos.hpp"

#include <alentour/error.hpp>

namespace alentour::detail {
namespace {

void store_message(const char* message, void* user) { *static_cast<std::string*>(user) = message; }

void collect_polygons(const GeosContext& geos, const GEOSGeometry* g, std::vector<Geometry>& out) {
    const auto ctx = geos.handle();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(ctx, g)) out.push_back(clone(geos, *g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i) collect_polygons(geos, GEOSGetGeometryN_r(ctx, g, i), out);
    }
}

} // namespace

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(m_handle, store_message, &m_error);
}

GeosContext::~GeosContext() { GEOS_finish_r(m_handle); }

Geometry own(const GeosContext& geos, GEOSGeometry* g, const char* operation) {
    if (g == nullptr) throw Error(std::string("GEOS failed in ") + operation + ": " + geos.last_error());
    return Geometry(g, GeometryDeleter{geos.handle()});
}

Geometry clone(const GeosContext& geos, const GEOSGeometry& g) { return own(geos, GEOSGeom_clone_r(geos.handle(), &g), "clone"); }

Geometry linear_ring(const GeosContext& geos, const std::vector<double>& xy) {
    const auto ctx = geos.handle();
    GEOSCoordSequence* sequence = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
    if (sequence == nullptr) throw Error("GEOS could not take a ring's coordinates: " + geos.last_error());
    return own(geos, GEOSGeom_createLinearRing_r(ctx, sequence), "linear ring");  // the ring takes the sequence
}

Geometry polygon_of(const GeosContext& geos, Geometry shell, std::vector<Geometry> holes) {
    std::vector<GEOSGeometry*> raw;
    raw.reserve(holes.size());
    for (auto& hole : holes) raw.push_back(hole.release());  // the polygon takes them
    return own(geos, GEOSGeom_createPolygon_r(geos.handle(), shell.release(), raw.data(), static_cast<unsigned>(raw.size())), "polygon");
}

namespace {

std::vector<double> coordinates_of(const GeosContext& geos, const GEOSGeometry& ring) {
    const auto ctx = geos.handle();
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(ctx, &ring);
    unsigned size = 0;
    if (sequence == nullptr || GEOSCoordSeq_getSize_r(ctx, sequence, &size) == 0) throw Error("GEOS could not read a ring: " + geos.last_error());
    std::vector<double> xy(2 * static_cast<std::size_t>(size));
    if (GEOSCoordSeq_copyToBuffer_r(ctx, sequence, xy.data(), 0, 0) == 0) throw Error("GEOS could not read a ring: " + geos.last_error());
    return xy;
}

} // namespace

Geometry map_rings(const GeosContext& geos, const GEOSGeometry& multipolygon,
                   const std::function<std::vector<double>(const std::vector<double>&)>& change) {
    const auto ctx = geos.handle();
    std::vector<Geometry> polygons;
    for (int i = 0; i < GEOSGetNumGeometries_r(ctx, &multipolygon); ++i) {
        const GEOSGeometry* polygon = GEOSGetGeometryN_r(ctx, &multipolygon, i);
        if (GEOSisEmpty_r(ctx, polygon) == 1) continue;
        std::vector<Geometry> holes;
        for (int h = 0; h < GEOSGetNumInteriorRings_r(ctx, polygon); ++h) {
            holes.push_back(linear_ring(geos, change(coordinates_of(geos, *GEOSGetInteriorRingN_r(ctx, polygon, h)))));
        }
        Geometry shell = linear_ring(geos, change(coordinates_of(geos, *GEOSGetExteriorRing_r(ctx, polygon))));
        polygons.push_back(polygon_of(geos, std::move(shell), std::move(holes)));
    }
    return make_collection(geos, GEOS_MULTIPOLYGON, std::move(polygons));
}

PreparedGeometry prepare(const GeosContext& geos, const GEOSGeometry& g) {
    const GEOSPreparedGeometry* prepared = GEOSPrepare_r(geos.handle(), &g);
    if (prepared == nullptr) throw Error("GEOS failed in prepare: " + geos.last_error());
    return PreparedGeometry(prepared, PreparedDeleter{geos.handle()});
}

Geometry read_wkb(const GeosContext& geos, const unsigned char* wkb, std::size_t size) {
    const auto ctx = geos.handle();
    const auto destroy = [ctx](GEOSWKBReader* r) { GEOSWKBReader_destroy_r(ctx, r); };
    const std::unique_ptr<GEOSWKBReader, decltype(destroy)> reader(GEOSWKBReader_create_r(ctx), destroy);
    if (!reader) throw Error("GEOS could not make a WKB reader: " + geos.last_error());
    return own(geos, GEOSWKBReader_read_r(ctx, reader.get(), wkb, size), "read WKB");
}

std::vector<std::uint8_t> write_wkb(const GeosContext& geos, const GEOSGeometry& g) {
    const auto ctx = geos.handle();
    const auto destroy = [ctx](GEOSWKBWriter* w) { GEOSWKBWriter_destroy_r(ctx, w); };
    const std::unique_ptr<GEOSWKBWriter, decltype(destroy)> writer(GEOSWKBWriter_create_r(ctx), destroy);
    if (!writer) throw Error("GEOS could not make a WKB writer: " + geos.last_error());
    GEOSWKBWriter_setByteOrder_r(ctx, writer.get(), GEOS_WKB_NDR);
    std::size_t size = 0;
    const auto free_bytes = [ctx](unsigned char* b) { GEOSFree_r(ctx, b); };
    const std::unique_ptr<unsigned char, decltype(free_bytes)> bytes(GEOSWKBWriter_write_r(ctx, writer.get(), &g, &size), free_bytes);
    if (!bytes) throw Error("GEOS could not write WKB: " + geos.last_error());
    return {bytes.get(), bytes.get() + size};
}

double area(const GeosContext& geos, const GEOSGeometry& g) {
    double value = 0.0;
    if (GEOSArea_r(geos.handle(), &g, &value) == 0) throw Error("GEOS could not measure an area: " + geos.last_error());
    return value;
}

Geometry make_collection(const GeosContext& geos, int type, std::vector<Geometry> parts) {
    std::vector<GEOSGeometry*> raw;
    raw.reserve(parts.size());
    for (auto& part : parts) raw.push_back(part.release());  // the collection takes them
    return own(geos, GEOSGeom_createCollection_r(geos.handle(), type, raw.data(), static_cast<unsigned>(raw.size())), "collection");
}

Geometry polygons_only(const GeosContext& geos, Geometry g) {
    std::vector<Geometry> parts;
    collect_polygons(geos, g.get(), parts);
    return make_collection(geos, GEOS_MULTIPOLYGON, std::move(parts));
}

} // namespace alentour::detail
