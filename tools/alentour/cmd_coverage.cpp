#include "commands.hpp"

#include <alentour/coverage.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>
#include <alentour/population.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace alentour::cli {
namespace {

struct CoverageArgs {
    NetworkSource network;
    std::string mode = "walk";
    std::vector<std::string> spaces;
    std::vector<std::string> space_names;
    std::string spaces_file;
    std::vector<double> minutes = {15, 30, 45};
    std::string population;
    std::string population_field;
    bool forward = false;
    std::string allocate;
    std::string candidates;
    std::size_t new_stops = 0;
    double snap_radius = 300.0;
    std::string output;
    std::string table;
    bool overwrite = false;
};

std::vector<NamedPoint> spaces_of(const CoverageArgs& args) {
    if (!args.spaces_file.empty()) return read_places(args.spaces_file);
    if (args.space_names.size() > args.spaces.size()) throw InputError("more --space-name than --space", {"", 0, "--space-name"});
    std::vector<NamedPoint> spaces = parse_points(args.spaces, "--space");
    for (std::size_t i = 0; i < args.space_names.size(); ++i) spaces[i].id = args.space_names[i];
    return spaces;
}

// The table beside the map: zones.gpkg → zones.csv, unless --table says otherwise.
std::string table_path(const CoverageArgs& args) {
    if (!args.table.empty()) return args.table;
    return std::filesystem::path(args.output).replace_extension(".csv").string();
}

std::string allocation_csv(const Coverage& coverage) {
    std::string csv = "partner,space,minutes\n";
    char minutes[32];
    for (const auto& a : coverage.partners) {
        std::snprintf(minutes, sizeof minutes, "%.1f", a.minutes);
        csv += "\"" + a.id + "\",\"" + a.space + "\"," + (a.space.empty() ? "" : minutes) + "\n";
    }
    return csv;
}

void print_summary(const Coverage& coverage) {
    double served = 0;
    for (const auto& zone : coverage.zones) served += zone.population;
    std::fprintf(stderr, "%zu spaces, %.0f of %.0f people within %g min (%.1f %%), %zu populated gaps\n", coverage.spaces.size(), served,
                 coverage.region_population, coverage.zones.empty() ? 0.0 : coverage.zones.back().minutes,
                 coverage.region_population > 0 ? 100 * served / coverage.region_population : 0.0, coverage.gaps.size());
    for (const auto& stop : coverage.stops) std::fprintf(stderr, "new stop %s: +%.0f people\n", stop.id.c_str(), stop.added_population);
    if (!coverage.stops.empty()) std::fputs("(greedy choice: at least 1 - 1/e = 63 % of the best possible for as many stops)\n", stderr);
}

void run_coverage(const CoverageArgs& args, const GlobalOptions& global) {
    CoverageOptions options;
    options.mode = args.mode;
    options.minutes = args.minutes;
    options.direction = args.forward ? Direction::forward : Direction::reverse;
    options.snap.radius_metres = args.snap_radius;
    options.spaces = spaces_of(args);
    if (!args.allocate.empty()) options.partners = read_places(args.allocate);
    if (!args.candidates.empty()) options.candidates = read_places(args.candidates);
    options.new_stops = args.new_stops;
    options.candidates_from_population = args.candidates.empty();
    const std::string table = table_path(args);
    auto inputs = args.network.inputs();
    inputs.insert(inputs.end(), {args.spaces_file, args.population, args.allocate, args.candidates});
    check_outputs({args.output, table}, inputs);
    {
        // Refused now, before any work, rather than after the search: an existing output.
        const OutputFile check_map(args.output, args.overwrite), check_table(table, args.overwrite);
    }
    PopulationReadOptions read;
    read.field = args.population_field;
    const PopulationLayer population = read_population(args.population, read);
    const Region region = args.network.load(args.mode, global);
    const Coverage coverage = compute_coverage(region, population, options, progress_bar(global));
    finish_progress(global);
    write_coverage(coverage, args.output, args.overwrite);
    write_file(table, args.overwrite, coverage_table_csv(coverage));
    if (!args.allocate.empty()) {
        write_file(std::filesystem::path(args.output).replace_extension("").string() + "_partenaires.csv", args.overwrite, allocation_csv(coverage));
    }
    if (!global.quiet) print_summary(coverage);
}

} // namespace

void add_coverage_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<CoverageArgs>();
    auto* command = app.add_subcommand("coverage", "several spaces: who each one serves per band, the gaps, new itinerant stops");
    args->network.add_to(*command);
    command->add_option("--mode", args->mode, "walk, bike, car or a profile of your own");
    auto* space = command->add_option("--space", args->spaces, "a space LAT,LON (repeat for several)");
    command->add_option("--space-name", args->space_names, "the name of each --space, in order");
    auto* file = command->add_option("--spaces", args->spaces_file, "a file of spaces (CSV, spreadsheet, GeoJSON…)")->check(CLI::ExistingFile);
    space->excludes(file);
    command->add_option("--minutes", args->minutes, "band limits, comma-separated, increasing (default 15,30,45)")->delimiter(',');
    command->add_option("--population", args->population, "population layer: raster, points or polygons with a count, Filosofi grid")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--population-field", args->population_field, "the count column (default: recognised by name)");
    command->add_flag("--forward", args->forward, "time from the space to each place (default: from each place to the space)");
    command->add_option("--allocate", args->allocate, "partner structures to allocate to their nearest space")->check(CLI::ExistingFile);
    command->add_option("--candidates", args->candidates, "places where an itinerant workshop could stop (default: the populated places themselves)")->check(CLI::ExistingFile);
    command->add_option("--new-stops", args->new_stops, "how many new stops to choose among the candidates");
    command->add_option("--snap-radius", args->snap_radius, "metres a place may lie from the nearest usable way")->check(CLI::PositiveNumber);
    command->add_option("-o,--output", args->output, "OUT.gpkg or OUT.geojson: zones per space and band, and the gaps")->required();
    command->add_option("--table", args->table, "the table per space and band (default: the output's name with .csv)");
    command->add_flag("--overwrite", args->overwrite, "replace the outputs if they exist");
    command->callback([args, &global] { run_coverage(*args, global); });
}

} // namespace alentour::cli
