// The timetable of a region: read from feeds and stored beside its graphs by
// `alentour build --gtfs`, or taken from a feed given to the command itself.

#include "links.hpp"

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <set>

namespace alentour {
namespace {

// What `info` says of one feed of a merged timetable: its share of each table, and its
// served stops linked to the walk network or not.
TransitFeedInfo part_info(const TransitFeed& feed, std::size_t first_stop, const LinkedFeed& merged) {
    TransitFeedInfo info{feed.source, feed.agencies, feed.first_day, feed.last_day, feed.stops.size(), feed.routes.size(), feed.trips.size(),
                         feed.stop_times.size(), feed.frequencies.size(), feed.transfers.size(), 0, 0, feed.remarks};
    std::set<std::uint32_t> served;
    for (const TransitStopTime& st : feed.stop_times) served.insert(st.stop);
    for (const std::uint32_t s : served) {
        (merged.links.is_linked(static_cast<std::uint32_t>(first_stop + s)) ? info.linked : info.unlinked) += 1;
    }
    if (info.unlinked > 0) info.remarks[detail::unlinked_stops_remark(merged.options)] += info.unlinked;
    return info;
}

} // namespace

std::vector<TransitFeedInfo> add_timetable(Region& region, const std::vector<std::string>& feeds, const TransitLinkOptions& options,
                                           const Progress& progress) {
    if (feeds.empty()) throw InputError("give at least one feed", {"", 0, "--gtfs"});
    std::vector<TransitFeed> read;
    for (std::size_t i = 0; i < feeds.size(); ++i) {
        report(progress, 0.3 * static_cast<double>(i) / static_cast<double>(feeds.size()), "reading " + feeds[i]);
        read.push_back(read_gtfs(feeds[i]));
    }
    const Graph& walk = region.graph("walk");
    const Snapper snapper(walk, "walk", sub_progress(progress, 0.3, 0.5));
    // The tables alone, kept to describe each feed once merged (the merge moves them).
    std::vector<TransitFeed> shapes;
    for (const TransitFeed& f : read) shapes.push_back(f);
    LinkedFeed linked{merge_feeds(std::move(read)), {}, options};
    linked.links = link_stops(linked.feed, walk, snapper, options, sub_progress(progress, 0.5, 1.0));
    std::vector<TransitFeedInfo> infos;
    std::size_t first_stop = 0;
    for (const TransitFeed& f : shapes) infos.push_back(part_info(f, first_stop, linked)), first_stop += f.stops.size();
    store_timetable(region, linked, infos);
    return infos;
}

LinkedFeed region_timetable(const Region& region, const Snapper& walk_snapper, const std::string& feed, const TransitLinkOptions& options,
                            const Progress& progress) {
    const Graph& walk = region.graph("walk");
    if (!feed.empty()) return link_feed(walk, walk_snapper, feed, options, progress);
    std::optional<LinkedFeed> stored = stored_timetable(region);
    if (!stored) throw InputError("give the timetable with --gtfs FEED.zip, or build the region with --gtfs", {"", 0, "--gtfs"});
    const bool same_links = stored->options.max_stop_distance_metres == options.max_stop_distance_metres &&
                            stored->options.max_transfer_walk_metres == options.max_transfer_walk_metres;
    if (!same_links) {
        stored->links = link_stops(stored->feed, walk, walk_snapper, options, progress);
        stored->options = options;
    }
    return std::move(*stored);
}

} // namespace alentour
