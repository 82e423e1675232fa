#pragma once
// The options of `--mode transit`, shared by the commands that take a mode.

#include <alentour/transit.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace alentour::cli {

struct TransitArgs {
    std::string gtfs;
    std::string date;
    std::string depart = "08:00";
    std::string arrive;
    int window = 60;
    std::vector<double> percentiles = {50};
    int max_transfers = 4;
    double max_walk = 20;
    double max_transfer_walk = 1000;
    int min_transfer = 60;
    bool itineraries = false;

    // `times` also tells itineraries; `rank` takes only arrivals (--arrive); `map` what catchment takes.
    enum class Command { times, catchment, rank };
    void add_to(CLI::App& command, Command which);
    // Throws InputError for a missing --gtfs or --date, or --arrive without --reverse.
    TransitJobOptions options(bool reverse) const;
};

// The networks to build for these modes: transit walks its first and last legs.
std::vector<std::string> network_modes(const std::vector<std::string>& modes);
bool has_transit(const std::vector<std::string>& modes);

// Remarks of a transit job on stderr ("1608 stops farther than 300 m…"), unless quiet.
void print_remarks(const ReasonCounts& remarks, bool quiet);

} // namespace alentour::cli
