#pragma once
// An independent check of the Range RAPTOR: a plain connection scan (Dibbelt, Pajor,
// Strasser, Wagner), one departure minute at a time, in rounds so that it keeps the same
// limit on transfers. It shares with the library only the feed as read, the stop links
// and the transfers (the inputs both answer from), not its timetable or its search.

#include <alentour/search.hpp>
#include <alentour/transit.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace alentour::test {

struct Connection {
    std::uint32_t from, to;
    TransitTime departure, arrival;
    std::uint32_t run;  // one per trip and day it runs
};

constexpr TransitTime no_arrival = std::numeric_limits<TransitTime>::max() / 2;

// Every hop between consecutive stops of the trips running on `day`, and of those of
// the day before that run past midnight; by departure, then along each trip.
inline std::vector<Connection> connections_on(const TransitFeed& feed, Day day) {
    std::vector<Connection> out;
    std::uint32_t run = 0;
    for (const auto& [service_day, shift] : {std::pair{day, 0}, std::pair{day - 1, -86400}}) {
        for (const TransitTrip& trip : feed.trips) {
            if (trip.service == invalid_id || !feed.services[trip.service].runs_on(service_day)) continue;
            for (std::uint32_t i = 0; i + 1 < trip.stop_time_count; ++i) {
                const TransitStopTime& a = feed.stop_times[trip.first_stop_time + i];
                const TransitStopTime& b = feed.stop_times[trip.first_stop_time + i + 1];
                out.push_back({a.stop, b.stop, a.departure + shift, b.arrival + shift, run});
            }
            ++run;
        }
    }
    // Within a run, hops are already in order; stable sort keeps it for equal departures.
    std::stable_sort(out.begin(), out.end(), [](const Connection& a, const Connection& b) { return a.departure < b.departure; });
    return out;
}

// Earliest arrival at each stop by transit leaving at `departure`, with at most
// `max_rides` rides: round k boards only from where round k-1 left people ready.
inline std::vector<TransitTime> scan(const std::vector<Connection>& connections, std::uint32_t runs, const StopLinks& links,
                                     const std::vector<std::pair<std::uint32_t, TransitTime>>& access, TransitTime departure,
                                     int max_rides, TransitTime min_transfer) {
    const std::size_t stops = links.snaps.size();
    std::vector<TransitTime> ready(stops, no_arrival), best(stops, no_arrival);
    for (const auto& [stop, seconds] : access) ready[stop] = std::min(ready[stop], departure + seconds);
    const auto first = std::lower_bound(connections.begin(), connections.end(), departure,
                                        [](const Connection& c, TransitTime t) { return c.departure < t; });
    for (int ride = 1; ride <= max_rides; ++ride) {
        std::vector<TransitTime> arrived(stops, no_arrival);
        std::vector<bool> on_board(runs, false);
        for (auto c = first; c != connections.end(); ++c) {
            if (!on_board[c->run] && ready[c->from] > c->departure) continue;
            on_board[c->run] = true;
            arrived[c->to] = std::min(arrived[c->to], c->arrival);
        }
        std::vector<TransitTime> next = ready;
        for (std::uint32_t s = 0; s < stops; ++s) {
            if (arrived[s] == no_arrival) continue;
            best[s] = std::min(best[s], arrived[s]);
            next[s] = std::min(next[s], arrived[s] + min_transfer);
            if (!links.is_linked(s)) continue;
            for (std::uint32_t i = links.transfer_offsets[s]; i < links.transfer_offsets[s + 1]; ++i) {
                const StopTransfer& t = links.transfers[i];
                const TransitTime walk = static_cast<TransitTime>(std::ceil(t.seconds));
                next[t.to] = std::min(next[t.to], arrived[s] + walk + (t.walked ? min_transfer : 0));
            }
        }
        ready = std::move(next);
    }
    return best;
}

} // namespace alentour::test
