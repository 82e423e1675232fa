#include "poster/bands.hpp"

#include <alentour/error.hpp>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace alentour::detail::poster {

namespace {

struct GeometryDeleter {
    void operator()(OGRGeometry* geometry) const noexcept { OGRGeometryFactory::destroyGeometry(geometry); }
};

std::vector<LatLon> ring_points(const OGRLinearRing& ring) {
    std::vector<LatLon> points;
    points.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) points.push_back({ring.getY(i), ring.getX(i)});
    return points;
}

Rings polygon_rings(const OGRPolygon& polygon) {
    Rings rings;
    if (const OGRLinearRing* outer = polygon.getExteriorRing()) rings.push_back(ring_points(*outer));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) rings.push_back(ring_points(*polygon.getInteriorRing(i)));
    return rings;
}

std::vector<Rings> read_polygons(const MapBand& band) {
    OGRGeometry* raw = nullptr;
    const OGRErr status = OGRGeometryFactory::createFromWkb(band.wkb.data(), nullptr, &raw, band.wkb.size());
    std::unique_ptr<OGRGeometry, GeometryDeleter> geometry(raw);
    if (status != OGRERR_NONE || !geometry) throw Error("the band \"" + band.label + "\" has a shape that cannot be read (WKB)");
    std::vector<Rings> polygons;
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        polygons.push_back(polygon_rings(*geometry->toPolygon()));
    } else if (type == wkbMultiPolygon) {
        for (const OGRPolygon* part : *geometry->toMultiPolygon()) polygons.push_back(polygon_rings(*part));
    } else {
        throw Error("the band \"" + band.label + "\" is not a polygon");
    }
    return polygons;
}

std::string minutes_text(double minutes) { return std::to_string(static_cast<long>(std::lround(minutes))); }

} // namespace

std::string mode_phrase(const std::string& mode) {
    if (mode == "bike") return "à vélo";
    if (mode == "car") return "en voiture";
    if (mode == "walk") return "à pied";
    return "(" + mode + ")";
}

std::vector<ShownBand> shown_bands(const MapContent& content) {
    std::vector<ShownBand> shown;
    if (content.bands.empty()) return shown;
    const std::string& mode = content.bands.front().mode;
    for (const MapBand& band : content.bands) {
        if (band.mode == mode) shown.push_back({&band, read_polygons(band), {}});
    }
    // The legend reads from the nearest band out; the bands come largest first.
    std::vector<double> minutes;
    for (const auto& item : shown) minutes.push_back(item.band->minutes);
    std::sort(minutes.begin(), minutes.end());
    for (auto& item : shown) {
        const auto at = std::lower_bound(minutes.begin(), minutes.end(), item.band->minutes);
        item.legend_text = at == minutes.begin() ? "moins de " + minutes_text(*at) + " min"
                                                 : minutes_text(*(at - 1)) + " à " + minutes_text(*at) + " min";
    }
    return shown;
}

} // namespace alentour::detail::poster
