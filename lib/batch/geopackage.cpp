// run_batch: the batch into one GeoPackage, appended chunk by chunk inside transactions,
// so that a run killed part-way leaves a valid file holding every chunk committed, and a
// rerun reads back which place × mode pairs it already holds and skips them.

#include "batch/pairs.hpp"
#include "core/gdal.hpp"

#include <alentour/batch.hpp>
#include <alentour/error.hpp>

#include <filesystem>
#include <memory>
#include <set>
#include <utility>

namespace alentour {
namespace {

using Done = std::set<std::pair<std::string, std::string>>;  // (place id, mode)

constexpr const char* catchments_layer = "catchments";
constexpr const char* not_placed_layer = "not_placed";

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw InputError(what + ": " + detail::last_gdal_error(), {path, 0, {}});
}

void add_fields(OGRLayer& layer, const std::string& path, std::initializer_list<std::pair<const char*, OGRFieldType>> fields) {
    for (const auto& [name, type] : fields) {
        OGRFieldDefn field(name, type);
        if (layer.CreateField(&field) != OGRERR_NONE) fail(path, std::string("cannot add the field ") + name);
    }
}

GDALDatasetUniquePtr create_output(const std::string& path) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (driver == nullptr) throw Error("GDAL has no GeoPackage driver");
    GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) fail(path, "cannot create the GeoPackage");
    OGRSpatialReference srs = detail::wgs84();
    OGRLayer* bands = dataset->CreateLayer(catchments_layer, &srs, wkbMultiPolygon, nullptr);
    OGRLayer* missing = dataset->CreateLayer(not_placed_layer, &srs, wkbPoint, nullptr);
    if (bands == nullptr || missing == nullptr) fail(path, "cannot create the layers");
    add_fields(*bands, path, {{"place_id", OFTString}, {"name", OFTString}, {"commune", OFTString}, {"postcode", OFTString},
                              {"category", OFTString}, {"mode", OFTString}, {"direction", OFTString}, {"minutes_from", OFTReal},
                              {"minutes", OFTReal}, {"area_km2", OFTReal}, {"snap_m", OFTReal}});
    add_fields(*missing, path, {{"place_id", OFTString}, {"name", OFTString}, {"mode", OFTString}, {"reason", OFTString}});
    return dataset;
}

OGRLayer& layer(GDALDataset& dataset, const char* name, const std::string& path) {
    OGRLayer* found = dataset.GetLayerByName(name);
    if (found == nullptr) throw InputError(std::string("is not a batch output: it has no layer '") + name + "'", {path, 0, {}});
    return *found;
}

void read_done(OGRLayer& layer, Done& done) {
    layer.ResetReading();
    for (auto& feature : layer) done.emplace(feature->GetFieldAsString("place_id"), feature->GetFieldAsString("mode"));
}

// The output to append to: the existing one (resumed) or a new one.
GDALDatasetUniquePtr open_output(const std::string& path, bool overwrite, Done& done) {
    detail::ensure_gdal();
    std::error_code ec;
    if (overwrite) std::filesystem::remove(path, ec);
    if (!std::filesystem::exists(path, ec)) return create_output(path);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!dataset) fail(path, "cannot open the GeoPackage to resume it");
    read_done(layer(*dataset, catchments_layer, path), done);
    read_done(layer(*dataset, not_placed_layer, path), done);
    return dataset;
}

const char* direction_code(Direction d) { return d == Direction::reverse ? "to_origin" : "from_origin"; }

void write_band(OGRLayer& out, const BatchPlace& place, const BatchResult& result, const CatchmentBand& band, Direction direction,
                const std::string& path) {
    OGRFeature feature(out.GetLayerDefn());
    feature.SetField("place_id", place.id.c_str());
    feature.SetField("name", place.name.c_str());
    feature.SetField("commune", place.commune.c_str());
    feature.SetField("postcode", place.postcode.c_str());
    feature.SetField("category", place.category.c_str());
    feature.SetField("mode", result.mode.c_str());
    feature.SetField("direction", direction_code(direction));
    feature.SetField("minutes_from", band.minutes_from);
    feature.SetField("minutes", band.minutes);
    feature.SetField("area_km2", band.area_km2);
    feature.SetField("snap_m", result.snap_metres);
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(band.wkb.data(), nullptr, &geometry, band.wkb.size()) != OGRERR_NONE) {
        throw Error("a catchment polygon could not be read back from WKB");
    }
    feature.SetGeometryDirectly(geometry);
    if (out.CreateFeature(&feature) != OGRERR_NONE) fail(path, "cannot write a catchment");
}

void write_not_placed(OGRLayer& out, const BatchPlace& place, const BatchResult& result, const std::string& path) {
    OGRFeature feature(out.GetLayerDefn());
    feature.SetField("place_id", place.id.c_str());
    feature.SetField("name", place.name.c_str());
    feature.SetField("mode", result.mode.c_str());
    feature.SetField("reason", result.not_placed.c_str());
    if (place.problem.empty()) {
        OGRPoint point(place.position.lon, place.position.lat);
        feature.SetGeometry(&point);
    }
    if (out.CreateFeature(&feature) != OGRERR_NONE) fail(path, "cannot write a place not placed");
}

void write_chunk(GDALDataset& dataset, const std::vector<BatchPlace>& places, const std::vector<BatchResult>& results,
                 const BatchOptions& options, const std::string& path, BatchReport& report) {
    OGRLayer& bands = layer(dataset, catchments_layer, path);
    OGRLayer& missing = layer(dataset, not_placed_layer, path);
    if (dataset.StartTransaction() != OGRERR_NONE) fail(path, "cannot start a transaction");
    for (const auto& result : results) {
        const BatchPlace& place = places[result.place];
        if (!result.not_placed.empty()) {
            write_not_placed(missing, place, result, path);
            ++report.not_placed;
            continue;
        }
        for (const auto& band : result.bands) write_band(bands, place, result, band, options.direction, path);
        ++report.computed;
    }
    if (dataset.CommitTransaction() != OGRERR_NONE) fail(path, "cannot commit a chunk");
}

std::vector<detail::BatchPair> pending_pairs(const std::vector<BatchPlace>& places, const BatchOptions& options, const Done& done,
                                             BatchReport& report) {
    std::vector<detail::BatchPair> pairs;
    for (std::size_t p = 0; p < places.size(); ++p) {
        for (std::size_t m = 0; m < options.modes.size(); ++m) {
            if (done.count({places[p].id, options.modes[m]}) != 0) {
                ++report.skipped;
            } else {
                pairs.push_back({p, m});
            }
        }
    }
    return pairs;
}

void check_options(const BatchOptions& options, const std::string& path) {
    if (options.modes.empty()) throw InputError("give at least one mode", {"", 0, "--mode"});
    if (options.minutes.empty()) throw InputError("give at least one band", {"", 0, "--minutes"});
    if (options.chunk == 0) throw InputError("must be at least 1", {"", 0, "chunk"});
    const auto extension = std::filesystem::path(path).extension().string();
    if (extension != ".gpkg") throw InputError("the batch writes a GeoPackage: name it .gpkg", {path, 0, "--output"});
}

} // namespace

BatchReport run_batch(const Region& region, const std::vector<BatchPlace>& places, const std::string& output_path,
                      const BatchOptions& options, bool overwrite, const Progress& progress) {
    check_options(options, output_path);
    for (const auto& mode : options.modes) region.network(mode);  // an unknown mode fails before any file is touched
    Done done;
    GDALDatasetUniquePtr dataset = open_output(output_path, overwrite, done);
    BatchReport outcome;
    outcome.places = places.size();
    const auto pairs = pending_pairs(places, options, done, outcome);
    RegionSnappers snappers(region);
    const std::size_t step = options.chunk * options.modes.size();
    for (std::size_t from = 0; from < pairs.size(); from += step) {
        const std::size_t to = std::min(pairs.size(), from + step);
        const std::vector<detail::BatchPair> chunk(pairs.begin() + static_cast<std::ptrdiff_t>(from), pairs.begin() + static_cast<std::ptrdiff_t>(to));
        const double share = 1.0 / static_cast<double>(pairs.size());
        const auto results = detail::compute_pairs(snappers, places, chunk, options,
                                                   sub_progress(progress, static_cast<double>(from) * share, static_cast<double>(to) * share));
        write_chunk(*dataset, places, results, options, output_path, outcome);
    }
    report(progress, 1.0, "done");
    return outcome;
}

} // namespace alentour
