#pragma once
// The pieces of a MapContent, each gathered from the library's own results: bands from
// catchments, numbered partners from a ranking (streets: poster/streets.hpp).

#include <alentour/catchment.hpp>
#include <alentour/map_content.hpp>
#include <alentour/network.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/places_reach.hpp>

#include <string>
#include <vector>

namespace alentour::detail {

// Every band of every catchment, named and coloured by band_look().
std::vector<MapBand> map_bands(const std::vector<Catchment>& catchments);

// The prospect and outreach lists, numbered in list order, timed by the first mode.
std::vector<MapPartner> map_partners(const Ranking& ranking, const CategoryTable& categories);

// The flyer places found, nearest first, with their category's colour.
std::vector<MapPlace> map_places(const PlacesInReach& found);

// What the legends say above the bands: the question they answer.
std::string bands_heading(Direction direction);

// The extent of the bands of one mode.
void extend_with_bands(BoundingBox& box, const std::vector<MapBand>& bands, const std::string& mode);

} // namespace alentour::detail
