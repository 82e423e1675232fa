#pragma once
// The Base Adresse Nationale's CSV as published (adresses-94.csv.gz): ';'-separated,
// columns found by name, read as a stream through zlib (which reads plain text as it is).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace alentour::detail {

struct BanRow {
    std::size_t line = 0;  // 1 is the header
    std::string_view numero, rep, nom_voie, code_postal, code_insee, nom_commune, lon, lat;
    std::string_view nom_ancienne_commune, libelle_acheminement;  // empty when the file has none
};

// Calls `row` for every row of the file, `progress` with the fraction of the file read.
// Throws InputError naming the file (and line) on a missing column, a row with fewer
// fields than the header, or a broken gzip stream.
void read_ban(const std::string& path, const std::function<void(const BanRow&)>& row,
              const std::function<void(double)>& progress = {});

} // namespace alentour::detail
