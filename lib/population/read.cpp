// Reading a population layer: the file is opened once by GDAL, as a raster or as a
// vector layer, and checked whole before any count is used.

#include "population/data.hpp"

#include "core/french.hpp"
#include "core/paths.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <regex>

namespace alentour {
namespace detail {

// A CSV of points names its coordinates in these columns (r5r's hex grid: lon, lat).
constexpr const char* csv_open_options[] = {"X_POSSIBLE_NAMES=lon,longitude,lng,long,x", "Y_POSSIBLE_NAMES=lat,latitude,y",
                                            "KEEP_GEOM_COLUMNS=YES", nullptr};

static GDALDatasetUniquePtr open_any(const std::string& path) {
    ensure_gdal();
    if (!std::filesystem::exists(path)) throw InputError("no such population file", {path, 0, {}});
    check_table_file(path);
    // Vector first: GDAL's XYZ raster driver would otherwise take a CSV of x, y, count.
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, csv_open_options, nullptr));
    // A CSV is a table of points, never a grid: GDAL's XYZ driver would take a broken one
    // for a raster of millions of tiny cells.
    const bool no_layer = !dataset || dataset->GetLayerCount() == 0;
    if (no_layer && lower_extension(path) == ".csv") throw InputError("cannot read as a CSV table of points (a header line, then a position and a count on each line)", {path, 0, {}});
    if (no_layer) dataset.reset(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset) throw InputError("GDAL cannot read this file as a raster or a vector layer: " + last_gdal_error(), {path, 0, {}});
    return dataset;
}

double parse_count(const std::string& text, const ErrorContext& where) {
    std::string clean;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) == 0) clean += c == ',' ? '.' : c;
    }
    char* end = nullptr;
    const double value = clean.empty() ? NAN : std::strtod(clean.c_str(), &end);
    if (clean.empty() || end != clean.c_str() + clean.size() || !std::isfinite(value)) {
        throw InputError("the population count '" + text + "' is not a number", where);
    }
    if (value < 0) throw InputError("the population count " + text + " is negative", where);
    return value;
}

bool decode_grid_id(const std::string& id, GridSquare& square) {
    static const std::regex pattern(R"(CRS3035RES(\d+)mN(\d+)E(\d+))", std::regex::icase);
    // An identifier is about 30 characters. Past a double, std::stod threw out_of_range
    // (no input error); and libstdc++'s regex recurses once per character.
    if (id.size() > 64) return false;
    std::smatch match;
    if (!std::regex_match(id, match, pattern)) return false;
    square.size = std::stod(match[1].str());
    square.north = std::stod(match[2].str());
    square.east = std::stod(match[3].str());
    return square.size > 0;
}

} // namespace detail

PopulationLayer::PopulationLayer(std::shared_ptr<const detail::PopulationData> data) : m_data(std::move(data)) {}
const std::string& PopulationLayer::file() const noexcept { return m_data->file; }
const std::string& PopulationLayer::field() const noexcept { return m_data->field; }
PopulationForm PopulationLayer::form() const noexcept { return m_data->form; }
std::size_t PopulationLayer::size() const noexcept { return m_data->points.size() + m_data->polygons.size(); }
double PopulationLayer::total() const noexcept { return m_data->total; }
BoundingBox PopulationLayer::bounds() const noexcept { return m_data->box; }

PopulationLayer read_population(const std::string& path, const PopulationReadOptions& options) {
    const GDALDatasetUniquePtr dataset = detail::open_any(path);
    const bool raster = dataset->GetLayerCount() == 0 && dataset->GetRasterCount() > 0;
    auto data = std::make_shared<detail::PopulationData>(raster ? detail::read_population_raster(*dataset, path)
                                                                : detail::read_population_vector(*dataset, path, options));
    if (data->points.empty() && data->polygons.empty()) throw InputError("the population layer holds nobody", {path, 0, data->field});
    return PopulationLayer(std::move(data));
}

std::string describe(const PopulationLayer& layer) {
    const char* what = layer.form() == PopulationForm::points     ? "points"
                       : layer.form() == PopulationForm::polygons ? "polygons"
                                                                  : "populated raster cells";
    return std::to_string(layer.size()) + " " + what + ", count in " + layer.field() + ", " +
           detail::french_count(layer.total()) + " people";
}

} // namespace alentour
