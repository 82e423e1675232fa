#pragma once
// Named points read from a table: the destinations of `times`.

#include <alentour/geo.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace alentour {

// Reads a CSV (or any table GDAL opens) with an id column (`id`, `identifiant`, or the
// line number when absent) and coordinates in `lat`/`lon`, `latitude`/`longitude`,
// `lng`, or `y`/`x` columns. Throws InputError naming the file, the line and the field.
std::vector<NamedPoint> read_points(const std::string& path);

} // namespace alentour
