// A population layer of points from a CSV (GDAL reads the table; alentour finds the
// count column, checks each count and position).

#include "targets.hpp"

#include <alentour/population.hpp>

namespace alentour::fuzz {

void population(std::string_view bytes) {
    const PopulationLayer layer = read_population(scratch_file("population.csv", bytes));
    (void)describe(layer);
}

} // namespace alentour::fuzz
