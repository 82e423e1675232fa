#include "poster/bands.hpp"

#include "map/band_shape.hpp"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace alentour::detail::poster {

namespace {

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
    const auto shape = band_shape(band);
    std::vector<Rings> polygons;
    for (const OGRPolygon* part : *shape) polygons.push_back(polygon_rings(*part));
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
