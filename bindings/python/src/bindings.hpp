#pragma once
// What the init_<area>() files share: how a Python progress callback reaches the
// library with the GIL released, and how points arrive from the Python layer.

#include <alentour/geo.hpp>
#include <alentour/progress.hpp>

#include <pybind11/pybind11.h>

#include <string>
#include <tuple>
#include <vector>

namespace alentour::python {

namespace py = pybind11;

// Thrown from a progress callback when Python has an exception to raise (Ctrl-C, or the
// user's callback failed). It is no std::exception on purpose: library code that wraps
// std::exceptions into InputErrors (the OSM reader) must let it pass untouched.
struct PythonRaised {
    py::error_already_set error;
};

// A Progress the library may call with the GIL released: it takes the GIL, checks for
// Ctrl-C, then calls `callback` (None: no callback). `callback` must outlive the call.
Progress python_progress(const py::object& callback);

// (id, lat, lon, line) as the Python layer passes points.
using PointTuple = std::tuple<std::string, double, double, std::size_t>;
std::vector<NamedPoint> to_named_points(const std::vector<PointTuple>& points);

void init_errors(py::module_& m);
void init_network(py::module_& m);
void init_times(py::module_& m);
void init_catchment(py::module_& m);
void init_partners(py::module_& m);
void init_map(py::module_& m);
void init_batch(py::module_& m);

} // namespace alentour::python
