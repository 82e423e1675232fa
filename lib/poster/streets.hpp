#pragma once
// The streets under a drawn map, from the region's own networks: the poster's and the
// tour's pages draw the same background.

#include <alentour/map_content.hpp>
#include <alentour/network.hpp>

#include <vector>

namespace alentour::detail {

// The walk network's ways and over them the car roads, inside `bounds` (plus 200 m).
std::vector<MapStreet> map_streets(const Region& region, const BoundingBox& bounds);

} // namespace alentour::detail
