#include "commands.hpp"

#include <alentour/geocode_table.hpp>

#include <cstdio>
#include <memory>

namespace alentour::cli {
namespace {

struct GeocodeArgs {
    std::string input;
    std::string output;
    std::string index;
    GeocodeTableOptions options;
    std::string csv_dialect = "excel-fr";
};

void run_geocode(GeocodeArgs& args, const GlobalOptions& global) {
    check_outputs({args.output}, {args.input, args.index});
    args.options.csv_dialect = parse_csv_dialect(args.csv_dialect);
    use_geocoder(args.index, args.options.reading);
    const GeocodeTableSummary summary = geocode_table(args.input, args.output, args.options);
    if (!global.quiet) std::fprintf(stderr, "%s -> %s\n", summary.text().c_str(), args.output.c_str());
}

} // namespace

void add_geocode_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<GeocodeArgs>();
    auto* command = app.add_subcommand("geocode", "place the rows of a partner list that have an address and no position (offline, BAN)");
    command->add_option("input", args->input, "partner list: CSV, XLSX, ODS, GeoJSON, national JSON lists…")->required()->check(CLI::ExistingPath);
    command->add_option("-o,--output", args->output, "the CSV to write: the file's columns, lat, lon, geocode_score, geocode_label, geocode_status")
        ->required();
    add_geocode_options(*command, "--index", args->index, args->options.reading.geocoding.min_score, true);
    command->add_option("--layer", args->options.reading.layer, "layer or sheet of the file (default: the first holding rows)");
    command->add_option("--srs", args->options.reading.srs, "coordinate system of the file's coordinates when it does not say (EPSG:2154…)");
    command->add_option("--csv-dialect", args->csv_dialect, "excel-fr (UTF-8 with BOM, ';', decimal comma) or comma")
        ->check(CLI::IsMember({"excel-fr", "comma"}))
        ->capture_default_str();
    command->add_flag("--overwrite", args->options.overwrite, "replace the output if it exists");
    command->callback([args, &global] { run_geocode(*args, global); });
}

} // namespace alentour::cli
