#pragma once
// New stops of an itinerant workshop, chosen among candidates by greedy maximum coverage
// of the people that no space serves yet.

#include <alentour/coverage.hpp>

namespace alentour::detail {

// `served`: the last band of the spaces (WGS84 WKB); what lies in it is served already.
std::vector<StopChoice> choose_stops(const Graph& graph, const Snapper& snapper, const PopulationLayer& population,
                                     const std::vector<std::uint8_t>& served, const CoverageOptions& options);

} // namespace alentour::detail
