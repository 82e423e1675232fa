#pragma once
// Named points read from a table: the destinations of `times`, later the partners.

#include <alentour/geo.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace alentour {

struct NamedPoint {
    std::string id;
    LatLon position;
    std::size_t line = 0;  // line of the input file, 0 when given on the command line
};

// Reads a CSV (or any table GDAL opens) with an id column (`id`, `identifiant`, or the
// line number when absent) and coordinates in `lat`/`lon`, `latitude`/`longitude`,
// `lng`, or `y`/`x` columns. Throws InputError naming the file, the line and the field.
std::vector<NamedPoint> read_points(const std::string& path);

} // namespace alentour
