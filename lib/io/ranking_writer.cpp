// Writing a ranking: a CSV for spreadsheets, GeoJSON for web maps, and any other GDAL
// vector format with the same attributes, chosen by the extension. Every file goes
// through an OutputFile: written beside the target, renamed when complete.

#include "io/ranking_formats.hpp"

#include "core/gdal.hpp"
#include "core/paths.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>
#include <alentour/partners_rank.hpp>

namespace alentour {
namespace {

enum class Kind { csv, geojson, gdal };

Kind kind_of(const std::string& path) {
    const std::string extension = detail::lower_extension(path);
    if (extension == ".csv") return Kind::csv;
    if (extension == ".geojson" || extension == ".json") return Kind::geojson;
    return Kind::gdal;
}

} // namespace

void check_ranking_output(const std::string& path, const RankWriteOptions& options) {
    if (path.empty()) throw InputError("give an output file", {"", 0, "-o"});
    if (kind_of(path) == Kind::gdal) detail::vector_driver_for(path, "");
    const OutputFile check(path, options.overwrite);  // an existing file, a missing folder
}

std::vector<std::string> write_ranking(const Ranking& ranking, const std::string& path, const RankWriteOptions& options) {
    switch (kind_of(path)) {
    case Kind::csv:
        write_file(path, options.overwrite, [&](std::ostream& out) { write_ranking_csv(ranking, out, options.csv_dialect); });
        return {};
    case Kind::geojson:
        write_file(path, options.overwrite, [&](std::ostream& out) { detail::write_ranking_geojson(ranking, out); });
        return {};
    case Kind::gdal: return detail::write_ranking_gdal(ranking, path, options.overwrite);
    }
    return {};
}

} // namespace alentour
