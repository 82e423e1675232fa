// JSON lists of structures: the national mediation places (CNFS) and data·inclusion
// exports are arrays of flat objects, not GeoJSON, so GDAL cannot read them.

#include "raw_table.hpp"
#include "text.hpp"

#include <alentour/error.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

namespace alentour::detail {
namespace {

using nlohmann::json;

// Lists become "a|b|c", like the `|` lists of the mediation standard.
std::string cell_text(const json& value) {
    switch (value.type()) {
    case json::value_t::null: return {};
    case json::value_t::string: return value.get<std::string>();
    case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case json::value_t::array: {
        std::string out;
        for (const auto& item : value) {
            const std::string text = cell_text(item);
            if (!text.empty()) out += (out.empty() ? "" : "|") + text;
        }
        return out;
    }
    default: return value.dump();
    }
}

const json* object_list(const json& document) {
    if (document.is_array()) return &document;
    if (!document.is_object() || document.contains("type")) return nullptr;  // GeoJSON
    for (const char* key : {"items", "data", "results", "structures"}) {
        const auto it = document.find(key);
        if (it != document.end() && it->is_array()) return &*it;
    }
    return nullptr;
}

} // namespace

std::optional<RawTable> read_json_list(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open", {path, 0, {}});
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    std::string encoding = "UTF-8";
    if (!is_valid_utf8(text)) {
        text = recode_windows1252(text);
        encoding = "Windows-1252";
    }
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for a number past a double (8e8888888)
        throw InputError(std::string("not valid JSON: ") + e.what(), {path, 0, {}});
    }
    const json* list = object_list(document);
    if (list == nullptr) return std::nullopt;

    RawTable table;
    table.kind = "JSON";
    table.encoding = encoding;
    std::map<std::string, std::size_t, std::less<>> column_index;
    std::size_t item_number = 0;
    for (const auto& item : *list) {
        ++item_number;
        if (!item.is_object()) {
            throw InputError("item " + std::to_string(item_number) + " of the list is not an object {\"nom\": …}", {path, item_number, {}});
        }
        RawRow row;
        row.line = item_number;
        row.values.resize(table.columns.size());
        for (const auto& [key, value] : item.items()) {
            auto it = column_index.find(key);
            if (it == column_index.end()) {
                it = column_index.emplace(key, table.columns.size()).first;
                table.columns.push_back(key);
                for (auto& earlier : table.rows) earlier.values.emplace_back();
                row.values.emplace_back();
            }
            row.values[it->second] = cell_text(value);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace alentour::detail
