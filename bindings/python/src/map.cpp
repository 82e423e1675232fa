// make_map: the whole job of `alentour map` into one folder.

#include "bindings.hpp"
#include "region.hpp"

#include <alentour/map.hpp>
#include <alentour/poster.hpp>

#include <pybind11/stl.h>

namespace alentour::python {
namespace {

struct MapArgs {
    double lat = 0, lon = 0;
    std::string space_name, partners, layer, srs;
    std::vector<std::string> modes;
    std::vector<double> minutes;
    bool reverse = true;
    std::string title, paper, orientation;
    bool overwrite = false;
};

MapOptions map_options(const MapArgs& args) {
    MapOptions options;
    options.space = {args.lat, args.lon};
    options.space_name = args.space_name;
    options.partners_file = args.partners;
    options.partner_reading.layer = args.layer;
    options.partner_reading.srs = args.srs;
    options.modes = args.modes;
    options.minutes = args.minutes;
    options.direction = args.reverse ? Direction::reverse : Direction::forward;
    options.title = args.title;
    options.poster.paper = parse_paper(args.paper, "paper");
    options.poster.orientation = parse_orientation(args.orientation, "orientation");
    options.overwrite = args.overwrite;
    return options;
}

py::tuple make(const PyRegion& region, const std::string& folder, const MapArgs& args, const py::object& progress) {
    const MapOptions options = map_options(args);
    const Progress report = python_progress(progress);
    MapFiles files;
    {
        py::gil_scoped_release release;
        files = make_map(region.region(), options, folder, report);
    }
    return py::make_tuple(files.folder, files.files, files.summary);
}

} // namespace

void init_map(py::module_& m) {
    m.def(
        "make_map",
        [](const PyRegion& region, const std::string& folder, double lat, double lon, const std::string& space_name,
           const std::string& partners, const std::vector<std::string>& modes, const std::vector<double>& minutes, bool reverse,
           const std::string& title, const std::string& paper, const std::string& orientation, const std::string& layer,
           const std::string& srs, bool overwrite, const py::object& progress) {
            const MapArgs args{lat, lon, space_name, partners, layer, srs, modes, minutes, reverse, title, paper, orientation, overwrite};
            return make(region, folder, args, progress);
        },
        py::arg("region"), py::arg("folder"), py::arg("lat"), py::arg("lon"), py::arg("space_name"), py::arg("partners") = "",
        py::arg("modes") = std::vector<std::string>{"walk"}, py::arg("minutes") = std::vector<double>{10, 20, 30},
        py::arg("reverse") = true, py::arg("title") = "", py::arg("paper") = "A3", py::arg("orientation") = "landscape",
        py::arg("layer") = "", py::arg("srs") = "", py::arg("overwrite") = false, py::arg("progress") = py::none());
}

} // namespace alentour::python
