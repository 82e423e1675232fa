#include "links.hpp"

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <utility>

namespace alentour {
namespace {

// Stops in cells about `cell_metres` wide, to find those near a stop without a
// comparison with every other.
class StopGrid {
public:
    StopGrid(const TransitFeed& feed, const StopLinks& links, double cell_metres) : m_cell_deg(cell_metres / 111000.0) {
        for (std::uint32_t s = 0; s < feed.stops.size(); ++s) {
            if (links.is_linked(s)) m_cells[key(feed.stops[s].position)].push_back(s);
        }
    }
    // Stops in the 3 × 3 cells around a point (longitude cells are narrower than
    // latitude ones away from the equator, so they are taken wider by cos(lat)).
    template <typename Visit>
    void near(LatLon p, Visit&& visit) const {
        const auto [row, col] = key(p);
        const int reach = static_cast<int>(std::ceil(1.0 / std::max(std::cos(p.lat * std::numbers::pi / 180.0), 0.1)));
        for (int r = row - 1; r <= row + 1; ++r) {
            for (int c = col - reach; c <= col + reach; ++c) {
                const auto it = m_cells.find({r, c});
                if (it != m_cells.end()) for (const std::uint32_t s : it->second) visit(s);
            }
        }
    }

private:
    std::pair<int, int> key(LatLon p) const {
        return {static_cast<int>(std::floor(p.lat / m_cell_deg)), static_cast<int>(std::floor(p.lon / m_cell_deg))};
    }
    double m_cell_deg;
    std::map<std::pair<int, int>, std::vector<std::uint32_t>> m_cells;
};

std::vector<bool> stops_served(const TransitFeed& feed) {
    std::vector<bool> served(feed.stops.size(), false);
    for (const TransitStopTime& st : feed.stop_times) served[st.stop] = true;
    return served;
}

void snap_stops(const TransitFeed& feed, const Snapper& snapper, const TransitLinkOptions& options, StopLinks& links) {
    const std::vector<bool> served = stops_served(feed);
    links.snaps.assign(feed.stops.size(), Snap{});
    SnapOptions snap;
    snap.radius_metres = options.max_stop_distance_metres;
    for (std::uint32_t s = 0; s < feed.stops.size(); ++s) {
        if (!served[s]) continue;
        try {
            links.snaps[s] = snapper.snap(feed.stops[s].position, snap);
            ++links.linked;
        } catch (const SnapError&) {
            ++links.unlinked;
        }
    }
    if (links.unlinked > 0) {
        links.remarks[detail::unlinked_stops_remark(options)] += links.unlinked;
    }
}

// The slowest walking pace on the network, so a time bound never cuts a walk shorter
// than the distance limit.
double slowest_seconds_per_metre(const Graph& walk) {
    double slowest = 0.0;
    for (EdgeId e = 0; e < walk.edge_count(); ++e) {
        const Edge& edge = walk.edge(e);
        if (edge.metres > 0.0f) slowest = std::max(slowest, static_cast<double>(edge.seconds) / edge.metres);
    }
    return slowest;
}

using TransferMap = std::vector<std::map<std::uint32_t, float>>;

TransferMap walking_transfers(const TransitFeed& feed, const Graph& walk, const StopLinks& links, double max_metres, const Progress& progress) {
    TransferMap out(feed.stops.size());
    const StopGrid grid(feed, links, std::max(max_metres, 50.0));
    Searcher searcher(walk);
    const double bound = max_metres * slowest_seconds_per_metre(walk);
    for (std::uint32_t s = 0; s < feed.stops.size(); ++s) {
        if (!links.is_linked(s)) continue;
        const Snap& from = links.snaps[s];
        const SearchResult& result = searcher.run(std::span<const Snap>(&from, 1), {bound, Direction::forward});
        grid.near(feed.stops[s].position, [&](std::uint32_t t) {
            if (t == s) return;
            const Arrival a = arrival_at(walk, result, links.snaps[t]);
            if (a.reached && a.metres <= max_metres) out[s][t] = static_cast<float>(a.seconds);
        });
        if (s % 256 == 0) report(progress, static_cast<double>(s) / static_cast<double>(feed.stops.size()), "walking transfers");
    }
    return out;
}

// transfers.txt: type 2 gives the time from getting off to being ready to board,
// type 3 forbids the change; types 0 and 1 keep the walk.
void apply_feed_transfers(const TransitFeed& feed, const StopLinks& links, TransferMap& transfers) {
    for (const TransitTransfer& t : feed.transfers) {
        if (t.from == t.to || !links.is_linked(t.from) || !links.is_linked(t.to)) continue;
        if (t.type == 3) transfers[t.from].erase(t.to);
        if (t.type == 2) transfers[t.from][t.to] = -static_cast<float>(t.min_seconds) - 1.0f;
    }
}

} // namespace

StopLinks link_stops(const TransitFeed& feed, const Graph& walk, const Snapper& walk_snapper, const TransitLinkOptions& options,
                     const Progress& progress) {
    if (!(options.max_transfer_walk_metres >= 0.0)) throw InputError("must not be negative", {"", 0, "--max-transfer-walk"});
    StopLinks links;
    snap_stops(feed, walk_snapper, options, links);
    TransferMap transfers = walking_transfers(feed, walk, links, options.max_transfer_walk_metres, progress);
    apply_feed_transfers(feed, links, transfers);
    links.transfer_offsets.assign(1, 0);
    for (const auto& from : transfers) {
        for (const auto& [to, seconds] : from) {
            // Negative: a time from transfers.txt (encoded -t-1), which already includes the change.
            links.transfers.push_back(seconds < 0.0f ? StopTransfer{to, -seconds - 1.0f, false} : StopTransfer{to, seconds, true});
        }
        links.transfer_offsets.push_back(static_cast<std::uint32_t>(links.transfers.size()));
    }
    report(progress, 1.0, "walking transfers");
    return links;
}

namespace detail {

std::string unlinked_stops_remark(const TransitLinkOptions& options) {
    return "stops farther than " + std::to_string(static_cast<int>(options.max_stop_distance_metres)) + " m from a walkable way (unused)";
}

} // namespace detail

} // namespace alentour
