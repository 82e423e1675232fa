#pragma once
// Which OSM objects are flyer places, and of which category: the rules of
// place_rules.cpp, applied to one object's tags.

#include <alentour/places.hpp>

namespace osmium {
class TagList;
}

namespace alentour::detail {

// The category of an object, or nullptr when it is no place where the public is met.
const PlaceCategory* classify_place(const osmium::TagList& tags);

} // namespace alentour::detail
