// Partner tables through GDAL. CSV files are read into memory first: their encoding is
// decided for the whole file (UTF-8, else Windows-1252 as French Excel writes it) and
// recoded once, then GDAL parses the separators and quotes. Spreadsheets are read with
// a forced header line and every cell as text, so that "01200" stays a postcode.

#include "core/paths.hpp"
#include "raw_table.hpp"
#include "srs.hpp"
#include "text.hpp"

#include "core/gdal.hpp"

#include <alentour/error.hpp>

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace alentour::detail {
namespace {

// Sets GDAL configuration options for this thread while a read lasts.
class ConfigGuard {
public:
    void set(const char* key, const char* value) {
        const char* previous = CPLGetThreadLocalConfigOption(key, nullptr);
        m_saved.emplace_back(key, previous ? std::optional<std::string>(previous) : std::nullopt);
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ConfigGuard() {
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            CPLSetThreadLocalConfigOption(it->first.c_str(), it->second ? it->second->c_str() : nullptr);
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> m_saved;
};

// A file held in GDAL's memory file system for as long as it is read.
class MemoryFile {
public:
    MemoryFile(std::string name, std::string content) : m_name(std::move(name)), m_content(std::move(content)) {
        VSILFILE* file = VSIFileFromMemBuffer(m_name.c_str(), reinterpret_cast<GByte*>(m_content.data()),
                                              static_cast<vsi_l_offset>(m_content.size()), FALSE);
        if (file != nullptr) VSIFCloseL(file);
    }
    ~MemoryFile() { VSIUnlink(m_name.c_str()); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    const std::string& name() const noexcept { return m_name; }

private:
    std::string m_name;
    std::string m_content;
};

// The separator GDAL picks: the first of , ; tab met outside quotes in the header line.
std::string csv_separator(std::string_view text) {
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (c == '\n' && !quoted) break;
        if (!quoted && (c == ',' || c == ';' || c == '\t')) return c == '\t' ? "tab" : std::string(1, c);
    }
    return ",";
}

std::string field_text(OGRFeature& feature, int field) {
    if (!feature.IsFieldSetAndNotNull(field)) return {};
    const OGRFieldType type = feature.GetFieldDefnRef(field)->GetType();
    std::string text;
    if (type == OFTStringList || type == OFTIntegerList || type == OFTInteger64List || type == OFTRealList) {
        if (type == OFTStringList) {
            for (char** item = feature.GetFieldAsStringList(field); item != nullptr && *item != nullptr; ++item) {
                text += (text.empty() ? "" : "|") + std::string(*item);
            }
        } else {
            // "(3:1,2,3)" is GDAL's own notation; lists of numbers are written 1|2|3.
            std::string raw = feature.GetFieldAsString(field);
            const auto colon = raw.find(':');
            if (colon != std::string::npos && raw.size() > colon + 1) raw = raw.substr(colon + 1, raw.size() - colon - 2);
            std::replace(raw.begin(), raw.end(), ',', '|');
            text = raw;
        }
    } else {
        text = feature.GetFieldAsString(field);
    }
    return text;
}

// A point inside a polygon (a building outline), else its centroid.
bool inner_point(const OGRGeometry& geometry, OGRPoint& point) {
    OGRGeometryH handle = OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry));
    std::unique_ptr<OGRGeometry> inside(OGRGeometry::FromHandle(OGR_G_PointOnSurface(handle)));
    if (inside && !inside->IsEmpty() && wkbFlatten(inside->getGeometryType()) == wkbPoint) {
        point = *inside->toPoint();
        return true;
    }
    return geometry.Centroid(&point) == OGRERR_NONE && !point.IsEmpty();
}

struct GeometryReader {
    std::unique_ptr<ToWgs84> declared;  // the layer's system, or --srs
    std::unique_ptr<ToWgs84> assumed;   // Lambert-93, for metres without a system
    bool used_assumed = false;

    void read(const OGRGeometry& geometry, RawRow& row) {
        if (geometry.IsEmpty()) return;
        OGRPoint point;
        const auto type = wkbFlatten(geometry.getGeometryType());
        if (type == wkbPoint) {
            point = *geometry.toPoint();
        } else if (type == wkbMultiPoint && geometry.toMultiPoint()->getNumGeometries() == 1) {
            point = *geometry.toMultiPoint()->getGeometryRef(0);
        } else if (inner_point(geometry, point)) {
            row.geometry_note = std::string("position prise à l'intérieur de la géométrie (") + OGRGeometryTypeToName(type) + ")";
        } else {
            row.geometry_problem = std::string("géométrie ") + OGRGeometryTypeToName(type) + " sans point utilisable";
            return;
        }
        LatLon position;
        bool ok = false;
        if (declared) {
            ok = declared->convert(point.getX(), point.getY(), position);
        } else if (looks_like_degrees(point.getX(), point.getY())) {
            position = {point.getY(), point.getX()};
            ok = true;
        } else {
            if (!assumed) assumed = std::make_unique<ToWgs84>(epsg_srs(2154));
            ok = assumed->convert(point.getX(), point.getY(), position);
            used_assumed = true;
        }
        if (ok) {
            row.geometry = position;
        } else {
            row.geometry_problem = "géométrie hors du domaine de son système de coordonnées";
        }
    }
};

OGRLayer& choose_layer(GDALDataset& dataset, const std::string& wanted, const std::string& path, RawTable& table) {
    std::vector<std::string> names;
    for (int i = 0; i < dataset.GetLayerCount(); ++i) names.emplace_back(dataset.GetLayer(i)->GetName());
    const auto list = [&] {
        std::string text;
        for (const auto& n : names) text += (text.empty() ? "" : ", ") + n;
        return text;
    };
    if (names.empty()) throw InputError("holds no table", {path, 0, {}});
    if (!wanted.empty()) {
        OGRLayer* layer = dataset.GetLayerByName(wanted.c_str());
        if (layer == nullptr) throw InputError("has no layer or sheet '" + wanted + "' (it has: " + list() + ")", {path, 0, "--layer"});
        return *layer;
    }
    OGRLayer* chosen = nullptr;
    int non_empty = 0;
    for (int i = 0; i < dataset.GetLayerCount(); ++i) {
        OGRLayer* layer = dataset.GetLayer(i);
        if (layer->GetFeatureCount() != 0) {
            ++non_empty;
            if (chosen == nullptr) chosen = layer;
        }
    }
    if (chosen == nullptr) chosen = dataset.GetLayer(0);
    if (non_empty > 1) {
        table.notes.push_back("le fichier a plusieurs couches ou feuilles (" + list() + ") : lu « " + chosen->GetName() +
                              " » ; --layer pour en choisir une autre");
    }
    return *chosen;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open", {path, 0, {}});
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// An open dataset, and the memory copy a CSV is read from (recoded to UTF-8 first).
struct OpenTable {
    std::unique_ptr<MemoryFile> memory;
    GDALDatasetUniquePtr dataset;
};

OpenTable open_csv(const std::string& path, const std::string& extension, RawTable& table) {
    std::string text = read_file(path);
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (!is_valid_utf8(text)) {
        text = recode_windows1252(text);
        table.encoding = "Windows-1252";
    }
    table.separator = extension == ".tsv" ? "tab" : csv_separator(text);
    static std::atomic<unsigned> counter{0};
    OpenTable open;
    open.memory = std::make_unique<MemoryFile>("/vsimem/alentour-partners-" + std::to_string(++counter) + (extension == ".tsv" ? ".tsv" : ".csv"),
                                               std::move(text));
    const char* drivers[] = {"CSV", nullptr};
    const char* options[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", nullptr};
    open.dataset.reset(GDALDataset::Open(open.memory->name().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options));
    if (!open.dataset) {
        throw InputError("cannot read as a CSV table (one header line, then one structure per line, separated by , ; or tab): " +
                             last_gdal_error(),
                         {path, 0, {}});
    }
    return open;
}

GeometryReader geometry_reader(OGRLayer& layer, const std::string& srs, RawTable& table) {
    GeometryReader geometry;
    if (const OGRSpatialReference* declared = layer.GetSpatialRef()) {
        geometry.declared = std::make_unique<ToWgs84>(*declared);
        table.geometry_srs = geometry.declared->name();
    } else if (!srs.empty()) {
        geometry.declared = std::make_unique<ToWgs84>(user_srs(srs));
        table.geometry_srs = geometry.declared->name() + " (--srs)";
    }
    return geometry;
}

// Every feature with a value or a geometry; empty spreadsheet lines are not structures.
// Cells of a non-CSV file that are not UTF-8 are recoded (an old .xls, a Shapefile's DBF).
void read_rows(OGRLayer& layer, bool csv, GeometryReader& geometry, RawTable& table) {
    const int fields = layer.GetLayerDefn()->GetFieldCount();
    bool recoded_cells = false;
    std::size_t index = 0;
    for (auto& feature : layer) {
        ++index;
        RawRow row;
        row.line = table.tabular ? index + 1 : index;
        row.values.reserve(table.columns.size());
        bool blank = true;
        for (int i = 0; i < fields; ++i) {
            std::string text = field_text(*feature, i);
            if (!csv && !is_valid_utf8(text)) {
                text = recode_windows1252(text);
                recoded_cells = true;
            }
            if (!trim(text).empty()) blank = false;
            row.values.push_back(std::move(text));
        }
        if (const OGRGeometry* g = feature->GetGeometryRef()) geometry.read(*g, row);
        if (row.geometry || !row.geometry_problem.empty()) {
            blank = false;
            table.has_geometry = true;
        }
        if (!blank) table.rows.push_back(std::move(row));
    }
    if (recoded_cells) table.encoding = "Windows-1252";
}

} // namespace

RawTable read_with_gdal(const std::string& path, const std::string& layer_name, const std::string& srs) {
    ensure_gdal();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw InputError("no such file", {path, 0, {}});
    RawTable table;
    const std::string extension = lower_extension(path);
    const bool csv = extension == ".csv" || extension == ".tsv" || extension == ".txt";
    table.tabular = csv || extension == ".xlsx" || extension == ".xlsm" || extension == ".ods" || extension == ".xls";

    ConfigGuard config;
    config.set("OGR_XLSX_HEADERS", "FORCE");
    config.set("OGR_XLSX_FIELD_TYPES", "STRING");
    config.set("OGR_ODS_HEADERS", "FORCE");
    config.set("OGR_ODS_FIELD_TYPES", "STRING");
    const OpenTable open = csv ? open_csv(path, extension, table) : OpenTable{nullptr, open_vector(path)};
    table.kind = csv ? "CSV" : open.dataset->GetDriver()->GetDescription();

    OGRLayer& layer = choose_layer(*open.dataset, layer_name, path, table);
    table.layer = csv ? std::filesystem::path(path).stem().string() : layer.GetName();
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    for (int i = 0; i < definition.GetFieldCount(); ++i) table.columns.push_back(as_utf8(definition.GetFieldDefn(i)->GetNameRef()));

    GeometryReader geometry = geometry_reader(layer, srs, table);
    CPLErrorReset();
    read_rows(layer, csv, geometry, table);
    check_no_overlong_line(path);
    if (geometry.used_assumed) {
        table.geometry_srs = "EPSG:2154 (Lambert-93), supposé";
        table.notes.push_back("les géométries n'ont pas de système de coordonnées et sont en mètres : lues en Lambert-93 "
                              "(EPSG:2154) ; --srs pour un autre système");
    }
    return table;
}

} // namespace alentour::detail
