#pragma once
// A population layer once read: points and polygons in WGS84 with their counts, whatever
// form the file had (raster cells and Filosofi squares become polygons).

#include "core/gdal.hpp"

#include <alentour/error.hpp>
#include <alentour/geo.hpp>
#include <alentour/population.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace alentour::detail {

struct PopulationPoint {
    LatLon position;
    double count = 0;
};

struct PopulationPolygon {
    std::vector<std::uint8_t> wkb;  // Polygon or MultiPolygon, WGS84 (longitude, latitude), ISO WKB
    BoundingBox box;
    double count = 0;
};

struct PopulationData {
    std::string file;
    std::string field;
    PopulationForm form = PopulationForm::points;
    std::vector<PopulationPoint> points;
    std::vector<PopulationPolygon> polygons;
    double total = 0;
    BoundingBox box;
};

// The readers of each form of file, behind read_population().
PopulationData read_population_raster(GDALDataset& dataset, const std::string& path);
PopulationData read_population_vector(GDALDataset& dataset, const std::string& path, const PopulationReadOptions& options);

// A count as written in a file: "1234", "12,5", " 7 ". Throws InputError with `where`
// for anything else, and for a negative count.
double parse_count(const std::string& text, const ErrorContext& where);

// Filosofi's square identifiers, "CRS3035RES200mN2029800E4252000": the square's corners
// in EPSG:3035 (x = easting, y = northing). False when `id` is not one.
struct GridSquare {
    double east = 0, north = 0, size = 0;
};
bool decode_grid_id(const std::string& id, GridSquare& square);

// The people of each unit of the layer (its points, then its polygons) inside `zone`.
std::vector<double> unit_people_within(const PopulationData& data, const std::vector<std::uint8_t>& zone);

} // namespace alentour::detail
