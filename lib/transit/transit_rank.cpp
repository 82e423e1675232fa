// The ranking's time by transit: who can be at the space by the window's arrivals,
// searched backwards from the space once, so that every structure is timed by the same
// arrive-by search as `times --mode transit --reverse` times it.

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <algorithm>

namespace alentour {

RankSearch transit_rank_search(const Graph& walk, const LinkedFeed& linked, const TransitOptions& options) {
    if (options.direction != Direction::reverse) {
        throw InputError("a ranking times trips to the space: give the arrival with --arrive 09:00", {"", 0, "--arrive"});
    }
    RankSearch search;
    search.network = "walk";
    search.qualifier = transit_qualifier(options, options.percentiles.front());
    search.times = [&walk, &linked, options](const Snapper& snapper, const Snap& space, double far_minutes) {
        TransitOptions o = options;
        o.percentiles.resize(1);
        o.max_minutes = far_minutes;
        // The space placed again from where it was given lands where the ranking placed it.
        o.snap.radius_metres = std::max(o.snap.radius_metres, space.distance_metres + 1.0);
        TransitResult result = transit_search(walk, snapper, linked.feed, linked.links, {{"espace", space.input, 0}}, o);
        return SearchResult::from_node_times(std::move(result.seconds[0]), std::move(result.origins), result.direction, result.max_seconds);
    };
    return search;
}

} // namespace alentour
