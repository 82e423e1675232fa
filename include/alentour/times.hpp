#pragma once
// Travel times between named points: the `times` command as a library call.

#include <alentour/graph.hpp>
#include <alentour/geo.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <iosfwd>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace alentour {

struct TimesOptions {
    std::string mode = "walk";  // names the network in messages
    double max_minutes = std::numeric_limits<double>::infinity();
    Direction direction = Direction::forward;  // reverse: from each destination to the origin
    SnapOptions snap;
};

struct TravelTime {
    std::string from_id;  // where the trip starts (the destination point when reverse)
    std::string to_id;
    std::optional<double> minutes;  // empty when not reachable within the limit
    std::optional<double> metres;
};

// One search per origin, then the exact partial-edge time to every destination.
// Throws SnapError naming the point (and its file line) that cannot be placed.
std::vector<TravelTime> travel_times(const Graph& graph, const std::vector<NamedPoint>& origins,
                                     const std::vector<NamedPoint>& destinations, const TimesOptions& options,
                                     const Progress& progress = {});

// The same on a snapping index built once and kept (a session, the Python Region).
std::vector<TravelTime> travel_times(const Graph& graph, const Snapper& snapper, const std::vector<NamedPoint>& origins,
                                     const std::vector<NamedPoint>& destinations, const TimesOptions& options,
                                     const Progress& progress = {});

// CSV `from_id,to_id,minutes,metres`: minutes with two decimals, metres rounded,
// both empty when unreachable.
void write_times_csv(const std::vector<TravelTime>& times, std::ostream& out);

} // namespace alentour
