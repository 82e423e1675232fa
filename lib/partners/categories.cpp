// The category table: built-in JSON, merged with the user's file, turned into sorted
// lookups. Codes are compared in upper case, names and aliases as normalised words.

#include "text.hpp"

#include <alentour/error.hpp>
#include <alentour/partners.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace alentour {
namespace {

using Json = nlohmann::ordered_json;

const std::set<std::string, std::less<>> table_keys = {"categories", "typologies", "reseaux_porteurs", "typequ", "names"};
constexpr const char* fallback_category = "autre";

[[noreturn]] void fail(std::string_view source, const std::string& field, const std::string& message) {
    throw InputError(message, {std::string(source), 0, field});
}

Json parse(std::string_view text, std::string_view source) {
    try {
        return Json::parse(text);
    } catch (const Json::exception& e) {
        fail(source, "", std::string("not valid JSON: ") + e.what());
    }
}

std::string upper(std::string_view text) {
    std::string out(detail::trim(text));
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

using Lookup = std::vector<std::pair<std::string, std::string>>;

const std::string* find_in(const Lookup& lookup, const std::string& key) {
    const auto it = std::lower_bound(lookup.begin(), lookup.end(), key, [](const auto& entry, const std::string& k) { return entry.first < k; });
    return it != lookup.end() && it->first == key ? &it->second : nullptr;
}

void sort_lookup(Lookup& lookup) {
    std::sort(lookup.begin(), lookup.end());
    lookup.erase(std::unique(lookup.begin(), lookup.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                 lookup.end());
}

} // namespace

CategoryTable::CategoryTable() { rebuild(default_categories_json(), "built-in category table"); }

CategoryTable CategoryTable::from_json(std::string_view json_text, std::string_view source) {
    Json user = parse(json_text, source);
    if (!user.is_object()) fail(source, "", "a category file must be a JSON object");
    const CategoryTable defaults;
    Json merged = Json::parse(defaults.m_json);
    const bool weights_only = !user.empty() && std::all_of(user.begin(), user.end(), [](const Json& v) { return v.is_number(); });
    if (weights_only) {
        // {"ccas": 1.5, "association": 0.6}: weights of known categories.
        Json patch = Json::object();
        for (const auto& [id, weight] : user.items()) {
            if (!merged["categories"].contains(id)) {
                std::string known;
                for (const auto& c : defaults.categories()) known += (known.empty() ? "" : ", ") + c.id;
                fail(source, id, "is not a category (known: " + known + ")");
            }
            patch["categories"][id]["weight"] = weight;
        }
        user = patch;
    }
    for (const auto& [key, value] : user.items()) {
        if (!table_keys.contains(key)) {
            fail(source, key, "is neither a category weight nor a part of the table (categories, typologies, reseaux_porteurs, typequ, names)");
        }
    }
    // The whole table, as --print-categories shows it, replaces the built-in one (so that
    // what was removed stays removed); a part of it is merged.
    const bool whole = std::all_of(table_keys.begin(), table_keys.end(), [&](const std::string& k) { return user.contains(k); });
    if (whole) {
        merged = user;
    } else {
        merged.merge_patch(user);
    }
    CategoryTable table;
    table.rebuild(merged.dump(), source);
    return table;
}

CategoryTable CategoryTable::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open the category file", {path, 0, {}});
    std::stringstream text;
    text << in.rdbuf();
    return from_json(text.str(), path);
}

std::string CategoryTable::to_json() const { return Json::parse(m_json).dump(2); }

void CategoryTable::rebuild(const std::string& json_text, std::string_view source) {
    const Json table = parse(json_text, source);
    const auto categories = table.find("categories");
    if (categories == table.end() || !categories->is_object() || categories->empty()) {
        fail(source, "categories", "must map category ids to {\"label\", \"color\", \"weight\"}");
    }
    static const std::regex colour("#[0-9a-fA-F]{6}");
    m_categories.clear();
    m_aliases.clear();
    for (const auto& [id, entry] : categories->items()) {
        const std::string field = "categories." + id;
        if (!entry.is_object()) fail(source, field, "must be {\"label\": …, \"color\": \"#rrggbb\", \"weight\": …}");
        PartnerCategory c;
        c.id = id;
        try {
            c.label = entry.value("label", id);
            c.color = entry.value("color", std::string("#999999"));
            c.weight = entry.value("weight", 1.0);
            c.aliases = entry.value("aliases", std::vector<std::string>{});
        } catch (const Json::exception&) {
            fail(source, field, "has a field of the wrong type (label and color are text, weight a number, aliases a list of text)");
        }
        if (!std::regex_match(c.color, colour)) fail(source, field + ".color", "must be written #rrggbb");
        if (!(c.weight >= 0.0 && c.weight <= 100.0)) fail(source, field + ".weight", "must lie between 0 and 100");
        m_aliases.emplace_back(detail::normalise_words(c.id), c.id);
        m_aliases.emplace_back(detail::normalise_words(c.label), c.id);
        for (const auto& alias : c.aliases) m_aliases.emplace_back(detail::normalise_words(alias), c.id);
        m_categories.push_back(std::move(c));
    }
    if (find(fallback_category) == nullptr) fail(source, "categories", "needs the category 'autre', given to what nothing else describes");
    const auto read_map = [&](const char* key, bool upper_keys) {
        Lookup lookup;
        const auto it = table.find(key);
        if (it == table.end()) return lookup;
        if (!it->is_object()) fail(source, key, "must map values to category ids");
        for (const auto& [value, category] : it->items()) {
            if (!category.is_string() || find(category.get<std::string>()) == nullptr) {
                fail(source, std::string(key) + "." + value, "must name one of the categories");
            }
            lookup.emplace_back(upper_keys ? upper(value) : std::string(detail::trim(value)), category.get<std::string>());
        }
        sort_lookup(lookup);
        return lookup;
    };
    m_typologies = read_map("typologies", true);
    m_reseaux = read_map("reseaux_porteurs", false);
    m_typequ = read_map("typequ", true);
    m_names.clear();
    for (const auto& [pattern, category] : read_map("names", false)) {
        const std::string words = detail::normalise_words(pattern);
        if (!words.empty()) m_names.push_back({" " + words + " ", pattern, category});
    }
    sort_lookup(m_aliases);
    m_aliases.erase(std::remove_if(m_aliases.begin(), m_aliases.end(), [](const auto& a) { return a.first.empty(); }), m_aliases.end());
    m_json = table.dump();
}

const PartnerCategory* CategoryTable::find(std::string_view id) const noexcept {
    for (const auto& c : m_categories) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

const PartnerCategory& CategoryTable::get(std::string_view id) const noexcept {
    static const PartnerCategory unknown{"", "?", "#999999", 0.0, {}};
    const PartnerCategory* c = find(id);
    return c != nullptr ? *c : unknown;
}

std::optional<CategoryMatch> CategoryTable::from_category_text(std::string_view text) const {
    const std::string words = detail::normalise_words(text);
    if (words.empty()) return std::nullopt;
    const std::string raw(detail::trim(text));
    if (const auto* c = find_in(m_aliases, words)) return CategoryMatch{*c, "categorie", raw};
    if (const auto* c = find_in(m_typologies, upper(text))) return CategoryMatch{*c, "categorie", raw};
    if (const auto* c = find_in(m_reseaux, std::string(detail::trim(text)))) return CategoryMatch{*c, "categorie", raw};
    if (auto by_name = from_name(text)) {
        by_name->source = "categorie";
        return by_name;
    }
    return std::nullopt;
}

std::optional<CategoryMatch> CategoryTable::from_typologie(std::string_view code) const {
    if (const auto* c = find_in(m_typologies, upper(code))) return CategoryMatch{*c, "typologie", std::string(detail::trim(code))};
    return std::nullopt;
}

std::optional<CategoryMatch> CategoryTable::from_reseau_porteur(std::string_view value) const {
    std::string key(detail::trim(value));
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (const auto* c = find_in(m_reseaux, key)) return CategoryMatch{*c, "reseaux_porteurs", key};
    return std::nullopt;
}

std::optional<CategoryMatch> CategoryTable::from_typequ(std::string_view code) const {
    if (const auto* c = find_in(m_typequ, upper(code))) return CategoryMatch{*c, "typequ", upper(code)};
    return std::nullopt;
}

std::optional<CategoryMatch> CategoryTable::from_name(std::string_view name) const {
    const std::string padded = " " + detail::normalise_words(name) + " ";
    const Pattern* best = nullptr;
    std::size_t best_at = std::string::npos;
    for (const auto& p : m_names) {
        const auto at = padded.find(p.text);
        if (at == std::string::npos) continue;
        if (best == nullptr || at < best_at || (at == best_at && p.text.size() > best->text.size())) {
            best = &p;
            best_at = at;
        }
    }
    if (best == nullptr) return std::nullopt;
    return CategoryMatch{best->category, "nom", best->raw};
}

} // namespace alentour
