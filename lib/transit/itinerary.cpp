#include "itinerary.hpp"

#include "raptor.hpp"

#include <cmath>
#include <cstdio>

namespace alentour::detail {
namespace {

std::string clock_text(TransitTime t) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", (t / 3600) % 24, (t / 60) % 60);
    return text;
}

std::string walk_text(double seconds) { return "à pied " + std::to_string(static_cast<int>(std::ceil(seconds / 60.0))) + " min"; }

std::string route_name(const TransitRoute& route) {
    return "ligne " + (!route.short_name.empty() ? route.short_name : !route.long_name.empty() ? route.long_name : route.id);
}

// Walking times from each linked stop to a point (forward) within the walk limit.
std::vector<double> walks_to(const JourneyQuestion& q, const Snap& point, Direction towards) {
    const SearchResult result = search(q.walk, {&point, 1}, {q.options.max_walk_minutes * 60.0, towards});
    std::vector<double> out(q.links.snaps.size(), unreached);
    for (std::uint32_t s = 0; s < out.size(); ++s) {
        if (!q.links.is_linked(s)) continue;
        const Arrival a = arrival_at(q.walk, result, q.links.snaps[s]);
        if (a.reached) out[s] = a.seconds;
    }
    return out;
}

struct Best {
    int round = 0;
    std::uint32_t stop = invalid_id;
    double arrival = unreached;
};

Best best_stop(const Raptor& raptor, const std::vector<double>& egress) {
    Best best;
    for (int round = 1; round <= raptor.rides(); ++round) {
        for (std::uint32_t s = 0; s < egress.size(); ++s) {
            if (egress[s] == unreached || raptor.arrival(round, s) == never) continue;
            const double at = raptor.arrival(round, s) + egress[s];
            if (at < best.arrival) best = {round, s, at};
        }
    }
    return best;
}

// From the last ride back to the walk from the origin, then read forwards.
std::vector<std::string> legs_back(const JourneyQuestion& q, const Raptor& raptor, Best at, const std::vector<double>& access) {
    std::vector<std::string> legs;
    int round = at.round;
    std::uint32_t stop = at.stop;
    while (true) {
        const Ride& ride = raptor.ride(round, stop);
        const Pattern& p = q.timetable.patterns[ride.pattern];
        const std::uint32_t board_stop = q.timetable.pattern_stops[p.first_stop + ride.board];
        const std::uint32_t first = p.first_event + ride.trip * p.stop_count;
        legs.push_back(route_name(q.feed.routes[p.route]) + " de " + q.feed.stops[board_stop].name + " " +
                       clock_text(q.timetable.departures[first + ride.board]) + " à " + q.feed.stops[stop].name + " " +
                       clock_text(q.timetable.arrivals[first + ride.alight]));
        int before = round - 1;
        while (raptor.ready_from(before, board_stop) == from_fewer_rides) --before;
        const std::uint32_t from = raptor.ready_from(before, board_stop);
        if (before == 0 || from == from_access) {
            legs.push_back(walk_text(access[board_stop]) + " jusqu'à " + q.feed.stops[board_stop].name);
            break;
        }
        if (from != board_stop) legs.push_back("changement à pied jusqu'à " + q.feed.stops[board_stop].name);
        round = before;
        stop = from;
    }
    return {legs.rbegin(), legs.rend()};
}

} // namespace

std::string describe_journey(const JourneyQuestion& q, const std::vector<Snap>& origins, const Snap& destination, TransitTime departure) {
    const std::vector<double> access = walks_to(q, origins.front(), Direction::forward);
    std::vector<StopAccess> ready;
    for (std::uint32_t s = 0; s < access.size(); ++s) {
        if (access[s] != unreached) ready.push_back({s, static_cast<TransitTime>(std::ceil(access[s]))});
    }
    Raptor raptor(q.timetable, q.links, q.options.max_transfers, q.options.min_transfer_seconds);
    raptor.run(departure, ready);
    const std::vector<double> egress = walks_to(q, destination, Direction::reverse);
    const Best best = best_stop(raptor, egress);
    const SearchResult direct = search(q.walk, origins, {q.options.max_minutes * 60.0, Direction::forward});
    const Arrival on_foot = arrival_at(q.walk, direct, destination);
    if (on_foot.reached && on_foot.seconds <= best.arrival - departure) return walk_text(on_foot.seconds);
    if (best.stop == invalid_id || best.arrival - departure > q.options.max_minutes * 60.0) return "";
    std::string text = "départ " + clock_text(departure);
    for (const std::string& leg : legs_back(q, raptor, best, access)) text += " ; " + leg;
    return text + " ; " + walk_text(egress[best.stop]) + " ; arrivée " + clock_text(static_cast<TransitTime>(std::ceil(best.arrival)));
}

} // namespace alentour::detail
