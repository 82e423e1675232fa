#pragma once
// The unit of a batch's work, shared by the computing and the writing halves: one place
// on one mode.

#include <alentour/batch.hpp>

#include <cstddef>
#include <vector>

namespace alentour::detail {

struct BatchPair {
    std::size_t place;
    std::size_t mode;  // index into BatchOptions::modes
};

// The pairs' catchments, in the order given, on every core.
std::vector<BatchResult> compute_pairs(RegionSnappers& snappers, const std::vector<BatchPlace>& places, const std::vector<BatchPair>& pairs,
                                       const BatchOptions& options, const Progress& progress);

} // namespace alentour::detail
