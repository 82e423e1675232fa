// Flyer places within reach as a table and as points: the same columns in CSV, GeoJSON
// and every GDAL format, through the ranking writers' machinery (table_formats.hpp).

#include "core/french.hpp"
#include "core/paths.hpp"
#include "io/table_formats.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>
#include <alentour/places_reach.hpp>

#include <sstream>

namespace alentour {
namespace detail {
namespace {

enum class Kind { csv, geojson, gdal };

Kind kind_of(const std::string& path) {
    const std::string extension = lower_extension(path);
    if (extension == ".csv") return Kind::csv;
    if (extension == ".geojson" || extension == ".json") return Kind::geojson;
    return Kind::gdal;
}

struct PlacesTable {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
};

// `id` and `lat`/`lon` are the names read_points() looks for: the CSV is a points file.
PlacesTable places_table(const PlacesInReach& in) {
    PlacesTable t;
    t.columns = {{"rang", ColumnType::integer, 0},    {"id", ColumnType::text, 0},      {"nom", ColumnType::text, 0},
                 {"categorie", ColumnType::text, 0},  {"libelle", ColumnType::text, 0}, {"minutes", ColumnType::real, 1},
                 {"metres", ColumnType::integer, 0},  {"lat", ColumnType::real, 7},     {"lon", ColumnType::real, 7},
                 {"espace", ColumnType::text, 0},     {"osm", ColumnType::text, 0}};
    for (std::size_t k = 0; k < in.places.size(); ++k) {
        const PlaceInReach& r = in.places[k];
        const Place& p = r.place;
        t.rows.push_back({{static_cast<double>(k + 1), {}}, {{}, p.osm_id}, {{}, p.name}, {{}, p.category}, {{}, p.label_fr},
                          {r.minutes, {}}, {r.metres, {}}, {p.position.lat, {}}, {p.position.lon, {}}, {{}, r.space_id},
                          {{}, "https://www.openstreetmap.org/" + p.osm_id}});
    }
    return t;
}

MarkerStyle place_style(const PlacesInReach& in, const PlaceInReach& r) {
    const std::string& colour = place_category(r.place.category).colour;
    std::string d = "**" + r.place.name + "**\n" + r.place.label_fr + " · à " + french_minutes(r.minutes) + " " +
                    french_mode(in.options.mode) + "\nhttps://www.openstreetmap.org/" + r.place.osm_id;
    return {colour, "small", Json{{"color", colour}, {"iconClass", "Circle"}}, d};
}

MarkerStyle places_space_style(const PlacesInReach& in, const NamedPoint& space) {
    return space_marker("**" + space.id + "**\nEspace de médiation numérique\n" + std::to_string(in.places.size()) +
                        " lieux à moins de " + french_minutes(in.options.minutes) + " " + french_mode(in.options.mode));
}

void write_geojson(const PlacesInReach& in, std::ostream& out) {
    const PlacesTable t = places_table(in);
    out << "{\"type\": \"FeatureCollection\", \"name\": \"lieux\", \"features\": [\n";
    for (std::size_t s = 0; s < in.options.spaces.size(); ++s) {
        Json properties = Json{{"list", "espace"}, {"name", in.options.spaces[s].id}};
        add_style(properties, places_space_style(in, in.options.spaces[s]), "star");
        write_feature(out, in.options.spaces[s].position, std::move(properties), s + 1 == in.options.spaces.size() && t.rows.empty());
    }
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
        Json properties = Json::object();
        for (std::size_t i = 0; i < t.columns.size(); ++i) properties.emplace(t.columns[i].name, cell_json(t.rows[k][i], t.columns[i]));
        add_style(properties, place_style(in, in.places[k]));
        write_feature(out, in.places[k].place.position, std::move(properties), k + 1 == t.rows.size());
    }
    out << "]}\n";
}

void write_gdal(const PlacesInReach& in, const std::string& path, bool overwrite) {
    GDALDriver& driver = vector_driver_for(path, "");
    const PlacesTable t = places_table(in);
    OutputFile output(path, overwrite);
    {
        VectorDataset dataset(driver, output.temp_path(), path);
        OGRLayer& layer = dataset.add_layer("lieux", wkbPoint);
        add_fields(dataset, layer, t.columns);
        dataset.begin_transaction();
        for (std::size_t k = 0; k < t.rows.size(); ++k) {
            OGRFeature feature(layer.GetLayerDefn());
            for (std::size_t i = 0; i < t.columns.size(); ++i) set_cell(feature, static_cast<int>(i), t.rows[k][i], t.columns[i]);
            set_style(feature, static_cast<int>(t.columns.size()), place_style(in, in.places[k]));
            OGRPoint point(in.places[k].place.position.lon, in.places[k].place.position.lat);
            feature.SetGeometry(&point);
            dataset.add_feature(layer, feature, "a place");
        }
        dataset.commit_transaction();
    }
    output.commit();
}

} // namespace
} // namespace detail

void check_places_output(const std::string& path, const PlacesWriteOptions& options) {
    if (path.empty()) throw InputError("give an output file", {"", 0, "-o"});
    if (detail::kind_of(path) == detail::Kind::gdal) detail::vector_driver_for(path, "");
    const OutputFile check(path, options.overwrite);  // an existing file, a missing folder
}

void write_places(const PlacesInReach& places, const std::string& path, const PlacesWriteOptions& options) {
    switch (detail::kind_of(path)) {
    case detail::Kind::csv: {
        const detail::PlacesTable t = detail::places_table(places);
        const CsvDialect dialect = options.excel_fr ? CsvDialect::excel_fr : CsvDialect::comma;
        write_file(path, options.overwrite, [&](std::ostream& out) { detail::write_table_csv(t.columns, t.rows, out, dialect); });
        return;
    }
    case detail::Kind::geojson: write_file(path, options.overwrite, [&](std::ostream& out) { detail::write_geojson(places, out); }); return;
    case detail::Kind::gdal: detail::write_gdal(places, path, options.overwrite); return;
    }
}

std::string places_geojson(const PlacesInReach& places) {
    std::ostringstream out;
    detail::write_geojson(places, out);
    return out.str();
}

} // namespace alentour
