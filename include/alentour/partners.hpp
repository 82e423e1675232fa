#pragma once
// Partner structures (CCAS, departmental social services, France Travail, Missions
// Locales, CAF, mairies, associations…) read from the files mediation teams really
// have — a spreadsheet, a CSV from a French open-data portal, the national mediation
// places, data·inclusion, the France Services list — then checked and categorised.
// Ranking them by travel time is in partners_rank.hpp.

#include <alentour/geo.hpp>
#include <alentour/geocode.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

// ---------------------------------------------------------------- categories

// One entry of the short list every structure is normalised to.
struct PartnerCategory {
    std::string id;      // "ccas", "france_travail"…
    std::string label;   // "CCAS/CIAS", as the team writes it
    std::string color;   // "#rrggbb" for the map (simplestyle marker-color, uMap color)
    double weight = 1.0; // multiplies the score
    std::vector<std::string> aliases;  // other ways a `categorie` column writes it
};

// How a structure got its category: which column (or the name, or the file format) and
// which value or pattern decided.
struct CategoryMatch {
    std::string category;  // a PartnerCategory id
    std::string source;    // "categorie", "typologie", "reseaux_porteurs", "typequ", "nom", "labels", "format"
    std::string value;     // the code or pattern that matched ("CCAS", "pole emploi")
};

// The mapping from what files say to the short list, as a readable table a user can
// print (`alentour rank --print-categories`), edit and pass back (--category-weights).
class CategoryTable {
public:
    // The built-in table.
    CategoryTable();

    // A table from JSON merged over the built-in one (RFC 7386 merge patch: a key given
    // replaces, null removes); a file with all five parts (as to_json writes it) replaces
    // the built-in table. A file holding only numbers, {"ccas": 1.5}, sets weights.
    // `source` names the file in error messages. Throws InputError.
    static CategoryTable from_json(std::string_view json_text, std::string_view source);
    static CategoryTable load(const std::string& path);
    std::string to_json() const;

    const std::vector<PartnerCategory>& categories() const noexcept { return m_categories; }
    // nullptr when unknown.
    const PartnerCategory* find(std::string_view id) const noexcept;
    // The category or, for an unknown id, a grey "?" one.
    const PartnerCategory& get(std::string_view id) const noexcept;

    // A free-text `categorie` cell: an id, a label, an alias, a typologie code, or a name
    // pattern ("Agence Pôle emploi"). Nothing when it means nothing known.
    std::optional<CategoryMatch> from_category_text(std::string_view text) const;
    // Codes of the standards; nothing when the code is not in the table.
    std::optional<CategoryMatch> from_typologie(std::string_view code) const;        // data·inclusion v0
    std::optional<CategoryMatch> from_reseau_porteur(std::string_view value) const;  // data·inclusion v1
    std::optional<CategoryMatch> from_typequ(std::string_view code) const;           // INSEE BPE
    // The pattern met first in the name ("CCAS de la ville de …" is a CCAS); longest on a tie.
    std::optional<CategoryMatch> from_name(std::string_view name) const;

private:
    struct Pattern {
        std::string text;  // normalised, padded with spaces
        std::string raw;
        std::string category;
    };
    void rebuild(const std::string& json_text, std::string_view source);

    std::string m_json;  // the table as JSON, as given (ordered)
    std::vector<PartnerCategory> m_categories;
    std::vector<std::pair<std::string, std::string>> m_typologies;      // code → category, sorted
    std::vector<std::pair<std::string, std::string>> m_reseaux;
    std::vector<std::pair<std::string, std::string>> m_typequ;
    std::vector<std::pair<std::string, std::string>> m_aliases;         // normalised alias → category, sorted
    std::vector<Pattern> m_names;
};

// The built-in table as JSON text.
std::string default_categories_json();

// ---------------------------------------------------------------- structures

// Why a structure is not ranked. `ok` ones are.
enum class PartnerStatus {
    ok,
    missing_coordinates,   // empty, or 0,0
    bad_coordinates,       // not numbers, out of range, not convertible from their SRS
    swapped_coordinates,   // outside the region, but inside once latitude and longitude are swapped
    outside_region,        // outside the network's region
    far_from_network,      // no usable way of the ranking mode within the snap radius
    duplicate,             // same name as an earlier structure, within 50 m of it
    unknown_category,      // a `categorie` value the table does not know
    space_itself,          // the mediation space itself (same name, within 50 m)
    address_not_found,     // no position, and the address scored under the threshold (geocoding)
};

// "ok", "missing_coordinates"… as written in the `status` column.
std::string_view status_code(PartnerStatus status) noexcept;

struct Partner {
    // Line of a CSV or spreadsheet (the header is line 1), or feature/item number.
    std::size_t line = 0;
    std::string id;        // the file's identifier, or the line number when it has none
    std::string name;
    std::string address;   // street address, with its complement
    std::string postcode;
    std::string commune;
    std::string phone;
    std::string email;
    std::string category;       // a CategoryTable id; empty when unknown
    CategoryMatch category_from;
    std::optional<LatLon> position;        // WGS84
    std::optional<double> orientations;    // people referred in the last period
    PartnerStatus status = PartnerStatus::ok;
    std::string status_detail;             // in French, why it is not ranked
    std::vector<std::string> notes;        // in French, remarks that do not stop ranking
    std::vector<std::string> extra;        // values of PartnerTable::extra_columns
    std::vector<std::string> values;       // the whole row as read, one per PartnerTable::columns
    std::optional<GeocodeResult> geocode;  // when its address was looked up (no position in the file)
};

struct PartnerTable {
    std::string path;
    std::string layer;         // the layer or sheet read
    std::string format;        // recognised standard: mednum-1.0.2, mednum-0, data-inclusion-0,
                               // data-inclusion-1, france-services, bpe, or table
    std::string format_label;  // the same in words
    std::string encoding;      // UTF-8 or Windows-1252
    std::string separator;     // of a CSV: "," ";" or "tab"; empty otherwise
    std::string coordinates;   // where positions come from, in words
    bool has_orientations = false;
    std::vector<std::string> extra_columns;  // other columns, passed through
    std::vector<std::string> columns;        // every column of the file, as named there
    std::optional<std::size_t> lat_column, lon_column;  // of `columns`, when the file has them
    bool geocoded = false;                   // addresses were looked up: outputs carry geocode_* columns
    std::vector<Partner> partners;
    std::vector<std::string> notes;          // file-level remarks, in French
    CategoryTable categories;                // the table the structures were categorised with
};

struct PartnerReadOptions {
    std::string layer;   // the layer or sheet; empty: the first one holding rows
    // Coordinate system of the coordinates when the file does not say: "EPSG:2154" or
    // any definition GDAL/PROJ reads. Without it, x/y columns in metres are taken as
    // Lambert-93 (EPSG:2154), the French national system, and said so in the notes.
    std::string srs;
    CategoryTable categories;
    double duplicate_metres = 50.0;
    // Rows with an address and no position are placed through this index of the Base
    // Adresse Nationale; those scoring under geocoding.min_score get address_not_found.
    std::shared_ptr<const Geocoder> geocoder;
    GeocodeOptions geocoding;
};

// Reads a partner list: CSV (comma, semicolon or tab; UTF-8 or Windows-1252; decimal
// comma), XLSX, ODS, GeoJSON, GeoPackage, Shapefile or any table GDAL opens, and the
// JSON lists of the national mediation places and data·inclusion. Structures with bad
// data are kept with a status; only an unreadable file, or one without any coordinates
// (nor addresses, when a geocoder is given), throws InputError.
PartnerTable read_partners(const std::string& path, const PartnerReadOptions& options = {});

// The comparison key of names: lower case, accents and punctuation removed, spaces
// collapsed ("CCAS de Créteil" → "ccas de creteil").
std::string normalise_name(std::string_view name);

} // namespace alentour
