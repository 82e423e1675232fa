// A ranking in any GDAL vector format (GeoPackage, Shapefile, FlatGeobuf, KML…): the
// table's attributes and the map style as fields, one point layer in WGS84.

#include "io/ranking_formats.hpp"
#include "io/table_formats.hpp"

#include <alentour/output_file.hpp>

#include <cmath>

namespace alentour::detail {
namespace {

// After the table's columns, in this order: what write_point fills.
constexpr const char* style_fields[] = {"marker-color", "marker-size", "_umap_options", "description"};

OGRFieldType gdal_type(ColumnType type) {
    switch (type) {
    case ColumnType::integer: return OFTInteger;
    case ColumnType::real: return OFTReal;
    case ColumnType::text: return OFTString;
    }
    return OFTString;
}

} // namespace

void add_fields(const VectorDataset& dataset, OGRLayer& layer, const std::vector<Column>& columns) {
    for (const auto& column : columns) dataset.add_field(layer, column.name.c_str(), gdal_type(column.type));
    for (const char* name : style_fields) {
        OGRFieldDefn field(name, OFTString);
        if (std::string_view(name) == "_umap_options") field.SetSubType(OFSTJSON);  // uMap reads it as an object
        dataset.add_field(layer, field);
    }
}

void set_cell(OGRFeature& feature, int field, const Cell& cell, const Column& column) {
    if (cell.empty()) return;
    if (cell.number && column.type == ColumnType::integer) {
        feature.SetField(field, static_cast<int>(std::llround(*cell.number)));
    } else if (cell.number) {
        feature.SetField(field, *cell.number);
    } else {
        feature.SetField(field, cell.text.c_str());
    }
}

void set_style(OGRFeature& feature, int first_field, const MarkerStyle& style) {
    feature.SetField(first_field, style.colour.c_str());
    feature.SetField(first_field + 1, style.size.c_str());
    feature.SetField(first_field + 2, style.umap.dump().c_str());
    feature.SetField(first_field + 3, style.description.c_str());
}

namespace {

struct PointWriter {
    const VectorDataset& dataset;
    OGRLayer& layer;
    const RankingTable& table;

    void write(const std::vector<Cell>& cells, const std::optional<LatLon>& position, const MarkerStyle& style) const {
        OGRFeature feature(layer.GetLayerDefn());
        for (std::size_t i = 0; i < cells.size(); ++i) set_cell(feature, static_cast<int>(i), cells[i], table.columns[i]);
        set_style(feature, static_cast<int>(table.columns.size()), style);
        if (position) {
            OGRPoint point(position->lon, position->lat);
            feature.SetGeometry(&point);
        }
        dataset.add_feature(layer, feature, "a structure");
    }
};

void write_points(const Ranking& r, const RankingTable& t, const PointWriter& points) {
    // The space first, so that a map shows where everything is measured from.
    points.write(space_cells(t, r), r.options.space, space_style(r));
    for (std::size_t k = 0; k < t.rows.size(); ++k) {
        const RankedPartner& row = *t.ranked[k];
        points.write(t.rows[k], r.table.partners[row.partner].position, partner_style(r, row));
    }
}

// Some drivers skip features without a geometry: say so rather than lose them quietly.
std::vector<std::string> missing_features(const std::string& written_path, const std::string& path, std::size_t expected,
                                          const GDALDriver& driver) {
    GDALDatasetUniquePtr written(GDALDataset::Open(written_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    const auto wanted = static_cast<GIntBig>(expected);
    const GIntBig count = written && written->GetLayerCount() > 0 ? written->GetLayer(0)->GetFeatureCount() : wanted;
    if (count >= wanted) return {};
    return {path + ": " + std::to_string(wanted - count) + " structures without a position are not in this file (" +
            driver.GetDescription() + " cannot hold a feature without geometry); the CSV or GeoJSON output keeps them"};
}

} // namespace

std::vector<std::string> write_ranking_gdal(const Ranking& r, const std::string& path, bool overwrite) {
    GDALDriver& driver = vector_driver_for(path, "");
    const RankingTable t = ranking_table(r);
    // A Shapefile is several files (.shp, .shx, .dbf, .prj…): OutputFile moves them all.
    OutputFile output(path, overwrite);
    {
        VectorDataset dataset(driver, output.temp_path(), path);
        OGRLayer& layer = dataset.add_layer("partenaires", wkbPoint);
        add_fields(dataset, layer, t.columns);
        dataset.begin_transaction();
        write_points(r, t, {dataset, layer, t});
        dataset.commit_transaction();
    }
    auto warnings = missing_features(output.temp_path(), path, t.rows.size() + 1, driver);
    output.commit();
    return warnings;
}

} // namespace alentour::detail
