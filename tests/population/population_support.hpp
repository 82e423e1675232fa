#pragma once
// What the population tests share: files written inline, zones drawn as boxes.

#include <alentour/geo.hpp>

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace alentour::test {

using ZoneList = std::vector<std::vector<std::uint8_t>>;

inline std::string write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

// A polygon zone from (west, south) to (east, north), in degrees, as ISO WKB.
inline std::vector<std::uint8_t> box_zone(double west, double south, double east, double north) {
    OGRLinearRing ring;
    ring.addPoint(west, south);
    ring.addPoint(east, south);
    ring.addPoint(east, north);
    ring.addPoint(west, north);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    std::vector<std::uint8_t> wkb(static_cast<std::size_t>(polygon.WkbSize()));
    polygon.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

// A GeoTIFF of `columns` × `rows` cells of `cell` units from (west, north), values row by row.
inline std::string write_raster(const std::filesystem::path& path, int epsg, double west, double north, double cell, int columns, int rows,
                                std::vector<double> values, double nodata = -9999) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    REQUIRE(driver != nullptr);
    GDALDatasetUniquePtr dataset(driver->Create(path.string().c_str(), columns, rows, 1, GDT_Float64, nullptr));
    REQUIRE(dataset);
    double transform[6] = {west, cell, 0, north, 0, -cell};
    dataset->SetGeoTransform(transform);
    if (epsg != 0) {
        OGRSpatialReference srs;
        srs.importFromEPSG(epsg);
        dataset->SetSpatialRef(&srs);
    }
    GDALRasterBand* band = dataset->GetRasterBand(1);
    band->SetNoDataValue(nodata);
    REQUIRE(band->RasterIO(GF_Write, 0, 0, columns, rows, values.data(), columns, rows, GDT_Float64, 0, 0) == CE_None);
    return path.string();
}

} // namespace alentour::test
