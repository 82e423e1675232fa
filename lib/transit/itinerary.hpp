#pragma once
// The legs of the fastest journey for one departure, told back from RAPTOR's labels
// so a mediator can say how to come: walk to a stop, a line from one stop at a time to
// another, a change, the walk at the end.

#include "timetable.hpp"

#include <alentour/graph.hpp>
#include <alentour/search.hpp>
#include <alentour/transit.hpp>

#include <string>
#include <vector>

namespace alentour::detail {

struct JourneyQuestion {
    const Graph& walk;
    const TransitFeed& feed;
    const StopLinks& links;
    const Timetable& timetable;  // the forward timetable of the day
    const TransitOptions& options;
};

// "départ 08:05 ; à pied 4 min jusqu'à Un ; ligne 1 de Un 08:10 à Deux 08:15 ; à pied
// 1 min" for leaving `origins` at `departure` towards `destination`; "à pied 12 min"
// when walking is as fast; empty when not reached within the options' limits.
std::string describe_journey(const JourneyQuestion& question, const std::vector<Snap>& origins, const Snap& destination,
                             TransitTime departure);

} // namespace alentour::detail
