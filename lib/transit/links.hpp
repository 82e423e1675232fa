#pragma once
// What linking stops says, shared by the links of a whole timetable and by each feed of it.

#include <alentour/transit.hpp>

#include <string>

namespace alentour::detail {

// "stops farther than 300 m from a walkable way (unused)"
std::string unlinked_stops_remark(const TransitLinkOptions& options);

} // namespace alentour::detail
