// What a tour reads: durations as teams write them, the stops file, the space, the communes.

#include "partners/place.hpp"

#include <alentour/error.hpp>
#include <alentour/partners.hpp>
#include <alentour/tour.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

namespace alentour {
namespace {

constexpr double max_duration_minutes = 24 * 60;

// Digits with a decimal point or comma; past a double's range it is infinite (std::stod
// would throw out_of_range, which is no input error).
double number(const std::string& text) {
    std::string dotted = text;
    for (char& c : dotted) c = c == ',' ? '.' : c;
    return std::strtod(dotted.c_str(), nullptr);
}

bool is_coordinate_problem(PartnerStatus status) {
    return status == PartnerStatus::missing_coordinates || status == PartnerStatus::bad_coordinates ||
           status == PartnerStatus::swapped_coordinates;
}

// Fields of one CSV line, quotes honoured.
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
        else if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) fields.emplace_back();
        else if (c != '\r') fields.back() += c;
    }
    return fields;
}

// The commune a mairie's name gives: "Mairie de Créteil", "Hôtel de ville d'Ivry-sur-Seine".
// Not a std::regex: libstdc++ matches `.+` by recursing once per character, and a stop
// named "Mairie de " and 300 000 more letters overflowed the stack (seen while writing
// the tour_stops fuzz target).
std::string commune_in_name(std::string_view normalised) {
    for (const std::string_view building : {"mairie annexe ", "hotel de ville ", "mairie "}) {
        if (!normalised.starts_with(building)) continue;
        const std::string_view rest = normalised.substr(building.size());
        for (const std::string_view article : {"de la ", "de l ", "du ", "des ", "de ", "d "}) {
            if (rest.starts_with(article) && rest.size() > article.size()) return std::string(rest.substr(article.size()));
        }
        return std::string(rest);
    }
    return {};
}

} // namespace

double parse_duration_minutes(std::string_view text, std::string_view option) {
    static const std::regex hours(R"(^\s*(\d+(?:[.,]\d+)?)\s*h\s*(?:(\d{1,2})\s*(?:min|mn|m)?)?\s*$)", std::regex::icase);
    static const std::regex minutes(R"(^\s*(\d+(?:[.,]\d+)?)\s*(?:min|mn|m)?\s*$)", std::regex::icase);
    static const std::regex clock(R"(^\s*(\d{1,2}):(\d{2})\s*$)");
    const std::string s(text);
    // A duration is a few characters; libstdc++'s regex recurses once per character.
    if (s.size() > 32) throw InputError("'" + s.substr(0, 32) + "…' is not a duration (write 3h30, 210min or 3:30)", {"", 0, std::string(option)});
    std::smatch m;
    double value = -1.0;
    if (std::regex_match(s, m, hours)) value = 60.0 * number(m[1].str()) + (m[2].matched ? number(m[2].str()) : 0.0);
    else if (std::regex_match(s, m, minutes)) value = number(m[1].str());
    else if (std::regex_match(s, m, clock)) value = 60.0 * number(m[1].str()) + number(m[2].str());
    if (!(value > 0.0)) {
        throw InputError("'" + s + "' is not a duration (write 3h30, 210min or 3:30)", {"", 0, std::string(option)});
    }
    // A half-day or a clock time past a whole day is a typing slip (2100 for 210).
    if (!(value <= max_duration_minutes)) {
        throw InputError("'" + s + "' is longer than a day (24h at most)", {"", 0, std::string(option)});
    }
    return value;
}

std::vector<TourStop> read_tour_stops(const std::string& path) {
    const PartnerTable table = read_partners(path);
    std::optional<std::size_t> insee_column;
    for (std::size_t c = 0; c < table.extra_columns.size(); ++c) {
        const std::string name = normalise_name(table.extra_columns[c]);
        if (name == "code insee" || name == "insee" || name == "codeinsee" || name == "com insee" || name == "citycode") insee_column = c;
    }
    std::vector<TourStop> stops;
    for (const Partner& p : table.partners) {
        TourStop stop;
        stop.id = p.id;
        stop.name = p.name;
        stop.address = detail::postal_address(p);
        stop.category = p.category;
        stop.position = p.position;
        stop.line = p.line;
        stop.commune = p.commune;
        if (insee_column && *insee_column < p.extra.size()) stop.insee = p.extra[*insee_column];
        if (is_coordinate_problem(p.status)) stop.input_status = p.status_detail.empty() ? std::string(status_code(p.status)) : p.status_detail;
        stops.push_back(std::move(stop));
    }
    return stops;
}

SpaceFile read_space_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot open the space file", {path, 0, ""});
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
        SpaceFile space{json.value("name", std::string("Espace")), {json.at("lat").get<double>(), json.at("lon").get<double>()}};
        return space;
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("not a space file {\"name\", \"lat\", \"lon\"}: ") + e.what(), {path, 0, ""});
    }
}

std::size_t add_communes(std::vector<TourStop>& stops, const std::string& communes_csv) {
    std::ifstream in(communes_csv);
    if (!in) throw InputError("cannot open the communes file", {communes_csv, 0, ""});
    std::string line;
    std::getline(in, line);
    const auto header = csv_fields(line);
    const auto column = [&](const std::string& name) {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end()) throw InputError("no '" + name + "' column", {communes_csv, 1, name});
        return static_cast<std::size_t>(it - header.begin());
    };
    const std::size_t code_column = column("code_insee"), name_column = column("nom"), population_column = column("population");
    using Commune = std::pair<std::string, double>;  // name, population
    std::map<std::string, Commune> by_name, by_code;  // normalised name / INSEE code → commune
    for (std::size_t number = 2; std::getline(in, line); ++number) {
        const auto fields = csv_fields(line);
        if (fields.size() <= std::max({code_column, name_column, population_column})) throw InputError("too few fields", {communes_csv, number, ""});
        const Commune commune{fields[name_column], std::strtod(fields[population_column].c_str(), nullptr)};
        by_name.emplace(normalise_name(fields[name_column]), commune);
        by_code.emplace(fields[code_column], commune);
    }
    std::size_t matched = 0;
    for (TourStop& stop : stops) {
        const Commune* found = nullptr;
        for (const auto& [table, key] : {std::pair{&by_code, stop.insee}, std::pair{&by_name, normalise_name(stop.commune)},
                                         std::pair{&by_name, commune_in_name(normalise_name(stop.name))}}) {
            const auto it = table->find(key);
            if (found == nullptr && !key.empty() && it != table->end()) found = &it->second;
        }
        if (found == nullptr) continue;
        stop.commune = found->first;
        stop.population = found->second;
        ++matched;
    }
    return matched;
}

} // namespace alentour
