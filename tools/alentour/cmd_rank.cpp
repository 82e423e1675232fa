#include "commands.hpp"
#include "transit_args.hpp"

#include <alentour/error.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/transit.hpp>

#include <iostream>
#include <memory>

namespace alentour::cli {
namespace {

// Options bound straight into the library's structs; only what needs parsing is kept as text.
struct RankArgs {
    NetworkSource network;
    RankOptions options;
    PartnerReadOptions reading;
    RankWriteOptions writing;
    std::string space;
    std::string partners;
    std::vector<std::string> modes;
    std::string decay = "exp";
    std::string category_file;
    std::string geocode_index;
    bool print_categories = false;
    std::vector<std::string> outputs;
    std::string csv_dialect = "excel-fr";
    TransitArgs transit;
};

// By transit the structures are placed on the walk network and timed by an arrive-by
// search of the timetable from the space.
Ranking rank_with_transit(const RankArgs& args, const Region& region, PartnerTable table, const RankOptions& options,
                          const GlobalOptions& global) {
    TransitJobOptions transit = args.transit.options(true);
    transit.search.snap = options.snap;
    RegionSnappers snappers(region);
    const Graph& walk = region.graph("walk");
    const LinkedFeed linked = region_timetable(region, snappers.get("walk"), transit.feed, transit.links);
    print_remarks(linked.feed.remarks, global.quiet);
    print_remarks(linked.links.remarks, global.quiet);
    const RankSearches searches{{"transit", transit_rank_search(walk, linked, transit.search)}};
    return rank_partners(snappers, std::move(table), options, searches, progress_bar(global));
}

void run_rank(const RankArgs& args, const GlobalOptions& global) {
    const CategoryTable categories = args.category_file.empty() ? CategoryTable() : CategoryTable::load(args.category_file);
    if (args.print_categories) {
        std::cout << categories.to_json() << '\n';
        return;
    }
    if (args.partners.empty()) throw InputError("give the partner list with --partners FILE");
    if (args.space.empty()) throw InputError("give the position of the space with --space LAT,LON");
    if (args.outputs.empty()) throw InputError("give at least one output with -o RANKED.csv (or .geojson, .gpkg…)");

    RankOptions options = args.options;
    options.space = parse_lat_lon(args.space, "--space");
    if (!args.modes.empty()) options.modes = args.modes;
    options.decay = parse_decay(args.decay);
    RankWriteOptions write_options = args.writing;
    write_options.csv_dialect = parse_csv_dialect(args.csv_dialect);
    // Refuse a bad output before the long work, not after it.
    auto inputs = args.network.inputs();
    inputs.insert(inputs.end(), {args.partners, args.category_file});
    check_outputs(args.outputs, inputs);
    for (const auto& output : args.outputs) check_ranking_output(output, write_options);

    PartnerReadOptions read_options = args.reading;
    read_options.categories = categories;
    use_geocoder(args.geocode_index, read_options);
    PartnerTable table = read_partners(args.partners, read_options);
    const Region region = args.network.load_modes(network_modes(options.modes), global);
    const Ranking ranking = has_transit(options.modes) ? rank_with_transit(args, region, std::move(table), options, global)
                                                       : rank_partners(region, std::move(table), options, progress_bar(global));
    finish_progress(global);
    std::vector<std::string> warnings;
    for (const auto& output : args.outputs) {
        for (auto& w : write_ranking(ranking, output, write_options)) warnings.push_back(std::move(w));
    }
    for (const auto& w : warnings) std::cerr << "alentour: warning: " << w << '\n';
    if (!global.quiet) {
        std::cerr << ranking_summary(ranking);
        std::string written;
        for (const auto& output : args.outputs) written += (written.empty() ? "" : ", ") + output;
        std::cerr << "wrote " << written << '\n';
    }
}

} // namespace

void add_rank_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<RankArgs>();
    auto* command = app.add_subcommand("rank", "rank partner structures by travel time to the space: prospect, outreach, and why");
    args->network.add_to(*command);
    command->add_option("--space", args->space, "position of the mediation space, LAT,LON");
    command->add_option("--space-name", args->options.space_name, "its name (a structure of that name at that place is the space itself)");
    command->add_option("--partners", args->partners, "partner list: CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, national JSON lists")
        ->check(CLI::ExistingPath);
    command->add_option("--layer", args->reading.layer, "layer or sheet of the partner file (default: the first holding rows)");
    command->add_option("--srs", args->reading.srs, "coordinate system of the file's coordinates when it does not say (EPSG:2154…)");
    add_geocode_options(*command, "--geocode", args->geocode_index, args->reading.geocoding.min_score, false);
    command->add_option("--mode", args->modes, "walk, bike, car, transit… (repeat; the first one ranks, default walk)");
    command->add_option("--near", args->options.near_minutes, "minutes: up to here a structure is one to prospect")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--far", args->options.far_minutes, "minutes: up to here an itinerant workshop makes sense")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--decay", args->decay, "how time lowers the score: step (at --near), linear (to 0 at --far), exp")
        ->check(CLI::IsMember({"step", "linear", "exp", "exponential"}))
        ->capture_default_str();
    command->add_option("--half-life", args->options.half_life_minutes, "minutes after which the exp decay halves the score")->check(CLI::PositiveNumber)->capture_default_str();
    command->add_option("--boost", args->options.orientation_boost, "extra score for a structure sending nobody today (0.5 = +50 %)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command->add_option("--orientations-full", args->options.orientations_full, "orientations from which there is no boost")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("--period", args->options.period, "what the orientations column counts, for the reasons (default \"ce trimestre\")");
    command->add_option("--category-weights", args->category_file,
                        "JSON: {\"ccas\": 1.5} sets weights; the full table (see --print-categories) overrides the mapping")
        ->check(CLI::ExistingFile);
    command->add_flag("--print-categories", args->print_categories, "print the category table as JSON and stop");
    command->add_option("--snap-radius", args->options.snap.radius_metres, "metres a structure may lie from the nearest usable way")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("-o,--output", args->outputs, "RANKED.csv, .geojson, .gpkg, .shp… (repeat for several)");
    command->add_option("--csv-dialect", args->csv_dialect, "excel-fr (UTF-8 with BOM, ';', decimal comma) or comma")
        ->check(CLI::IsMember({"excel-fr", "comma"}))
        ->capture_default_str();
    command->add_flag("--overwrite", args->writing.overwrite, "replace the outputs if they exist");
    args->transit.add_to(*command, TransitArgs::Command::rank);
    command->callback([args, &global] { run_rank(*args, global); });
}

} // namespace alentour::cli
