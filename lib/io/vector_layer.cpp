#include "io/vector_layer.hpp"

#include <alentour/error.hpp>

namespace alentour::detail {

VectorDataset::VectorDataset(GDALDriver& driver, const std::string& temp_path, std::string target)
    : m_dataset(driver.Create(temp_path.c_str(), 0, 0, 0, GDT_Unknown, nullptr)), m_target(std::move(target)) {
    if (!m_dataset) throw InputError("cannot create: " + last_gdal_error(), {m_target, 0, {}});
}

OGRLayer& VectorDataset::add_layer(const char* name, OGRwkbGeometryType type) {
    OGRSpatialReference srs = wgs84();
    OGRLayer* layer = m_dataset->CreateLayer(name, &srs, type, nullptr);
    if (layer == nullptr) throw InputError("cannot create the " + std::string(name) + " layer: " + last_gdal_error(), {m_target, 0, {}});
    return *layer;
}

OGRLayer* VectorDataset::add_optional_layer(const char* name, OGRwkbGeometryType type) {
    if (m_dataset->TestCapability(ODsCCreateLayer) == 0) return nullptr;
    OGRSpatialReference srs = wgs84();
    return m_dataset->CreateLayer(name, &srs, type, nullptr);
}

void VectorDataset::add_field(OGRLayer& layer, OGRFieldDefn& field) const {
    if (layer.CreateField(&field) != OGRERR_NONE) {
        throw InputError("cannot create field " + std::string(field.GetNameRef()) + ": " + last_gdal_error(), {m_target, 0, {}});
    }
}

void VectorDataset::add_field(OGRLayer& layer, const char* name, OGRFieldType type) const {
    OGRFieldDefn field(name, type);
    add_field(layer, field);
}

void VectorDataset::add_feature(OGRLayer& layer, OGRFeature& feature, std::string_view what) const {
    if (layer.CreateFeature(&feature) != OGRERR_NONE) {
        throw InputError("cannot write " + std::string(what) + ": " + last_gdal_error(), {m_target, 0, {}});
    }
}

void VectorDataset::begin_transaction() { m_in_transaction = m_dataset->StartTransaction() == OGRERR_NONE; }

void VectorDataset::commit_transaction() {
    if (m_in_transaction && m_dataset->CommitTransaction() != OGRERR_NONE) {
        throw InputError("cannot finish writing: " + last_gdal_error(), {m_target, 0, {}});
    }
    m_in_transaction = false;
}

} // namespace alentour::detail
