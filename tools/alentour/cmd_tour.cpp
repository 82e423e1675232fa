#include "commands.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>
#include <alentour/tour.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace alentour::cli {
namespace {

struct TourArgs {
    std::string region;
    std::string stops;
    std::string space_file;
    std::string at;
    std::string day = "3h30";
    std::string morning = "9:00";
    std::string afternoon = "14:00";
    std::string communes;
    std::string output;
    bool overwrite = false;
    TourOptions options;
};

// A cache made by `build`, or an OSM extract built in memory for the one mode.
Region load_tour_region(const std::string& path, const std::string& mode, const GlobalOptions& global) {
    const std::string ext = std::filesystem::path(path).extension().string();
    if (ext != ".pbf" && ext != ".osm" && ext != ".opl") return load_region(path);
    BuildOptions options;
    options.profiles = select_profiles(default_profiles(), {mode});
    Region region = build_region(path, options, progress_bar(global));
    finish_progress(global);
    return region;
}

void run_tour(TourArgs& args, const GlobalOptions& global) {
    check_outputs({args.output}, {args.region, args.stops, args.space_file, args.communes});
    if (args.space_file.empty() == args.at.empty()) throw InputError("give the space once: --space FILE.json or --at LAT,LON");
    LatLon space;
    if (!args.space_file.empty()) {
        const SpaceFile file = read_space_file(args.space_file);
        space = file.position;
        if (args.options.space_name.empty() || args.options.space_name == "Espace") args.options.space_name = file.name;
    } else {
        space = parse_lat_lon(args.at, "--at");
    }
    args.options.day_minutes = parse_duration_minutes(args.day, "--day");
    check_tour_output(args.output, args.overwrite);
    const TourClock clock{parse_duration_minutes(args.morning, "--start"), parse_duration_minutes(args.afternoon, "--afternoon")};
    std::vector<TourStop> stops = read_tour_stops(args.stops);
    if (!args.communes.empty()) {
        const std::size_t matched = add_communes(stops, args.communes);
        if (!global.quiet) std::fprintf(stderr, "%zu of %zu stops matched a commune of %s\n", matched, stops.size(), args.communes.c_str());
    }
    const Region region = load_tour_region(args.region, args.options.mode, global);
    const TourResult tour = plan_tour(region, space, std::move(stops), args.options, progress_bar(global));
    finish_progress(global);
    const auto written = write_tour(tour, args.output, args.overwrite, clock, &region);
    if (global.quiet) return;
    std::fputs(tour_summary(tour).c_str(), stderr);
    for (const auto& file : written) std::fprintf(stderr, "wrote %s\n", file.c_str());
}

} // namespace

void add_tour_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<TourArgs>();
    auto* command = app.add_subcommand("tour", "the order of visits to a list of places from the space, in half-days, with the routes");
    command->add_option("region", args->region, "the region: a cache made by 'alentour build', or an OSM extract")->required()->check(CLI::ExistingFile);
    command->add_option("stops", args->stops, "the places to visit: CSV, GeoJSON… as 'rank' and 'places' write them, or a partner list")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--space", args->space_file, "the space as JSON {\"name\", \"lat\", \"lon\"}")->check(CLI::ExistingFile);
    command->add_option("--at", args->at, "the space as LAT,LON");
    command->add_option("--space-name", args->options.space_name, "its name, as the outputs say it");
    command->add_option("--mode", args->options.mode, "car or walk (any profile of the region)")->capture_default_str();
    command->add_option("--stop-minutes", args->options.stop_minutes, "minutes spent at each place")->check(CLI::NonNegativeNumber)->capture_default_str();
    command->add_option("--day", args->day, "the length of a half-day, from leaving to coming back: 3h30, 210min, 3:30")->capture_default_str();
    command->add_option("--start", args->morning, "clock time the morning half-days leave")->capture_default_str();
    command->add_option("--afternoon", args->afternoon, "clock time the afternoon half-days leave")->capture_default_str();
    command->add_option("--communes", args->communes, "CSV code_insee,nom,…,population: adds each mairie's commune and its population")
        ->check(CLI::ExistingFile);
    command->add_option("--snap-radius", args->options.snap.radius_metres, "metres a place may lie from the nearest usable way")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("-o,--output", args->output, "a folder (tournee.csv, .geojson, .gpx, .pdf) or one such file")->required();
    command->add_flag("--overwrite", args->overwrite, "replace the outputs if they exist");
    command->callback([args, &global] { run_tour(*args, global); });
}

} // namespace alentour::cli
