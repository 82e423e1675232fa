// The order of visits against the exact optimum on a real network's travel times, the
// lower bound below it, and the split into half-days.

#include "tour_support.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace alentour;
using namespace alentour::test;
using namespace alentour::test::tour;

namespace {

// Travel times between 80 random places of Porto by car, computed once.
const TimeMatrix* porto_matrix() {
    const Region* region = porto();
    if (region == nullptr) return nullptr;
    static const TimeMatrix matrix = [&] {
        const Graph& graph = region->graph("car");
        const Snapper snapper(graph, "car");
        std::vector<Snap> snaps;
        for (const LatLon& p : random_points(graph, 80, 7)) snaps.push_back(snapper.snap(p));
        return time_matrix(graph, snaps, std::numeric_limits<double>::infinity());
    }();
    return &matrix;
}

} // namespace

TEST_CASE("tours of up to 10 stops on Porto's car times are optimal or within 2 % of Held–Karp") {
    const TimeMatrix* porto_times = porto_matrix();
    ALENTOUR_REQUIRE_SHARED(porto_times == nullptr ? std::string() : std::string("porto"));
    std::mt19937 random(2026);
    double worst_gap = 0.0, worst_bound_gap = 0.0;
    int optimal = 0, asymmetric = 0;
    for (int instance = 0; instance < 200; ++instance) {
        std::vector<std::size_t> all(porto_times->size);
        std::iota(all.begin(), all.end(), 0);
        std::shuffle(all.begin(), all.end(), random);
        const std::size_t stops = 3 + static_cast<std::size_t>(instance % 8);  // 3 … 10
        const TimeMatrix m = sub_matrix(*porto_times, {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(stops + 1)});
        std::vector<std::size_t> indices(stops);
        std::iota(indices.begin(), indices.end(), 1);
        const auto order = order_loop(m, indices);
        REQUIRE(std::set<std::size_t>(order.begin(), order.end()) == std::set<std::size_t>(indices.begin(), indices.end()));
        const double found = loop_seconds(m, order), best = held_karp(m);
        const double bound = tour_lower_bound(m, indices);
        CHECK(found >= best - 1e-6);
        CHECK(bound <= best + 1e-6);  // a bound above the optimum would be a lie
        worst_gap = std::max(worst_gap, found / best - 1.0);
        worst_bound_gap = std::max(worst_bound_gap, best / bound - 1.0);
        if (found <= best + 1e-6) ++optimal;
        const std::vector<std::size_t> backwards(order.rbegin(), order.rend());
        if (std::abs(found - loop_seconds(m, backwards)) > 1.0) ++asymmetric;
    }
    WARN("optimal on " << optimal << " of 200 instances; worst gap " << 100.0 * worst_gap << " %; optimum up to "
                       << 100.0 * worst_bound_gap << " % above the lower bound; " << asymmetric << " tours differ when driven backwards");
    CHECK(worst_gap <= 0.02);
    CHECK(asymmetric > 100);  // the times are really asymmetric, so direction matters
}

TEST_CASE("half-days each fit the day and together visit every stop once") {
    const TimeMatrix* porto_times = porto_matrix();
    ALENTOUR_REQUIRE_SHARED(porto_times == nullptr ? std::string() : std::string("porto"));
    std::vector<std::size_t> stops(porto_times->size - 1);
    std::iota(stops.begin(), stops.end(), 1);
    const double visit = 20 * 60.0;
    for (const double day_minutes : {90.0, 150.0, 210.0, 400.0}) {
        const double day = day_minutes * 60.0;
        std::vector<std::size_t> fitting;  // a stop that does not fit alone is plan_tour's to report
        for (const std::size_t s : stops) {
            if ((*porto_times)(0, s) + (*porto_times)(s, 0) + visit <= day) fitting.push_back(s);
        }
        const auto loops = split_into_days(*porto_times, order_loop(*porto_times, fitting), visit, day);
        std::multiset<std::size_t> seen;
        for (const auto& loop : loops) {
            REQUIRE_FALSE(loop.empty());
            CHECK(loop_seconds(*porto_times, loop) + visit * static_cast<double>(loop.size()) <= day + 1e-6);
            seen.insert(loop.begin(), loop.end());
        }
        CHECK(seen == std::multiset<std::size_t>(fitting.begin(), fitting.end()));
        // the fewest half-days cannot be fewer than the visits alone need
        CHECK(static_cast<double>(loops.size()) >= std::floor(visit * static_cast<double>(fitting.size()) / day));
    }
}
