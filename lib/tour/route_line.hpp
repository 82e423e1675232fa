#pragma once
// The street route of one leg, rebuilt from a search's labels: the Searcher keeps no
// predecessor edges (its labels stay 16 bytes), so the way back from the destination
// follows, at each node, the in-edge whose time explains the node's label.

#include <alentour/search.hpp>

#include <vector>

namespace alentour::detail {

// The line from `from.input` through its snapped place, along the streets, to
// `to.input`; `result` is a forward search from `from` that reached `to`.
std::vector<LatLon> route_line(const Graph& graph, const SearchResult& result, const Snap& from, const Snap& to);

// The piece of a geometry's shape between two fractions of its length, in the order
// given (from > to runs it backwards).
std::vector<LatLon> shape_between(const Graph& graph, GeometryId geometry, double from, double to);

} // namespace alentour::detail
