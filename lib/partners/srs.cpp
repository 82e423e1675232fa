#include "srs.hpp"

#include "core/gdal.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace alentour::detail {

OGRSpatialReference user_srs(const std::string& text) {
    ensure_gdal();
    OGRSpatialReference srs;
    std::string definition = text;
    if (!definition.empty() && std::all_of(definition.begin(), definition.end(), [](unsigned char c) { return std::isdigit(c); })) {
        definition = "EPSG:" + definition;
    }
    if (srs.SetFromUserInput(definition.c_str()) != OGRERR_NONE) {
        throw InputError("'" + text + "' is not a coordinate system GDAL/PROJ knows (write it like EPSG:2154)", {"", 0, "--srs"});
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OGRSpatialReference epsg_srs(int code) {
    ensure_gdal();
    OGRSpatialReference srs;
    srs.importFromEPSG(code);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

std::string srs_name(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    const char* name = srs.GetName();
    std::string text;
    if (authority != nullptr && code != nullptr) text = std::string(authority) + ":" + code;
    if (name != nullptr && *name != '\0') text += text.empty() ? std::string(name) : " (" + std::string(name) + ")";
    return text.empty() ? "unnamed coordinate system" : text;
}

ToWgs84::ToWgs84(const OGRSpatialReference& from) : m_name(srs_name(from)) {
    OGRSpatialReference source(from);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference target = wgs84();
    m_transform.reset(OGRCreateCoordinateTransformation(&source, &target));
    if (!m_transform) throw InputError("PROJ cannot convert " + m_name + " to WGS84: " + last_gdal_error(), {"", 0, "--srs"});
}

ToWgs84::~ToWgs84() = default;

bool ToWgs84::convert(double x, double y, LatLon& out) const {
    if (!std::isfinite(x) || !std::isfinite(y)) return false;
    double px = x, py = y;
    if (!m_transform->Transform(1, &px, &py)) return false;
    if (!std::isfinite(px) || !std::isfinite(py) || std::abs(py) > 90.0 || std::abs(px) > 180.0) return false;
    out = {py, px};
    return true;
}

} // namespace alentour::detail
