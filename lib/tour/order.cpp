// The order of one loop: construction heuristics, then 2-opt and Or-opt moves on the
// asymmetric matrix until none gains (the local search of VROOM's TSP and pgr_TSP), then
// double-bridge kicks followed by the same search (iterated local search).

#include <alentour/tour.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <random>

namespace alentour {
namespace {

constexpr double gain_epsilon = 1e-6;  // seconds: a move must gain more than rounding
constexpr std::size_t max_or_segment = 3;

using Route = std::vector<std::size_t>;  // 0, stops…, 0

// Each stop in turn goes where it lengthens the loop least; the stop chosen each time is
// the one whose best insertion is cheapest of all.
Route cheapest_insertion(const TimeMatrix& c, const std::vector<std::size_t>& stops) {
    Route route{0, 0};
    std::vector<bool> placed(stops.size(), false);
    for (std::size_t round = 0; round < stops.size(); ++round) {
        double best = std::numeric_limits<double>::infinity();
        std::size_t best_stop = 0, best_at = 1;
        for (std::size_t s = 0; s < stops.size(); ++s) {
            if (placed[s]) continue;
            for (std::size_t at = 1; at < route.size(); ++at) {
                const double cost = c(route[at - 1], stops[s]) + c(stops[s], route[at]) - c(route[at - 1], route[at]);
                if (cost < best) best = cost, best_stop = s, best_at = at;
            }
        }
        placed[best_stop] = true;
        route.insert(route.begin() + static_cast<std::ptrdiff_t>(best_at), stops[best_stop]);
    }
    return route;
}

Route nearest_neighbour(const TimeMatrix& c, std::vector<std::size_t> stops) {
    Route route{0};
    while (!stops.empty()) {
        const std::size_t here = route.back();
        const auto next = std::min_element(stops.begin(), stops.end(), [&](std::size_t a, std::size_t b) { return c(here, a) < c(here, b); });
        route.push_back(*next);
        stops.erase(next);
    }
    route.push_back(0);
    return route;
}

// Prefix sums of the route driven forward and backward, so that the cost of a reversed
// piece is known at once: under asymmetry a 2-opt reversal changes it.
struct Prefix {
    std::vector<double> forward, backward;
    explicit Prefix(const TimeMatrix& c, const Route& r) : forward(r.size(), 0.0), backward(r.size(), 0.0) {
        for (std::size_t k = 1; k < r.size(); ++k) {
            forward[k] = forward[k - 1] + c(r[k - 1], r[k]);
            backward[k] = backward[k - 1] + c(r[k], r[k - 1]);
        }
    }
    // The piece r[i..j] driven as it is, and reversed.
    double along(std::size_t i, std::size_t j) const { return forward[j] - forward[i]; }
    double against(std::size_t i, std::size_t j) const { return backward[j] - backward[i]; }
};

// Reverses r[i..j] when that shortens the loop; true when a move was made.
bool two_opt(const TimeMatrix& c, Route& r) {
    const Prefix p(c, r);
    const std::size_t last = r.size() - 2;  // the last stop
    for (std::size_t i = 1; i < last; ++i) {
        for (std::size_t j = i + 1; j <= last; ++j) {
            const double before = c(r[i - 1], r[i]) + p.along(i, j) + c(r[j], r[j + 1]);
            const double after = c(r[i - 1], r[j]) + p.against(i, j) + c(r[i], r[j + 1]);
            if (after < before - gain_epsilon) {
                std::reverse(r.begin() + static_cast<std::ptrdiff_t>(i), r.begin() + static_cast<std::ptrdiff_t>(j) + 1);
                return true;
            }
        }
    }
    return false;
}

// Moves the piece r[i..i+length-1] between r[at] and r[at+1], as it is or reversed.
void move_piece(Route& r, std::size_t i, std::size_t length, std::size_t at, bool reversed) {
    Route piece(r.begin() + static_cast<std::ptrdiff_t>(i), r.begin() + static_cast<std::ptrdiff_t>(i + length));
    if (reversed) std::reverse(piece.begin(), piece.end());
    r.erase(r.begin() + static_cast<std::ptrdiff_t>(i), r.begin() + static_cast<std::ptrdiff_t>(i + length));
    const std::size_t insert_at = at < i ? at + 1 : at + 1 - length;
    r.insert(r.begin() + static_cast<std::ptrdiff_t>(insert_at), piece.begin(), piece.end());
}

// Moves a piece of one to three stops elsewhere, either way round; true when a move was made.
bool or_opt(const TimeMatrix& c, Route& r) {
    const Prefix p(c, r);
    const std::size_t stops = r.size() - 2;
    for (std::size_t length = 1; length <= std::min(max_or_segment, stops); ++length) {
        for (std::size_t i = 1; i + length - 1 <= stops; ++i) {
            const std::size_t j = i + length - 1;
            const double removed = c(r[i - 1], r[i]) + c(r[j], r[j + 1]) - c(r[i - 1], r[j + 1]);
            for (std::size_t at = 0; at + 1 < r.size(); ++at) {
                if (at + 1 >= i && at <= j) continue;  // an edge touching the piece
                const double open = c(r[at], r[at + 1]);
                const double as_is = c(r[at], r[i]) + c(r[j], r[at + 1]) - open;
                const double turned = c(r[at], r[j]) + c(r[i], r[at + 1]) - open + p.against(i, j) - p.along(i, j);
                const double inserted = std::min(as_is, turned);
                if (inserted < removed - gain_epsilon) {
                    move_piece(r, i, length, at, turned < as_is);
                    return true;
                }
            }
        }
    }
    return false;
}

Route improve(const TimeMatrix& c, Route route) {
    while (two_opt(c, route) || or_opt(c, route)) {
    }
    return route;
}

// Farthest insertion: the stop farthest from the loop goes in next, where it costs least.
Route farthest_insertion(const TimeMatrix& c, const std::vector<std::size_t>& stops) {
    Route route{0, 0};
    std::vector<double> distance(stops.size());
    for (std::size_t s = 0; s < stops.size(); ++s) distance[s] = c(0, stops[s]) + c(stops[s], 0);
    std::vector<bool> placed(stops.size(), false);
    for (std::size_t round = 0; round < stops.size(); ++round) {
        std::size_t far = 0;
        double farthest = -1.0;
        for (std::size_t s = 0; s < stops.size(); ++s) {
            if (!placed[s] && distance[s] > farthest) farthest = distance[s], far = s;
        }
        std::size_t best_at = 1;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t at = 1; at < route.size(); ++at) {
            const double cost = c(route[at - 1], stops[far]) + c(stops[far], route[at]) - c(route[at - 1], route[at]);
            if (cost < best) best = cost, best_at = at;
        }
        placed[far] = true;
        route.insert(route.begin() + static_cast<std::ptrdiff_t>(best_at), stops[far]);
        for (std::size_t s = 0; s < stops.size(); ++s) distance[s] = std::min(distance[s], c(stops[far], stops[s]) + c(stops[s], stops[far]));
    }
    return route;
}

double route_seconds(const TimeMatrix& c, const Route& r) {
    double total = 0.0;
    for (std::size_t k = 1; k < r.size(); ++k) total += c(r[k - 1], r[k]);
    return total;
}

// A double bridge: two pieces of the loop swap places, none reversed, so the kick suits
// asymmetric times; 2-opt and Or-opt cannot undo it in one move.
Route double_bridge(const Route& r, std::mt19937& random) {
    std::uniform_int_distribution<std::size_t> cut(1, r.size() - 1);
    std::array<std::size_t, 3> p{};
    do {
        p = {cut(random), cut(random), cut(random)};
        std::sort(p.begin(), p.end());
    } while (p[0] == p[1] || p[1] == p[2]);
    Route out(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(p[0]));
    out.insert(out.end(), r.begin() + static_cast<std::ptrdiff_t>(p[1]), r.begin() + static_cast<std::ptrdiff_t>(p[2]));
    out.insert(out.end(), r.begin() + static_cast<std::ptrdiff_t>(p[0]), r.begin() + static_cast<std::ptrdiff_t>(p[1]));
    out.insert(out.end(), r.begin() + static_cast<std::ptrdiff_t>(p[2]), r.end());
    return out;
}

// Iterated local search: kick the best loop, search again, keep what is shorter. The
// kicks are fewer on long tours (each search costs more), and seeded: the same stops
// give the same order.
Route iterated(const TimeMatrix& c, Route best) {
    const std::size_t stops = best.size() - 2;
    if (stops < 5) return best;
    const std::size_t kicks = std::clamp<std::size_t>(8000 / stops, 10, 200);
    std::mt19937 random(static_cast<unsigned>(stops));
    double best_seconds = route_seconds(c, best);
    for (std::size_t k = 0; k < kicks; ++k) {
        Route route = improve(c, double_bridge(best, random));
        const double seconds = route_seconds(c, route);
        if (seconds < best_seconds - gain_epsilon) best_seconds = seconds, best = std::move(route);
    }
    return best;
}

} // namespace

double loop_seconds(const TimeMatrix& matrix, std::span<const std::size_t> order) {
    double total = 0.0;
    std::size_t here = 0;
    for (const std::size_t stop : order) total += matrix(here, stop), here = stop;
    return total + matrix(here, 0);
}

std::vector<std::size_t> order_loop(const TimeMatrix& matrix, std::vector<std::size_t> stops) {
    if (stops.size() <= 1) return stops;
    const Route starts[] = {cheapest_insertion(matrix, stops), nearest_neighbour(matrix, stops), farthest_insertion(matrix, stops)};
    Route best;
    double best_seconds = std::numeric_limits<double>::infinity();
    for (const Route& start : starts) {
        Route route = improve(matrix, start);
        const double seconds = route_seconds(matrix, route);
        if (seconds < best_seconds) best_seconds = seconds, best = std::move(route);
    }
    best = iterated(matrix, std::move(best));
    return {best.begin() + 1, best.end() - 1};
}

} // namespace alentour
