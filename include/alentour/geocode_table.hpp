#pragma once
// `alentour geocode`: a partner list with its addresses placed. Every row and column of
// the file is written back as it was; rows with an address and no position get lat,
// lon and what the geocoding found.

#include <alentour/partners.hpp>
#include <alentour/partners_rank.hpp>

#include <cstddef>
#include <string>

namespace alentour {

struct GeocodeTableOptions {
    PartnerReadOptions reading;  // .geocoder is required; .geocoding.min_score
    CsvDialect csv_dialect = CsvDialect::excel_fr;
    bool overwrite = false;
};

struct GeocodeTableSummary {
    std::size_t rows = 0;
    std::size_t kept = 0;            // had a position (or a faulty one): left as they were
    std::size_t housenumber = 0;     // placed at the house number
    std::size_t street = 0;          // placed at the street's middle
    std::size_t not_found = 0;       // address_not_found
    std::size_t no_address = 0;      // neither a position nor an address
    std::string text() const;        // one line, for the command line
};

// Reads `input` as `rank` does, writes `output` (CSV) through a temporary file: the file's
// columns, then lat and lon (filled in place when the file has them), geocode_score,
// geocode_label, geocode_status and geocode_notes. Throws InputError.
GeocodeTableSummary geocode_table(const std::string& input, const std::string& output, const GeocodeTableOptions& options);

} // namespace alentour
