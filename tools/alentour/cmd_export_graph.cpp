#include "commands.hpp"

#include <alentour/graph_export.hpp>

#include <memory>

namespace alentour::cli {
namespace {

struct ExportArgs {
    NetworkSource network;
    std::string mode = "walk";
    std::string output;
    std::string format;
    bool overwrite = false;
};

} // namespace

void add_export_graph_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<ExportArgs>();
    auto* command = app.add_subcommand("export-graph", "write every directed edge with its travel time (GeoPackage, GeoJSON…)");
    args->network.add_to(*command);
    command->add_option("--mode", args->mode, "walk, bike, car or a profile of your own");
    command->add_option("-o,--output", args->output, "EDGES.gpkg, .geojson, .fgb, .shp…")->required();
    command->add_option("--format", args->format, "GDAL driver name, when the extension does not tell");
    command->add_flag("--overwrite", args->overwrite, "replace the output if it exists");
    command->callback([args, &global] {
        check_outputs({args->output}, args->network.inputs());
        const Region region = args->network.load(args->mode, global);
        export_graph(region.graph(args->mode), args->output, {args->format, args->overwrite}, progress_bar(global));
        finish_progress(global);
    });
}

} // namespace alentour::cli
