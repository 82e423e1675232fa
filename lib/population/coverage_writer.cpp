// Coverage out: the zones and gaps as GeoJSON (RFC 7946, as the catchments) or any GDAL
// vector format, the table as CSV; every file through OutputFile.

#include "core/gdal.hpp"
#include "core/paths.hpp"
#include "geometry/multipolygon.hpp"

#include <alentour/coverage.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <numeric>

namespace alentour {
namespace {

using nlohmann::json;

double people(double value) { return std::round(value); }
double km2(double value) { return std::round(value * 1e4) / 1e4; }

json zone_properties(const CoverageZone& zone) {
    return {{"kind", "zone"}, {"space", zone.space}, {"minutes_from", zone.minutes_from}, {"minutes", zone.minutes},
            {"population", people(zone.population)}, {"area_km2", km2(zone.area_km2)}};
}

json gap_properties(const CoverageGap& gap, std::size_t rank) {
    return {{"kind", "gap"}, {"rank", rank}, {"population", people(gap.population)}, {"area_km2", km2(gap.area_km2)}};
}

json feature(const std::vector<std::uint8_t>& wkb, json properties, const std::string& what) {
    return {{"type", "Feature"}, {"geometry", detail::multipolygon_geojson(detail::read_multipolygon(wkb, what))}, {"properties", std::move(properties)}};
}

std::string coverage_geojson(const Coverage& coverage) {
    json features = json::array();
    for (const auto& zone : coverage.zones) {
        if (zone.area_km2 > 0) features.push_back(feature(zone.wkb, zone_properties(zone), "a zone of " + zone.space));
    }
    for (std::size_t i = 0; i < coverage.gaps.size(); ++i) features.push_back(feature(coverage.gaps[i].wkb, gap_properties(coverage.gaps[i], i + 1), "a gap"));
    return json{{"type", "FeatureCollection"}, {"features", features}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

void set_fields(OGRFeature& feature, const json& properties) {
    for (const auto& [name, value] : properties.items()) {
        const int field = feature.GetFieldIndex(name.c_str());
        if (field < 0) continue;
        if (value.is_string()) {
            feature.SetField(field, value.get<std::string>().c_str());
        } else {
            feature.SetField(field, value.get<double>());
        }
    }
}

OGRLayer& new_layer(GDALDataset& dataset, const char* name, const std::string& path) {
    OGRSpatialReference srs = detail::wgs84();
    OGRLayer* layer = dataset.CreateLayer(name, &srs, wkbMultiPolygon, nullptr);
    if (layer == nullptr) throw InputError("cannot create layer " + std::string(name) + ": " + detail::last_gdal_error(), {path, 0, {}});
    for (const char* field : {"kind", "space"}) {
        OGRFieldDefn definition(field, OFTString);
        layer->CreateField(&definition);
    }
    for (const char* field : {"rank", "minutes_from", "minutes", "population", "area_km2"}) {
        OGRFieldDefn definition(field, OFTReal);
        layer->CreateField(&definition);
    }
    return *layer;
}

void add(OGRLayer& layer, const std::vector<std::uint8_t>& wkb, const json& properties, const std::string& path) {
    OGRFeature feature(layer.GetLayerDefn());
    set_fields(feature, properties);
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry, wkb.size()) != OGRERR_NONE) throw Error("a coverage polygon could not be read back");
    feature.SetGeometryDirectly(geometry);
    if (layer.CreateFeature(&feature) != OGRERR_NONE) throw InputError("cannot write a feature: " + detail::last_gdal_error(), {path, 0, {}});
}

void write_with_gdal(const Coverage& coverage, const std::string& path, const std::string& temp) {
    GDALDriver& driver = detail::vector_driver_for(path, "");
    GDALDatasetUniquePtr dataset(driver.Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) throw InputError("cannot create the file: " + detail::last_gdal_error(), {path, 0, {}});
    OGRLayer& zones = new_layer(*dataset, "zones", path);
    for (const auto& zone : coverage.zones) {
        if (zone.area_km2 > 0) add(zones, zone.wkb, zone_properties(zone), path);
    }
    const bool several = dataset->TestCapability(ODsCCreateLayer) != 0;
    OGRLayer& gaps = several ? new_layer(*dataset, "gaps", path) : zones;
    for (std::size_t i = 0; i < coverage.gaps.size(); ++i) add(gaps, coverage.gaps[i].wkb, gap_properties(coverage.gaps[i], i + 1), path);
}

bool is_geojson(const std::string& path) {
    const std::string extension = detail::lower_extension(path);
    return extension == ".geojson" || extension == ".json";
}

} // namespace

std::string coverage_table_csv(const Coverage& coverage) {
    std::string csv = "space,minutes_from,minutes,population,share_of_region,area_km2\n";
    char line[512];
    const double region = coverage.region_population;
    for (const auto& zone : coverage.zones) {
        std::snprintf(line, sizeof line, ",%g,%g,%.0f,%.4f,%.4f\n", zone.minutes_from, zone.minutes, zone.population,
                      region > 0 ? zone.population / region : 0.0, zone.area_km2);
        csv += "\"" + zone.space + "\"" + line;
    }
    const double gap_people = std::accumulate(coverage.gaps.begin(), coverage.gaps.end(), 0.0, [](double sum, const CoverageGap& g) { return sum + g.population; });
    const double gap_area = std::accumulate(coverage.gaps.begin(), coverage.gaps.end(), 0.0, [](double sum, const CoverageGap& g) { return sum + g.area_km2; });
    std::snprintf(line, sizeof line, "(gaps),%g,,%.0f,%.4f,%.4f\n", coverage.zones.empty() ? 0.0 : coverage.zones.back().minutes, gap_people,
                  region > 0 ? gap_people / region : 0.0, gap_area);
    return csv + line;
}

void write_coverage(const Coverage& coverage, const std::string& path, bool overwrite) {
    if (is_geojson(path)) {
        write_file(path, overwrite, coverage_geojson(coverage));
        return;
    }
    OutputFile output(path, overwrite);
    write_with_gdal(coverage, path, output.temp_path());
    output.commit();
}

} // namespace alentour
