// A ranking as RFC 7946 points: the space first, then every structure with the table's
// attributes and its map style; structures without a position are kept, with a null
// geometry, so that nothing is lost on the way to a web map.

#include "io/ranking_formats.hpp"
#include "io/table_formats.hpp"

#include <cmath>
#include <ostream>
#include <sstream>

namespace alentour {
namespace detail {

Json position_json(LatLon p) {
    const auto round7 = [](double v) { return std::round(v * 1e7) / 1e7; };
    return Json{{"type", "Point"}, {"coordinates", Json::array({round7(p.lon), round7(p.lat)})}};
}

Json cell_json(const Cell& cell, const Column& column) {
    if (cell.number) {
        if (column.type == ColumnType::integer || column.decimals == 0) return std::llround(*cell.number);
        const double scale = std::pow(10.0, column.decimals);
        return std::round(*cell.number * scale) / scale;
    }
    if (cell.text.empty()) return nullptr;
    return cell.text;
}

void add_style(Json& properties, const MarkerStyle& style, const char* symbol) {
    properties["marker-color"] = style.colour;
    properties["marker-size"] = style.size;
    if (symbol != nullptr) properties["marker-symbol"] = symbol;
    properties["_umap_options"] = style.umap;
    properties["description"] = style.description;
}

namespace {

Json space_properties(const Ranking& r) {
    Json properties = Json::object();
    properties.emplace("list", "espace");
    properties.emplace("name", space_name(r.options));
    add_style(properties, space_style(r), "star");
    return properties;
}

Json partner_properties(const Ranking& r, const RankingTable& t, std::size_t k) {
    Json properties = Json::object();
    for (std::size_t i = 0; i < t.columns.size(); ++i) properties.emplace(t.columns[i].name, cell_json(t.rows[k][i], t.columns[i]));
    add_style(properties, partner_style(r, *t.ranked[k]));
    return properties;
}

} // namespace

void write_feature(std::ostream& out, const std::optional<LatLon>& position, Json properties, bool last) {
    Json feature = Json::object();
    feature.emplace("type", "Feature");
    feature.emplace("geometry", position ? position_json(*position) : Json(nullptr));
    feature.emplace("properties", std::move(properties));
    out << feature.dump(-1, ' ', false, Json::error_handler_t::replace) << (last ? "\n" : ",\n");
}

void write_ranking_geojson(const Ranking& r, std::ostream& out) {
    const RankingTable t = ranking_table(r);
    out << "{\"type\": \"FeatureCollection\", \"name\": \"partenaires\", \"features\": [\n";
    write_feature(out, r.options.space, space_properties(r), t.rows.empty());
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
        write_feature(out, r.table.partners[t.ranked[k]->partner].position, partner_properties(r, t, k), k + 1 == t.rows.size());
    }
    out << "]}\n";
}

} // namespace detail

std::string ranking_geojson(const Ranking& ranking) {
    std::ostringstream out;
    detail::write_ranking_geojson(ranking, out);
    return out.str();
}

} // namespace alentour
