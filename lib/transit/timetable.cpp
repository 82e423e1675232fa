#include "timetable.hpp"

#include <algorithm>
#include <map>

namespace alentour::detail {
namespace {

constexpr TransitTime day_seconds = 24 * 3600;

// One run of a feed trip: its stop times moved by `shift` seconds.
struct Run {
    std::uint32_t trip;
    TransitTime shift;
};

struct Stops {
    std::vector<std::uint32_t> stops;
    std::vector<TransitTime> arrivals, departures;
};

Stops stops_of(const TransitFeed& feed, const Run& run, bool reversed) {
    const TransitTrip& trip = feed.trips[run.trip];
    Stops out;
    for (std::uint32_t i = 0; i < trip.stop_time_count; ++i) {
        const TransitStopTime& st = feed.stop_times[trip.first_stop_time + i];
        out.stops.push_back(st.stop);
        out.arrivals.push_back(st.arrival + run.shift);
        out.departures.push_back(st.departure + run.shift);
    }
    if (reversed) {
        // Run backwards in negated time: leaving a stop becomes arriving at it.
        std::reverse(out.stops.begin(), out.stops.end());
        std::reverse(out.arrivals.begin(), out.arrivals.end());
        std::reverse(out.departures.begin(), out.departures.end());
        for (auto& t : out.arrivals) t = -t;
        for (auto& t : out.departures) t = -t;
        std::swap(out.arrivals, out.departures);
    }
    return out;
}

// Adds the runs of the trips a service day holds, `shift` being where that day starts.
void add_runs(const TransitFeed& feed, Day day, TransitTime shift, const std::vector<std::vector<const TransitFrequency*>>& frequencies,
              std::vector<Run>& runs) {
    for (std::uint32_t t = 0; t < feed.trips.size(); ++t) {
        const TransitTrip& trip = feed.trips[t];
        if (trip.stop_time_count < 2 || trip.service == invalid_id || !feed.services[trip.service].runs_on(day)) continue;
        const TransitTime first = feed.stop_times[trip.first_stop_time].departure;
        const TransitTime last = feed.stop_times[trip.first_stop_time + trip.stop_time_count - 1].arrival;
        if (frequencies[t].empty()) {
            if (last + shift >= 0) runs.push_back({t, shift});
            continue;
        }
        // exact_times=1 gives the departures; exact_times=0 a headway only, read the
        // same way (from start_time on), as most consumers do.
        for (const TransitFrequency* f : frequencies[t]) {
            for (TransitTime start = f->start; start < f->end; start += f->headway) {
                if (last - first + start + shift >= 0) runs.push_back({t, start - first + shift});
            }
        }
    }
}

bool never_overtakes(const Stops& earlier, const Stops& later) {
    for (std::size_t i = 0; i < earlier.stops.size(); ++i) {
        if (later.arrivals[i] < earlier.arrivals[i] || later.departures[i] < earlier.departures[i]) return false;
    }
    return true;
}

// The runs of one route over one stop sequence, first departure first, split into
// patterns whose trips never overtake one another.
void add_patterns(std::vector<Stops> group, std::uint32_t route, Timetable& out) {
    std::sort(group.begin(), group.end(), [](const Stops& a, const Stops& b) { return a.departures[0] < b.departures[0]; });
    std::vector<std::vector<const Stops*>> lanes;
    for (const Stops& run : group) {
        auto lane = std::find_if(lanes.begin(), lanes.end(), [&](const auto& l) { return never_overtakes(*l.back(), run); });
        if (lane == lanes.end()) lane = lanes.insert(lanes.end(), std::vector<const Stops*>{});
        lane->push_back(&run);
    }
    for (const auto& lane : lanes) {
        const auto& stops = lane.front()->stops;
        Pattern p{static_cast<std::uint32_t>(out.pattern_stops.size()), static_cast<std::uint32_t>(stops.size()),
                  static_cast<std::uint32_t>(out.arrivals.size()), static_cast<std::uint32_t>(lane.size()), route};
        out.pattern_stops.insert(out.pattern_stops.end(), stops.begin(), stops.end());
        for (const Stops* run : lane) {
            out.arrivals.insert(out.arrivals.end(), run->arrivals.begin(), run->arrivals.end());
            out.departures.insert(out.departures.end(), run->departures.begin(), run->departures.end());
        }
        out.patterns.push_back(p);
        out.trips += p.trip_count;
    }
}

void index_stops(Timetable& out, std::uint32_t stop_count) {
    out.stop_offsets.assign(stop_count + 1, 0);
    for (const Pattern& p : out.patterns) {
        for (std::uint32_t i = 0; i < p.stop_count; ++i) ++out.stop_offsets[out.pattern_stops[p.first_stop + i] + 1];
    }
    for (std::uint32_t s = 0; s < stop_count; ++s) out.stop_offsets[s + 1] += out.stop_offsets[s];
    out.stop_patterns.resize(out.stop_offsets.back());
    std::vector<std::uint32_t> fill(out.stop_offsets.begin(), out.stop_offsets.end() - 1);
    for (std::uint32_t p = 0; p < out.patterns.size(); ++p) {
        const Pattern& pattern = out.patterns[p];
        for (std::uint32_t i = 0; i < pattern.stop_count; ++i) out.stop_patterns[fill[out.pattern_stops[pattern.first_stop + i]]++] = {p, i};
    }
}

} // namespace

Timetable build_timetable(const TransitFeed& feed, Day day, bool reversed, ReasonCounts& remarks) {
    std::vector<std::vector<const TransitFrequency*>> frequencies(feed.trips.size());
    for (const TransitFrequency& f : feed.frequencies) frequencies[f.trip].push_back(&f);
    std::vector<Run> runs;
    add_runs(feed, day, 0, frequencies, runs);
    const std::size_t today = runs.size();
    add_runs(feed, day - 1, -day_seconds, frequencies, runs);

    std::uint64_t idle = 0;
    for (const TransitTrip& trip : feed.trips) idle += trip.service == invalid_id || !feed.services[trip.service].runs_on(day) ? 1 : 0;
    if (idle > 0) remarks["trips with no service on " + format_day(day)] += idle;
    if (runs.size() > today) remarks["trips of the day before still running after midnight"] += runs.size() - today;

    // Group by route and stop sequence.
    std::map<std::vector<std::uint32_t>, std::vector<Stops>> groups;
    for (const Run& run : runs) {
        Stops stops = stops_of(feed, run, reversed);
        std::vector<std::uint32_t> key{feed.trips[run.trip].route};
        key.insert(key.end(), stops.stops.begin(), stops.stops.end());
        groups[std::move(key)].push_back(std::move(stops));
    }
    Timetable out;
    for (auto& [key, group] : groups) add_patterns(std::move(group), key[0], out);
    index_stops(out, static_cast<std::uint32_t>(feed.stops.size()));
    return out;
}

} // namespace alentour::detail
