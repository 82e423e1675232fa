#include "commands.hpp"

#include <alentour/geocode.hpp>

#include <cstdio>
#include <memory>

namespace alentour::cli {
namespace {

struct GeocodeIndexArgs {
    std::vector<std::string> inputs;
    std::string output;
    bool overwrite = false;
};

void run_geocode_index(const GeocodeIndexArgs& args, const GlobalOptions& global) {
    check_outputs({args.output}, args.inputs);
    const GeocodeIndexStats stats = build_geocode_index(args.inputs, args.output, args.overwrite, progress_bar(global));
    finish_progress(global);
    if (global.quiet) return;
    std::fprintf(stderr, "indexed %llu addresses on %llu streets in %llu communes from %llu rows", static_cast<unsigned long long>(stats.addresses),
                 static_cast<unsigned long long>(stats.streets), static_cast<unsigned long long>(stats.communes),
                 static_cast<unsigned long long>(stats.rows));
    if (stats.rows_skipped > 0) std::fprintf(stderr, " (%llu without a position, skipped)", static_cast<unsigned long long>(stats.rows_skipped));
    std::fprintf(stderr, " in %.2f s -> %s\n", stats.seconds, args.output.c_str());
}

} // namespace

void add_geocode_index_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<GeocodeIndexArgs>();
    auto* command = app.add_subcommand("geocode-index", "index Base Adresse Nationale files (adresses-94.csv.gz) for offline geocoding");
    command->add_option("input", args->inputs, "BAN CSV files, gzipped or not (one per département)")->required()->check(CLI::ExistingFile);
    command->add_option("-o,--output", args->output, "the index file to write (adresses-94.alentour-ban)")->required();
    command->add_flag("--overwrite", args->overwrite, "replace the output if it exists");
    command->callback([args, &global] { run_geocode_index(*args, global); });
}

} // namespace alentour::cli
