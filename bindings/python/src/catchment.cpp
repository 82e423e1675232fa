// Region.catchment: compute_catchment() on the region's shared snapping index, and the
// Catchment it returns with the CLI's GeoJSON and writers.

#include "bindings.hpp"
#include "region.hpp"

#include <alentour/catchment.hpp>

#include <pybind11/stl.h>

#include <optional>

namespace alentour::python {
namespace {

struct CatchmentArgs {
    std::string mode;
    std::vector<double> minutes;
    bool reverse = false;
    bool rings = false;
    std::optional<double> reach;
    double simplify = 0;
    double min_area = 10000;
    bool per_origin = false;
    double snap_radius = 300.0;
};

CatchmentOptions catchment_options(const CatchmentArgs& args) {
    CatchmentOptions options;
    options.mode = args.mode;
    options.minutes = args.minutes;
    options.bands = args.rings ? BandStyle::rings : BandStyle::nested;
    options.direction = args.reverse ? Direction::reverse : Direction::forward;
    options.reach_metres = args.reach.value_or(-1.0);
    options.simplify_metres = args.simplify;
    options.min_area_m2 = args.min_area;
    options.per_origin = args.per_origin;
    options.snap.radius_metres = args.snap_radius;
    return options;
}

Catchment catchment(PyRegion& region, const std::vector<PointTuple>& origins, const CatchmentArgs& args, const py::object& progress) {
    const CatchmentOptions options = catchment_options(args);
    const auto points = to_named_points(origins);
    const Progress report = python_progress(progress);
    py::gil_scoped_release release;
    const Graph& graph = region.region().graph(args.mode);
    return compute_catchment(graph, region.snappers().get(args.mode), points, options, report);
}

py::list band_rows(const Catchment& c) {
    py::list rows;
    for (const auto& band : c.bands) {
        const BandLook look = band_look(c, band);
        py::dict row;
        row["name"] = look.name;
        row["description"] = look.description;
        row["origin"] = band.origin;
        row["minutes_from"] = band.minutes_from;
        row["minutes"] = band.minutes;
        row["area_km2"] = band.area_km2;
        row["fill"] = look.colour;
        row["wkb"] = py::bytes(reinterpret_cast<const char*>(band.wkb.data()), band.wkb.size());
        rows.append(row);
    }
    return rows;
}

py::list origin_rows(const Catchment& c) {
    py::list rows;
    for (const auto& o : c.origins) {
        rows.append(py::make_tuple(o.id, o.input.lat, o.input.lon, o.snap.position.lat, o.snap.position.lon, o.snap.distance_metres));
    }
    return rows;
}

void write(const Catchment& c, const std::string& path, const std::string& format, bool overwrite) {
    py::gil_scoped_release release;
    write_catchment(c, path, {format, overwrite});
}

} // namespace

void init_catchment(py::module_& m) {
    py::class_<Catchment>(m, "Catchment", "Catchment bands as compute_catchment() returns them.")
        .def_readonly("mode", &Catchment::mode)
        .def_property_readonly("reverse", [](const Catchment& c) { return c.direction == Direction::reverse; })
        .def_readonly("reach_metres", &Catchment::reach_metres)
        .def("bands", &band_rows)
        .def("origins", &origin_rows)
        .def("geojson", [](const Catchment& c) { return catchment_geojson(c); })
        .def("write", &write, py::arg("path"), py::arg("format") = "", py::arg("overwrite") = false);
    m.def(
        "catchment",
        [](PyRegion& region, const std::string& mode, const std::vector<PointTuple>& origins, const std::vector<double>& minutes,
           bool reverse, bool rings, std::optional<double> reach, double simplify, double min_area, bool per_origin, double snap_radius,
           const py::object& progress) {
            return catchment(region, origins, {mode, minutes, reverse, rings, reach, simplify, min_area, per_origin, snap_radius}, progress);
        },
        py::arg("region"), py::arg("mode"), py::arg("origins"), py::arg("minutes"), py::arg("reverse") = false, py::arg("rings") = false,
        py::arg("reach") = py::none(), py::arg("simplify") = 0.0, py::arg("min_area") = 10000.0, py::arg("per_origin") = false,
        py::arg("snap_radius") = 300.0, py::arg("progress") = py::none());
}

} // namespace alentour::python
