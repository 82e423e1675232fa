#pragma once
// What several subcommands share: the progress bar, where the network comes from, and
// reading coordinates from the command line.

#include <alentour/geo.hpp>
#include <alentour/network.hpp>
#include <alentour/partners.hpp>
#include <alentour/points.hpp>
#include <alentour/progress.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace alentour::cli {

struct GlobalOptions {
    bool progress = false;  // force the bar even when stderr is not a terminal
    bool quiet = false;     // no bar, no summary
};

// A one-line bar on stderr, drawn only when asked or when stderr is a terminal.
Progress progress_bar(const GlobalOptions& global);
void finish_progress(const GlobalOptions& global);

// --graph REGION.alentour or --osm REGION.osm.pbf, and --profile-file for --osm.
struct NetworkSource {
    std::string graph;
    std::string osm;
    std::string profile_file;

    void add_to(CLI::App& command);
    // The files it reads, so that no output is written over them.
    std::vector<std::string> inputs() const { return {graph, osm, profile_file}; }
    // The region holding `mode`: mapped from the cache, or built in memory for that mode only.
    Region load(const std::string& mode, const GlobalOptions& global) const;
    // The same for several modes (with --osm, only those are built).
    Region load_modes(const std::vector<std::string>& modes, const GlobalOptions& global) const;
};

// Refuses each output that is one of the inputs (check_not_an_input), before any work.
void check_outputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs);

std::vector<NamedPoint> parse_points(const std::vector<std::string>& texts, const std::string& option);

// The address index option (`flag`: --index or --geocode) and --min-score.
void add_geocode_options(CLI::App& command, const std::string& flag, std::string& index, double& min_score, bool required);
// Loads the index into the reading options, when one was given.
void use_geocoder(const std::string& index, PartnerReadOptions& reading);

// Writes text to stdout when `path` is empty or "-", else through an OutputFile.
void write_text_output(const std::string& path, bool overwrite, const std::string& text);

} // namespace alentour::cli
