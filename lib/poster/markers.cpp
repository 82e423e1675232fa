#include "poster/markers.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace alentour::detail::poster {

namespace {

Box around(Point centre, double radius) { return {centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}; }

bool is_free(const Box& box, const Box& map, const std::vector<Box>& taken) {
    if (!map.contains(box)) return false;
    return std::none_of(taken.begin(), taken.end(), [&](const Box& other) { return other.overlaps(box); });
}

// Long names go on two lines, cut at the space nearest the middle.
std::vector<std::string> wrap_name(const std::string& name) {
    constexpr std::size_t one_line = 22;
    if (name.size() <= one_line) return {name};
    std::size_t best = std::string::npos;
    for (std::size_t at = name.find(' '); at != std::string::npos; at = name.find(' ', at + 1)) {
        const auto distance = [&](std::size_t p) { return std::abs(static_cast<long>(p) - static_cast<long>(name.size() / 2)); };
        if (best == std::string::npos || distance(at) < distance(best)) best = at;
    }
    if (best == std::string::npos) return {name};
    return {name.substr(0, best), name.substr(best + 1)};
}

// The box moved the least distance that puts it inside `map` (as far as it is smaller).
Box shifted_into(Box box, const Box& map) {
    box.x = std::max(map.x, std::min(box.x, map.right() - box.width));
    box.y = std::max(map.y, std::min(box.y, map.bottom() - box.height));
    return box;
}

Point clamp_into(Point p, const Box& map, double radius) {
    return {std::clamp(p.x, map.x + radius, map.right() - radius), std::clamp(p.y, map.y + radius, map.bottom() - radius)};
}

// The nearest free spot on rings around `anchor`, or the anchor itself when the map is full.
Point free_spot(Point anchor, double radius, const Box& map, const std::vector<Box>& taken, bool& displaced) {
    const Point start = clamp_into(anchor, map, radius);
    displaced = false;
    if (is_free(around(start, radius), map, taken)) return start;
    const double step = 2 * radius + 1;
    for (int ring = 1; ring <= 40; ++ring) {
        const int count = 6 * ring;
        for (int i = 0; i < count; ++i) {
            const double angle = 2 * std::numbers::pi * i / count - std::numbers::pi / 2;
            const Point candidate{start.x + ring * step * std::cos(angle), start.y + ring * step * std::sin(angle)};
            if (is_free(around(candidate, radius), map, taken)) {
                displaced = true;
                return candidate;
            }
        }
    }
    return start;
}

} // namespace

double marker_radius(const std::vector<MapPartner>& partners, double font, TextMeasure& measure) {
    const std::string widest = std::to_string(std::max<std::size_t>(9, partners.size()));
    return std::max(0.5 * measure.width(std::string(widest.size(), '8'), font, true) + 0.35 * font, 0.9 * font);
}

SpaceMark place_space(const MapContent& content, const MapFrame& frame, const Box& map, double marker_radius, double font,
                      TextMeasure& measure) {
    SpaceMark mark;
    mark.radius = 1.8 * marker_radius;
    mark.centre = clamp_into(frame.project(content.space), map, mark.radius);
    mark.star_box = around(mark.centre, mark.radius);
    mark.font = font;
    mark.lines = wrap_name(content.space_name);
    double width = 0;
    for (const auto& line : mark.lines) width = std::max(width, measure.width(line, font, true));
    const double height = 1.2 * font * static_cast<double>(mark.lines.size());
    const double gap = 0.3 * font, r = mark.radius;
    const Point c = mark.centre;
    const Box candidates[] = {
        {c.x + r + gap, c.y - height / 2, width, height},           {c.x - r - gap - width, c.y - height / 2, width, height},
        {c.x - width / 2, c.y - r - gap - height, width, height},   {c.x - width / 2, c.y + r + gap, width, height},
        {c.x + r, c.y - r - height, width, height},                 {c.x + r, c.y + r, width, height},
        {c.x - r - width, c.y - r - height, width, height},         {c.x - r - width, c.y + r, width, height},
    };
    std::vector<Box> partner_places;
    for (const auto& partner : content.partners) partner_places.push_back(around(frame.project(partner.position), marker_radius));
    std::size_t fewest = std::string::npos;
    for (const Box& candidate : candidates) {
        if (!map.contains(candidate)) continue;
        const auto hidden = static_cast<std::size_t>(std::count_if(partner_places.begin(), partner_places.end(),
                                                                   [&](const Box& place) { return place.overlaps(candidate); }));
        if (fewest == std::string::npos || hidden < fewest) {
            fewest = hidden;
            mark.label_box = candidate;
        }
    }
    if (fewest == std::string::npos) mark.label_box = shifted_into(candidates[0], map);
    return mark;
}

std::vector<PlacedMarker> place_markers(const std::vector<MapPartner>& partners, const MapFrame& frame, const Box& map,
                                        double radius, const std::vector<Box>& obstacles) {
    std::vector<PlacedMarker> markers;
    std::vector<Box> taken = obstacles;
    for (const auto& partner : partners) {
        PlacedMarker marker;
        marker.number = partner.number;
        marker.anchor = frame.project(partner.position);
        marker.radius = radius;
        marker.fill = parse_colour(partner.colour);
        marker.centre = free_spot(marker.anchor, radius, map, taken, marker.displaced);
        taken.push_back(marker.box());
        markers.push_back(marker);
    }
    return markers;
}

} // namespace alentour::detail::poster
