// alentour.batch and the rows alentour.dask gathers: run_batch() into a GeoPackage, or
// compute_batch() into rows, both on places read as `alentour batch --places` reads them.

#include "bindings.hpp"
#include "region.hpp"

#include <alentour/batch.hpp>

#include <pybind11/stl.h>

#include <optional>

namespace alentour::python {
namespace {

struct BatchArgs {
    std::string places, layer, srs;
    std::vector<std::string> modes;
    std::vector<double> minutes;
    bool reverse = false;
    std::optional<double> reach;
    double simplify = 0, min_area = 10000, snap_radius = 300;
    unsigned threads = 0;
};

BatchOptions batch_options(const BatchArgs& args) {
    BatchOptions options;
    options.modes = args.modes;
    options.minutes = args.minutes;
    options.direction = args.reverse ? Direction::reverse : Direction::forward;
    options.reach_metres = args.reach.value_or(-1.0);
    options.simplify_metres = args.simplify;
    options.min_area_m2 = args.min_area;
    options.snap.radius_metres = args.snap_radius;
    options.threads = args.threads;
    return options;
}

std::vector<BatchPlace> read_places(const BatchArgs& args) {
    PartnerReadOptions reading;
    reading.layer = args.layer;
    reading.srs = args.srs;
    return batch_places(read_partners(args.places, reading));
}

py::dict run(const PyRegion& region, const BatchArgs& args, const std::string& output, bool overwrite, const py::object& progress) {
    const BatchOptions options = batch_options(args);
    const Progress report = python_progress(progress);
    BatchReport outcome;
    {
        py::gil_scoped_release release;
        outcome = run_batch(region.region(), read_places(args), output, options, overwrite, report);
    }
    py::dict result;
    result["places"] = outcome.places;
    result["computed"] = outcome.computed;
    result["skipped"] = outcome.skipped;
    result["not_placed"] = outcome.not_placed;
    return result;
}

py::tuple result_rows(const std::vector<BatchPlace>& places, const std::vector<BatchResult>& results, bool reverse) {
    py::list bands, missing;
    const char* direction = reverse ? "to_origin" : "from_origin";
    for (const auto& r : results) {
        const BatchPlace& p = places[r.place];
        if (!r.not_placed.empty()) {
            missing.append(py::make_tuple(p.id, p.name, r.mode, r.not_placed));
            continue;
        }
        for (const auto& b : r.bands) {
            bands.append(py::make_tuple(p.id, p.name, p.commune, p.postcode, p.category, r.mode, direction, b.minutes_from, b.minutes,
                                        b.area_km2, r.snap_metres,
                                        py::bytes(reinterpret_cast<const char*>(b.wkb.data()), b.wkb.size())));
        }
    }
    return py::make_tuple(bands, missing);
}

py::tuple rows(PyRegion& region, const BatchArgs& args, const py::object& progress) {
    const BatchOptions options = batch_options(args);
    const Progress report = python_progress(progress);
    std::vector<BatchPlace> places;
    std::vector<BatchResult> results;
    {
        py::gil_scoped_release release;
        places = read_places(args);
        results = compute_batch(region.snappers(), places, options, report);
    }
    return result_rows(places, results, args.reverse);
}

} // namespace

void init_batch(py::module_& m) {
    m.def(
        "batch",
        [](const PyRegion& region, const std::string& places, const std::string& output, const std::vector<std::string>& modes,
           const std::vector<double>& minutes, bool reverse, std::optional<double> reach, double simplify, double min_area,
           double snap_radius, unsigned threads, const std::string& layer, const std::string& srs, bool overwrite,
           const py::object& progress) {
            return run(region, {places, layer, srs, modes, minutes, reverse, reach, simplify, min_area, snap_radius, threads}, output,
                       overwrite, progress);
        },
        py::arg("region"), py::arg("places"), py::arg("output"), py::arg("modes"), py::arg("minutes"), py::arg("reverse"),
        py::arg("reach"), py::arg("simplify"), py::arg("min_area"), py::arg("snap_radius"), py::arg("threads"), py::arg("layer"),
        py::arg("srs"), py::arg("overwrite"), py::arg("progress"));
    m.def(
        "batch_rows",
        [](PyRegion& region, const std::string& places, const std::vector<std::string>& modes, const std::vector<double>& minutes,
           bool reverse, std::optional<double> reach, double simplify, double min_area, double snap_radius, unsigned threads,
           const std::string& layer, const std::string& srs, const py::object& progress) {
            return rows(region, {places, layer, srs, modes, minutes, reverse, reach, simplify, min_area, snap_radius, threads}, progress);
        },
        py::arg("region"), py::arg("places"), py::arg("modes"), py::arg("minutes"), py::arg("reverse"), py::arg("reach"),
        py::arg("simplify"), py::arg("min_area"), py::arg("snap_radius"), py::arg("threads"), py::arg("layer"), py::arg("srs"),
        py::arg("progress"));
}

} // namespace alentour::python
