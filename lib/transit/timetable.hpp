#pragma once
// The trips that run on one day, grouped as RAPTOR wants them: a pattern is a run of
// trips of one route over the same stops that never overtake each other, so the first
// trip leaving a stop after a time is found by binary search.

#include <alentour/transit.hpp>

#include <cstdint>
#include <vector>

namespace alentour::detail {

struct Pattern {
    std::uint32_t first_stop;   // into Timetable::pattern_stops
    std::uint32_t stop_count;
    std::uint32_t first_event;  // trip j, stop i at first_event + j * stop_count + i
    std::uint32_t trip_count;
    std::uint32_t route;
};

struct PatternAt {
    std::uint32_t pattern;
    std::uint32_t position;
};

struct Timetable {
    std::vector<Pattern> patterns;
    std::vector<std::uint32_t> pattern_stops;
    std::vector<TransitTime> arrivals, departures;  // per event
    std::vector<std::uint32_t> stop_offsets;        // stop → first PatternAt, one more than stops
    std::vector<PatternAt> stop_patterns;
    std::uint32_t trips = 0;

    std::uint32_t stop_count() const noexcept { return static_cast<std::uint32_t>(stop_offsets.size() - 1); }
};

// The trips running on `day`, and those of the day before still running after
// midnight (their times past 24:00 moved back a day). Frequency-based trips are
// expanded into one trip per headway. `reversed` builds the timetable of the same
// trips run backwards in negated time, on which a forward search answers "arrive by".
Timetable build_timetable(const TransitFeed& feed, Day day, bool reversed, ReasonCounts& remarks);

} // namespace alentour::detail
