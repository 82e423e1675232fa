// The tour for uMap and web maps: one line per half-day on the streets, a numbered point
// per visit, the stops left out in grey, the space. simplestyle and uMap styling.

#include "core/french.hpp"
#include "tour/wording.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace alentour {
namespace {

using namespace detail::tour;
using Json = nlohmann::ordered_json;

double round7(double v) { return std::round(v * 1e7) / 1e7; }
Json coordinates(LatLon p) { return Json::array({round7(p.lon), round7(p.lat)}); }

Json point(LatLon p, Json properties) {
    return Json{{"type", "Feature"}, {"geometry", {{"type", "Point"}, {"coordinates", coordinates(p)}}}, {"properties", std::move(properties)}};
}

Json loop_line(const TourResult& t, std::size_t l, const TourClock& clock) {
    const TourLoop& loop = t.loops[l];
    Json line = Json::array();
    for (const auto& leg : loop.legs) {
        for (const LatLon& p : leg) {
            const Json c = coordinates(p);
            if (line.empty() || line.back() != c) line.push_back(c);
        }
    }
    const std::string colour = loop_colour(l);
    const double start = half_day_start(l, clock);
    Json properties{{"name", half_day_label(l)},
                    {"description", std::to_string(loop.visits.size()) + " visites, départ " + clock_text(start) + ", retour " +
                                        clock_text(start + loop.return_seconds / 60.0) + ", " +
                                        detail::french_minutes(loop.drive_seconds / 60.0) + " de trajet, " +
                                        detail::french_number(loop.metres / 1000.0, 1) + " km"},
                    {"stroke", colour},
                    {"stroke-width", 4},
                    {"stroke-opacity", 0.8},
                    {"_umap_options", {{"color", colour}, {"weight", 4}, {"opacity", 0.8}}}};
    return Json{{"type", "Feature"}, {"geometry", {{"type", "LineString"}, {"coordinates", line}}}, {"properties", properties}};
}

Json visit_point(const TourResult& t, std::size_t l, std::size_t v, const TourClock& clock) {
    const TourVisit& visit = t.loops[l].visits[v];
    const TourStop& stop = t.stops[visit.stop];
    const double start = half_day_start(l, clock);
    const std::string colour = loop_colour(l);
    Json properties{{"name", std::to_string(v + 1) + ". " + stop_label(stop)},
                    {"description", half_day_label(l) + " : arrivée " + clock_text(start + visit.arrival_seconds / 60.0) + ", départ " +
                                        clock_text(start + visit.departure_seconds / 60.0) + (stop.address.empty() ? "" : "\n" + stop.address)},
                    {"demi_journee", l + 1},
                    {"ordre", v + 1},
                    {"id", stop.id},
                    {"statut", "visited"},
                    {"marker-color", colour},
                    {"marker-symbol", std::to_string(std::min<std::size_t>(v + 1, 99))},
                    {"_umap_options", {{"color", colour}, {"iconClass", "Drop"}}}};
    return point(*stop.position, properties);
}

} // namespace

void write_tour_geojson(const TourResult& t, std::ostream& out, const TourClock& clock) {
    Json features = Json::array();
    for (std::size_t l = 0; l < t.loops.size(); ++l) features.push_back(loop_line(t, l, clock));
    for (std::size_t l = 0; l < t.loops.size(); ++l) {
        for (std::size_t v = 0; v < t.loops[l].visits.size(); ++v) features.push_back(visit_point(t, l, v, clock));
    }
    for (std::size_t s = 0; s < t.stops.size(); ++s) {
        if (t.status[s] == StopStatus::visited || !t.stops[s].position) continue;
        features.push_back(point(*t.stops[s].position, Json{{"name", stop_label(t.stops[s])},
                                                            {"description", "Non visitée : " + t.status_detail[s]},
                                                            {"id", t.stops[s].id},
                                                            {"statut", std::string(stop_status_code(t.status[s]))},
                                                            {"marker-color", "#999999"},
                                                            {"_umap_options", {{"color", "#999999"}, {"iconClass", "Circle"}}}}));
    }
    features.push_back(point(t.space, Json{{"name", t.options.space_name},
                                           {"description", "Départ et retour de chaque demi-journée"},
                                           {"marker-color", "#000000"},
                                           {"marker-symbol", "star"},
                                           {"_umap_options", {{"color", "#000000"}, {"iconClass", "Drop"}}}}));
    out << Json{{"type", "FeatureCollection"}, {"features", features}}.dump(1) << '\n';
}

} // namespace alentour
