#pragma once
// Writing GDAL vector layers, shared by every writer that goes through GDAL (catchments,
// ranking, graph export): the dataset is created on an OutputFile's temporary path and
// every failure becomes an InputError naming the file the user asked for.

#include "core/gdal.hpp"

#include <string>
#include <string_view>

namespace alentour::detail {

class VectorDataset {
public:
    // Creates the dataset at `temp_path`; errors name `target`.
    VectorDataset(GDALDriver& driver, const std::string& temp_path, std::string target);

    // A new layer in WGS84. Throws InputError when the format refuses it.
    OGRLayer& add_layer(const char* name, OGRwkbGeometryType type);

    // The same, or nothing where the format holds a single layer (Shapefile, CSV): for
    // a layer the output can do without.
    OGRLayer* add_optional_layer(const char* name, OGRwkbGeometryType type);

    void add_field(OGRLayer& layer, OGRFieldDefn& field) const;
    void add_field(OGRLayer& layer, const char* name, OGRFieldType type) const;

    // `what` names the feature in the error: "a band", "an edge".
    void add_feature(OGRLayer& layer, OGRFeature& feature, std::string_view what) const;

    // GeoPackage writes much faster inside one transaction; formats without transactions
    // (GeoJSON, Shapefile) write directly.
    void begin_transaction();
    void commit_transaction();

    // Flushes and closes the dataset, so that the file is complete before it is read
    // back or moved into place.
    void close() { m_dataset.reset(); }

private:
    GDALDatasetUniquePtr m_dataset;
    std::string m_target;
    bool m_in_transaction = false;
};

} // namespace alentour::detail
