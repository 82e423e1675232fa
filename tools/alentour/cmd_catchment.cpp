#include "commands.hpp"
#include "transit_args.hpp"

#include <alentour/catchment.hpp>
#include <alentour/error.hpp>
#include <alentour/population.hpp>

#include <cstdio>
#include <memory>
#include <optional>

namespace alentour::cli {
namespace {

struct CatchmentArgs {
    NetworkSource network;
    std::string mode = "walk";
    std::vector<std::string> from;
    std::vector<double> minutes;
    bool reverse = false;
    std::string bands = "nested";
    double reach = -1;
    double simplify = 0;
    double min_area = 10000;
    bool per_origin = false;
    double snap_radius = 300.0;
    std::string output;
    std::string format;
    bool overwrite = false;
    TransitArgs transit;
    std::string population;
    std::string population_field;
};

Catchment transit_bands(const CatchmentArgs& args, const Region& region, const CatchmentOptions& options,
                        const std::vector<NamedPoint>& origins, const GlobalOptions& global) {
    TransitJobOptions transit = args.transit.options(args.reverse);
    transit.search.snap = options.snap;
    ReasonCounts remarks;
    const Snapper snapper(region.graph("walk"), "walk");
    const LinkedFeed timetable = region_timetable(region, snapper, transit.feed, transit.links);
    Catchment catchment = transit_catchment(region.graph("walk"), snapper, timetable, origins, options, transit.search, &remarks, progress_bar(global));
    finish_progress(global);
    print_remarks(remarks, global.quiet);
    return catchment;
}

// Read before the network, so that a bad layer fails at once.
std::optional<PopulationLayer> population_layer(const CatchmentArgs& args, const GlobalOptions& global) {
    if (args.population.empty()) return std::nullopt;
    PopulationReadOptions options;
    options.field = args.population_field;
    PopulationLayer layer = read_population(args.population, options);
    if (!global.quiet) std::fprintf(stderr, "population: %s\n", describe(layer).c_str());
    return layer;
}

void count_people(Catchment& catchment, const PopulationLayer& layer, const BoundingBox& region, const GlobalOptions& global) {
    const PopulationOverlap overlap = population_overlap(layer, region);
    if (!global.quiet && overlap.share_outside > 0) {
        std::fprintf(stderr, "population: %.1f %% of the layer lies outside the region, not counted\n", overlap.share_outside * 100);
    }
    add_population(catchment, layer, region);
}

void run_catchment(const CatchmentArgs& args, const GlobalOptions& global) {
    CatchmentOptions options;
    options.mode = args.mode;
    options.minutes = args.minutes;
    options.bands = args.bands == "rings" ? BandStyle::rings : BandStyle::nested;
    options.direction = args.reverse ? Direction::reverse : Direction::forward;
    options.reach_metres = args.reach;
    options.simplify_metres = args.simplify;
    options.min_area_m2 = args.min_area;
    options.per_origin = args.per_origin;
    options.snap.radius_metres = args.snap_radius;
    auto inputs = args.network.inputs();
    inputs.insert(inputs.end(), {args.population, args.transit.gtfs});
    check_outputs({args.output}, inputs);
    check_catchment_output(args.output, {args.format, args.overwrite});
    const auto origins = parse_points(args.from, "--from");
    const auto population = population_layer(args, global);
    const bool transit = args.mode == "transit";
    const Region region = args.network.load(transit ? "walk" : args.mode, global);
    Catchment catchment;
    if (transit) {
        catchment = transit_bands(args, region, options, origins, global);
    } else {
        catchment = compute_catchment(region.graph(args.mode), origins, options, progress_bar(global));
        finish_progress(global);
    }
    if (population) count_people(catchment, *population, region.bounds(), global);
    write_catchment(catchment, args.output, {args.format, args.overwrite});
    if (global.quiet) return;
    for (const auto& band : catchment.bands) {
        std::fprintf(stderr, "%s %s min: %.2f km²", band.origin.c_str(), std::to_string(static_cast<int>(band.minutes)).c_str(), band.area_km2);
        if (band.population) std::fprintf(stderr, ", %.0f people (%.1f %% of the region)", *band.population, *band.population_share * 100);
        std::fputc('\n', stderr);
    }
}

} // namespace

void add_catchment_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<CatchmentArgs>();
    auto* command = app.add_subcommand("catchment", "catchment polygons: where one gets in 10, 20, 30 minutes (GeoJSON, GeoPackage…)");
    args->network.add_to(*command);
    command->add_option("--mode", args->mode, "walk, bike, car, transit or a profile of your own");
    command->add_option("--from", args->from, "origin LAT,LON (repeat for several)")->required();
    command->add_option("--minutes", args->minutes, "band limits, comma-separated, increasing")->delimiter(',')->required();
    command->add_flag("--reverse", args->reverse, "who can reach the origin, rather than where one gets from it");
    command->add_option("--bands", args->bands, "nested (20 min holds 10 min) or rings (10–20 min only)")
        ->check(CLI::IsMember({"nested", "rings"}));
    command->add_option("--reach", args->reach, "metres one may step off the network (default: walk 50, bike and car 25)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--simplify", args->simplify, "generalise the outlines by this many metres (bands stay valid and nested)")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--min-area", args->min_area, "fill holes smaller than this many m² (default 10000)")
        ->check(CLI::NonNegativeNumber);
    command->add_flag("--per-origin", args->per_origin, "one set of bands per origin instead of one merged catchment");
    command->add_option("--snap-radius", args->snap_radius, "metres an origin may lie from the nearest usable way")->check(CLI::PositiveNumber);
    command->add_option("-o,--output", args->output, "OUT.geojson, .gpkg, .fgb, .kml or .shp")->required();
    command->add_option("--format", args->format, "GDAL driver name, when the extension does not tell");
    command->add_flag("--overwrite", args->overwrite, "replace the output if it exists");
    args->transit.add_to(*command, TransitArgs::Command::catchment);
    command->add_option("--population", args->population, "population layer: raster, points or polygons with a count, Filosofi grid")
        ->check(CLI::ExistingFile);
    command->add_option("--population-field", args->population_field, "the count column of --population (default: recognised by name)");
    command->callback([args, &global] { run_catchment(*args, global); });
}

} // namespace alentour::cli
