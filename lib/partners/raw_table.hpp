#pragma once
// A partner file as rows of UTF-8 text under column names, whatever it came from:
// GDAL (CSV, spreadsheets, GIS formats) or a JSON list. read.cpp gives the columns a
// meaning; the readers only get the text right (encoding, lists, geometry to WGS84).

#include <alentour/geo.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace alentour::detail {

struct RawRow {
    std::size_t line = 0;             // CSV/spreadsheet line (header = 1), or item number
    std::vector<std::string> values;  // one per RawTable::columns, UTF-8, "" when empty
    std::optional<LatLon> geometry;   // the feature's position in WGS84, when it has one
    std::string geometry_problem;     // in French, why a geometry present could not be used
    std::string geometry_note;        // in French, how a non-point geometry became a point
};

struct RawTable {
    std::vector<std::string> columns;
    std::vector<RawRow> rows;
    std::string layer;
    std::string kind;              // "CSV", "JSON", or the GDAL driver name
    std::string encoding = "UTF-8";
    std::string separator;         // CSV only: "," ";" or "tab"
    bool tabular = false;          // lines are rows of a table with a header line
    bool has_geometry = false;     // some row has a geometry
    std::string geometry_srs;      // what the geometries were converted from
    std::vector<std::string> notes;  // in French
};

// A JSON list of objects (the national mediation places, data·inclusion exports), or an
// object holding one under "items", "data", "results" or "structures". Nothing when the
// file holds something else (GeoJSON is read by GDAL). Throws InputError on bad JSON.
std::optional<RawTable> read_json_list(const std::string& path);

// Anything GDAL opens as a vector table. `srs` applies to geometries of layers that
// declare no coordinate system. Throws InputError when the file cannot be read.
RawTable read_with_gdal(const std::string& path, const std::string& layer, const std::string& srs);

} // namespace alentour::detail
