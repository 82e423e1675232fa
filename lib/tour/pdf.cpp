// tournee.pdf: one page per half-day, the numbered route on the left, the timed list on
// the right, drawn with the poster's own helpers (frame, discs, star, text).

#include "core/clock.hpp"
#include "core/french.hpp"
#include "poster/cairo_util.hpp"
#include "poster/draw_map.hpp"
#include "poster/draw_text.hpp"
#include "poster/map_frame.hpp"
#include "poster/markers.hpp"
#include "tour/wording.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <cairo-pdf.h>

#include <algorithm>

namespace alentour {
namespace {

using namespace detail::poster;
using namespace detail::tour;

constexpr double page_width = 842, page_height = 595;  // A4 landscape, points
constexpr double margin = 28;
const Rgb ink{0.1, 0.1, 0.1};
const Rgb grey{0.45, 0.45, 0.45};

struct Page {
    cairo_t* cr;
    TextMeasure& measure;
    const TourResult& tour;
    const TourClock& clock;
    const std::vector<MapStreet>& streets;
};

BoundingBox loop_bounds(const TourResult& t, const TourLoop& loop) {
    BoundingBox box;
    box.extend(t.space);
    for (const auto& leg : loop.legs) {
        for (const LatLon& p : leg) box.extend(p);
    }
    const double pad_lat = std::max(0.08 * (box.max_lat - box.min_lat), 0.002), pad_lon = std::max(0.08 * (box.max_lon - box.min_lon), 0.003);
    return {box.min_lat - pad_lat, box.min_lon - pad_lon, box.max_lat + pad_lat, box.max_lon + pad_lon};
}

// The streets with a point on this page (the PDF keeps what a clip hides).
std::vector<MapStreet> page_streets(const std::vector<MapStreet>& streets, const BoundingBox& bounds) {
    std::vector<MapStreet> shown;
    for (const auto& street : streets) {
        if (std::any_of(street.line.begin(), street.line.end(), [&](LatLon q) { return bounds.contains(q, 100.0); })) shown.push_back(street);
    }
    return shown;
}

void draw_route(Page& p, const TourLoop& loop, const Box& map, const MapFrame& frame, const Rgb& colour, const BoundingBox& bounds) {
    cairo_t* cr = p.cr;
    cairo_save(cr);
    cairo_rectangle(cr, map.x, map.y, map.width, map.height);
    cairo_clip(cr);
    set_colour(cr, {0.965, 0.957, 0.94});
    cairo_paint(cr);
    draw_streets(cr, frame, page_streets(p.streets, bounds));
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const auto& [width, rgb] : {std::pair{5.0, Rgb{1, 1, 1}}, std::pair{3.0, colour}}) {
        for (const auto& leg : loop.legs) line_path(cr, frame, leg);
        set_colour(cr, rgb);
        cairo_set_line_width(cr, width);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
    set_colour(cr, grey);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, map.x, map.y, map.width, map.height);
    cairo_stroke(cr);
}

void draw_stops(Page& p, const TourLoop& loop, const Box& map, const MapFrame& frame, const std::string& colour) {
    const Point star = frame.project(p.tour.space);
    const double star_radius = 10;
    std::vector<MapPartner> stops;
    for (std::size_t v = 0; v < loop.visits.size(); ++v) {
        MapPartner stop;
        stop.number = static_cast<int>(v + 1);
        stop.position = *p.tour.stops[loop.visits[v].stop].position;
        stop.colour = colour;
        stops.push_back(stop);
    }
    const double font = 7.5, radius = 8;
    const Box star_box{star.x - star_radius, star.y - star_radius, 2 * star_radius, 2 * star_radius};
    for (const auto& marker : place_markers(stops, frame, map, radius, {star_box})) {
        if (marker.displaced) draw_leader(p.cr, marker);
        draw_marker(p.cr, marker, font);
    }
    draw_star(p.cr, star, star_radius);
}

// One line of the list: the number, the times, the name and its address below.
double list_line(Page& p, const Box& list, double y, double font, const std::string& number, const std::string& times,
                 const std::string& name, const std::string& address) {
    const double line = 1.25 * font, indent = 2.2 * font, times_width = 7.2 * font;
    show_text(p.cr, number, list.x, baseline_in(y, line, font), font, true, ink);
    show_text(p.cr, times, list.x + indent, baseline_in(y, line, font), font, false, ink);
    const double name_x = list.x + indent + times_width;
    show_text(p.cr, p.measure.fit(name, font, true, list.right() - name_x), name_x, baseline_in(y, line, font), font, true, ink);
    y += line;
    if (!address.empty()) {
        show_text(p.cr, p.measure.fit(address, 0.85 * font, false, list.right() - name_x), name_x, baseline_in(y, line, 0.85 * font),
                  0.85 * font, false, grey);
        y += line;
    }
    return y + 0.3 * font;
}

void draw_list(Page& p, const TourLoop& loop, std::size_t l, const Box& list) {
    const double start = half_day_start(l, p.clock);
    const double rows = 2.0 * static_cast<double>(loop.visits.size()) + 3.0;
    const double font = std::clamp(list.height / (rows * 1.4), 5.0, 10.0);
    double y = list.y;
    y = list_line(p, list, y, font, "", clock_text(start), "Départ : " + p.tour.options.space_name, "");
    for (std::size_t v = 0; v < loop.visits.size(); ++v) {
        const TourVisit& visit = loop.visits[v];
        const TourStop& stop = p.tour.stops[visit.stop];
        const std::string times = clock_text(start + visit.arrival_seconds / 60.0) + "–" + clock_text(start + visit.departure_seconds / 60.0);
        y = list_line(p, list, y, font, std::to_string(v + 1), times, stop_label(stop), stop.address);
    }
    list_line(p, list, y, font, "", clock_text(start + loop.return_seconds / 60.0), "Retour : " + p.tour.options.space_name, "");
}

void draw_page(Page& p, std::size_t l) {
    const TourLoop& loop = p.tour.loops[l];
    const double start = half_day_start(l, p.clock);
    show_text(p.cr, "Tournée — " + half_day_label(l), margin, baseline_in(margin, 22, 16), 16, true, ink);
    const std::string subtitle = p.tour.options.space_name + " · " + std::to_string(loop.visits.size()) + " visite(s) " +
                                 detail::french_mode(p.tour.options.mode) + " · " + clock_text(start) + "–" +
                                 clock_text(start + loop.return_seconds / 60.0) + " · " + detail::french_minutes(loop.drive_seconds / 60.0) +
                                 " de trajet, " + detail::french_number(loop.metres / 1000.0, 1) + " km";
    show_text(p.cr, p.measure.fit(subtitle, 10, false, page_width - 2 * margin), margin, baseline_in(margin + 24, 14, 10), 10, false, grey);
    const double top = margin + 46, bottom = page_height - margin - 14;
    const Box map{margin, top, 0.6 * (page_width - 2 * margin), bottom - top};
    const Box list{map.right() + 16, top, page_width - margin - map.right() - 16, bottom - top};
    const BoundingBox bounds = loop_bounds(p.tour, loop);
    const MapFrame frame(bounds, map);
    const std::string colour = loop_colour(l);
    draw_route(p, loop, map, frame, parse_colour(colour), bounds);
    draw_stops(p, loop, map, frame, colour);
    draw_list(p, loop, l, list);
    show_text(p.cr, "Fond et itinéraires : © les contributeurs d'OpenStreetMap (ODbL) · " + detail::french_date(), margin,
              baseline_in(page_height - margin - 10, 10, 7), 7, false, grey);
}

void draw_left_out(Page& p) {
    show_text(p.cr, "Lieux non visités", margin, baseline_in(margin, 22, 16), 16, true, ink);
    double y = margin + 34;
    const Box list{margin, y, page_width - 2 * margin, page_height - y - margin};
    for (std::size_t s = 0; s < p.tour.stops.size() && y < page_height - margin - 20; ++s) {
        if (p.tour.status[s] == StopStatus::visited) continue;
        y = list_line(p, list, y, 9, "", std::string(stop_status_code(p.tour.status[s])).substr(0, 14), stop_label(p.tour.stops[s]),
                      p.tour.status_detail[s]);
    }
}

} // namespace

void write_tour_pdf(const TourResult& t, const std::string& path, bool overwrite, const TourClock& clock, const std::vector<MapStreet>& streets) {
    OutputFile file(path, overwrite);
    {
        SurfacePtr surface(cairo_pdf_surface_create(file.temp_path().c_str(), page_width, page_height));
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, ("Tournée — " + t.options.space_name).c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "alentour");
        const detail::OutputTime time = detail::output_time();
        if (time.fixed) cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, detail::iso_8601(time).c_str());
        ContextPtr cr(cairo_create(surface.get()));
        use_print_metrics(cr.get());
        TextMeasure measure;
        Page page{cr.get(), measure, t, clock, streets};
        for (std::size_t l = 0; l < t.loops.size(); ++l) {
            draw_page(page, l);
            cairo_show_page(cr.get());
        }
        if (std::find_if(t.status.begin(), t.status.end(), [](StopStatus s) { return s != StopStatus::visited; }) != t.status.end()) {
            draw_left_out(page);
            cairo_show_page(cr.get());
        }
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) throw Error(std::string("cannot draw the tour: ") + cairo_status_to_string(cairo_status(cr.get())), {path, 0, ""});
        cr.reset();
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) throw InputError("cannot write the tour's PDF", {path, 0, ""});
    }
    file.commit();
}

} // namespace alentour
