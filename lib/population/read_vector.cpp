// Points or polygons with a count column, and INSEE's Filosofi grid whose squares are
// known only by their identifier: every feature becomes a point or a polygon in WGS84.

#include "population/data.hpp"

#include "core/paths.hpp"
#include "partners/srs.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

namespace alentour::detail {
namespace {

// Names a count column goes by, most specific first: r5r and Helsinki write
// `population`, Filosofi `ind` (individuals; `men` counts households, a last resort).
constexpr const char* count_names[] = {"population", "pop", "ind", "habitants", "inhabitants", "pop_total",
                                       "population_totale", "pop_tot", "count", "men"};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string column_list(OGRFeatureDefn& definition) {
    std::string list;
    for (int i = 0; i < definition.GetFieldCount(); ++i) list += (i == 0 ? "" : ", ") + std::string(definition.GetFieldDefn(i)->GetNameRef());
    return list.empty() ? "none" : list;
}

int field_named(OGRFeatureDefn& definition, const std::string& name) {
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        if (lower(definition.GetFieldDefn(i)->GetNameRef()) == lower(name)) return i;
    }
    return -1;
}

int count_field(OGRFeatureDefn& definition, const std::string& path, const std::string& asked) {
    if (!asked.empty()) {
        const int index = field_named(definition, asked);
        if (index < 0) throw InputError("no column '" + asked + "' (columns: " + column_list(definition) + ")", {path, 0, "--population-field"});
        return index;
    }
    for (const char* name : count_names) {
        const int index = field_named(definition, name);
        if (index >= 0) return index;
    }
    throw InputError("no population count column (looked for population, pop, ind, habitants…; columns: " + column_list(definition) +
                         "); name it with --population-field",
                     {path, 0, "--population-field"});
}

// Filosofi squares are named in `idcar_200m`, `idcar_1km`, `idcar_nat`.
int grid_id_field(OGRFeatureDefn& definition) {
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        if (lower(definition.GetFieldDefn(i)->GetNameRef()).rfind("idcar", 0) == 0) return i;
    }
    return -1;
}

OGRLayer& choose_layer(GDALDataset& dataset, const std::string& path, const std::string& asked) {
    if (!asked.empty()) {
        OGRLayer* layer = dataset.GetLayerByName(asked.c_str());
        if (layer == nullptr) throw InputError("no layer named '" + asked + "'", {path, 0, "--layer"});
        return *layer;
    }
    for (int i = 0; i < dataset.GetLayerCount(); ++i) {
        if (dataset.GetLayer(i)->GetFeatureCount() != 0) return *dataset.GetLayer(i);
    }
    throw InputError("the file holds no feature", {path, 0, {}});
}

// Turns the geometries of one layer into WGS84: through PROJ when the layer declares its
// system, as they are when they look like degrees, refused otherwise.
class LayerGeometry {
public:
    LayerGeometry(const OGRSpatialReference* srs, const std::string& path) : m_path(path) {
        if (srs == nullptr) return;
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const OGRSpatialReference target = wgs84();
        m_transform.reset(OGRCreateCoordinateTransformation(&source, &target));
        if (!m_transform) throw InputError("PROJ cannot convert " + srs_name(source) + " to WGS84: " + last_gdal_error(), {path, 0, {}});
    }

    void to_wgs84(OGRGeometry& geometry, const ErrorContext& where) const {
        if (m_transform) {
            if (geometry.transform(m_transform.get()) != OGRERR_NONE) throw InputError("PROJ cannot convert this position to WGS84", where);
            return;
        }
        OGREnvelope box;
        geometry.getEnvelope(&box);
        if (!looks_like_degrees(box.MinX, box.MinY) || !looks_like_degrees(box.MaxX, box.MaxY)) {
            throw InputError("the layer declares no coordinate system and its coordinates are not degrees (" + std::to_string(box.MinX) +
                                 ", " + std::to_string(box.MinY) + "); give the file a coordinate system",
                             where);
        }
    }

private:
    std::string m_path;
    std::unique_ptr<OGRCoordinateTransformation> m_transform;
};

std::unique_ptr<OGRGeometry> square_geometry(const GridSquare& square) {
    auto ring = std::make_unique<OGRLinearRing>();
    ring->addPoint(square.east, square.north);
    ring->addPoint(square.east + square.size, square.north);
    ring->addPoint(square.east + square.size, square.north + square.size);
    ring->addPoint(square.east, square.north + square.size);
    ring->closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return polygon;
}

struct Columns {
    int count = -1;
    int grid_id = -1;  // -1 when positions come from the geometry
};

void add_geometry(PopulationData& data, const OGRGeometry& geometry, double count, const ErrorContext& where) {
    const auto type = wkbFlatten(geometry.getGeometryType());
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    if (type == wkbPoint) {
        const auto& point = *geometry.toPoint();
        data.points.push_back({{point.getY(), point.getX()}, count});
    } else if (type == wkbPolygon || type == wkbMultiPolygon) {
        PopulationPolygon polygon;
        polygon.wkb.resize(static_cast<std::size_t>(geometry.WkbSize()));
        geometry.exportToWkb(wkbNDR, polygon.wkb.data(), wkbVariantIso);
        polygon.box.extend({envelope.MinY, envelope.MinX});
        polygon.box.extend({envelope.MaxY, envelope.MaxX});
        polygon.count = count;
        data.polygons.push_back(std::move(polygon));
    } else {
        throw InputError(std::string("a population feature must be a point or a polygon, not a ") + geometry.getGeometryName(), where);
    }
    data.box.extend({envelope.MinY, envelope.MinX});
    data.box.extend({envelope.MaxY, envelope.MaxX});
    data.total += count;
}

double feature_count(OGRFeature& feature, int field, const ErrorContext& where) {
    if (!feature.IsFieldSetAndNotNull(field)) return parse_count("", where);
    const auto type = feature.GetFieldDefnRef(field)->GetType();
    if (type == OFTInteger || type == OFTInteger64 || type == OFTReal) {
        const double value = feature.GetFieldAsDouble(field);
        if (value < 0) throw InputError("the population count " + std::string(feature.GetFieldAsString(field)) + " is negative", where);
        return value;
    }
    return parse_count(feature.GetFieldAsString(field), where);
}

std::unique_ptr<OGRGeometry> feature_geometry(OGRFeature& feature, const Columns& columns, const ErrorContext& where) {
    if (columns.grid_id >= 0) {
        GridSquare square;
        const std::string id = feature.GetFieldAsString(columns.grid_id);
        if (!decode_grid_id(id, square)) throw InputError("'" + id + "' is not a grid square identifier like CRS3035RES200mN2029800E4252000", where);
        return square_geometry(square);
    }
    const OGRGeometry* geometry = feature.GetGeometryRef();
    if (geometry == nullptr || geometry->IsEmpty()) throw InputError("this feature has no position", where);
    return std::unique_ptr<OGRGeometry>(geometry->clone());
}

} // namespace

PopulationData read_population_vector(GDALDataset& dataset, const std::string& path, const PopulationReadOptions& options) {
    OGRLayer& layer = choose_layer(dataset, path, options.layer);
    OGRFeatureDefn& definition = *layer.GetLayerDefn();
    Columns columns;
    columns.count = count_field(definition, path, options.field);
    const bool has_geometry = layer.GetGeomType() != wkbNone;
    if (!has_geometry) columns.grid_id = grid_id_field(definition);
    if (!has_geometry && columns.grid_id < 0) {
        throw InputError("no positions: no geometry, no lon/lat columns and no Filosofi idcar_200m column (columns: " + column_list(definition) + ")",
                         {path, 0, {}});
    }
    const OGRSpatialReference epsg3035 = epsg_srs(3035);
    const LayerGeometry geometry(columns.grid_id >= 0 ? &epsg3035 : layer.GetSpatialRef(), path);
    PopulationData data;
    data.file = path;
    data.field = definition.GetFieldDefn(columns.count)->GetNameRef();
    // A CSV's first line is its header: errors name the line a spreadsheet shows.
    const std::size_t first_line = lower_extension(path) == ".csv" ? 2 : 1;
    std::size_t ordinal = 0;
    layer.ResetReading();
    CPLErrorReset();
    for (auto& feature : layer) {
        const ErrorContext where{path, first_line + ordinal++, data.field};
        const double count = feature_count(*feature, columns.count, where);
        auto shape = feature_geometry(*feature, columns, where);
        geometry.to_wgs84(*shape, where);
        add_geometry(data, *shape, count, where);
    }
    check_no_overlong_line(path);
    data.form = data.polygons.empty() ? PopulationForm::points : PopulationForm::polygons;
    return data;
}

} // namespace alentour::detail
