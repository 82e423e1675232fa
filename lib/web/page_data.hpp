#pragma once
// The data block of carte.html: everything carte.js draws, as JSON. The field names and
// shapes are carte.js's contract; change both together.

#include <alentour/map_content.hpp>

#include <nlohmann/json.hpp>

namespace alentour::detail {

// In insertion order, so that the page reads like the MapContent it comes from.
// Throws Error naming the band whose geometry cannot be read back from its WKB.
nlohmann::ordered_json page_data(const MapContent& content);

} // namespace alentour::detail
