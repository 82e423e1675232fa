// Each populated unit (a point, or a polygon at a point inside it) is placed on the
// network once; each candidate's search then tells which units it reaches within the
// last band. A unit counts with its people outside the spaces' last band, whole, when
// its point is reached: the choice works at the grain of the population layer.

#include "population/coverage_stops.hpp"
#include "population/data.hpp"

#include "geometry/geos.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <optional>

namespace alentour {
namespace detail {
namespace {

struct Unit {
    LatLon position;
    double unserved = 0;
    Snap snap;
};

LatLon point_inside(const GeosContext& geos, const PopulationPolygon& polygon) {
    const Geometry shape = read_wkb(geos, polygon.wkb.data(), polygon.wkb.size());
    const Geometry point = own(geos, GEOSPointOnSurface_r(geos.handle(), shape.get()), "point on surface");
    double x = 0, y = 0;
    GEOSGeomGetX_r(geos.handle(), point.get(), &x);
    GEOSGeomGetY_r(geos.handle(), point.get(), &y);
    return {y, x};
}

// The units with people not served yet, placed on the network (those too far from any
// street cannot be reached by a stop either, and are left out).
std::vector<Unit> unserved_units(const Snapper& snapper, const PopulationLayer& population, const std::vector<std::uint8_t>& served,
                                 const SnapOptions& snap) {
    const PopulationData& data = population.data();
    const std::vector<double> inside = unit_people_within(data, served);
    const GeosContext geos;
    std::vector<Unit> units;
    for (std::size_t i = 0; i < inside.size(); ++i) {
        const bool is_point = i < data.points.size();
        const double count = is_point ? data.points[i].count : data.polygons[i - data.points.size()].count;
        if (count - inside[i] <= 1e-9) continue;
        Unit unit;
        unit.position = is_point ? data.points[i].position : point_inside(geos, data.polygons[i - data.points.size()]);
        unit.unserved = count - inside[i];
        try {
            unit.snap = snapper.snap(unit.position, snap);
        } catch (const SnapError&) {
            continue;
        }
        units.push_back(unit);
    }
    return units;
}

std::vector<NamedPoint> candidates_of(const std::vector<Unit>& units, const CoverageOptions& options) {
    if (!options.candidates.empty()) return options.candidates;
    std::vector<NamedPoint> candidates;
    for (const auto& unit : units) candidates.push_back({format_lat_lon(unit.position), unit.position, 0});
    return candidates;
}

} // namespace

std::vector<StopChoice> choose_stops(const Graph& graph, const Snapper& snapper, const PopulationLayer& population,
                                     const std::vector<std::uint8_t>& served, const CoverageOptions& options) {
    const std::vector<Unit> units = unserved_units(snapper, population, served, options.snap);
    const std::vector<NamedPoint> candidates = candidates_of(units, options);
    std::vector<double> weights;
    for (const auto& unit : units) weights.push_back(unit.unserved);
    Searcher searcher(graph);
    std::vector<std::vector<std::uint32_t>> sets(candidates.size());
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        Snap stop;
        try {
            stop = snapper.snap_named(candidates[c], options.snap, "candidate stop");
        } catch (const SnapError&) {
            continue;  // a place no street reaches serves nobody: one such row does not stop the choice
        }
        const SearchResult& result = searcher.run({&stop, 1}, {options.minutes.back() * 60.0, options.direction});
        for (std::uint32_t u = 0; u < units.size(); ++u) {
            const Arrival arrival = arrival_at(graph, result, units[u].snap);
            if (arrival.reached && arrival.seconds <= result.max_seconds()) sets[c].push_back(u);
        }
    }
    std::vector<StopChoice> stops;
    for (const GreedyPick& pick : greedy_max_coverage(sets, weights, options.new_stops)) {
        stops.push_back({candidates[pick.set].id, candidates[pick.set].position, pick.added});
    }
    return stops;
}

} // namespace detail

std::vector<GreedyPick> greedy_max_coverage(const std::vector<std::vector<std::uint32_t>>& sets, const std::vector<double>& weights,
                                            std::size_t k) {
    // An element listed twice in a set must not add its weight twice.
    std::vector<std::vector<std::uint32_t>> unique_sets = sets;
    for (auto& set : unique_sets) {
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
    }
    std::vector<bool> covered(weights.size(), false);
    std::vector<bool> taken(sets.size(), false);
    std::vector<GreedyPick> picks;
    while (picks.size() < k) {
        std::optional<GreedyPick> best;
        for (std::size_t s = 0; s < sets.size(); ++s) {
            if (taken[s]) continue;
            double added = 0;
            for (const std::uint32_t e : unique_sets[s]) added += covered[e] ? 0.0 : weights[e];
            if (!best || added > best->added) best = GreedyPick{s, added};
        }
        if (!best) break;  // fewer sets than stops asked for
        taken[best->set] = true;
        for (const std::uint32_t e : unique_sets[best->set]) covered[e] = true;
        picks.push_back(*best);
    }
    return picks;
}

} // namespace alentour
