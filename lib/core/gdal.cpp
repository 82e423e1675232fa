#include "core/gdal.hpp"
#include "core/paths.hpp"

#include <alentour/error.hpp>

#include <cpl_error.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <string_view>

namespace alentour::detail {
namespace {

struct ExtensionDriver {
    const char* extension;
    const char* driver;
};

constexpr ExtensionDriver known_extensions[] = {
    {".geojson", "GeoJSON"}, {".json", "GeoJSON"}, {".gpkg", "GPKG"}, {".fgb", "FlatGeobuf"},
    {".shp", "ESRI Shapefile"}, {".kml", "KML"}, {".csv", "CSV"}, {".gml", "GML"}, {".sqlite", "SQLite"},
};

} // namespace

void ensure_gdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

GDALDriver& vector_driver_for(const std::string& path, const std::string& format) {
    ensure_gdal();
    std::string name = format;
    if (name.empty()) {
        const std::string extension = lower_extension(path);
        for (const auto& known : known_extensions) {
            if (extension == known.extension) name = known.driver;
        }
        if (name.empty()) {
            std::string list;
            for (const auto& known : known_extensions) list += (list.empty() ? "" : ", ") + std::string(known.extension);
            throw InputError("cannot tell the output format from the extension '" + extension + "' (known: " + list +
                                 "; or pass --format with a GDAL driver name)",
                             {path, 0, {}});
        }
    }
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(name.c_str());
    if (driver == nullptr || driver->GetMetadataItem(GDAL_DCAP_VECTOR) == nullptr || driver->GetMetadataItem(GDAL_DCAP_CREATE) == nullptr) {
        throw InputError("GDAL cannot write vector format '" + name + "'", {path, 0, "--format"});
    }
    return *driver;
}

GDALDatasetUniquePtr open_vector(const std::string& path) {
    ensure_gdal();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw InputError("no such file", {path, 0, {}});
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) throw InputError("cannot open as a table or vector file: " + last_gdal_error(), {path, 0, {}});
    return dataset;
}

OGRSpatialReference wgs84() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void check_no_overlong_line(const std::string& path) {
    if (std::string_view(CPLGetLastErrorMsg()).find("Maximum number of characters allowed reached") != std::string_view::npos) {
        throw InputError("holds a line longer than 10 MB, the most GDAL reads in one line of CSV: is it a table, or is a quote "
                         "left open?",
                         {path, 0, {}});
    }
}

std::string last_gdal_error() {
    const char* message = CPLGetLastErrorMsg();
    return message != nullptr && *message != '\0' ? message : "unknown GDAL error";
}

} // namespace alentour::detail
