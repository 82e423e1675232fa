#include "vectorize.hpp"

#include "trace.hpp"

namespace alentour::detail {

// The grid's cells within `seconds` that a walker can reach without crossing ground
// nearer to a later street: the 4-connected pieces (as the tracer joins cells)
// that hold a reached network point. A cell takes the time of its nearest network
// point, but the straight line to it may cross ground claimed by a street reached
// late; a piece cut off that way holds no reached point and is left out.
std::vector<std::uint8_t> band_cells(const ReachGrid& grid, double seconds) {
    const GridFrame& f = grid.frame();
    const auto& times = grid.times();
    const auto& seeds = grid.seed_times();
    std::vector<std::uint8_t> inside(times.size(), 0);
    std::vector<std::size_t> stack;
    for (std::size_t c = 0; c < times.size(); ++c) {
        if (seeds[c] <= seconds) inside[c] = 1, stack.push_back(c);
    }
    const auto visit = [&](std::size_t c) {
        if (!inside[c] && times[c] <= seconds) inside[c] = 1, stack.push_back(c);
    };
    const std::size_t width = static_cast<std::size_t>(f.width);
    while (!stack.empty()) {
        const std::size_t c = stack.back();
        stack.pop_back();
        const std::size_t x = c % width;
        if (x > 0) visit(c - 1);
        if (x + 1 < width) visit(c + 1);
        if (c >= width) visit(c - width);
        if (c + width < times.size()) visit(c + width);
    }
    return inside;
}

namespace {

Geometry ring_of(const GeosContext& geos, const std::vector<XY>& points) {
    std::vector<double> xy;
    xy.reserve(points.size() * 2);
    for (const XY& p : points) xy.insert(xy.end(), {p.x, p.y});
    return linear_ring(geos, xy);
}

Geometry polygon_from(const GeosContext& geos, const TracedPolygon& traced) {
    std::vector<Geometry> holes;
    holes.reserve(traced.holes.size());
    for (const auto& hole : traced.holes) holes.push_back(ring_of(geos, hole));
    return polygon_of(geos, ring_of(geos, traced.shell), std::move(holes));
}

} // namespace

Geometry band_polygons(const GeosContext& geos, const ReachGrid& grid, double seconds, double min_hole_m2) {
    std::vector<Geometry> polygons;
    for (const auto& traced : trace_cells(grid.frame(), band_cells(grid, seconds), min_hole_m2)) polygons.push_back(polygon_from(geos, traced));
    return make_collection(geos, GEOS_MULTIPOLYGON, std::move(polygons));
}

} // namespace alentour::detail
