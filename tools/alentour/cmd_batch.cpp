#include "commands.hpp"

#include <alentour/batch.hpp>
#include <alentour/error.hpp>
#include <alentour/partners.hpp>

#include <cstdio>
#include <memory>

namespace alentour::cli {
namespace {

struct BatchArgs {
    NetworkSource network;
    std::string places;
    std::string layer;
    std::string srs;
    std::vector<std::string> modes;
    std::vector<double> minutes = {10, 20, 30};
    bool reverse = false;
    double reach = -1;
    double simplify = 0;
    double min_area = 10000;
    double snap_radius = 300.0;
    unsigned threads = 0;
    std::string output;
    bool overwrite = false;
};

void run_batch_command(const BatchArgs& args, const GlobalOptions& global) {
    BatchOptions options;
    if (!args.modes.empty()) options.modes = args.modes;
    options.minutes = args.minutes;
    options.direction = args.reverse ? Direction::reverse : Direction::forward;
    options.reach_metres = args.reach;
    options.simplify_metres = args.simplify;
    options.min_area_m2 = args.min_area;
    options.snap.radius_metres = args.snap_radius;
    options.threads = args.threads;
    auto inputs = args.network.inputs();
    inputs.push_back(args.places);
    check_outputs({args.output}, inputs);
    PartnerReadOptions reading;
    reading.layer = args.layer;
    reading.srs = args.srs;
    const auto places = batch_places(read_partners(args.places, reading));
    const Region region = args.network.load_modes(options.modes, global);
    const BatchReport report = run_batch(region, places, args.output, options, args.overwrite, progress_bar(global));
    finish_progress(global);
    if (global.quiet) return;
    std::fprintf(stderr, "%zu places × %zu modes: %zu computed, %zu already in %s, %zu not placed (layer not_placed)\n", report.places,
                 options.modes.size(), report.computed, report.skipped, args.output.c_str(), report.not_placed);
}

} // namespace

void add_batch_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<BatchArgs>();
    auto* command = app.add_subcommand("batch", "catchments of many places (a list of places × modes × bands) into one GeoPackage, resumable");
    args->network.add_to(*command);
    command->add_option("--places", args->places, "the places: CSV, XLSX, GeoJSON, GeoPackage, the national JSON lists…")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--layer", args->layer, "layer or sheet of the places file");
    command->add_option("--srs", args->srs, "coordinate system of the file's coordinates when it does not say (EPSG:2154…)");
    command->add_option("--mode", args->modes, "walk, bike, car… (repeat; default walk)");
    command->add_option("--minutes", args->minutes, "band limits, comma-separated, increasing (default 10,20,30)")->delimiter(',');
    command->add_flag("--reverse", args->reverse, "who can reach each place, rather than where one gets from it");
    command->add_option("--reach", args->reach, "metres one may step off the network (default: walk 50, bike and car 25)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--simplify", args->simplify, "generalise the outlines by this many metres")->check(CLI::NonNegativeNumber);
    command->add_option("--min-area", args->min_area, "fill holes smaller than this many m² (default 10000)")->check(CLI::NonNegativeNumber);
    command->add_option("--snap-radius", args->snap_radius, "metres a place may lie from the nearest usable way")->check(CLI::PositiveNumber);
    command->add_option("--threads", args->threads, "threads to compute on (default: one per core)");
    command->add_option("-o,--output", args->output, "OUT.gpkg: layers catchments and not_placed; a rerun resumes it")->required();
    command->add_flag("--overwrite", args->overwrite, "start the output afresh instead of resuming it");
    command->callback([args, &global] { run_batch_command(*args, global); });
}

} // namespace alentour::cli
