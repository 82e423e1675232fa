// alentour._alentour: the compiled half of the Python package. Each area of the library
// has its init_<area>(); the package's __init__.py gives them their Pythonic face.

#include "bindings.hpp"

#include <pybind11/stl.h>

namespace alentour::python {

Progress python_progress(const py::object& callback) {
    const py::object* target = &callback;
    return [target](double fraction, std::string_view message) {
        py::gil_scoped_acquire gil;
        if (PyErr_CheckSignals() != 0) throw PythonRaised{py::error_already_set()};
        if (target->is_none()) return;
        try {
            (*target)(fraction, std::string(message));
        } catch (py::error_already_set& e) {
            throw PythonRaised{std::move(e)};
        }
    };
}

std::vector<NamedPoint> to_named_points(const std::vector<PointTuple>& points) {
    std::vector<NamedPoint> named;
    named.reserve(points.size());
    for (const auto& [id, lat, lon, line] : points) named.push_back({id, {lat, lon}, line});
    return named;
}

} // namespace alentour::python

PYBIND11_MODULE(_alentour, m) {
    using namespace alentour::python;
    m.doc() = "alentour's library calls; import alentour rather than this module.";
    init_errors(m);
    init_network(m);
    init_times(m);
    init_catchment(m);
    init_partners(m);
    init_map(m);
    init_batch(m);
}
