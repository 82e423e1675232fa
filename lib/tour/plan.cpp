// The tour of a region: place the stops, time every pair, order and split the visits
// into half-days, then draw each leg on the streets.

#include "core/parallel.hpp"
#include "partners/place.hpp"
#include "tour/route_line.hpp"

#include <alentour/error.hpp>
#include <alentour/search.hpp>
#include <alentour/tour.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace alentour {
namespace {

using Clock = std::chrono::steady_clock;

constexpr double region_margin_metres = 50.0;  // as the ranking allows

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void check_options(const std::vector<TourStop>& stops, const TourOptions& options) {
    if (stops.empty()) throw InputError("the tour has no place to visit: the stops file holds no row");
    if (stops.size() > max_tour_stops) {
        throw InputError("the tour has " + std::to_string(stops.size()) + " places; at most " + std::to_string(max_tour_stops) +
                         " can be ordered (split the list)");
    }
    if (!(options.day_minutes > 0.0)) throw InputError("the day length must be positive", {"", 0, "--day"});
    if (!(options.stop_minutes >= 0.0)) throw InputError("the visit length cannot be negative", {"", 0, "--stop-minutes"});
}

// Matrix index of each stop (0 when not placed); index 0 is the space.
struct Placed {
    std::vector<Snap> points;
    std::vector<std::size_t> index;
};

Placed place_stops(TourResult& tour, const Snapper& snapper, const BoundingBox& bounds, const Snap& space) {
    Placed placed{{space}, std::vector<std::size_t>(tour.stops.size(), 0)};
    for (std::size_t s = 0; s < tour.stops.size(); ++s) {
        const TourStop& stop = tour.stops[s];
        if (!stop.input_status.empty() || !stop.position) {
            tour.status[s] = StopStatus::no_position;
            tour.status_detail[s] = stop.input_status.empty() ? "pas de coordonnées" : stop.input_status;
            continue;
        }
        // Placed as the ranking places structures, so the reason reads the same (in French).
        const detail::Placement p = detail::place(snapper, bounds, tour.options.mode, *stop.position, tour.options.snap, region_margin_metres);
        if (p.snap) {
            placed.points.push_back(*p.snap);
            placed.index[s] = placed.points.size() - 1;
        } else {
            tour.status[s] = StopStatus::not_on_network;
            tour.status_detail[s] = p.detail;
        }
    }
    return placed;
}

// Stops that a half-day can hold: there and back, plus the visit, within the day.
std::vector<std::size_t> visitable(TourResult& tour, const Placed& placed, const TimeMatrix& m) {
    const double visit = tour.options.stop_minutes * 60.0, day = tour.options.day_minutes * 60.0;
    std::vector<std::size_t> stops;
    for (std::size_t s = 0; s < tour.stops.size(); ++s) {
        const std::size_t k = placed.index[s];
        if (k == 0) continue;
        const double there = m(0, k), back = m(k, 0);
        if (!std::isfinite(there) || !std::isfinite(back)) {
            tour.status[s] = StopStatus::unreachable;
            tour.status_detail[s] = !std::isfinite(there) ? "aucun trajet depuis l'espace jusqu'ici" : "aucun trajet d'ici vers l'espace";
        } else if (there + back + visit > day) {
            tour.status[s] = StopStatus::too_far_for_a_day;
            tour.status_detail[s] = "aller, visite et retour : " + std::to_string(std::lround((there + back + visit) / 60.0)) +
                                    " min, plus qu'une demi-journée";
        } else {
            stops.push_back(k);
        }
    }
    return stops;
}

// Driving of a set of loops.
double total_seconds(const TimeMatrix& m, const std::vector<std::vector<std::size_t>>& loops) {
    double total = 0.0;
    for (const auto& loop : loops) total += loop_seconds(m, loop);
    return total;
}

// The half-days: one loop through every stop, cut to fit the day at whichever stop
// starts the cut best (the loop is a cycle: each rotation cuts differently), fewest
// half-days first, then least driving; each piece is then re-ordered on its own (kept as
// cut when that is no better).
std::vector<std::vector<std::size_t>> half_days(const TimeMatrix& m, const std::vector<std::size_t>& stops, const TourOptions& o,
                                                double& one_loop_seconds) {
    std::vector<std::size_t> giant = order_loop(m, stops);
    one_loop_seconds = loop_seconds(m, giant);
    const double visit = o.stop_minutes * 60.0, day = o.day_minutes * 60.0;
    std::vector<std::vector<std::size_t>> best;
    for (std::size_t start = 0; start < giant.size(); ++start) {
        auto loops = split_into_days(m, giant, visit, day);
        if (best.empty() || loops.size() < best.size() || (loops.size() == best.size() && total_seconds(m, loops) < total_seconds(m, best))) {
            best = std::move(loops);
        }
        std::rotate(giant.begin(), giant.begin() + 1, giant.end());
    }
    for (auto& loop : best) {
        auto again = order_loop(m, loop);
        if (loop_seconds(m, again) < loop_seconds(m, loop)) loop = std::move(again);
    }
    return best;
}

TourLoop timed_loop(const TimeMatrix& m, const std::vector<std::size_t>& order, const std::vector<std::size_t>& stop_of, double visit) {
    TourLoop loop;
    double clock = 0.0;
    std::size_t here = 0;
    for (const std::size_t k : order) {
        TourVisit v{stop_of[k], 0, 0, m(here, k), m.metres[here * m.size + k]};
        clock += v.drive_seconds;
        v.arrival_seconds = clock;
        clock += visit;
        v.departure_seconds = clock;
        loop.drive_seconds += v.drive_seconds;
        loop.metres += v.metres;
        loop.visits.push_back(v);
        here = k;
    }
    loop.return_drive_seconds = m(here, 0);
    loop.return_metres = m.metres[here * m.size];
    loop.drive_seconds += loop.return_drive_seconds;
    loop.metres += loop.return_metres;
    loop.return_seconds = clock + m(here, 0);
    return loop;
}

// Each leg searched again, bounded by its own time, so the route costs far less than the matrix.
void draw_routes(const Graph& graph, const Placed& placed, const TimeMatrix& m, const std::vector<std::vector<std::size_t>>& orders,
                 std::vector<TourLoop>& loops) {
    struct Leg {
        std::size_t loop, from, to;
    };
    std::vector<Leg> legs;
    for (std::size_t l = 0; l < orders.size(); ++l) {
        std::size_t here = 0;
        for (const std::size_t k : orders[l]) legs.push_back({l, here, k}), here = k;
        legs.push_back({l, here, 0});
        loops[l].legs.resize(orders[l].size() + 1);
    }
    std::vector<std::vector<LatLon>> lines(legs.size());
    const std::size_t chunks = std::min<std::size_t>(legs.size(), 8);
    detail::parallel_for(
        chunks,
        [&](std::size_t chunk) {
            Searcher searcher(graph);
            for (std::size_t i = chunk; i < legs.size(); i += chunks) {
                const Leg& leg = legs[i];
                const auto& result = searcher.run({&placed.points[leg.from], 1}, {m(leg.from, leg.to) + 1.0, Direction::forward});
                lines[i] = detail::route_line(graph, result, placed.points[leg.from], placed.points[leg.to]);
            }
        },
        1);
    std::vector<std::size_t> next(orders.size(), 0);
    for (std::size_t i = 0; i < legs.size(); ++i) loops[legs[i].loop].legs[next[legs[i].loop]++] = std::move(lines[i]);
}

} // namespace

std::string_view stop_status_code(StopStatus status) noexcept {
    switch (status) {
    case StopStatus::visited: return "visited";
    case StopStatus::no_position: return "no_position";
    case StopStatus::not_on_network: return "not_on_network";
    case StopStatus::unreachable: return "unreachable";
    case StopStatus::too_far_for_a_day: return "too_far_for_a_day";
    }
    return "";
}

TourResult plan_tour(const Region& region, LatLon space, std::vector<TourStop> stops, const TourOptions& options, const Progress& progress) {
    check_options(stops, options);
    TourResult tour;
    tour.options = options;
    tour.space = space;
    tour.stops = std::move(stops);
    tour.status.assign(tour.stops.size(), StopStatus::visited);
    tour.status_detail.assign(tour.stops.size(), "");
    const Graph& graph = region.graph(options.mode);
    report(progress, 0.0, "placing the stops");
    const Snapper snapper(graph, options.mode);
    const Snap space_snap = snapper.snap_named({options.space_name, space, 0}, options.snap, "space");
    const Placed placed = place_stops(tour, snapper, graph.bounds(), space_snap);

    auto start = Clock::now();
    const TimeMatrix m = time_matrix(graph, placed.points, 2.0 * options.day_minutes * 60.0, progress);
    tour.matrix_seconds = seconds_since(start);

    start = Clock::now();
    const std::vector<std::size_t> stops_in = visitable(tour, placed, m);
    const auto orders = half_days(m, stops_in, options, tour.one_loop_seconds);
    const double visit = options.stop_minutes * 60.0, day = options.day_minutes * 60.0;
    tour.one_loop_bound_seconds = tour_lower_bound(m, stops_in);
    // merging loops never costs more (triangle inequality): the one-loop bound holds for half-days too
    const std::size_t loops = fewest_loops(m, stops_in, visit, day);
    tour.lower_bound_seconds = std::max(tour.one_loop_bound_seconds, loops > 1 ? assignment_lower_bound(m, stops_in, loops) : 0.0);
    tour.heuristic_seconds = seconds_since(start);

    std::vector<std::size_t> stop_of(placed.points.size(), 0);
    for (std::size_t s = 0; s < tour.stops.size(); ++s) stop_of[placed.index[s]] = s;
    for (const auto& order : orders) {
        tour.loops.push_back(timed_loop(m, order, stop_of, options.stop_minutes * 60.0));
        tour.drive_seconds += tour.loops.back().drive_seconds;
    }
    start = Clock::now();
    draw_routes(graph, placed, m, orders, tour.loops);
    tour.route_seconds = seconds_since(start);
    report(progress, 1.0, "tour");
    return tour;
}

} // namespace alentour
