#pragma once
// RAII over the GEOS C API: one context per thread, geometries owned by unique_ptrs
// whose deleter knows that context.

#include <geos_c.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace alentour::detail {

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const noexcept { return m_handle; }
    const std::string& last_error() const noexcept { return m_error; }

private:
    GEOSContextHandle_t m_handle;
    std::string m_error;
};

struct GeometryDeleter {
    GEOSContextHandle_t context;
    void operator()(GEOSGeometry* g) const noexcept {
        if (g != nullptr) GEOSGeom_destroy_r(context, g);
    }
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

// Takes ownership of a result; throws when GEOS failed (returned null).
Geometry own(const GeosContext& geos, GEOSGeometry* g, const char* operation);

Geometry clone(const GeosContext& geos, const GEOSGeometry& g);

// A closed ring from interleaved x, y coordinates (first point repeated last).
Geometry linear_ring(const GeosContext& geos, const std::vector<double>& xy);

// A MultiPolygon whose every ring is `change`d (its interleaved x, y coordinates in, the
// new ones out, closed). For transforms that keep the topology: the result is not
// validated again, which on a large catchment cost more than everything else.
Geometry map_rings(const GeosContext& geos, const GEOSGeometry& multipolygon,
                   const std::function<std::vector<double>(const std::vector<double>&)>& change);

// A polygon taking its shell and holes (linear rings).
Geometry polygon_of(const GeosContext& geos, Geometry shell, std::vector<Geometry> holes);

struct PreparedDeleter {
    GEOSContextHandle_t context;
    void operator()(const GEOSPreparedGeometry* g) const noexcept {
        if (g != nullptr) GEOSPreparedGeom_destroy_r(context, g);
    }
};
using PreparedGeometry = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// A geometry indexed for repeated predicates; `g` must outlive it.
PreparedGeometry prepare(const GeosContext& geos, const GEOSGeometry& g);

// Well-known binary, little-endian, as GDAL and every GIS reads it.
Geometry read_wkb(const GeosContext& geos, const unsigned char* wkb, std::size_t size);
std::vector<std::uint8_t> write_wkb(const GeosContext& geos, const GEOSGeometry& g);

// The area in the units of the coordinates squared.
double area(const GeosContext& geos, const GEOSGeometry& g);

// A collection of the given type (GEOS_MULTILINESTRING, GEOS_MULTIPOINT…) taking the parts.
Geometry make_collection(const GeosContext& geos, int type, std::vector<Geometry> parts);

// The polygons of any geometry (a difference may return a collection), as a MultiPolygon.
Geometry polygons_only(const GeosContext& geos, Geometry g);

} // namespace alentour::detail
