#include "poster/draw_map.hpp"

#include "poster/draw_text.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace alentour::detail::poster {

namespace {

const Rgb ground{0.965, 0.957, 0.94};
const Rgb star_red{0.84, 0.1, 0.11};

void box_path(cairo_t* cr, const Box& box) { cairo_rectangle(cr, box.x, box.y, box.width, box.height); }

void draw_bands(cairo_t* cr, const Plan& plan) {
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    for (const auto& band : plan.bands) {
        for (const auto& polygon : band.polygons) {
            for (const auto& ring : polygon) {
                line_path(cr, plan.frame, ring);
                cairo_close_path(cr);
            }
        }
        const Rgb colour = parse_colour(band.band->colour);
        set_colour(cr, colour, band_alpha);
        cairo_fill_preserve(cr);
        // Thin outlines only: thick ones would read as roads.
        set_colour(cr, colour, 0.9);
        cairo_set_line_width(cr, 0.5);
        cairo_stroke(cr);
    }
}

} // namespace

void line_path(cairo_t* cr, const MapFrame& frame, const std::vector<LatLon>& line) {
    bool first = true;
    for (const LatLon& p : line) {
        const Point q = frame.project(p);
        if (first) cairo_move_to(cr, q.x, q.y);
        else cairo_line_to(cr, q.x, q.y);
        first = false;
    }
}

void draw_streets(cairo_t* cr, const MapFrame& frame, const std::vector<MapStreet>& streets) {
    struct Style {
        double width, grey;
    };
    // Paths faint, streets clear, main roads the strongest: the town's skeleton first.
    const Style styles[] = {{0.35, 0.72}, {0.8, 0.55}, {1.8, 0.38}};
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (int rank = 0; rank <= 2; ++rank) {
        const Style& style = styles[rank];
        for (const auto& street : streets) {
            if (std::clamp(street.rank, 0, 2) == rank) line_path(cr, frame, street.line);
        }
        set_colour(cr, {style.grey, style.grey, style.grey});
        cairo_set_line_width(cr, style.width);
        cairo_stroke(cr);
    }
}

namespace {

void draw_space(cairo_t* cr, const SpaceMark& space) {
    draw_star(cr, space.centre, space.radius);
    const double line_height = 1.2 * space.font;
    double top = space.label_box.y;
    for (const auto& line : space.lines) {
        show_text_haloed(cr, line, space.label_box.x, baseline_in(top, line_height, space.font), space.font, true, {0.1, 0.1, 0.1});
        top += line_height;
    }
}

// The flyer places: small dots ringed in white, under the partners' discs, which matter more.
void draw_places(cairo_t* cr, const Plan& plan) {
    const double radius = 0.3 * plan.marker_font;
    for (const auto& place : plan.content->places) {
        const Point p = plan.frame.project(place.position);
        cairo_new_sub_path(cr);
        cairo_arc(cr, p.x, p.y, radius, 0, 2 * std::numbers::pi);
        set_colour(cr, parse_colour(place.colour));
        cairo_fill_preserve(cr);
        set_colour(cr, {1, 1, 1});
        cairo_set_line_width(cr, 0.25 * radius);
        cairo_stroke(cr);
    }
}

} // namespace

void draw_leader(cairo_t* cr, const PlacedMarker& marker) {
    cairo_move_to(cr, marker.anchor.x, marker.anchor.y);
    cairo_line_to(cr, marker.centre.x, marker.centre.y);
    set_colour(cr, {0.2, 0.2, 0.2});
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
    cairo_arc(cr, marker.anchor.x, marker.anchor.y, 0.25 * marker.radius, 0, 2 * std::numbers::pi);
    set_colour(cr, marker.fill);
    cairo_fill_preserve(cr);
    set_colour(cr, {0.2, 0.2, 0.2});
    cairo_set_line_width(cr, 0.4);
    cairo_stroke(cr);
}

void draw_marker(cairo_t* cr, const PlacedMarker& marker, double font) {
    cairo_arc(cr, marker.centre.x, marker.centre.y, marker.radius, 0, 2 * std::numbers::pi);
    set_colour(cr, marker.fill);
    cairo_fill_preserve(cr);
    set_colour(cr, {1, 1, 1});
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
    show_text_centred(cr, std::to_string(marker.number), marker.centre, font, true, text_colour_on(marker.fill));
}

void star_path(cairo_t* cr, Point centre, double radius) {
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 == 0 ? radius : 0.45 * radius;
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const double x = centre.x + r * std::cos(angle), y = centre.y + r * std::sin(angle);
        if (i == 0) cairo_move_to(cr, x, y);
        else cairo_line_to(cr, x, y);
    }
    cairo_close_path(cr);
}

void draw_star(cairo_t* cr, Point centre, double radius) {
    star_path(cr, centre, radius);
    set_colour(cr, star_red);
    cairo_fill_preserve(cr);
    set_colour(cr, {1, 1, 1});
    cairo_set_line_width(cr, std::max(0.8, 0.12 * radius));
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
}

void draw_map(cairo_t* cr, const Plan& plan) {
    cairo_save(cr);
    box_path(cr, plan.map);
    cairo_clip(cr);
    set_colour(cr, ground);
    cairo_paint(cr);
    draw_bands(cr, plan);
    draw_streets(cr, plan.frame, plan.content->streets);
    draw_places(cr, plan);
    for (const auto& marker : plan.markers) {
        if (marker.displaced) draw_leader(cr, marker);
    }
    for (const auto& marker : plan.markers) draw_marker(cr, marker, plan.marker_font);
    draw_space(cr, plan.space);
    cairo_restore(cr);
    box_path(cr, plan.map);
    set_colour(cr, {0.35, 0.35, 0.35});
    cairo_set_line_width(cr, 0.75);
    cairo_stroke(cr);
}

} // namespace alentour::detail::poster
