#include "commands.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>
#include <alentour/transit.hpp>

#include <cstdio>
#include <memory>

namespace alentour::cli {
namespace {

struct BuildArgs {
    std::string input;
    std::string output;
    std::vector<std::string> profiles = {"walk", "bike", "car"};
    std::string profile_file;
    std::vector<std::string> feeds;
    bool overwrite = false;
};

void print_summary(const Region& region, const std::string& output) {
    std::string networks;
    for (const auto& n : region.networks()) {
        networks += (networks.empty() ? "" : ", ") + n.mode + " " + std::to_string(n.graph.edge_count()) + " edges";
    }
    std::fprintf(stderr, "built %s from %llu ways (%llu highways) in %.2f s -> %s\n", networks.c_str(),
                 static_cast<unsigned long long>(region.stats().ways_read), static_cast<unsigned long long>(region.stats().highway_ways),
                 region.stats().build_seconds, output.c_str());
}

// A cache with no street at all is no use to any command: the extract is not the one meant.
void refuse_empty(const Region& region, const std::string& input) {
    for (const auto& n : region.networks()) {
        if (n.graph.edge_count() > 0) return;
    }
    throw InputError("holds no street usable by any profile (" + std::to_string(region.stats().ways_read) + " ways read, " +
                         std::to_string(region.stats().highway_ways) + " highways): is it the extract you meant?",
                     {input, 0, {}});
}

void run_build(const BuildArgs& args, const GlobalOptions& global) {
    const auto all = args.profile_file.empty() ? default_profiles() : load_profile_file(args.profile_file);
    BuildOptions options;
    options.profiles = select_profiles(all, args.profiles);
    // Refuse an existing output, or the input itself, before spending time on the build.
    check_not_an_input(args.output, {args.input, args.profile_file});
    { const OutputFile early_check(args.output, args.overwrite); }
    Region region = build_region(args.input, options, progress_bar(global));
    finish_progress(global);
    const auto feeds = args.feeds.empty() ? std::vector<TransitFeedInfo>() : add_timetable(region, args.feeds, {}, progress_bar(global));
    finish_progress(global);
    refuse_empty(region, args.input);
    save_region(region, args.output, args.overwrite);
    if (global.quiet) return;
    print_summary(region, args.output);
    for (const auto& f : feeds) {
        std::fprintf(stderr, "timetable %s: %zu stop times, service %s to %s, %u stops linked, %u not\n", f.source.c_str(), f.stop_times,
                     format_day(f.first_day).c_str(), format_day(f.last_day).c_str(), f.linked, f.unlinked);
    }
}

} // namespace

void add_build_command(CLI::App& app, const GlobalOptions& global) {
    auto args = std::make_shared<BuildArgs>();
    auto* command = app.add_subcommand("build", "build the walk, bike and car networks of an OpenStreetMap extract into a cache file");
    command->add_option("input", args->input, "REGION.osm.pbf, .osm or .opl")->required()->check(CLI::ExistingFile);
    command->add_option("-o,--output", args->output, "the cache file to write (REGION.alentour)")->required();
    command->add_option("--profiles", args->profiles, "profiles to build, comma-separated")->delimiter(',');
    command->add_option("--profile-file", args->profile_file, "JSON profiles overriding the built-in ones (see 'alentour profiles')")
        ->check(CLI::ExistingFile);
    command->add_option("--gtfs", args->feeds, "GTFS feeds (.zip or folder) to keep in the cache as one timetable (repeat for several)")
        ->check(CLI::ExistingPath);
    command->add_flag("--overwrite", args->overwrite, "replace the output if it exists");
    command->callback([args, &global] { run_build(*args, global); });
}

} // namespace alentour::cli
