#pragma once
// The pieces of the ranking writers that any table of points reuses (the flyer places):
// GeoJSON features (ranking_geojson.cpp) and GDAL fields and cells (ranking_gdal.cpp).

#include "io/ranking_style.hpp"
#include "io/ranking_table.hpp"
#include "io/vector_layer.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>

namespace alentour::detail {

using Json = nlohmann::ordered_json;

// A GeoJSON Point, coordinates rounded to 1e-7 degree (about 1 cm, as OSM stores them).
Json position_json(LatLon p);
// A number as the column's type and decimals; an empty text as null.
Json cell_json(const Cell& cell, const Column& column);
// Adds simplestyle and uMap's keys; `symbol` goes after the size, where simplestyle lists it.
void add_style(Json& properties, const MarkerStyle& style, const char* symbol = nullptr);
// One feature on one line, followed by a comma unless `last`.
void write_feature(std::ostream& out, const std::optional<LatLon>& position, Json properties, bool last);

// The table's columns, then the style fields set_style fills.
void add_fields(const VectorDataset& dataset, OGRLayer& layer, const std::vector<Column>& columns);
void set_cell(OGRFeature& feature, int field, const Cell& cell, const Column& column);
void set_style(OGRFeature& feature, int first_field, const MarkerStyle& style);

} // namespace alentour::detail
