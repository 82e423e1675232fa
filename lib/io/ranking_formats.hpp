#pragma once
// The ranking's file formats beside the CSV (declared in the public header, as the
// tests and the map job stream it): write_ranking picks one by the extension.

#include <alentour/partners_rank.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace alentour::detail {

// One feature per line: small, and a change between two runs shows as a changed line.
void write_ranking_geojson(const Ranking& ranking, std::ostream& out);

// Any GDAL vector format, through an OutputFile. Returns the warnings of a format that
// cannot hold a feature without a position.
std::vector<std::string> write_ranking_gdal(const Ranking& ranking, const std::string& path, bool overwrite);

} // namespace alentour::detail
