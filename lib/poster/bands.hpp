#pragma once
// The catchment bands the poster shows, read from their WKB once.

#include "geometry/multipolygon.hpp"

#include <alentour/map_content.hpp>

#include <string>
#include <vector>

namespace alentour::detail::poster {

// One polygon: the outer ring then its holes, drawn with the even-odd rule.
using Rings = PolygonRings;

struct ShownBand {
    const MapBand* band = nullptr;
    std::vector<Rings> polygons;
    std::string legend_text;  // "moins de 10 min", "10 à 20 min", with the people when counted
};

// Only the bands of the first band's mode, the mode whose times the list prints: two
// modes' bands in one colour ramp cannot be told apart on paper. Throws Error naming
// the band whose WKB cannot be read.
std::vector<ShownBand> shown_bands(const MapContent& content);

} // namespace alentour::detail::poster
