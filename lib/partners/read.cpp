// From rows of text to structures: which column means what (French and English
// headers, the national standards' names), which standard the file follows, where each
// structure lies, its category, and the checks that do not need a network (coordinates,
// duplicates, unknown categories).

#include "core/paths.hpp"
#include "geocoding.hpp"
#include "raw_table.hpp"
#include "srs.hpp"
#include "core/french.hpp"
#include "text.hpp"

#include <alentour/error.hpp>
#include <alentour/partners.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <numbers>
#include <optional>
#include <set>
#include <unordered_map>

namespace alentour {
namespace {

using detail::RawRow;
using detail::RawTable;

enum Role : std::size_t {
    role_id, role_name, role_address, role_complement, role_postcode, role_commune, role_phone, role_email,
    role_category, role_typologie, role_reseaux, role_typequ, role_labels, role_orientations,
    role_lat, role_lon, role_x, role_y, role_latlon, role_epsg, role_count
};

// Column names for each role, as normalise_column writes them; the first column found wins.
const std::array<std::vector<std::string_view>, role_count> role_names = {{
    {"id", "identifiant", "ident", "id_structure", "identifiant_structure", "structure_id", "id_fs", "id_lieu", "uid", "code"},
    {"nom", "name", "nom_structure", "nom_de_la_structure", "nom_du_lieu", "nom_lieu", "lib_fs", "libelle", "raison_sociale",
     "denomination", "nom_etablissement", "etablissement", "structure", "intitule", "titre", "title"},
    {"adresse", "address", "adresse_postale", "adresse_complete", "adresse_1", "numero_et_voie", "voie", "rue"},
    {"complement_adresse", "complement_d_adresse", "complement", "adresse_2"},
    {"code_postal", "cp", "codepostal", "postcode", "postal_code", "zip"},
    {"commune", "ville", "lib_com", "libcom", "nom_commune", "libelle_commune", "localite", "city"},
    {"telephone", "tel", "phone", "numero_de_telephone", "telephone_structure"},
    {"courriel", "courriels", "email", "e_mail", "mail", "adresse_mail", "adresse_electronique"},
    {"categorie", "category", "categorie_structure", "type_de_structure", "type_structure", "type"},
    {"typologie", "typologies", "typologie_structure"},
    {"reseaux_porteurs", "reseau_porteur"},
    {"typequ"},
    {"labels_nationaux", "dispositif_programmes_nationaux", "labels"},
    {"orientations", "nb_orientations", "nombre_orientations", "nombre_d_orientations", "orientations_periode",
     "orientations_trimestre", "personnes_orientees"},
    {"lat", "latitude", "lat_wgs84", "latitude_wgs84", "wgs84_lat"},
    {"lon", "longitude", "lng", "long", "lon_wgs84", "longitude_wgs84", "wgs84_lon"},
    {"x", "lambert_x", "x_lambert", "x_lambert93", "x_lambert_93", "x_l93", "xl93", "coord_x", "coordonnee_x", "coordx", "x_2154"},
    {"y", "lambert_y", "y_lambert", "y_lambert93", "y_lambert_93", "y_l93", "yl93", "coord_y", "coordonnee_y", "coordy", "y_2154"},
    {"geo_point_2d", "geopoint", "geo_point", "coordonnees", "coordonnees_gps", "coordinates", "latlon", "lat_lon",
     "geolocalisation", "point_geo", "position"},
    {"epsg", "srid"},
}};

// Roles whose column is replaced by our own output columns; the others pass through.
constexpr std::array consumed_roles = {role_id, role_name, role_address, role_complement, role_postcode, role_commune,
                                       role_phone, role_email, role_category, role_orientations,
                                       role_lat, role_lon, role_x, role_y, role_latlon};

struct Columns {
    std::array<std::optional<std::size_t>, role_count> role;
    std::set<std::string> names;  // every normalised column name
    const std::string* value(const RawRow& row, Role r) const {
        return role[r] ? &row.values[*role[r]] : nullptr;
    }
    std::string text(const RawRow& row, Role r) const {
        const auto* v = value(row, r);
        return v ? std::string(detail::trim(*v)) : std::string();
    }
    bool has(std::string_view name) const { return names.contains(std::string(name)); }
};

Columns find_columns(const RawTable& raw) {
    Columns columns;
    std::vector<std::string> normalised;
    for (const auto& c : raw.columns) {
        normalised.push_back(detail::normalise_column(c));
        columns.names.insert(normalised.back());
    }
    for (std::size_t r = 0; r < role_count; ++r) {
        for (const auto& name : role_names[r]) {
            const auto it = std::find(normalised.begin(), normalised.end(), name);
            if (it != normalised.end()) {
                columns.role[r] = static_cast<std::size_t>(it - normalised.begin());
                break;
            }
        }
    }
    return columns;
}

// ---------------------------------------------------------------- the standards

struct Format {
    std::string id;
    std::string label;
    std::optional<std::string> implied;  // the category every row of such a file has
    std::optional<std::string> fallback; // the category when nothing else says
};

Format recognise(const Columns& c) {
    const auto any = [&](std::initializer_list<std::string_view> names) {
        return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return c.has(n); });
    };
    if (any({"id_fs", "lib_fs"})) return {"france-services", "liste des France Services (ANCT)", "france_services", {}};
    if (c.has("reseaux_porteurs")) return {"data-inclusion-1", "structures data·inclusion v1", {}, {}};
    if (c.has("pivot") && any({"dispositif_programmes_nationaux", "frais_a_charge", "itinerance", "courriels", "modalites_acces",
                               "publics_specifiquement_adresses", "prise_en_charge_specifique"})) {
        return {"mednum-1.0.2", "lieux de médiation numérique, standard v1.0.2", {}, "mediation_numerique"};
    }
    if (c.has("pivot") && any({"labels_nationaux", "conditions_acces", "conditions_access", "cle_ban", "publics_accueillis",
                               "modalites_accompagnement", "services"})) {
        return {"mednum-0", "lieux de médiation numérique, standard v0", {}, "mediation_numerique"};
    }
    if (c.has("typologie") && any({"siret", "rna", "antenne", "thematiques", "lien_source", "horaires_ouverture"})) {
        return {"data-inclusion-0", "structures data·inclusion v0", {}, {}};
    }
    if (c.has("typequ")) return {"bpe", "base permanente des équipements (INSEE)", {}, {}};
    return {"table", "tableau", {}, {}};
}

// ---------------------------------------------------------------- coordinates

struct Position {
    std::optional<LatLon> value;
    PartnerStatus problem = PartnerStatus::ok;  // missing_ or bad_coordinates
    std::string detail;                         // in French
};

Position missing(std::string detail) { return {{}, PartnerStatus::missing_coordinates, std::move(detail)}; }
Position bad(std::string detail) { return {{}, PartnerStatus::bad_coordinates, std::move(detail)}; }

bool looks_like_lambert93(double x, double y) { return x > 50000 && x < 1300000 && y > 6000000 && y < 7200000; }

class CoordinateReader {
public:
    CoordinateReader(const RawTable& raw, const Columns& columns, const std::string& srs, PartnerTable& table)
        : m_raw(raw), m_columns(columns), m_table(table) {
        if (!srs.empty()) m_user = std::make_unique<detail::ToWgs84>(detail::user_srs(srs));
    }

    // The sources that exist in this file, described for PartnerTable::coordinates.
    std::string describe() const {
        std::vector<std::string> parts;
        if (m_raw.has_geometry) parts.push_back("géométrie" + (m_raw.geometry_srs.empty() ? "" : " (" + m_raw.geometry_srs + ")"));
        if (m_columns.role[role_lat] && m_columns.role[role_lon]) {
            parts.push_back("colonnes " + m_raw.columns[*m_columns.role[role_lat]] + "/" + m_raw.columns[*m_columns.role[role_lon]] +
                            (m_user ? " (" + m_user->name() + ")" : ""));
        }
        if (m_columns.role[role_x] && m_columns.role[role_y]) {
            parts.push_back("colonnes " + m_raw.columns[*m_columns.role[role_x]] + "/" + m_raw.columns[*m_columns.role[role_y]] +
                            (m_user ? " (" + m_user->name() + ")" : ""));
        }
        if (m_columns.role[role_latlon]) parts.push_back("colonne " + m_raw.columns[*m_columns.role[role_latlon]]);
        std::string text;
        for (const auto& p : parts) text += (text.empty() ? "" : ", puis ") + p;
        return text;
    }

    bool any_source() const {
        return m_raw.has_geometry || (m_columns.role[role_lat] && m_columns.role[role_lon]) ||
               (m_columns.role[role_x] && m_columns.role[role_y]) || m_columns.role[role_latlon];
    }

    // The first source of the row holding something decides.
    Position read(const RawRow& row) {
        if (row.geometry) return {row.geometry, PartnerStatus::ok, {}};
        if (!row.geometry_problem.empty()) return bad(row.geometry_problem);
        if (auto p = pair(row, role_lat, role_lon, true)) return *p;
        if (auto p = pair(row, role_y, role_x, false)) return *p;
        if (m_columns.role[role_latlon]) {
            const std::string text = m_columns.text(row, role_latlon);
            if (!text.empty()) return combined(text, m_raw.columns[*m_columns.role[role_latlon]]);
        }
        return missing("pas de coordonnées");
    }

    void finish() {
        if (m_assumed_lambert) {
            m_table.notes.push_back("des coordonnées x/y en mètres sans système indiqué ont été lues en Lambert-93 (EPSG:2154) ; "
                                    "--srs pour un autre système");
        }
    }

private:
    std::optional<Position> pair(const RawRow& row, Role lat_role, Role lon_role, bool degrees_columns) {
        if (!m_columns.role[lat_role] || !m_columns.role[lon_role]) return std::nullopt;
        const std::string lat_text = m_columns.text(row, lat_role), lon_text = m_columns.text(row, lon_role);
        if (lat_text.empty() && lon_text.empty()) return std::nullopt;  // another source may have it
        const std::string& lat_name = m_raw.columns[*m_columns.role[lat_role]];
        const std::string& lon_name = m_raw.columns[*m_columns.role[lon_role]];
        if (lat_text.empty()) return bad("colonne " + lat_name + " vide");
        if (lon_text.empty()) return bad("colonne " + lon_name + " vide");
        const auto lat = detail::parse_number(lat_text), lon = detail::parse_number(lon_text);
        if (!lat) return bad("« " + lat_text + " » n'est pas un nombre (colonne " + lat_name + ")");
        if (!lon) return bad("« " + lon_text + " » n'est pas un nombre (colonne " + lon_name + ")");
        return convert(*lon, *lat, degrees_columns, row);
    }

    Position combined(const std::string& text, const std::string& column) {
        // "48.7783, 2.4704" as open-data portals export geo_point_2d.
        const std::size_t commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
        const std::vector<std::string> parts = text.find(';') != std::string::npos ? detail::split_list(text, ";")
                                               : commas == 1                       ? detail::split_list(text, ",")
                                                                                   : detail::split_list(text, " \t");
        if (parts.size() != 2) return bad("« " + text + " » n'est pas « latitude, longitude » (colonne " + column + ")");
        const auto lat = detail::parse_number(parts[0]), lon = detail::parse_number(parts[1]);
        if (!lat || !lon) return bad("« " + text + " » n'est pas « latitude, longitude » (colonne " + column + ")");
        return convert(*lon, *lat, true, {});
    }

    Position convert(double x, double y, bool degrees_columns, const RawRow& row) {
        if (x == 0.0 && y == 0.0) return missing("coordonnées 0, 0 (non renseignées)");
        LatLon out;
        if (m_user) {
            if (!m_user->convert(x, y, out)) return bad("coordonnées " + number(y) + ", " + number(x) + " hors du domaine de " + m_user->name());
            return {out, PartnerStatus::ok, {}};
        }
        if (!degrees_columns && m_columns.role[role_epsg]) {
            const auto code = detail::parse_number(m_columns.text(row, role_epsg));
            if (code && *code > 0 && *code < 1e6) return convert_epsg(static_cast<int>(*code), x, y);
        }
        if (detail::looks_like_degrees(x, y)) return {LatLon{y, x}, PartnerStatus::ok, {}};
        if (degrees_columns) {
            std::string detail = "latitude " + number(y) + ", longitude " + number(x) + " : hors de [-90, 90] × [-180, 180]";
            if (looks_like_lambert93(x, y)) detail += " ; on dirait du Lambert-93 (--srs EPSG:2154)";
            return bad(detail);
        }
        m_assumed_lambert = true;
        return convert_epsg(2154, x, y);
    }

    Position convert_epsg(int code, double x, double y) {
        auto it = m_by_epsg.find(code);
        if (it == m_by_epsg.end()) {
            std::unique_ptr<detail::ToWgs84> transform;
            try {
                transform = std::make_unique<detail::ToWgs84>(detail::epsg_srs(code));
            } catch (const InputError&) {
            }
            it = m_by_epsg.emplace(code, std::move(transform)).first;
        }
        LatLon out;
        if (!it->second) return bad("système EPSG:" + std::to_string(code) + " inconnu");
        if (!it->second->convert(x, y, out)) return bad("x " + number(x) + ", y " + number(y) + " hors du domaine de EPSG:" + std::to_string(code));
        return {out, PartnerStatus::ok, {}};
    }

    static std::string number(double v) { return detail::french_number(v, 6); }

    const RawTable& m_raw;
    const Columns& m_columns;
    PartnerTable& m_table;
    std::unique_ptr<detail::ToWgs84> m_user;
    std::map<int, std::unique_ptr<detail::ToWgs84>> m_by_epsg;
    bool m_assumed_lambert = false;
};

// ---------------------------------------------------------------- categories

void categorise(Partner& p, const RawRow& row, const Columns& columns, const Format& format, const CategoryTable& table) {
    const auto decide = [&](const CategoryMatch& m) {
        p.category = m.category;
        p.category_from = m;
    };
    if (const std::string text = columns.text(row, role_category); !text.empty()) {
        if (const auto m = table.from_category_text(text)) return decide(*m);
        p.category.clear();
        p.category_from = {"", "categorie", text};
        p.status = PartnerStatus::unknown_category;
        std::string known;
        for (const auto& c : table.categories()) known += (known.empty() ? "" : ", ") + c.label;
        p.status_detail = "catégorie « " + text + " » inconnue (connues : " + known + ") ; complétez la colonne ou la table des catégories";
        return;
    }
    if (format.implied) return decide({*format.implied, "format", format.label});

    std::optional<CategoryMatch> weak;  // "autre" from a code: kept unless something better comes
    const auto consider = [&](std::optional<CategoryMatch> m) {
        if (!m) return false;
        if (m->category != "autre") {
            decide(*m);
            return true;
        }
        if (!weak) weak = m;
        return false;
    };
    for (const auto& code : detail::split_list(columns.text(row, role_typologie))) {
        auto m = table.from_typologie(code);
        if (!m) {
            if ((m = table.from_category_text(code))) {
                m->source = "typologie";
            } else {
                p.notes.push_back("typologie « " + code + " » inconnue de la table des catégories");
            }
        }
        if (consider(m)) return;
    }
    for (const auto& value : detail::split_list(columns.text(row, role_reseaux))) {
        const auto m = table.from_reseau_porteur(value);
        if (!m) p.notes.push_back("réseau porteur « " + value + " » inconnu de la table des catégories");
        if (consider(m)) return;
    }
    if (const std::string code = columns.text(row, role_typequ); !code.empty()) {
        if (consider(table.from_typequ(code))) return;
    }
    if (consider(table.from_name(p.name))) return;
    for (const auto& label : detail::split_list(columns.text(row, role_labels), "|;")) {
        auto m = table.from_category_text(label);
        if (m) m->source = "labels";
        if (m && m->category != "autre" && m->category != "mediation_numerique") {
            decide(*m);
            return;
        }
    }
    if (weak) return decide(*weak);
    if (format.fallback) return decide({*format.fallback, "format", format.label});
    decide({"autre", "aucune", ""});
}

// ---------------------------------------------------------------- duplicates

// The structures of each name by cells at least `within` metres wide, so that a long
// list where a name comes back thousands of times ("Mairie") compares each structure
// with its neighbours only, not with every earlier one of that name.
class NameCells {
public:
    explicit NameCells(double within_metres) : m_row_degrees(std::max(within_metres, 1.0) / 111'320.0) {}

    std::vector<std::size_t>* find(const std::string& name, LatLon p, int row_step, int col_step) {
        const auto it = m_cells.find(key(name, p, row_step, col_step));
        return it == m_cells.end() ? nullptr : &it->second;
    }
    void add(const std::string& name, LatLon p, std::size_t index) { m_cells[key(name, p, 0, 0)].push_back(index); }

private:
    std::string key(const std::string& name, LatLon p, int row_step, int col_step) const {
        const auto row = static_cast<long long>(std::floor(p.lat / m_row_degrees)) + row_step;
        // A row's cells are as wide in degrees as the metres need where a degree of
        // longitude is shortest, at the row's edge nearest a pole.
        const double nearest_pole = std::min(90.0, std::max(std::abs(row * m_row_degrees), std::abs((row + 1) * m_row_degrees)));
        const double col_degrees = m_row_degrees / std::max(std::cos(nearest_pole * std::numbers::pi / 180.0), 0.01);
        const auto col = static_cast<long long>(std::floor(p.lon / col_degrees)) + col_step;
        return name + '\x1f' + std::to_string(row) + '\x1f' + std::to_string(col);
    }
    double m_row_degrees;
    std::unordered_map<std::string, std::vector<std::size_t>> m_cells;
};

// The earliest structure of the same name within `within_metres`, among the 3 × 3 cells around.
std::optional<std::size_t> earlier_twin(const std::vector<Partner>& partners, NameCells& cells, const std::string& name,
                                        LatLon p, double within_metres) {
    std::optional<std::size_t> best;
    for (int row = -1; row <= 1; ++row) {
        for (int col = -1; col <= 1; ++col) {
            const auto* cell = cells.find(name, p, row, col);
            if (cell == nullptr) continue;
            for (const std::size_t j : *cell) {
                if (best && j >= *best) break;
                if (haversine_metres(*partners[j].position, p) <= within_metres) {
                    best = j;
                    break;
                }
            }
        }
    }
    return best;
}

void mark_duplicates(std::vector<Partner>& partners, double within_metres) {
    NameCells cells(within_metres);
    for (std::size_t i = 0; i < partners.size(); ++i) {
        Partner& p = partners[i];
        if (!p.position) continue;
        const std::string key = normalise_name(p.name);
        if (key.empty()) continue;
        const auto twin = earlier_twin(partners, cells, key, *p.position, within_metres);
        if (twin && p.status == PartnerStatus::ok) {
            const double metres = haversine_metres(*partners[*twin].position, *p.position);
            p.status = PartnerStatus::duplicate;
            p.status_detail = "doublon de « " + partners[*twin].name + " » (ligne " + std::to_string(partners[*twin].line) + "), à " +
                              std::to_string(std::lround(metres)) + " m";
        }
        cells.add(key, *p.position, i);
    }
}

// ---------------------------------------------------------------- identifiers

// A ranking joined back to the team's sheet by id goes wrong where two rows share one:
// each such row is kept, with a note naming the first line of that id.
void note_shared_ids(PartnerTable& table) {
    std::unordered_map<std::string_view, std::size_t> first_line;
    std::size_t shared = 0;
    for (Partner& p : table.partners) {
        const auto [it, fresh] = first_line.emplace(p.id, p.line);
        if (fresh) continue;
        p.notes.push_back("même identifiant « " + p.id + " » que la ligne " + std::to_string(it->second));
        ++shared;
    }
    if (shared > 0) {
        table.notes.push_back(std::to_string(shared) + (shared == 1 ? " structure a" : " structures ont") +
                              " l'identifiant d'une ligne précédente (colonne notes)");
    }
}

} // namespace

std::string normalise_name(std::string_view name) { return detail::normalise_words(name); }

namespace {

RawTable read_raw(const std::string& path, const PartnerReadOptions& options) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw InputError("no such file", {path, 0, {}});
    if (std::filesystem::is_directory(path, ec) && std::filesystem::path(path).extension() != ".gdb") {
        throw InputError("is a folder, not a partner list", {path, 0, {}});
    }
    detail::check_table_file(path);
    const std::string extension = detail::lower_extension(path);
    if (extension == ".json" || extension == ".geojson") {
        if (std::optional<RawTable> json = detail::read_json_list(path)) return std::move(*json);
    }
    return detail::read_with_gdal(path, options.layer, options.srs);
}

void check_coordinate_columns(const std::string& path, const RawTable& raw, const Columns& columns, const CoordinateReader& coordinates,
                              bool geocoding) {
    if (columns.role[role_lat].has_value() != columns.role[role_lon].has_value() && !raw.has_geometry) {
        const bool has_lat = columns.role[role_lat].has_value();
        throw InputError(std::string("has a ") + (has_lat ? "latitude" : "longitude") + " column '" +
                             raw.columns[*columns.role[has_lat ? role_lat : role_lon]] + "' but no " +
                             (has_lat ? "longitude (lon, longitude, lng)" : "latitude (lat, latitude)") + " column",
                         {path, 0, {}});
    }
    if (coordinates.any_source() || (geocoding && columns.role[role_address])) return;
    std::string found;
    for (const auto& c : raw.columns) found += (found.empty() ? "" : ", ") + c;
    throw InputError("needs coordinates: columns lat and lon (or latitude/longitude, lng, x/y, LAMBERT_X/LAMBERT_Y, geo_point_2d) "
                     "or point geometries (or an address column, with a geocoding index); found columns: " + (found.empty() ? std::string("none") : found),
                     {path, 0, {}});
}

// The columns no role consumed travel through to the outputs as they are.
std::vector<bool> passed_columns(const RawTable& raw, const Columns& columns) {
    std::vector<bool> passed(raw.columns.size(), true);
    for (const Role r : consumed_roles) {
        if (columns.role[r]) passed[*columns.role[r]] = false;
    }
    return passed;
}

void read_contact(Partner& p, const RawRow& row, const Columns& columns) {
    p.id = columns.text(row, role_id);
    if (p.id.empty()) p.id = std::to_string(row.line);
    p.name = columns.text(row, role_name);
    p.address = columns.text(row, role_address);
    if (const std::string complement = columns.text(row, role_complement); !complement.empty()) {
        p.address += (p.address.empty() ? "" : ", ") + complement;
    }
    p.postcode = columns.text(row, role_postcode);
    p.commune = columns.text(row, role_commune);
    p.phone = columns.text(row, role_phone);
    p.email = columns.text(row, role_email);
}

void read_orientations(Partner& p, const RawRow& row, const Columns& columns) {
    const std::string text = columns.text(row, role_orientations);
    if (text.empty()) return;
    const auto n = detail::parse_number(text);
    if (n && *n >= 0.0) {
        p.orientations = *n;
    } else {
        p.notes.push_back("orientations « " + text + " » illisibles : comptées comme non renseignées");
    }
}

struct RowReader {
    const Columns& columns;
    const Format& format;
    CoordinateReader& coordinates;
    const std::vector<bool>& passed;
    const CategoryTable& categories;
    const PartnerReadOptions& options;

    Partner read(const RawRow& row) const {
        Partner p;
        p.line = row.line;
        read_contact(p, row, columns);
        if (!row.geometry_note.empty()) p.notes.push_back(row.geometry_note);
        if (p.name.empty()) p.notes.push_back("structure sans nom");
        categorise(p, row, columns, format, categories);
        read_orientations(p, row, columns);
        Position position = coordinates.read(row);
        if (position.problem == PartnerStatus::missing_coordinates && options.geocoder && !p.address.empty()) {
            const detail::AddressPlacement placed = detail::place_by_address(p, *options.geocoder, options.geocoding);
            position = placed.position ? Position{placed.position, PartnerStatus::ok, {}}
                                       : Position{{}, PartnerStatus::address_not_found, placed.why_not};
        }
        p.position = position.value;
        if (position.problem != PartnerStatus::ok) {
            if (p.status == PartnerStatus::unknown_category) p.notes.push_back(p.status_detail);
            p.status = position.problem;
            p.status_detail = position.detail;
        }
        for (std::size_t c = 0; c < passed.size(); ++c) {
            if (passed[c]) p.extra.push_back(row.values[c]);
        }
        p.values = row.values;
        return p;
    }
};

PartnerTable table_of(const std::string& path, const RawTable& raw, const PartnerReadOptions& options) {
    PartnerTable table;
    table.path = path;
    table.layer = raw.layer;
    table.encoding = raw.encoding;
    table.separator = raw.separator;
    table.categories = options.categories;
    table.notes = raw.notes;
    return table;
}

} // namespace

PartnerTable read_partners(const std::string& path, const PartnerReadOptions& options) {
    const RawTable raw = read_raw(path, options);
    if (raw.rows.empty()) throw InputError("holds no structure: a header line and no row under it", {path, 0, {}});
    PartnerTable table = table_of(path, raw, options);
    const Columns columns = find_columns(raw);
    CoordinateReader coordinates(raw, columns, options.srs, table);
    check_coordinate_columns(path, raw, columns, coordinates, options.geocoder != nullptr);
    const Format format = recognise(columns);
    table.format = format.id;
    table.format_label = format.label;
    table.coordinates = coordinates.describe();
    table.has_orientations = columns.role[role_orientations].has_value();
    table.columns = raw.columns;
    table.lat_column = columns.role[role_lat];
    table.lon_column = columns.role[role_lon];
    table.geocoded = options.geocoder != nullptr;
    if (table.geocoded) table.coordinates += (table.coordinates.empty() ? "" : ", puis ") + std::string("adresses (Base Adresse Nationale)");
    const std::vector<bool> passed = passed_columns(raw, columns);
    for (std::size_t c = 0; c < raw.columns.size(); ++c) {
        if (passed[c]) table.extra_columns.push_back(raw.columns[c]);
    }

    const RowReader reader{columns, format, coordinates, passed, table.categories, options};
    table.partners.reserve(raw.rows.size());
    for (const RawRow& row : raw.rows) table.partners.push_back(reader.read(row));
    coordinates.finish();
    mark_duplicates(table.partners, options.duplicate_metres);
    note_shared_ids(table);
    return table;
}

} // namespace alentour
