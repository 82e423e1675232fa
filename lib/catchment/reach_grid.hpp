#pragma once
// The reach-time grid of one search: every cell of a local metric grid takes the time
// of the network point nearest to it (a Euclidean distance transform), if that point
// lies within the off-network reach D, and "never" otherwise. Cutting the grid at T
// gives the band-T area:
// - a cell holding a point reached within T is in the band (its own point is nearest),
//   so every reached point of the network lies inside the polygon;
// - a cell nearer to a street reached late or not at all (the far bank of a river, the
//   other carriageway, the part of an edge past the cut) is out, so the area never
//   spans unreached ground: it splits the ground between streets as a walker would;
// - ground farther than D from any street is out: parks without paths, rail yards and
//   water become holes.
// Cells are D/5 wide; a catchment wider than a million such cells (a long drive) gets
// coarser cells, and then the reach is at least one cell.

#include "projection.hpp"

#include <alentour/graph.hpp>
#include <alentour/search.hpp>

#include <cstdint>
#include <vector>

namespace alentour::detail {

struct GridFrame {
    double min_x = 0, max_y = 0;  // top-left corner, in projected metres
    double cell = 0;
    int width = 0, height = 0;
};

class ReachGrid {
public:
    // `max_seconds`: the largest band; the grid spans what is reached within it.
    ReachGrid(const Graph& graph, const SearchResult& result, const LocalProjection& projection, double reach_metres,
              double max_seconds);

    const GridFrame& frame() const noexcept { return m_frame; }
    // Row-major from the top-left cell; +infinity where nothing is within reach.
    const std::vector<float>& times() const noexcept { return m_times; }
    // Per cell: the earliest time of the network points in it (+infinity for cells with
    // none, or none reached). A piece of a band holds a reached point when it holds a
    // cell whose seed time is within the band.
    const std::vector<float>& seed_times() const noexcept { return m_seed_time; }

private:
    void add_samples(const std::vector<XY>& shape, const std::vector<double>& cumulative, GeometryId g, bool touched);
    template <typename TimeAt>
    void mark_segment(XY a, XY b, TimeAt&& time_at);
    void mark_cell(int col, int row, float seconds);
    void nearest_seed_times(double reach_metres);

    const Graph& m_graph;
    const SearchResult& m_result;
    GridFrame m_frame;
    std::vector<float> m_seed_time;  // per cell: earliest time of the network points in it
    std::vector<std::uint8_t> m_is_seed;
    std::vector<float> m_times;
};

} // namespace alentour::detail
