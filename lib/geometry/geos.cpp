#include "geometry/geos.hpp"

#include <alentour/error.hpp>

namespace alentour::detail {
namespace {

void store_message(const char* message, void* user) { *static_cast<std::string*>(user) = message; }

void collect_polygons(const GeosContext& geos, const GEOSGeometry* g, std::vector<Geometry>& out) {
    const auto ctx = geos.handle();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(ctx, g)) out.push_back(own(geos, GEOSGeom_clone_r(ctx, g), "clone"));
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
