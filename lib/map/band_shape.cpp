#include "map/band_shape.hpp"

#include <alentour/error.hpp>

namespace alentour::detail {

MultiPolygonPtr band_shape(const MapBand& band) {
    OGRGeometry* raw = nullptr;
    if (band.wkb.empty() || OGRGeometryFactory::createFromWkb(band.wkb.data(), nullptr, &raw, band.wkb.size()) != OGRERR_NONE ||
        raw == nullptr) {
        throw Error("the band \"" + band.label + "\" cannot be read back from its WKB");
    }
    OGRGeometryUniquePtr multi(OGRGeometryFactory::forceToMultiPolygon(raw));
    if (!multi || wkbFlatten(multi->getGeometryType()) != wkbMultiPolygon) throw Error("the band \"" + band.label + "\" is not a polygon");
    return MultiPolygonPtr(multi.release()->toMultiPolygon());
}

} // namespace alentour::detail
