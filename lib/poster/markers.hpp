#pragma once
// The space's star and name, and one numbered disc per partner, placed so that none
// hides another: a disc that would land on one already placed moves to the nearest free
// spot around its place and keeps a leader line back to it.

#include "poster/cairo_util.hpp"
#include "poster/map_frame.hpp"

#include <alentour/map_content.hpp>

#include <string>
#include <vector>

namespace alentour::detail::poster {

struct PlacedMarker {
    int number = 0;
    Point anchor;  // where the partner is
    Point centre;  // where its disc is drawn
    double radius = 0;
    Rgb fill;
    bool displaced = false;

    Box box() const noexcept { return {centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}; }
};

struct SpaceMark {
    Point centre;
    double radius = 0;  // of the star
    Box star_box;
    std::vector<std::string> lines;  // the name, on one or two lines
    double font = 0;
    Box label_box;
};

// The star at the space and its name where it covers no partner's own place.
SpaceMark place_space(const MapContent& content, const MapFrame& frame, const Box& map, double marker_radius, double font,
                      TextMeasure& measure);

// Discs of `radius` for every partner, inside `map`, clear of `obstacles` and each other.
std::vector<PlacedMarker> place_markers(const std::vector<MapPartner>& partners, const MapFrame& frame, const Box& map,
                                        double radius, const std::vector<Box>& obstacles);

// The radius that fits the widest number in `font`.
double marker_radius(const std::vector<MapPartner>& partners, double font, TextMeasure& measure);

} // namespace alentour::detail::poster
