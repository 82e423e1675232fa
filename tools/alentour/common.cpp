#include "common.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace alentour::cli {

Progress progress_bar(const GlobalOptions& global) {
    if (global.quiet || !(global.progress || ::isatty(STDERR_FILENO))) return {};
    return [last = -1](double fraction, std::string_view message) mutable {
        const int percent = static_cast<int>(fraction * 100.0);
        if (percent == last) return;
        last = percent;
        constexpr int width = 30;
        const int filled = percent * width / 100;
        std::fprintf(stderr, "\r[%-*s] %3d%% %-24.*s", width, std::string(static_cast<std::size_t>(filled), '#').c_str(), percent,
                     static_cast<int>(message.size()), message.data());
        std::fflush(stderr);
    };
}

void finish_progress(const GlobalOptions& global) {
    if (!global.quiet && (global.progress || ::isatty(STDERR_FILENO))) std::fputs("\r\033[K", stderr);
}

void NetworkSource::add_to(CLI::App& command) {
    auto* graph_option = command.add_option("--graph", graph, "network cache made by 'alentour build'")->check(CLI::ExistingFile);
    auto* osm_option = command.add_option("--osm", osm, "OpenStreetMap extract, built in memory")->check(CLI::ExistingFile);
    graph_option->excludes(osm_option);
    command.add_option("--profile-file", profile_file, "JSON profiles overriding the built-in ones (with --osm)")
        ->check(CLI::ExistingFile)
        ->needs(osm_option);
}

Region NetworkSource::load(const std::string& mode, const GlobalOptions& global) const { return load_modes({mode}, global); }

Region NetworkSource::load_modes(const std::vector<std::string>& modes, const GlobalOptions& global) const {
    if (graph.empty() && osm.empty()) throw InputError("say where the network comes from: --graph REGION.alentour or --osm REGION.osm.pbf");
    if (!graph.empty()) return load_region(graph);
    const auto all = profile_file.empty() ? default_profiles() : load_profile_file(profile_file);
    BuildOptions options;
    options.profiles = select_profiles(all, modes);
    Region region = build_region(osm, options, progress_bar(global));
    finish_progress(global);
    return region;
}

void add_geocode_options(CLI::App& command, const std::string& flag, std::string& index, double& min_score, bool required) {
    command.add_option(flag, index, "address index made by 'alentour geocode-index' from the Base Adresse Nationale: rows with "
                                    "an address and no position are placed through it")
        ->check(CLI::ExistingFile)
        ->required(required);
    command.add_option("--min-score", min_score, "under this score (0-1) an address is not placed: address_not_found, best candidate in notes")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
}

void use_geocoder(const std::string& index, PartnerReadOptions& reading) {
    if (!index.empty()) reading.geocoder = std::make_shared<const Geocoder>(Geocoder::load(index));
}

void check_outputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs) {
    for (const auto& output : outputs) {
        if (!output.empty() && output != "-") check_not_an_input(output, inputs);
    }
}

std::vector<NamedPoint> parse_points(const std::vector<std::string>& texts, const std::string& option) {
    std::vector<NamedPoint> points;
    for (const auto& text : texts) points.push_back({std::to_string(points.size() + 1), parse_lat_lon(text, option), 0});
    return points;
}

void write_text_output(const std::string& path, bool overwrite, const std::string& text) {
    if (path.empty() || path == "-") {
        std::cout << text;
        return;
    }
    write_file(path, overwrite, text);
}

} // namespace alentour::cli
