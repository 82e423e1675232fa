#include "transit_args.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <cstdio>

namespace alentour::cli {

void TransitArgs::add_to(CLI::App& command, Command which) {
    command.add_option("--gtfs", gtfs, "with --mode transit: the GTFS feed (.zip or folder); default: the one built into --graph");
    command.add_option("--date", date, "with --mode transit: the day, 2026-03-10");
    if (which != Command::rank) command.add_option("--depart", depart, "with --mode transit: first departure of the window (default 08:00)");
    command.add_option("--arrive", arrive,
                       which == Command::rank ? "with --mode transit: the arrival deadline at the space, 09:00"
                                                  : "with --mode transit, trips to the place (catchment --reverse, map --direction to): the arrival deadline, 14:00");
    command.add_option("--window", window, "with --mode transit: minutes of departures looked at, one search a minute (default 60)")
        ->check(CLI::Range(1, 1440));
    command.add_option("--percentile", percentiles, "with --mode transit: percentiles of the window's times, 25,50,75 (default 50)")
        ->delimiter(',');
    command.add_option("--max-transfers", max_transfers, "with --mode transit: at most this many changes (default 4)")->check(CLI::Range(0, 16));
    command.add_option("--max-walk", max_walk, "with --mode transit: minutes walked to the first stop and from the last (default 20)")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--max-transfer-walk", max_transfer_walk, "with --mode transit: metres walked between stops (default 1000)")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--min-transfer", min_transfer, "with --mode transit: seconds needed to change vehicle (default 60)")
        ->check(CLI::NonNegativeNumber);
    if (which != Command::times) return;
    command.add_flag("--itineraries", itineraries, "with --mode transit on times: the legs of the fastest journey at the window's middle minute");
}

TransitJobOptions TransitArgs::options(bool reverse) const {
    if (date.empty()) throw InputError("give the day of the timetable with --date 2026-03-10", {"", 0, "--date"});
    if (!arrive.empty() && !reverse) throw InputError("--arrive goes with --reverse (who can be there by then)", {"", 0, "--arrive"});
    if (reverse && arrive.empty()) throw InputError("say when to be there with --arrive 14:00", {"", 0, "--arrive"});
    TransitJobOptions o;
    o.feed = gtfs;
    o.search.date = parse_day(date, "--date");
    o.search.direction = reverse ? Direction::reverse : Direction::forward;
    o.search.time = reverse ? parse_clock(arrive, "--arrive") : parse_clock(depart, "--depart");
    o.search.window_minutes = window;
    o.search.percentiles = percentiles;
    o.search.max_transfers = max_transfers;
    o.search.max_walk_minutes = max_walk;
    o.search.min_transfer_seconds = min_transfer;
    o.links.max_transfer_walk_metres = max_transfer_walk;
    o.itineraries = itineraries;
    return o;
}

std::vector<std::string> network_modes(const std::vector<std::string>& modes) {
    std::vector<std::string> networks;
    for (const auto& mode : modes) {
        const std::string network = mode == "transit" ? "walk" : mode;
        if (std::find(networks.begin(), networks.end(), network) == networks.end()) networks.push_back(network);
    }
    return networks;
}

bool has_transit(const std::vector<std::string>& modes) { return std::find(modes.begin(), modes.end(), "transit") != modes.end(); }

void print_remarks(const ReasonCounts& remarks, bool quiet) {
    if (quiet) return;
    for (const auto& [reason, count] : remarks) std::fprintf(stderr, "note: %llu %s\n", static_cast<unsigned long long>(count), reason.c_str());
}

} // namespace alentour::cli
