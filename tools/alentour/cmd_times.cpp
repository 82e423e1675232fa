#include "commands.hpp"
#include "transit_args.hpp"

#include <alentour/error.hpp>
#include <alentour/times.hpp>

#include <memory>
#include <sstream>

namespace alentour::cli {
namespace {

struct TimesArgs {
    NetworkSource network;
    std::string mode = "walk";
    std::vector<std::string> from, to;
    std::string to_file;
    double max_minutes = 0.0;
    bool reverse = false;
    double snap_radius = 300.0;
    std::string output;
    bool overwrite = false;
    TransitArgs transit;
};

// By transit the walk network carries the walks; the feed the rides.
void run_transit_times(const TimesArgs& args, const GlobalOptions& global, const std::vector<NamedPoint>& origins,
                       const std::vector<NamedPoint>& destinations) {
    TransitJobOptions options = args.transit.options(args.reverse);
    if (args.max_minutes > 0.0) options.search.max_minutes = args.max_minutes;
    options.search.snap.radius_metres = args.snap_radius;
    const Region region = args.network.load("walk", global);
    ReasonCounts remarks;
    const Snapper snapper(region.graph("walk"), "walk");
    const LinkedFeed timetable = region_timetable(region, snapper, options.feed, options.links);
    const auto times = transit_travel_times(region.graph("walk"), snapper, timetable, origins, destinations, options, &remarks, progress_bar(global));
    finish_progress(global);
    std::ostringstream csv;
    write_transit_times_csv(options.search.percentiles, times, options.itineraries, csv);
    write_text_output(args.output, args.overwrite, csv.str());
    print_remarks(remarks, global.quiet);
}

void run_times(const TimesArgs& args, const GlobalOptions& global) {
    auto inputs = args.network.inputs();
    inputs.insert(inputs.end(), {args.to_file, args.transit.gtfs});
    check_outputs({args.output}, inputs);
    const auto origins = parse_points(args.from, "--from");
    const auto destinations = args.to_file.empty() ? parse_points(args.to, "--to") : read_points(args.to_file);
    if (args.mode == "transit") return run_transit_times(args, global, origins, destinations);
    const Region region = args.network.load(args.mode, global);
    TimesOptions options;
    options.mode = args.mode;
    if (args.max_minutes > 0.0) options.max_minutes = args.max_minutes;
    options.direction = args.reverse ? Direction::reverse : Direction::forward;
    options.snap.radius_metres = args.snap_radius;
    const auto times = travel_times(region.graph(args.mode), origins, destinations, options, progress_bar(global));
    finish_progress(global);
    std::ostringstream csv;
    write_times_csv(times, csv);
    write_text_output(args.output, args.overwrite, csv.str());
}

} // namespace

void add_times_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<TimesArgs>();
    auto* command = app.add_subcommand("times", "travel times from points to points (CSV from_id,to_id,minutes,metres)");
    args->network.add_to(*command);
    command->add_option("--mode", args->mode, "walk, bike, car, transit or a profile of your own");
    command->add_option("--from", args->from, "origin LAT,LON (repeat for several)")->required();
    auto* to = command->add_option("--to", args->to, "destination LAT,LON (repeat for several)");
    auto* to_file = command->add_option("--to-file", args->to_file, "CSV of destinations with id, lat, lon columns")->check(CLI::ExistingFile);
    to->excludes(to_file);
    command->add_option("--max-minutes", args->max_minutes, "stop searching after this many minutes")->check(CLI::PositiveNumber);
    command->add_flag("--reverse", args->reverse, "times from each destination to the origin (one-way streets matter)");
    command->add_option("--snap-radius", args->snap_radius, "metres a point may lie from the nearest usable way")
        ->check(CLI::PositiveNumber);
    command->add_option("-o,--output", args->output, "CSV to write (default: standard output)");
    command->add_flag("--overwrite", args->overwrite, "replace the output if it exists");
    args->transit.add_to(*command, TransitArgs::Command::times);
    command->callback([args, &global] {
        if (args->to.empty() && args->to_file.empty()) throw InputError("give destinations with --to LAT,LON or --to-file POINTS.csv");
        run_times(*args, global);
    });
}

} // namespace alentour::cli
