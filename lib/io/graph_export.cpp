#include "gdal_util.hpp"

#include <alentour/error.hpp>
#include <alentour/graph_export.hpp>
#include <alentour/output_file.hpp>

namespace alentour {
namespace {

void add_field(OGRLayer& layer, const char* name, OGRFieldType type, const std::string& path) {
    OGRFieldDefn field(name, type);
    if (layer.CreateField(&field) != OGRERR_NONE) throw InputError("cannot create field " + std::string(name) + ": " + detail::last_gdal_error(), {path, 0, {}});
}

OGRLineString edge_line(const Graph& graph, const Edge& edge) {
    const auto shape = graph.shape(edge.geometry & ~against_geometry);
    OGRLineString line;
    line.setNumPoints(static_cast<int>(shape.size()));
    const bool against = (edge.geometry & against_geometry) != 0;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const auto p = to_lat_lon(shape[against ? shape.size() - 1 - i : i]);
        line.setPoint(static_cast<int>(i), p.lon, p.lat);
    }
    return line;
}

} // namespace

void export_graph(const Graph& graph, const std::string& path, const GraphExportOptions& options, const Progress& progress) {
    GDALDriver& driver = detail::vector_driver_for(path, options.format);
    OutputFile output(path, options.overwrite);
    {
        GDALDatasetUniquePtr dataset(driver.Create(output.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) throw InputError("cannot create: " + detail::last_gdal_error(), {path, 0, {}});
        OGRSpatialReference srs = detail::wgs84();
        OGRLayer* layer = dataset->CreateLayer("edges", &srs, wkbLineString, nullptr);
        if (layer == nullptr) throw InputError("cannot create the edges layer: " + detail::last_gdal_error(), {path, 0, {}});
        add_field(*layer, "from_node", OFTInteger64, path);
        add_field(*layer, "to_node", OFTInteger64, path);
        add_field(*layer, "seconds", OFTReal, path);
        add_field(*layer, "metres", OFTReal, path);
        // Formats without transactions (GeoJSON) write directly; GeoPackage is much faster inside one.
        const bool in_transaction = dataset->StartTransaction() == OGRERR_NONE;
        for (NodeId u = 0; u < graph.node_count(); ++u) {
            for (const Edge& e : graph.out_edges(u)) {
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField("from_node", static_cast<GIntBig>(u));
                feature.SetField("to_node", static_cast<GIntBig>(e.target));
                feature.SetField("seconds", static_cast<double>(e.seconds));
                feature.SetField("metres", static_cast<double>(e.metres));
                const OGRLineString line = edge_line(graph, e);
                feature.SetGeometry(&line);
                if (layer->CreateFeature(&feature) != OGRERR_NONE) throw InputError("cannot write an edge: " + detail::last_gdal_error(), {path, 0, {}});
            }
            if (u % 65536 == 0) report(progress, static_cast<double>(u) / graph.node_count(), "writing edges");
        }
        if (in_transaction && dataset->CommitTransaction() != OGRERR_NONE) throw InputError("cannot finish writing: " + detail::last_gdal_error(), {path, 0, {}});
    }
    output.commit();
    report(progress, 1.0, "done");
}

} // namespace alentour
