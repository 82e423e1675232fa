// Region: build from OpenStreetMap, load a cache, save one (what `alentour build` and
// every --graph option do).

#include "bindings.hpp"
#include "region.hpp"

#include <alentour/cache.hpp>
#include <alentour/profile.hpp>

#include <pybind11/stl.h>

#include <optional>

namespace alentour::python {
namespace {

std::unique_ptr<PyRegion> build(const std::string& path, const std::optional<std::vector<std::string>>& modes,
                                const std::string& profile_file, const py::object& progress) {
    const Progress report = python_progress(progress);
    py::gil_scoped_release release;
    const auto all = profile_file.empty() ? default_profiles() : load_profile_file(profile_file);
    BuildOptions options;
    options.profiles = modes ? select_profiles(all, *modes) : all;
    return std::make_unique<PyRegion>(build_region(path, options, report));
}

std::unique_ptr<PyRegion> load(const std::string& path) {
    py::gil_scoped_release release;
    return std::make_unique<PyRegion>(load_region(path));
}

void save(const PyRegion& region, const std::string& path, bool overwrite) {
    py::gil_scoped_release release;
    save_region(region.region(), path, overwrite);
}

std::vector<std::string> modes(const PyRegion& region) {
    std::vector<std::string> names;
    for (const auto& network : region.region().networks()) names.push_back(network.mode);
    return names;
}

// The flyer places as plain dicts: what a DataFrame takes as it is.
py::list places(const PyRegion& region) {
    py::list out;
    for (const auto& p : region.region().places()) {
        py::dict place;
        place["name"] = p.name;
        place["category"] = p.category;
        place["label_fr"] = p.label_fr;
        place["lat"] = p.position.lat;
        place["lon"] = p.position.lon;
        place["osm_id"] = p.osm_id;
        out.append(place);
    }
    return out;
}

py::dict network_info(const Network& network) {
    py::dict info;
    info["nodes"] = network.graph.node_count();
    info["edges"] = network.graph.edge_count();
    info["ways_used"] = network.stats.ways_used;
    info["components"] = network.stats.component_count;
    info["share_outside_largest"] = network.stats.share_outside_largest;
    return info;
}

py::dict info(const PyRegion& region) {
    const auto& stats = region.region().stats();
    py::dict result, networks;
    result["source"] = stats.source;
    result["nodes_read"] = stats.nodes_read;
    result["ways_read"] = stats.ways_read;
    result["highway_ways"] = stats.highway_ways;
    result["build_seconds"] = stats.build_seconds;
    for (const auto& network : region.region().networks()) networks[py::str(network.mode)] = network_info(network);
    result["networks"] = networks;
    return result;
}

} // namespace

void init_network(py::module_& m) {
    py::class_<PyRegion>(m, "Region", "A region's networks, one per mode (walk, bike, car…).")
        .def_static("build", &build, py::arg("path"), py::arg("modes") = py::none(), py::arg("profile_file") = "",
                    py::arg("progress") = py::none())
        .def_static("load", &load, py::arg("path"))
        .def("save", &save, py::arg("path"), py::arg("overwrite") = false)
        .def_property_readonly("modes", &modes)
        .def_property_readonly("places", &places)
        .def_property_readonly("bounds",
                               [](const PyRegion& r) {
                                   const BoundingBox b = r.region().bounds();
                                   return std::make_tuple(b.min_lat, b.min_lon, b.max_lat, b.max_lon);
                               })
        .def("info", &info);
}

} // namespace alentour::python
