#include "core/gdal.hpp"
#include "core/paths.hpp"

#include <alentour/error.hpp>
#include <alentour/points.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace alentour {
namespace {

constexpr std::array id_names = {"id", "identifiant", "ident", "code"};
constexpr std::array lat_names = {"lat", "latitude", "y"};
constexpr std::array lon_names = {"lon", "longitude", "lng", "long", "x"};

template <std::size_t N>
std::optional<int> find_field(OGRFeatureDefn& definition, const std::array<const char*, N>& names) {
    for (const char* name : names) {
        const int index = definition.GetFieldIndex(name);  // GDAL compares names without case
        if (index >= 0) return index;
    }
    return std::nullopt;
}

std::string field_names(OGRFeatureDefn& definition) {
    std::string names;
    for (int i = 0; i < definition.GetFieldCount(); ++i) names += (i ? ", " : "") + std::string(definition.GetFieldDefn(i)->GetNameRef());
    return names;
}

double read_coordinate(OGRFeature& feature, int field, const ErrorContext& where) {
    const char* text = feature.GetFieldAsString(field);
    std::string value = text == nullptr ? "" : text;
    std::replace(value.begin(), value.end(), ',', '.');  // a French spreadsheet writes 48,77
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    // strtod also reads "nan" and "inf", which are no position.
    if (value.empty() || end == value.c_str() || *end != '\0' || !std::isfinite(number)) {
        throw InputError("'" + std::string(text == nullptr ? "" : text) + "' is not a number in degrees", where);
    }
    return number;
}

} // namespace

std::vector<NamedPoint> read_points(const std::string& path) {
    detail::check_table_file(path);
    auto dataset = detail::open_vector(path);
    if (dataset->GetLayerCount() < 1) throw InputError("holds no table", {path, 0, {}});
    OGRLayer& layer = *dataset->GetLayer(0);
    OGRFeatureDefn& definition = *layer.GetLayerDefn();
    const auto id = find_field(definition, id_names);
    const auto lat = find_field(definition, lat_names);
    const auto lon = find_field(definition, lon_names);
    if (!lat || !lon) {
        throw InputError("needs coordinate columns lat and lon (or latitude/longitude, lng, y/x); found: " + field_names(definition),
                         {path, 0, {}});
    }
    const bool is_csv = std::string_view(dataset->GetDriver()->GetDescription()) == "CSV";
    std::vector<NamedPoint> points;
    CPLErrorReset();
    for (auto& feature : layer) {
        NamedPoint point;
        // A CSV's first data row is line 2 of the file (FID 1), under its header.
        point.line = is_csv ? static_cast<std::size_t>(feature->GetFID()) + 1 : static_cast<std::size_t>(feature->GetFID());
        point.id = id ? feature->GetFieldAsString(*id) : std::to_string(points.size() + 1);
        point.position.lat = read_coordinate(*feature, *lat, {path, point.line, definition.GetFieldDefn(*lat)->GetNameRef()});
        point.position.lon = read_coordinate(*feature, *lon, {path, point.line, definition.GetFieldDefn(*lon)->GetNameRef()});
        if (std::abs(point.position.lat) > 90.0 || std::abs(point.position.lon) > 180.0) {
            throw InputError("latitude must lie in [-90, 90] and longitude in [-180, 180]", {path, point.line, {}});
        }
        points.push_back(std::move(point));
    }
    detail::check_no_overlong_line(path);
    if (points.empty()) throw InputError("holds no point: a header line and no row under it", {path, 0, {}});
    return points;
}

} // namespace alentour
