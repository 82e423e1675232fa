// Writing a ranking: a CSV for spreadsheets, GeoJSON for web maps (simplestyle for
// geojson.io and GitHub, _umap_options for uMap, a popup-ready description), and any
// other GDAL vector format with the same attributes. Every file goes through an
// OutputFile: written beside the target, renamed when complete.

#include "text.hpp"

#include "io/gdal_util.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>
#include <alentour/partners_rank.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <sstream>

namespace alentour {
namespace {

using Json = nlohmann::ordered_json;

std::string lower_extension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return extension;
}

enum class Kind { csv, geojson, gdal };

Kind kind_of(const std::string& path) {
    const std::string extension = lower_extension(path);
    if (extension == ".csv") return Kind::csv;
    if (extension == ".geojson" || extension == ".json") return Kind::geojson;
    return Kind::gdal;
}

// ---------------------------------------------------------------- one table for every format

enum class Type { text, integer, real };

struct Cell {
    std::optional<double> number;
    std::string text;
    bool empty() const { return !number && text.empty(); }
};

struct Column {
    std::string name;
    Type type = Type::text;
    int decimals = 0;  // for reals written as text
};

// The attributes of each structure, in output order; the same for CSV, GeoJSON and GDAL.
struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<const RankedPartner*> ranked;  // the row each line comes from
};

std::string list_label(PartnerList list, const RankOptions& o) {
    switch (list) {
    case PartnerList::prospect: return "à prospecter";
    case PartnerList::outreach: return "atelier itinérant";
    case PartnerList::beyond: return "au-delà de " + detail::french_minutes(o.far_minutes);
    case PartnerList::unranked: return "non classée";
    }
    return {};
}

std::string category_from_text(const CategoryMatch& m) {
    if (m.source == "aucune" || m.source.empty()) return "aucune indication";
    if (m.source == "format") return "format du fichier : " + m.value;
    if (m.source == "nom") return "nom (« " + m.value + " »)";
    return m.source + " « " + m.value + " »";
}

Cell real(std::optional<double> value) { return {value, {}}; }
Cell text(std::string value) { return {{}, std::move(value)}; }

Table build_table(const Ranking& r) {
    Table t;
    const auto add = [&](std::string name, Type type, int decimals = 0) { t.columns.push_back({std::move(name), type, decimals}); };
    add("rank", Type::integer);
    add("list", Type::text);
    add("id", Type::text);
    add("name", Type::text);
    add("category", Type::text);
    add("category_label", Type::text);
    add("address", Type::text);
    add("postcode", Type::text);
    add("commune", Type::text);
    add("phone", Type::text);
    add("email", Type::text);
    if (r.table.has_orientations) add("orientations", Type::real, 1);
    for (const auto& mode : r.options.modes) {
        add("minutes_" + mode, Type::real, 1);
        add("metres_" + mode, Type::real, 0);
    }
    add("score", Type::real, 3);
    add("reason", Type::text);
    add("status", Type::text);
    add("lat", Type::real, 7);
    add("lon", Type::real, 7);
    add("snap_metres", Type::real, 0);
    add("category_from", Type::text);
    add("notes", Type::text);
    add("line", Type::integer);
    std::set<std::string> taken;
    for (const auto& c : t.columns) taken.insert(detail::normalise_column(c.name));
    for (const auto& extra : r.table.extra_columns) {
        std::string name = extra;
        while (taken.contains(detail::normalise_column(name))) name = "source_" + name;
        taken.insert(detail::normalise_column(name));
        add(name, Type::text);
    }

    for (const auto& row : r.rows) {
        const Partner& p = r.table.partners[row.partner];
        std::vector<Cell> cells;
        cells.push_back(row.rank ? real(static_cast<double>(row.rank)) : Cell{});
        cells.push_back(text(std::string(list_code(row.list))));
        cells.push_back(text(p.id));
        cells.push_back(text(p.name));
        cells.push_back(text(p.category));
        cells.push_back(text(p.category.empty() ? std::string() : r.table.categories.get(p.category).label));
        cells.push_back(text(p.address));
        cells.push_back(text(p.postcode));
        cells.push_back(text(p.commune));
        cells.push_back(text(p.phone));
        cells.push_back(text(p.email));
        if (r.table.has_orientations) cells.push_back(real(p.orientations));
        for (const auto& time : row.times) {
            cells.push_back(real(time.minutes));
            cells.push_back(real(time.metres));
        }
        const bool ranked = row.list == PartnerList::prospect || row.list == PartnerList::outreach;
        cells.push_back(ranked ? real(row.score) : Cell{});
        cells.push_back(text(row.reason));
        cells.push_back(text(std::string(status_code(p.status))));
        cells.push_back(p.position ? real(p.position->lat) : Cell{});
        cells.push_back(p.position ? real(p.position->lon) : Cell{});
        cells.push_back(real(row.times.front().snap_metres));
        cells.push_back(text(category_from_text(p.category_from)));
        std::string notes;
        for (const auto& n : p.notes) notes += (notes.empty() ? "" : " ; ") + n;
        cells.push_back(text(notes));
        cells.push_back(real(static_cast<double>(p.line)));
        for (const auto& value : p.extra) cells.push_back(text(value));
        t.rows.push_back(std::move(cells));
        t.ranked.push_back(&row);
    }
    return t;
}

std::string number_text(double value, const Column& column, bool decimal_comma) {
    if (column.type == Type::integer) return std::to_string(std::llround(value));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", column.decimals, value);
    std::string out = buffer;
    if (out.front() == '-' && std::strtod(out.c_str(), nullptr) == 0.0) out.erase(0, 1);  // no "-0,0"
    if (decimal_comma) std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

// ---------------------------------------------------------------- map styling

std::string marker_size(PartnerList list) {
    switch (list) {
    case PartnerList::prospect: return "large";
    case PartnerList::outreach: return "medium";
    default: return "small";
    }
}

// uMap reads **bold** and line breaks in a description popup.
std::string description(const Ranking& r, const RankedPartner& row) {
    const Partner& p = r.table.partners[row.partner];
    std::string d = "**" + (p.name.empty() ? std::string("(sans nom)") : p.name) + "**\n";
    d += r.table.categories.get(p.category).label;
    if (row.rank) d += " · " + list_label(row.list, r.options) + " n° " + std::to_string(row.rank);
    else d += " · " + list_label(row.list, r.options);
    d += "\n";
    std::string place = p.address;
    const std::string town = p.postcode + (p.postcode.empty() || p.commune.empty() ? "" : " ") + p.commune;
    if (!town.empty()) place += (place.empty() ? "" : ", ") + town;
    if (!place.empty()) d += place + "\n";
    if (!p.phone.empty()) d += "Tél. " + p.phone + "\n";
    if (!p.email.empty()) d += p.email + "\n";
    d += (row.list == PartnerList::unranked ? "Non classée : " : "Pourquoi : ") + row.reason;
    return d;
}

Json umap_options(const std::string& colour, PartnerList list) {
    return Json{{"color", colour}, {"iconClass", list == PartnerList::prospect || list == PartnerList::outreach ? "Drop" : "Circle"}};
}

constexpr const char* space_colour = "#000000";

std::string space_description(const Ranking& r) {
    std::string d = "**" + (r.options.space_name.empty() ? std::string("Espace de médiation") : r.options.space_name) + "**\n";
    d += "Espace de médiation numérique\n";
    d += std::to_string(r.count(PartnerList::prospect)) + " structures à moins de " + detail::french_minutes(r.options.near_minutes) + " " +
         detail::french_mode(r.options.modes.front()) + ", " + std::to_string(r.count(PartnerList::outreach)) +
         " pour un atelier itinérant (moins de " + detail::french_minutes(r.options.far_minutes) + ")";
    return d;
}

// ---------------------------------------------------------------- GeoJSON

Json position_json(LatLon p) {
    const auto round7 = [](double v) { return std::round(v * 1e7) / 1e7; };
    return Json{{"type", "Point"}, {"coordinates", Json::array({round7(p.lon), round7(p.lat)})}};
}

Json cell_json(const Cell& cell, const Column& column) {
    if (cell.number) {
        if (column.type == Type::integer || column.decimals == 0) return std::llround(*cell.number);
        const double scale = std::pow(10.0, column.decimals);
        return std::round(*cell.number * scale) / scale;
    }
    if (cell.text.empty()) return nullptr;
    return cell.text;
}

// Streams straight into the temporary file: no copy of a large output in memory.
template <typename Writer>
void write_text(const std::string& path, bool overwrite, Writer&& writer) {
    OutputFile output(path, overwrite);
    {
        std::ofstream out(output.temp_path(), std::ios::binary);
        writer(out);
        out.close();
        if (!out) throw InputError("cannot write", {path, 0, {}});
    }
    output.commit();
}

// ---------------------------------------------------------------- GDAL

OGRFieldType gdal_type(Type type) {
    switch (type) {
    case Type::integer: return OFTInteger;
    case Type::real: return OFTReal;
    case Type::text: return OFTString;
    }
    return OFTString;
}

std::vector<std::string> write_gdal(const Ranking& r, const std::string& path, bool overwrite) {
    GDALDriver& driver = detail::vector_driver_for(path, "");
    const Table t = build_table(r);
    OutputFile output(path, overwrite);
    // The other files of a multi-file format (.shx, .dbf, .prj… beside a .shp): same
    // temporary stem, removed if writing fails.
    struct Siblings {
        std::filesystem::path main;
        bool done = false;
        std::vector<std::filesystem::path> list() const {
            std::vector<std::filesystem::path> out;
            std::error_code ec;
            const std::string prefix = main.stem().string() + ".";
            for (const auto& entry : std::filesystem::directory_iterator(main.parent_path().empty() ? "." : main.parent_path(), ec)) {
                const auto name = entry.path().filename().string();
                if (name.starts_with(prefix) && entry.path().filename() != main.filename()) out.push_back(entry.path());
            }
            return out;
        }
        ~Siblings() {
            if (done) return;
            std::error_code ec;
            for (const auto& f : list()) std::filesystem::remove(f, ec);
        }
    } siblings{std::filesystem::path(output.temp_path())};
    {
        GDALDatasetUniquePtr dataset(driver.Create(output.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) throw InputError("cannot create: " + detail::last_gdal_error(), {path, 0, {}});
        OGRSpatialReference srs = detail::wgs84();
        OGRLayer* layer = dataset->CreateLayer("partenaires", &srs, wkbPoint, nullptr);
        if (layer == nullptr) throw InputError("cannot create the layer: " + detail::last_gdal_error(), {path, 0, {}});
        std::vector<std::string> names;
        for (const auto& c : t.columns) names.push_back(c.name);
        for (const char* style : {"marker-color", "marker-size", "_umap_options", "description"}) names.emplace_back(style);
        for (std::size_t i = 0; i < names.size(); ++i) {
            OGRFieldDefn field(names[i].c_str(), i < t.columns.size() ? gdal_type(t.columns[i].type) : OFTString);
            if (names[i] == "_umap_options") field.SetSubType(OFSTJSON);
            if (layer->CreateField(&field) != OGRERR_NONE) {
                throw InputError("cannot create field " + names[i] + ": " + detail::last_gdal_error(), {path, 0, {}});
            }
        }
        const bool in_transaction = dataset->StartTransaction() == OGRERR_NONE;
        const auto write = [&](const std::vector<Cell>& cells, const std::optional<LatLon>& position, const std::string& colour,
                               const std::string& size, const Json& umap, const std::string& popup) {
            OGRFeature feature(layer->GetLayerDefn());
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const Cell& cell = cells[i];
                if (cell.empty()) continue;
                if (cell.number && t.columns[i].type == Type::integer) {
                    feature.SetField(static_cast<int>(i), static_cast<int>(std::llround(*cell.number)));
                } else if (cell.number) {
                    feature.SetField(static_cast<int>(i), *cell.number);
                } else {
                    feature.SetField(static_cast<int>(i), cell.text.c_str());
                }
            }
            const int style = static_cast<int>(t.columns.size());
            feature.SetField(style, colour.c_str());
            feature.SetField(style + 1, size.c_str());
            feature.SetField(style + 2, umap.dump().c_str());
            feature.SetField(style + 3, popup.c_str());
            if (position) {
                OGRPoint point(position->lon, position->lat);
                feature.SetGeometry(&point);
            }
            if (layer->CreateFeature(&feature) != OGRERR_NONE) throw InputError("cannot write a structure: " + detail::last_gdal_error(), {path, 0, {}});
        };
        // The space first, so that a map shows where everything is measured from.
        std::vector<Cell> space_cells(t.columns.size());
        space_cells[1] = text("espace");
        space_cells[3] = text(r.options.space_name.empty() ? "Espace de médiation" : r.options.space_name);
        write(space_cells, r.options.space, space_colour, "large", umap_options(space_colour, PartnerList::prospect), space_description(r));
        for (std::size_t k = 0; k < t.rows.size(); ++k) {
            const RankedPartner& row = *t.ranked[k];
            const Partner& p = r.table.partners[row.partner];
            const std::string colour = r.table.categories.get(p.category).color;
            write(t.rows[k], p.position, colour, marker_size(row.list), umap_options(colour, row.list), description(r, row));
        }
        if (in_transaction && dataset->CommitTransaction() != OGRERR_NONE) {
            throw InputError("cannot finish writing: " + detail::last_gdal_error(), {path, 0, {}});
        }
    }
    // Some drivers skip features without a geometry: say so rather than lose them quietly.
    std::vector<std::string> warnings;
    {
        GDALDatasetUniquePtr written(GDALDataset::Open(output.temp_path().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        const auto expected = static_cast<GIntBig>(t.rows.size() + 1);
        const GIntBig count = written && written->GetLayerCount() > 0 ? written->GetLayer(0)->GetFeatureCount() : expected;
        if (count < expected) {
            warnings.push_back(path + ": " + std::to_string(expected - count) + " structures without a position are not in this file (" +
                               driver.GetDescription() + " cannot hold a feature without geometry); the CSV or GeoJSON output keeps them");
        }
    }
    // A Shapefile is several files (.shp, .shx, .dbf, .prj…): each gets the target's name.
    const std::filesystem::path target(path);
    for (const auto& sibling : siblings.list()) {
        const auto destination = target.parent_path() / (target.stem().string() + sibling.extension().string());
        std::error_code ec;
        if (std::filesystem::exists(destination, ec) && !overwrite) throw InputError("exists already; pass --overwrite to replace it", {destination.string(), 0, {}});
        std::filesystem::rename(sibling, destination, ec);
        if (ec) throw InputError("cannot move the finished file into place: " + ec.message(), {destination.string(), 0, {}});
    }
    siblings.done = true;
    output.commit();
    return warnings;
}

} // namespace

CsvDialect parse_csv_dialect(std::string_view text) {
    if (text == "excel-fr" || text == "semicolon" || text == "fr") return CsvDialect::excel_fr;
    if (text == "comma" || text == "plain") return CsvDialect::comma;
    throw InputError("'" + std::string(text) + "' is not a CSV dialect (excel-fr or comma)", {"", 0, "--csv-dialect"});
}

void write_ranking_csv(const Ranking& ranking, std::ostream& out, CsvDialect dialect) {
    const bool french = dialect == CsvDialect::excel_fr;
    const char separator = french ? ';' : ',';
    const char* end_of_line = french ? "\r\n" : "\n";
    const auto field = [&](const std::string& value) {
        if (value.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return value;
        std::string quoted = "\"";
        for (const char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        return quoted + "\"";
    };
    if (french) out << "\xEF\xBB\xBF";
    const Table t = build_table(ranking);
    for (std::size_t i = 0; i < t.columns.size(); ++i) out << (i ? std::string(1, separator) : "") << field(t.columns[i].name);
    out << end_of_line;
    for (const auto& cells : t.rows) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out << separator;
            if (cells[i].number) {
                out << number_text(*cells[i].number, t.columns[i], french);
            } else {
                out << field(cells[i].text);
            }
        }
        out << end_of_line;
    }
}

// One feature per line: small, and a change between two runs shows as a changed line.
static void write_geojson(const Ranking& r, std::ostream& out) {
    const Table t = build_table(r);
    out << "{\"type\": \"FeatureCollection\", \"name\": \"partenaires\", \"features\": [\n";
    const auto add = [&](std::optional<LatLon> position, Json properties, bool last) {
        Json feature = Json::object();
        feature.emplace("type", "Feature");
        feature.emplace("geometry", position ? position_json(*position) : Json(nullptr));
        feature.emplace("properties", std::move(properties));
        out << feature.dump(-1, ' ', false, Json::error_handler_t::replace) << (last ? "\n" : ",\n");
    };
    {
        Json properties = Json::object();
        properties.emplace("list", "espace");
        properties.emplace("name", r.options.space_name.empty() ? "Espace de médiation" : r.options.space_name);
        properties.emplace("marker-color", space_colour);
        properties.emplace("marker-size", "large");
        properties.emplace("marker-symbol", "star");
        properties.emplace("_umap_options", umap_options(space_colour, PartnerList::prospect));
        properties.emplace("description", space_description(r));
        add(r.options.space, std::move(properties), t.rows.empty());
    }
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
        const RankedPartner& row = *t.ranked[k];
        const Partner& p = r.table.partners[row.partner];
        Json properties = Json::object();
        for (std::size_t i = 0; i < t.columns.size(); ++i) properties.emplace(t.columns[i].name, cell_json(t.rows[k][i], t.columns[i]));
        const std::string& colour = r.table.categories.get(p.category).color;
        properties.emplace("marker-color", colour);
        properties.emplace("marker-size", marker_size(row.list));
        properties.emplace("_umap_options", umap_options(colour, row.list));
        properties.emplace("description", description(r, row));
        add(p.position, std::move(properties), k + 1 == t.rows.size());
    }
    out << "]}\n";
}

std::string ranking_geojson(const Ranking& r) {
    std::ostringstream out;
    write_geojson(r, out);
    return out.str();
}

void check_ranking_output(const std::string& path, const RankWriteOptions& options) {
    if (path.empty()) throw InputError("give an output file", {"", 0, "-o"});
    if (kind_of(path) == Kind::gdal) detail::vector_driver_for(path, "");
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !options.overwrite) throw InputError("exists already; pass --overwrite to replace it", {path, 0, {}});
    const std::filesystem::path target(path);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    if (!std::filesystem::is_directory(folder, ec)) throw InputError("the folder " + folder.string() + " does not exist", {path, 0, {}});
}

std::vector<std::string> write_ranking(const Ranking& ranking, const std::string& path, const RankWriteOptions& options) {
    switch (kind_of(path)) {
    case Kind::csv:
        write_text(path, options.overwrite, [&](std::ostream& out) { write_ranking_csv(ranking, out, options.csv_dialect); });
        return {};
    case Kind::geojson: write_text(path, options.overwrite, [&](std::ostream& out) { write_geojson(ranking, out); }); return {};
    case Kind::gdal: return write_gdal(ranking, path, options.overwrite);
    }
    return {};
}

std::string ranking_summary(const Ranking& r) {
    const PartnerTable& t = r.table;
    std::string s = "read " + std::to_string(t.partners.size()) + " structures from " + t.path + " (" + t.format_label;
    if (!t.layer.empty()) s += ", layer " + t.layer;
    s += ", " + t.encoding;
    if (!t.separator.empty()) s += ", separator '" + t.separator + "'";
    s += "; coordinates: " + t.coordinates + ")\n";
    s += "ranked by " + r.options.modes.front() + " time to the space (" + std::string(decay_name(r.options.decay)) + " decay): " +
         std::to_string(r.count(PartnerList::prospect)) + " prospect (up to " + detail::french_number(r.options.near_minutes, 1) +
         " min), " + std::to_string(r.count(PartnerList::outreach)) + " outreach (up to " + detail::french_number(r.options.far_minutes, 1) +
         " min), " + std::to_string(r.count(PartnerList::beyond)) + " beyond, " + std::to_string(r.count(PartnerList::unranked)) + " unranked";
    std::string problems;
    for (int s_ = static_cast<int>(PartnerStatus::missing_coordinates); s_ <= static_cast<int>(PartnerStatus::space_itself); ++s_) {
        const auto status = static_cast<PartnerStatus>(s_);
        if (const std::size_t n = r.count(status)) problems += (problems.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(status_code(status));
    }
    if (!problems.empty()) s += " (" + problems + ")";
    s += "\n";
    for (const auto& note : t.notes) s += "note: " + note + "\n";
    return s;
}

} // namespace alentour
