#pragma once
// Tiny Base Adresse Nationale files written by the tests, plain or gzipped, with the
// BAN's real header (ban_header) and one row per address.

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace alentour::test {

inline const std::string ban_header =
    "id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;"
    "type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles";

struct BanAddress {
    int number = 0;  // 0: a row without a number
    std::string rep, street, postcode, insee, commune;
    double lat = 0, lon = 0;
};

inline std::string ban_row(const BanAddress& a) {
    char position[64];
    std::snprintf(position, sizeof position, "%.6f;%.6f", a.lon, a.lat);
    const std::string number = a.number ? std::to_string(a.number) : "99999";
    return a.insee + "_xxxx_" + number + ";;" + number + ";" + a.rep + ";" + a.street + ";" + a.postcode + ";" + a.insee + ";" +
           a.commune + ";;;0;0;" + position + ";entrée;;;" + a.commune + ";;commune;commune;1;";
}

inline std::string ban_text(const std::vector<BanAddress>& rows, const std::string& header = ban_header) {
    std::string text = header + "\n";
    for (const auto& r : rows) text += ban_row(r) + "\n";
    return text;
}

inline void write_plain(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

inline void write_gzip(const std::filesystem::path& path, const std::string& text) {
    gzFile file = gzopen(path.string().c_str(), "wb");
    gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
    gzclose(file);
}

} // namespace alentour::test
