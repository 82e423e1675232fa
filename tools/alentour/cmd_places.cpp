#include "commands.hpp"

#include <alentour/error.hpp>
#include <alentour/places_reach.hpp>
#include <alentour/points.hpp>

#include <cstdio>
#include <map>
#include <memory>

namespace alentour::cli {
namespace {

struct PlacesArgs {
    std::string region;
    std::vector<std::string> at;
    std::string space_file;
    PlacesOptions options;
    std::string direction = "to";
    std::string categories;
    std::vector<std::string> outputs;
    std::string csv_dialect = "excel-fr";
    bool overwrite = false;
};

// The positional REGION is a cache, or an extract built in memory for the one mode.
Region load_region_for(const std::string& path, const std::string& mode, const GlobalOptions& global) {
    NetworkSource source;
    const std::string extension = path.substr(path.find_last_of('.') == std::string::npos ? path.size() : path.find_last_of('.'));
    (extension == ".pbf" || extension == ".osm" || extension == ".opl" ? source.osm : source.graph) = path;
    return source.load(mode, global);
}

void print_summary(const PlacesInReach& found, const std::vector<std::string>& outputs) {
    std::map<std::string, int> per_category;
    for (const auto& p : found.places) ++per_category[p.place.category];
    std::fprintf(stderr, "%zu places within %g min (%s)", found.places.size(), found.options.minutes, found.options.mode.c_str());
    std::string sep = ": ";
    for (const auto& c : place_categories()) {
        if (per_category.count(c.id)) std::fprintf(stderr, "%s%d %s", sep.c_str(), per_category[c.id], c.id.c_str()), sep = ", ";
    }
    std::fputc('\n', stderr);
    if (found.not_placed) std::fprintf(stderr, "%zu places of these categories lie too far from any way to be timed\n", found.not_placed);
    for (const auto& o : outputs) std::fprintf(stderr, "wrote %s\n", o.c_str());
}

void run_places(PlacesArgs& args, const GlobalOptions& global) {
    // Every option is checked before the region is read.
    check_outputs(args.outputs, {args.region, args.space_file});
    PlacesOptions options = args.options;
    options.categories = parse_place_categories(args.categories);
    options.direction = args.direction == "to" ? Direction::reverse : Direction::forward;
    options.spaces = args.space_file.empty() ? parse_points(args.at, "--at") : read_points(args.space_file);
    // The `espace` column names the space: "espace", or "espace 2" among several --at.
    if (args.space_file.empty()) {
        for (auto& s : options.spaces) s.id = options.spaces.size() == 1 ? "espace" : "espace " + s.id;
    }
    if (options.spaces.empty()) throw InputError("give the space with --at LAT,LON or --space FILE");
    if (args.outputs.empty()) throw InputError("give at least one output with -o PLACES.csv (or .geojson, .gpkg…)");
    const PlacesWriteOptions writing{args.csv_dialect == "excel-fr", args.overwrite};
    for (const auto& output : args.outputs) check_places_output(output, writing);

    const Region region = load_region_for(args.region, options.mode, global);
    const PlacesInReach found = places_in_reach(region, options, progress_bar(global));
    finish_progress(global);
    for (const auto& output : args.outputs) write_places(found, output, writing);
    if (!global.quiet) print_summary(found, args.outputs);
}

} // namespace

void add_places_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<PlacesArgs>();
    auto* command = app.add_subcommand("places", "flyer places (pharmacies, mairies, libraries…) within a travel time, ranked by it");
    command->add_option("region", args->region, "REGION.alentour made by 'alentour build' (or an OSM extract, built in memory)")
        ->required()
        ->check(CLI::ExistingFile);
    auto* at = command->add_option("--at", args->at, "the space, LAT,LON (repeat for several: the nearest counts)");
    command->add_option("--space", args->space_file, "a points file of the spaces (CSV with id, lat, lon…)")->check(CLI::ExistingFile)->excludes(at);
    command->add_option("--minutes", args->options.minutes, "travel time limit")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--mode", args->options.mode, "walk, bike, car or a profile of the region")->capture_default_str();
    command->add_option("--direction", args->direction, "to: the time to come from the place to the space; from: to go out to it")
        ->check(CLI::IsMember({"to", "from"}))
        ->capture_default_str();
    command->add_option("--category", args->categories, "comma-separated: pharmacie,medecin,mairie,bibliotheque,poste,"
                                                        "services_sociaux,centre_social,association,college_lycee,supermarche (default: all)");
    command->add_option("--snap-radius", args->options.snap.radius_metres, "metres a place may lie from the nearest usable way")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("-o,--output", args->outputs, "PLACES.csv, .geojson, .gpkg, .shp… (repeat for several)");
    command->add_option("--csv-dialect", args->csv_dialect, "excel-fr (UTF-8 with BOM, ';', decimal comma) or comma")
        ->check(CLI::IsMember({"excel-fr", "comma"}))
        ->capture_default_str();
    command->add_flag("--overwrite", args->overwrite, "replace the outputs if they exist");
    command->callback([args, &global] { run_places(*args, global); });
}

} // namespace alentour::cli
