// Region.rank: read_partners() then rank_partners() on the region's shared snapping
// indexes, as `alentour rank` does; the Ranking keeps the CLI's writers.

#include "bindings.hpp"
#include "region.hpp"

#include <alentour/partners.hpp>
#include <alentour/partners_rank.hpp>

#include <pybind11/stl.h>

#include <sstream>

namespace alentour::python {
namespace {

struct RankArgs {
    std::string partners;
    std::string layer, srs, category_file;
    std::vector<std::string> modes;
    double lat = 0, lon = 0;
    std::string space_name;
    double near_minutes = 30, far_minutes = 120;
    std::string decay = "exp";
    double half_life = 15, boost = 0.5, orientations_full = 10;
    std::string period = "ce trimestre";
    double snap_radius = 300;
};

RankOptions rank_options(const RankArgs& args) {
    RankOptions options;
    options.modes = args.modes;
    options.space = {args.lat, args.lon};
    options.space_name = args.space_name;
    options.near_minutes = args.near_minutes;
    options.far_minutes = args.far_minutes;
    options.decay = parse_decay(args.decay);
    options.half_life_minutes = args.half_life;
    options.orientation_boost = args.boost;
    options.orientations_full = args.orientations_full;
    options.period = args.period;
    options.snap.radius_metres = args.snap_radius;
    return options;
}

Ranking rank(PyRegion& region, const RankArgs& args, const py::object& progress) {
    const RankOptions options = rank_options(args);
    const Progress report = python_progress(progress);
    py::gil_scoped_release release;
    PartnerReadOptions reading;
    reading.layer = args.layer;
    reading.srs = args.srs;
    if (!args.category_file.empty()) reading.categories = CategoryTable::load(args.category_file);
    PartnerTable table = read_partners(args.partners, reading);
    return rank_partners(region.snappers(), std::move(table), options, report);
}

std::string csv(const Ranking& ranking, const std::string& dialect) {
    std::ostringstream out;
    write_ranking_csv(ranking, out, parse_csv_dialect(dialect));
    return out.str();
}

std::vector<std::string> write(const Ranking& ranking, const std::string& path, const std::string& dialect, bool overwrite) {
    RankWriteOptions options;
    options.csv_dialect = parse_csv_dialect(dialect);
    options.overwrite = overwrite;
    py::gil_scoped_release release;
    return write_ranking(ranking, path, options);
}

py::dict counts(const Ranking& ranking) {
    py::dict result;
    for (const PartnerList list : {PartnerList::prospect, PartnerList::outreach, PartnerList::beyond, PartnerList::unranked}) {
        result[py::str(std::string(list_code(list)))] = ranking.count(list);
    }
    return result;
}

} // namespace

void init_partners(py::module_& m) {
    py::class_<Ranking>(m, "Ranking", "Partner structures ranked by rank_partners().")
        .def("csv", &csv, py::arg("dialect") = "comma")
        .def("geojson", [](const Ranking& r) { return ranking_geojson(r); })
        .def("summary", [](const Ranking& r) { return ranking_summary(r); })
        .def("counts", &counts)
        .def("write", &write, py::arg("path"), py::arg("csv_dialect") = "excel-fr", py::arg("overwrite") = false);
    m.def(
        "rank",
        [](PyRegion& region, const std::string& partners, double lat, double lon, const std::vector<std::string>& modes,
           const std::string& space_name, double near_minutes, double far_minutes, const std::string& decay, double half_life,
           double boost, double orientations_full, const std::string& period, const std::string& layer, const std::string& srs,
           const std::string& category_file, double snap_radius, const py::object& progress) {
            const RankArgs args{partners, layer, srs, category_file, modes, lat, lon, space_name, near_minutes, far_minutes,
                                decay, half_life, boost, orientations_full, period, snap_radius};
            return rank(region, args, progress);
        },
        py::arg("region"), py::arg("partners"), py::arg("lat"), py::arg("lon"), py::arg("modes"), py::arg("space_name") = "",
        py::arg("near") = 30.0, py::arg("far") = 120.0, py::arg("decay") = "exp", py::arg("half_life") = 15.0, py::arg("boost") = 0.5,
        py::arg("orientations_full") = 10.0, py::arg("period") = "ce trimestre", py::arg("layer") = "", py::arg("srs") = "",
        py::arg("category_file") = "", py::arg("snap_radius") = 300.0, py::arg("progress") = py::none());
}

} // namespace alentour::python
