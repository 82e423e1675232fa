// A population raster (GeoTIFF or any GDAL raster, any coordinate system): people per
// cell in the first band. Each populated cell becomes a polygon in WGS84, so that it is
// apportioned by area like any other polygon.

#include "population/data.hpp"

#include "partners/srs.hpp"

#include <cmath>
#include <cstdint>
#include <memory>

namespace alentour::detail {
namespace {

struct RasterGrid {
    double transform[6] = {0, 1, 0, 0, 0, 1};
    int width = 0;
    int height = 0;

    // The map position of a cell corner (column, row in cell units).
    void corner(double column, double row, double& x, double& y) const noexcept {
        x = transform[0] + column * transform[1] + row * transform[2];
        y = transform[3] + column * transform[4] + row * transform[5];
    }
};

std::unique_ptr<OGRCoordinateTransformation> raster_to_wgs84(GDALDataset& dataset, const RasterGrid& grid, const std::string& path) {
    const OGRSpatialReference* srs = dataset.GetSpatialRef();
    if (srs == nullptr) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        grid.corner(0, 0, x0, y0);
        grid.corner(grid.width, grid.height, x1, y1);
        if (!looks_like_degrees(x0, y0) || !looks_like_degrees(x1, y1)) {
            throw InputError("the raster declares no coordinate system and its coordinates are not degrees; give it one (gdal_edit.py -a_srs)",
                             {path, 0, {}});
        }
        return nullptr;
    }
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference target = wgs84();
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &target));
    if (!transform) throw InputError("PROJ cannot convert " + srs_name(source) + " to WGS84: " + last_gdal_error(), {path, 0, {}});
    return transform;
}

// The band is read whole, 8 bytes a cell: a region or a département at 100 m fits with
// room to spare (all of France at 100 m is about the limit), a raster of the world would
// not fit the machine's memory, and is refused.
constexpr std::uint64_t most_raster_cells = 100'000'000;

std::vector<double> read_band(GDALRasterBand& band, const RasterGrid& grid, const std::string& path) {
    const std::uint64_t cells = static_cast<std::uint64_t>(grid.width) * static_cast<std::uint64_t>(grid.height);
    if (cells > most_raster_cells) {
        throw InputError("the raster has " + std::to_string(grid.width) + " × " + std::to_string(grid.height) +
                             " cells, more than the 100 million alentour reads at once (800 MB): crop it to the region first "
                             "(gdal_translate -projwin)",
                         {path, 0, "band 1"});
    }
    std::vector<double> values(static_cast<std::size_t>(grid.width) * static_cast<std::size_t>(grid.height));
    if (band.RasterIO(GF_Read, 0, 0, grid.width, grid.height, values.data(), grid.width, grid.height, GDT_Float64, 0, 0) != CE_None) {
        throw InputError("cannot read the raster's cells: " + last_gdal_error(), {path, 0, "band 1"});
    }
    return values;
}

PopulationPolygon cell_polygon(const RasterGrid& grid, int column, int row, OGRCoordinateTransformation* transform) {
    OGRLinearRing ring;
    constexpr int corners[5][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
    for (const auto& c : corners) {
        double x = 0, y = 0;
        grid.corner(column + c[0], row + c[1], x, y);
        ring.addPoint(x, y);
    }
    OGRPolygon polygon;
    polygon.addRing(&ring);
    if (transform != nullptr && polygon.transform(transform) != OGRERR_NONE) throw Error("PROJ failed on a raster cell");
    PopulationPolygon cell;
    cell.wkb.resize(static_cast<std::size_t>(polygon.WkbSize()));
    polygon.exportToWkb(wkbNDR, cell.wkb.data(), wkbVariantIso);
    OGREnvelope envelope;
    polygon.getEnvelope(&envelope);
    cell.box.extend({envelope.MinY, envelope.MinX});
    cell.box.extend({envelope.MaxY, envelope.MaxX});
    return cell;
}

} // namespace

PopulationData read_population_raster(GDALDataset& dataset, const std::string& path) {
    RasterGrid grid;
    grid.width = dataset.GetRasterXSize();
    grid.height = dataset.GetRasterYSize();
    if (dataset.GetGeoTransform(grid.transform) != CE_None) throw InputError("the raster is not georeferenced", {path, 0, {}});
    const auto transform = raster_to_wgs84(dataset, grid, path);
    GDALRasterBand& band = *dataset.GetRasterBand(1);
    int has_nodata = 0;
    const double nodata = band.GetNoDataValue(&has_nodata);
    const std::vector<double> values = read_band(band, grid, path);
    PopulationData data;
    data.file = path;
    data.field = "band 1";
    data.form = PopulationForm::raster_cells;
    for (int row = 0; row < grid.height; ++row) {
        for (int column = 0; column < grid.width; ++column) {
            const double value = values[static_cast<std::size_t>(row) * static_cast<std::size_t>(grid.width) + static_cast<std::size_t>(column)];
            if ((has_nodata != 0 && value == nodata) || std::isnan(value) || value == 0) continue;
            const ErrorContext where{path, 0, "band 1, row " + std::to_string(row + 1) + ", column " + std::to_string(column + 1)};
            if (value < 0) throw InputError("the population count " + std::to_string(value) + " is negative", where);
            PopulationPolygon cell = cell_polygon(grid, column, row, transform.get());
            cell.count = value;
            data.box.extend({cell.box.min_lat, cell.box.min_lon});
            data.box.extend({cell.box.max_lat, cell.box.max_lon});
            data.total += value;
            data.polygons.push_back(std::move(cell));
        }
    }
    return data;
}

} // namespace alentour::detail
