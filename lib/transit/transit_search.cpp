#include "egress.hpp"
#include "raptor.hpp"
#include "timetable.hpp"

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <algorithm>
#include <cmath>

namespace alentour {
namespace {

void check_options(const TransitOptions& o) {
    if (o.window_minutes < 1 || o.window_minutes > 24 * 60) throw InputError("the window is 1 to 1440 minutes", {"", 0, "--window"});
    if (o.percentiles.empty()) throw InputError("give at least one percentile, for example 50", {"", 0, "--percentile"});
    for (const double p : o.percentiles) {
        if (!(p > 0.0 && p <= 100.0)) throw InputError("a percentile lies between 1 and 100", {"", 0, "--percentile"});
    }
    if (o.max_transfers < 0 || o.max_transfers > 16) throw InputError("give 0 to 16 transfers", {"", 0, "--max-transfers"});
    if (!(o.max_walk_minutes >= 0.0 && o.max_walk_minutes <= 120.0)) throw InputError("give 0 to 120 minutes", {"", 0, "--max-walk"});
    if (!(o.max_minutes > 0.0 && o.max_minutes <= 24 * 60)) throw InputError("give 1 to 1440 minutes", {"", 0, "--max-minutes"});
    if (o.min_transfer_seconds < 0) throw InputError("must not be negative", {"", 0, "--min-transfer"});
}

// Walking from the origins to each linked stop within the walk limit (reverse: from
// each stop to the origins), in whole seconds, rounded up as timetables count.
std::vector<detail::StopAccess> stop_access(const Graph& walk, Searcher& searcher, const std::vector<Snap>& origins, const StopLinks& links,
                                            double max_walk_seconds, Direction direction) {
    const SearchResult& result = searcher.run(origins, {max_walk_seconds, direction});
    std::vector<detail::StopAccess> access;
    for (std::uint32_t s = 0; s < links.snaps.size(); ++s) {
        if (!links.is_linked(s)) continue;
        const Arrival a = arrival_at(walk, result, links.snaps[s]);
        if (a.reached) access.push_back({s, static_cast<TransitTime>(std::ceil(a.seconds))});
    }
    return access;
}

// Per node and minute of the window, the travel time by transit (direct walking is
// added when the percentiles are taken). Minute-major.
class MinuteTimes {
public:
    MinuteTimes(std::size_t nodes, int minutes) : m_nodes(nodes), m_times(nodes * static_cast<std::size_t>(minutes), unreached) {}
    void set(int minute, NodeId node, float seconds) { m_times[static_cast<std::size_t>(minute) * m_nodes + node] = seconds; }
    float at(int minute, NodeId node) const { return m_times[static_cast<std::size_t>(minute) * m_nodes + node]; }

private:
    std::size_t m_nodes;
    std::vector<float> m_times;
};

void take_percentiles(const MinuteTimes& minutes, const std::vector<float>& direct, const TransitOptions& options, TransitResult& result) {
    const std::size_t nodes = direct.size();
    result.seconds.assign(options.percentiles.size(), std::vector<float>(nodes, unreached));
    std::vector<float> values(static_cast<std::size_t>(options.window_minutes));
    for (NodeId node = 0; node < nodes; ++node) {
        bool any = direct[node] != unreached;
        for (int m = 0; m < options.window_minutes; ++m) {
            values[static_cast<std::size_t>(m)] = std::min(minutes.at(m, node), direct[node]);
            any = any || values[static_cast<std::size_t>(m)] != unreached;
        }
        if (!any) continue;
        for (std::size_t p = 0; p < options.percentiles.size(); ++p) {
            const float t = nearest_rank_percentile(values, options.percentiles[p]);
            result.seconds[p][node] = t <= result.max_seconds ? t : unreached;
        }
    }
}

std::vector<float> direct_walk(const Graph& walk, Searcher& searcher, const std::vector<Snap>& origins, double max_seconds,
                               Direction direction) {
    const SearchResult& r = searcher.run(origins, {max_seconds, direction});
    std::vector<float> out(walk.node_count(), unreached);
    for (const NodeId node : r.settled()) out[node] = r.seconds(node);
    return out;
}

} // namespace

float nearest_rank_percentile(std::vector<float> times, double percentile) {
    if (times.empty()) return unreached;
    const double rank = std::ceil(percentile / 100.0 * static_cast<double>(times.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, static_cast<double>(times.size()))) - 1;
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(index), times.end());
    return times[index];
}

TransitResult transit_search(const Graph& walk, const Snapper& walk_snapper, const TransitFeed& feed, const StopLinks& links,
                             const std::vector<NamedPoint>& origins, const TransitOptions& options, const Progress& progress) {
    check_options(options);
    if (origins.empty()) throw InputError("give at least one origin with --from LAT,LON", {"", 0, "--from"});
    TransitResult result;
    result.percentiles = options.percentiles;
    result.direction = options.direction;
    result.max_seconds = options.max_minutes * 60.0;
    for (const NamedPoint& o : origins) result.origins.push_back(walk_snapper.snap_named(o, options.snap, "origin"));
    if (options.date < feed.first_day || options.date > feed.last_day) {
        result.remarks["the date " + format_day(options.date) + " lies outside the feed's service days " + format_day(feed.first_day) +
                       " to " + format_day(feed.last_day)] += 1;
    }
    const bool reverse = options.direction == Direction::reverse;
    const detail::Timetable timetable = detail::build_timetable(feed, options.date, reverse, result.remarks);

    Searcher searcher(walk);
    const std::vector<float> direct = direct_walk(walk, searcher, result.origins, result.max_seconds, options.direction);
    const auto access = stop_access(walk, searcher, result.origins, links, options.max_walk_minutes * 60.0, options.direction);

    // Reverse: the same search on the timetable run backwards in negated time, from
    // the arrival deadline back.
    const TransitTime first = reverse ? -options.time : options.time;
    detail::Raptor raptor(timetable, links, options.max_transfers, options.min_transfer_seconds);
    detail::Egress egress(walk, options.direction, options.max_walk_minutes * 60.0, direct);
    MinuteTimes minutes(walk.node_count(), options.window_minutes);
    for (int m = options.window_minutes - 1; m >= 0; --m) {
        const TransitTime departure = first + 60 * m;
        raptor.run(departure, access);
        egress.add(links, raptor.improved_stops(), raptor.arrivals(), departure, departure + result.max_seconds);
        for (const NodeId node : egress.reached()) minutes.set(m, node, static_cast<float>(egress.arrival(node) - departure));
        report(progress, static_cast<double>(options.window_minutes - m) / options.window_minutes, "transit");
    }
    take_percentiles(minutes, direct, options, result);
    return result;
}

} // namespace alentour
