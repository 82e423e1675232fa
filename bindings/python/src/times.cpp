// Region.times: travel_times(), the `times` command's library call.

#include "bindings.hpp"
#include "region.hpp"

#include <alentour/points.hpp>
#include <alentour/times.hpp>

#include <pybind11/stl.h>

#include <optional>

namespace alentour::python {
namespace {

using TimeRow = std::tuple<std::string, std::string, std::optional<double>, std::optional<double>>;

std::vector<TimeRow> times(PyRegion& region, const std::string& mode, const std::vector<PointTuple>& origins,
                           const std::vector<PointTuple>& destinations, std::optional<double> max_minutes, bool reverse,
                           double snap_radius, const py::object& progress) {
    TimesOptions options;
    options.mode = mode;
    if (max_minutes) options.max_minutes = *max_minutes;
    options.direction = reverse ? Direction::reverse : Direction::forward;
    options.snap.radius_metres = snap_radius;
    const auto from = to_named_points(origins);
    const auto to = to_named_points(destinations);
    const Progress report = python_progress(progress);
    std::vector<TimeRow> rows;
    {
        py::gil_scoped_release release;
        // The region keeps one snapping index per mode, built on the first call.
        const Snapper& snapper = region.snappers().get(mode);
        for (auto& t : travel_times(region.region().graph(mode), snapper, from, to, options, report)) {
            rows.emplace_back(std::move(t.from_id), std::move(t.to_id), t.minutes, t.metres);
        }
    }
    return rows;
}

// A table of points read as `alentour times --to-file` reads it, lines kept for errors.
std::vector<PointTuple> points_file(const std::string& path) {
    std::vector<PointTuple> rows;
    for (const auto& p : read_points(path)) rows.emplace_back(p.id, p.position.lat, p.position.lon, p.line);
    return rows;
}

} // namespace

void init_times(py::module_& m) {
    m.def("times", &times, py::arg("region"), py::arg("mode"), py::arg("origins"), py::arg("destinations"),
          py::arg("max_minutes") = py::none(), py::arg("reverse") = false, py::arg("snap_radius") = 300.0,
          py::arg("progress") = py::none(),
          "Rows (from_id, to_id, minutes, metres) as `alentour times` writes them; None when unreachable.");
    m.def("read_points", &points_file, py::arg("path"), "(id, lat, lon, line) of each point of a CSV or any table GDAL opens.");
}

} // namespace alentour::python
