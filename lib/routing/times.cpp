#include <alentour/error.hpp>
#include <alentour/times.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>

namespace alentour {
namespace {

std::vector<Snap> snap_all(const Snapper& snapper, const std::vector<NamedPoint>& points, const SnapOptions& options,
                           const std::string& what) {
    std::vector<Snap> snaps;
    snaps.reserve(points.size());
    for (const auto& point : points) snaps.push_back(snapper.snap_named(point, options, what));
    return snaps;
}

// CSV fields are quoted only when they need it.
std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

} // namespace

std::vector<TravelTime> travel_times(const Graph& graph, const std::vector<NamedPoint>& origins,
                                     const std::vector<NamedPoint>& destinations, const TimesOptions& options,
                                     const Progress& progress) {
    if (!(options.max_minutes > 0.0)) throw InputError("the time limit must be positive", {"", 0, "--max-minutes"});
    return travel_times(graph, Snapper(graph, options.mode), origins, destinations, options, progress);
}

std::vector<TravelTime> travel_times(const Graph& graph, const Snapper& snapper, const std::vector<NamedPoint>& origins,
                                     const std::vector<NamedPoint>& destinations, const TimesOptions& options,
                                     const Progress& progress) {
    if (!(options.max_minutes > 0.0)) throw InputError("the time limit must be positive", {"", 0, "--max-minutes"});
    const auto origin_snaps = snap_all(snapper, origins, options.snap, "origin");
    const auto destination_snaps = snap_all(snapper, destinations, options.snap, "destination");
    const bool reverse = options.direction == Direction::reverse;
    Searcher searcher(graph);
    std::vector<TravelTime> rows;
    rows.reserve(origins.size() * destinations.size());
    for (std::size_t o = 0; o < origins.size(); ++o) {
        const auto& result = searcher.run({&origin_snaps[o], 1}, {options.max_minutes * 60.0, options.direction});
        for (std::size_t d = 0; d < destinations.size(); ++d) {
            const Arrival arrival = arrival_at(graph, result, destination_snaps[d]);
            TravelTime row{reverse ? destinations[d].id : origins[o].id, reverse ? origins[o].id : destinations[d].id, {}, {}};
            if (arrival.reached) row.minutes = arrival.seconds / 60.0, row.metres = arrival.metres;
            rows.push_back(std::move(row));
        }
        report(progress, static_cast<double>(o + 1) / static_cast<double>(origins.size()), "searching");
    }
    return rows;
}

void write_times_csv(const std::vector<TravelTime>& times, std::ostream& out) {
    out << "from_id,to_id,minutes,metres\n";
    char minutes[32], metres[32];
    for (const auto& row : times) {
        minutes[0] = metres[0] = '\0';
        if (row.minutes) std::snprintf(minutes, sizeof minutes, "%.2f", *row.minutes);
        if (row.metres) std::snprintf(metres, sizeof metres, "%.0f", *row.metres);
        out << csv_field(row.from_id) << ',' << csv_field(row.to_id) << ',' << minutes << ',' << metres << '\n';
    }
}

} // namespace alentour
