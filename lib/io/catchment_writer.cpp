// Catchments out: GeoJSON written here to the letter of RFC 7946 (ring orientation,
// six decimals, styling for geojson.io and uMap), other formats through GDAL.

#include "core/paths.hpp"
#include "io/vector_layer.hpp"
#include "geometry/multipolygon.hpp"

#include <alentour/catchment.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace alentour {
namespace {

using nlohmann::json;
using detail::round6;

const char* direction_name(Direction d) { return d == Direction::reverse ? "to_origin" : "from_origin"; }

std::unique_ptr<OGRGeometry> from_wkb(const std::vector<std::uint8_t>& wkb) {
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry, wkb.size()) != OGRERR_NONE) {
        throw Error("a catchment polygon could not be read back from WKB");
    }
    return std::unique_ptr<OGRGeometry>(geometry);
}

json band_properties(const Catchment& c, const CatchmentBand& band) {
    const BandLook look = band_look(c, band);
    const std::string& colour = look.colour;
    json properties = {{"name", look.name},
            {"description", look.description},
            {"origin", band.origin},
            {"mode", c.mode},
            {"direction", direction_name(c.direction)},
            {"minutes", band.minutes},
            {"minutes_from", band.minutes_from},
            {"area_km2", std::round(band.area_km2 * 1e4) / 1e4},
            {"reach_m", c.reach_metres},
            {"fill", colour},
            {"fill-opacity", look.fill_opacity},
            {"stroke", colour},
            {"stroke-width", 1.5},
            {"_umap_options", {{"color", colour}, {"fillColor", colour}, {"fillOpacity", look.fill_opacity}, {"weight", 1.5}, {"opacity", 0.9}}}};
    // Whole people: a band's population is apportioned, and a fraction of a person only confuses.
    if (band.population) properties["population"] = std::round(*band.population);
    if (band.population_share) properties["region_share"] = std::round(*band.population_share * 1e4) / 1e4;
    return properties;
}

json origin_feature(const CatchmentOrigin& o) {
    const std::string description = "Point de départ " + o.id + ", placé sur le réseau à " +
                                    std::to_string(static_cast<long>(std::lround(o.snap.distance_metres))) + " m de la position donnée.";
    return {{"type", "Feature"},
            {"geometry", {{"type", "Point"}, {"coordinates", {round6(o.snap.position.lon), round6(o.snap.position.lat)}}}},
            {"properties",
             {{"name", "Origine : " + o.id},
              {"description", description},
              {"origin", o.id},
              {"kind", "origin"},
              {"input_lat", round6(o.input.lat)},
              {"input_lon", round6(o.input.lon)},
              {"snap_distance_m", std::round(o.snap.distance_metres * 10) / 10},
              {"marker-color", "#253494"},
              {"marker-symbol", "star"},
              {"_umap_options", {{"color", "#253494"}, {"iconClass", "Default"}}}}}};
}

// Bands in drawing order: per origin, largest first so the smaller ones draw on top.
std::vector<std::size_t> drawing_order(const Catchment& c) {
    std::vector<std::size_t> order(c.bands.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return c.bands[a].minutes > c.bands[b].minutes; });
    return order;
}

void write_with_gdal(const Catchment& c, GDALDriver& driver, const std::string& path, const std::string& temp) {
    detail::VectorDataset dataset(driver, temp, path);
    OGRLayer& layer = dataset.add_layer("catchment", wkbMultiPolygon);
    for (const auto* name : {"name", "description", "origin", "mode", "direction", "fill"}) {
        if (layer.GetLayerDefn()->GetFieldIndex(name) < 0) dataset.add_field(layer, name, OFTString);
    }
    for (const auto* name : {"minutes", "minutes_from", "area_km2", "reach_m"}) dataset.add_field(layer, name, OFTReal);
    const bool counted = std::any_of(c.bands.begin(), c.bands.end(), [](const CatchmentBand& b) { return b.population.has_value(); });
    if (counted) {
        for (const auto* name : {"population", "region_share"}) dataset.add_field(layer, name, OFTReal);
    }
    constexpr const char* band_fields[] = {"name", "description", "origin", "mode", "direction", "fill", "minutes",
                                           "minutes_from", "area_km2", "reach_m", "population", "region_share"};
    for (const std::size_t i : drawing_order(c)) {
        const auto& band = c.bands[i];
        const json properties = band_properties(c, band);
        OGRFeature feature(layer.GetLayerDefn());
        // Field names are looked up without case (KML calls `name` "Name") and cut to
        // ten characters where the format does (Shapefile).
        for (const auto* name : band_fields) {
            int f = layer.GetLayerDefn()->GetFieldIndex(name);
            if (f < 0) f = layer.GetLayerDefn()->GetFieldIndex(std::string(name).substr(0, 10).c_str());  // Shapefile truncates
            if (f < 0 || !properties.contains(name)) continue;
            const auto& value = properties.at(name);
            if (value.is_string()) {
                feature.SetField(f, value.get<std::string>().c_str());
            } else {
                feature.SetField(f, value.get<double>());
            }
        }
        feature.SetStyleString(("BRUSH(fc:" + properties["fill"].get<std::string>() + "40);PEN(c:" + properties["fill"].get<std::string>() + ",w:1.5px)").c_str());
        feature.SetGeometryDirectly(from_wkb(band.wkb).release());
        dataset.add_feature(layer, feature, "a band");
    }
    // The origins go in a second layer where the format holds several.
    OGRLayer* origins = dataset.add_optional_layer("origins", wkbPoint);
    if (origins == nullptr) return;
    dataset.add_field(*origins, "name", OFTString);
    dataset.add_field(*origins, "origin", OFTString);
    dataset.add_field(*origins, "snap_distance_m", OFTReal);
    for (const auto& o : c.origins) {
        OGRFeature feature(origins->GetLayerDefn());
        feature.SetField("name", ("Origine : " + o.id).c_str());
        feature.SetField("origin", o.id.c_str());
        feature.SetField("snap_distance_m", o.snap.distance_metres);
        OGRPoint point(o.snap.position.lon, o.snap.position.lat);
        feature.SetGeometry(&point);
        dataset.add_feature(*origins, feature, "an origin");
    }
}

bool is_geojson(const std::string& path, const std::string& format) {
    if (!format.empty()) return format == "GeoJSON";
    const std::string extension = detail::lower_extension(path);
    return extension == ".geojson" || extension == ".json";
}

} // namespace

std::string catchment_geojson(const Catchment& catchment) { return catchments_geojson({catchment}); }

std::string catchments_geojson(const std::vector<Catchment>& catchments) {
    json features = json::array();
    for (const auto& c : catchments) {
        for (const std::size_t i : drawing_order(c)) {
            const auto& band = c.bands[i];
            const BandLook look = band_look(c, band);
            features.push_back({{"type", "Feature"},
                                {"geometry", detail::multipolygon_geojson(detail::read_multipolygon(band.wkb, look.name))},
                                {"properties", band_properties(c, band)}});
        }
            for (const auto& o : c.origins) features.push_back(origin_feature(o));
    }
    return json{{"type", "FeatureCollection"}, {"features", features}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

void check_catchment_output(const std::string& path, const CatchmentWriteOptions& options) {
    if (!is_geojson(path, options.format)) detail::vector_driver_for(path, options.format);
    const OutputFile check(path, options.overwrite);
}

void write_catchment(const Catchment& catchment, const std::string& path, const CatchmentWriteOptions& options) {
    if (is_geojson(path, options.format)) {
        write_file(path, options.overwrite, catchment_geojson(catchment));
        return;
    }
    GDALDriver& driver = detail::vector_driver_for(path, options.format);
    OutputFile output(path, options.overwrite);
    write_with_gdal(catchment, driver, path, output.temp_path());
    output.commit();
}

} // namespace alentour
