#include "commands.hpp"
#include "transit_args.hpp"

#include <alentour/map.hpp>
#include <alentour/places.hpp>

#include <cstdio>
#include <memory>

namespace alentour::cli {
namespace {

struct MapArgs {
    NetworkSource network;
    std::string space;
    MapOptions options;
    std::string output;
    std::string paper = "A3";
    std::string orientation = "landscape";
    std::string direction = "to";
    std::string places;  // categories, comma-separated; empty with the flag alone: all
    CLI::Option* places_option = nullptr;
    std::string geocode_index;
    TransitArgs transit;
};

} // namespace

void add_map_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<MapArgs>();
    auto* command = app.add_subcommand("map", "the whole job: catchments, ranked partners, poster, web page and uMap file in one folder");
    args->network.add_to(*command);
    command->add_option("--space", args->space, "the mediation space, LAT,LON")->required();
    command->add_option("--space-name", args->options.space_name, "its name, as printed on the maps")->required();
    command->add_option("--partners", args->options.partners_file, "the partner list (CSV, XLSX, ODS, GeoJSON, GeoPackage…)")
        ->check(CLI::ExistingFile);
    command->add_option("--layer", args->options.partner_reading.layer, "the layer or sheet of the partner file");
    command->add_option("--srs", args->options.partner_reading.srs, "coordinate system of the partner file (EPSG:2154…)");
    add_geocode_options(*command, "--geocode", args->geocode_index, args->options.partner_reading.geocoding.min_score, false);
    command->add_option("--mode", args->options.modes, "walk, bike, car, transit (repeat: the first one ranks)");
    command->add_option("--minutes", args->options.minutes, "band limits, comma-separated")->delimiter(',');
    command->add_option("--direction", args->direction,
                        "to: the bands hold where people reach the space from, as the ranking times them; from: where one goes from it")
        ->check(CLI::IsMember({"to", "from"}))
        ->capture_default_str();
    command->add_option("--population", args->options.population_file, "population layer: the legend gives the people of each band")
        ->check(CLI::ExistingFile);
    command->add_option("--population-field", args->options.population_reading.field, "the count column of --population");
    args->places_option = command->add_option("--places", args->places,
                                              "draw the flyer places within the largest band (optionally only these categories: "
                                              "pharmacie,mairie…) and write lieux.csv")
                              ->expected(0, 1);
    command->add_option("--title", args->options.title, "the title of the poster and the web page");
    command->add_option("--paper", args->paper, "poster size: A4, A3 or A2")->capture_default_str();
    command->add_option("--orientation", args->orientation, "poster orientation: portrait or landscape")->capture_default_str();
    command->add_option("-o,--output", args->output, "the folder to write")->required();
    command->add_flag("--overwrite", args->options.overwrite, "replace the folder if it exists");
    args->transit.add_to(*command, TransitArgs::Command::catchment);
    command->callback([args, &global] {
        args->options.space = parse_lat_lon(args->space, "--space");
        args->options.direction = args->direction == "to" ? Direction::reverse : Direction::forward;
        args->options.poster.paper = parse_paper(args->paper);
        args->options.poster.orientation = parse_orientation(args->orientation);
        args->options.places = args->places_option->count() > 0;
        if (args->options.places && !args->places.empty()) args->options.place_categories = parse_place_categories(args->places, "--places");
        use_geocoder(args->geocode_index, args->options.partner_reading);
        if (has_transit(args->options.modes)) args->options.transit = args->transit.options(args->options.direction == Direction::reverse);
        const Region region = args->network.load_modes(network_modes(args->options.modes), global);
        const MapFiles files = make_map(region, args->options, args->output, progress_bar(global));
        finish_progress(global);
        std::printf("%s\n", files.folder.c_str());
        if (global.quiet) return;
        for (const auto& f : files.files) std::fprintf(stderr, "  %s\n", f.c_str());
        std::fprintf(stderr, "%s\n", files.summary.c_str());
    });
}

} // namespace alentour::cli
