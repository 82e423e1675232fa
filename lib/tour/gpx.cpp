// The tour for a GPS or a phone: a waypoint per visit, a track per half-day (GPX 1.1).

#include "core/markup.hpp"
#include "tour/wording.hpp"

#include <cstdio>
#include <ostream>

namespace alentour {
namespace {

using namespace detail::tour;

std::string xml_text(const std::string& text) { return detail::markup_escaped(text); }

std::string lat_lon_attributes(LatLon p) {
    char text[64];
    std::snprintf(text, sizeof text, "lat=\"%.7f\" lon=\"%.7f\"", p.lat, p.lon);
    return text;
}

} // namespace

void write_tour_gpx(const TourResult& t, std::ostream& out) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gpx version=\"1.1\" creator=\"alentour\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";
    out << " <wpt " << lat_lon_attributes(t.space) << "><name>" << xml_text(t.options.space_name) << "</name></wpt>\n";
    for (std::size_t l = 0; l < t.loops.size(); ++l) {
        for (std::size_t v = 0; v < t.loops[l].visits.size(); ++v) {
            const TourStop& stop = t.stops[t.loops[l].visits[v].stop];
            out << " <wpt " << lat_lon_attributes(*stop.position) << "><name>" << l + 1 << '.' << v + 1 << ' '
                << xml_text(stop_label(stop)) << "</name><desc>" << xml_text(half_day_label(l)) << "</desc></wpt>\n";
        }
    }
    for (std::size_t l = 0; l < t.loops.size(); ++l) {
        out << " <trk><name>" << xml_text(half_day_label(l)) << "</name><trkseg>\n";
        for (const auto& leg : t.loops[l].legs) {
            for (const LatLon& p : leg) out << "  <trkpt " << lat_lon_attributes(p) << "/>\n";
        }
        out << " </trkseg></trk>\n";
    }
    out << "</gpx>\n";
}

} // namespace alentour
