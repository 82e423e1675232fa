// Catchments out: GeoJSON written here to the letter of RFC 7946 (ring orientation,
// six decimals, styling for geojson.io and uMap), other formats through GDAL.

#include "gdal_util.hpp"

#include <alentour/catchment.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace alentour {
namespace {

using nlohmann::json;

// Green for near, through yellow, to red for far: reads at a glance, and nested bands
// drawn at a quarter opacity darken towards the origin.
constexpr const char* ramp[] = {"#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#fee08b", "#fdae61", "#f46d43", "#d73027"};
constexpr double fill_opacity = 0.25;

std::string colour_for(std::size_t index, std::size_t count) {
    const std::size_t steps = std::size(ramp) - 1;
    const std::size_t at = count <= 1 ? 0 : index * steps / (count - 1);
    return ramp[std::min(at, steps)];
}

std::string mode_in_french(const std::string& mode) {
    if (mode == "walk") return "à pied";
    if (mode == "bike") return "à vélo";
    if (mode == "car") return "en voiture";
    return "(" + mode + ")";
}

std::string minutes_text(double minutes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, minutes == std::floor(minutes) ? "%.0f" : "%.1f", minutes);
    return buffer;
}

std::string area_text(double km2) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", km2);
    std::string text = buffer;
    std::replace(text.begin(), text.end(), '.', ',');
    return text + " km²";
}

std::string band_name(const Catchment& c, const CatchmentBand& band) {
    const std::string span = band.minutes_from > 0 ? "de " + minutes_text(band.minutes_from) + " à " + minutes_text(band.minutes)
                                                   : "à " + minutes_text(band.minutes);
    return "Zone " + span + " min " + mode_in_french(c.mode) + (c.origins.size() > 1 && band.origin != "all" ? " — " + band.origin : "");
}

std::string band_description(const Catchment& c, const CatchmentBand& band) {
    const std::string place = band.origin == "all" ? (c.origins.size() > 1 ? "l'un des lieux" : "le lieu") : "le lieu " + band.origin;
    const std::string time = band.minutes_from > 0 ? "entre " + minutes_text(band.minutes_from) + " et " + minutes_text(band.minutes) + " min"
                                                   : "en " + minutes_text(band.minutes) + " min au plus";
    const std::string what = c.direction == Direction::reverse ? "Lieux d'où l'on rejoint " + place + " " + time
                                                               : "Lieux accessibles depuis " + place + " " + time;
    return what + " " + mode_in_french(c.mode) + " (" + area_text(band.area_km2) + ").";
}

const char* direction_name(Direction d) { return d == Direction::reverse ? "to_origin" : "from_origin"; }

std::unique_ptr<OGRGeometry> from_wkb(const std::vector<std::uint8_t>& wkb) {
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry, wkb.size()) != OGRERR_NONE) {
        throw Error("a catchment polygon could not be read back from WKB");
    }
    return std::unique_ptr<OGRGeometry>(geometry);
}

double round6(double v) { return std::round(v * 1e6) / 1e6; }

// RFC 7946: exterior rings counter-clockwise, holes clockwise.
json ring_coordinates(const OGRLinearRing& ring, bool exterior) {
    json coordinates = json::array();
    const int n = ring.getNumPoints();
    const bool reverse = (ring.isClockwise() != 0) == exterior;
    for (int i = 0; i < n; ++i) {
        const int k = reverse ? n - 1 - i : i;
        coordinates.push_back({round6(ring.getX(k)), round6(ring.getY(k))});
    }
    return coordinates;
}

json multipolygon_json(const OGRGeometry& geometry) {
    json polygons = json::array();
    const auto* multi = geometry.toMultiPolygon();
    for (const OGRPolygon* polygon : *multi) {
        json rings = json::array({ring_coordinates(*polygon->getExteriorRing(), true)});
        for (int h = 0; h < polygon->getNumInteriorRings(); ++h) rings.push_back(ring_coordinates(*polygon->getInteriorRing(h), false));
        polygons.push_back(std::move(rings));
    }
    return {{"type", "MultiPolygon"}, {"coordinates", polygons}};
}

json band_properties(const Catchment& c, const CatchmentBand& band, const std::string& colour) {
    return {{"name", band_name(c, band)},
            {"description", band_description(c, band)},
            {"origin", band.origin},
            {"mode", c.mode},
            {"direction", direction_name(c.direction)},
            {"minutes", band.minutes},
            {"minutes_from", band.minutes_from},
            {"area_km2", std::round(band.area_km2 * 1e4) / 1e4},
            {"reach_m", c.reach_metres},
            {"fill", colour},
            {"fill-opacity", fill_opacity},
            {"stroke", colour},
            {"stroke-width", 1.5},
            {"_umap_options", {{"color", colour}, {"fillColor", colour}, {"fillOpacity", fill_opacity}, {"weight", 1.5}, {"opacity", 0.9}}}};
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

std::vector<double> distinct_minutes(const Catchment& c) {
    std::vector<double> minutes;
    for (const auto& b : c.bands) minutes.push_back(b.minutes);
    std::sort(minutes.begin(), minutes.end());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    return minutes;
}

std::string colour_of(const Catchment& c, const CatchmentBand& band) {
    const auto minutes = distinct_minutes(c);
    const auto index = static_cast<std::size_t>(std::find(minutes.begin(), minutes.end(), band.minutes) - minutes.begin());
    return colour_for(index, minutes.size());
}

void add_field(OGRLayer& layer, const char* name, OGRFieldType type, const std::string& path) {
    OGRFieldDefn field(name, type);
    if (layer.CreateField(&field) != OGRERR_NONE) throw InputError("cannot create field " + std::string(name) + ": " + detail::last_gdal_error(), {path, 0, {}});
}

void write_with_gdal(const Catchment& c, GDALDriver& driver, const std::string& path, const std::string& temp) {
    GDALDatasetUniquePtr dataset(driver.Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) throw InputError("cannot create: " + detail::last_gdal_error(), {path, 0, {}});
    OGRSpatialReference srs = detail::wgs84();
    OGRLayer* layer = dataset->CreateLayer("catchment", &srs, wkbMultiPolygon, nullptr);
    if (layer == nullptr) throw InputError("cannot create the catchment layer: " + detail::last_gdal_error(), {path, 0, {}});
    for (const auto* name : {"name", "description", "origin", "mode", "direction", "fill"}) {
        if (layer->GetLayerDefn()->GetFieldIndex(name) < 0) add_field(*layer, name, OFTString, path);
    }
    for (const auto* name : {"minutes", "minutes_from", "area_km2", "reach_m"}) add_field(*layer, name, OFTReal, path);
    constexpr const char* band_fields[] = {"name", "description", "origin", "mode", "direction", "fill",
                                           "minutes", "minutes_from", "area_km2", "reach_m"};
    for (const std::size_t i : drawing_order(c)) {
        const auto& band = c.bands[i];
        const json properties = band_properties(c, band, colour_of(c, band));
        OGRFeature feature(layer->GetLayerDefn());
        // Field names are looked up without case (KML calls `name` "Name") and cut to
        // ten characters where the format does (Shapefile).
        for (const auto* name : band_fields) {
            int f = layer->GetLayerDefn()->GetFieldIndex(name);
            if (f < 0) f = layer->GetLayerDefn()->GetFieldIndex(std::string(name).substr(0, 10).c_str());  // Shapefile truncates
            if (f < 0) continue;
            const auto& value = properties.at(name);
            if (value.is_string()) {
                feature.SetField(f, value.get<std::string>().c_str());
            } else {
                feature.SetField(f, value.get<double>());
            }
        }
        feature.SetStyleString(("BRUSH(fc:" + properties["fill"].get<std::string>() + "40);PEN(c:" + properties["fill"].get<std::string>() + ",w:1.5px)").c_str());
        feature.SetGeometryDirectly(from_wkb(band.wkb).release());
        if (layer->CreateFeature(&feature) != OGRERR_NONE) throw InputError("cannot write a band: " + detail::last_gdal_error(), {path, 0, {}});
    }
    // The origins go in a second layer where the format holds several.
    if (dataset->TestCapability(ODsCCreateLayer) == 0) return;
    OGRLayer* origins = dataset->CreateLayer("origins", &srs, wkbPoint, nullptr);
    if (origins == nullptr) return;
    add_field(*origins, "name", OFTString, path);
    add_field(*origins, "origin", OFTString, path);
    add_field(*origins, "snap_distance_m", OFTReal, path);
    for (const auto& o : c.origins) {
        OGRFeature feature(origins->GetLayerDefn());
        feature.SetField("name", ("Origine : " + o.id).c_str());
        feature.SetField("origin", o.id.c_str());
        feature.SetField("snap_distance_m", o.snap.distance_metres);
        OGRPoint point(o.snap.position.lon, o.snap.position.lat);
        feature.SetGeometry(&point);
        if (origins->CreateFeature(&feature) != OGRERR_NONE) throw InputError("cannot write an origin: " + detail::last_gdal_error(), {path, 0, {}});
    }
}

bool is_geojson(const std::string& path, const std::string& format) {
    if (!format.empty()) return format == "GeoJSON";
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char ch) { return std::tolower(ch); });
    return extension == ".geojson" || extension == ".json";
}

} // namespace

std::string catchment_geojson(const Catchment& c) {
    detail::ensure_gdal();
    json features = json::array();
    for (const std::size_t i : drawing_order(c)) {
        const auto& band = c.bands[i];
        const auto geometry = from_wkb(band.wkb);
        features.push_back({{"type", "Feature"}, {"geometry", multipolygon_json(*geometry)}, {"properties", band_properties(c, band, colour_of(c, band))}});
    }
    for (const auto& o : c.origins) features.push_back(origin_feature(o));
    return json{{"type", "FeatureCollection"}, {"features", features}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

void check_catchment_output(const std::string& path, const CatchmentWriteOptions& options) {
    if (!is_geojson(path, options.format)) detail::vector_driver_for(path, options.format);
    const OutputFile check(path, options.overwrite);
}

void write_catchment(const Catchment& catchment, const std::string& path, const CatchmentWriteOptions& options) {
    if (is_geojson(path, options.format)) {
        OutputFile output(path, options.overwrite);
        {
            std::ofstream out(output.temp_path(), std::ios::binary);
            out << catchment_geojson(catchment);
            out.close();
            if (!out) throw InputError("cannot write", {path, 0, {}});
        }
        output.commit();
        return;
    }
    GDALDriver& driver = detail::vector_driver_for(path, options.format);
    OutputFile output(path, options.overwrite);
    write_with_gdal(catchment, driver, path, output.temp_path());
    output.commit();
}

} // namespace alentour
