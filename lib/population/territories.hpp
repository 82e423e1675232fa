#pragma once
// Which space serves each place: the ground nearest to the junctions each space reaches
// first (the Voronoi cells of the reached nodes, merged per source of the search).

#include "catchment/projection.hpp"
#include "geometry/geos.hpp"

#include <alentour/graph.hpp>
#include <alentour/search.hpp>

#include <vector>

namespace alentour::detail {

// One territory per source of `result`, in projected metres, together covering `frame`
// (a source that reached no node has an empty one).
std::vector<Geometry> territories(const GeosContext& geos, const Graph& graph, const SearchResult& result, const LocalProjection& projection,
                                  const GEOSGeometry& frame);

} // namespace alentour::detail
