#include "io/vector_layer.hpp"

#include <alentour/error.hpp>
#include <alentour/graph_export.hpp>
#include <alentour/output_file.hpp>

namespace alentour {
namespace {

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

// One feature per directed edge, with its shape in travel order.
void write_edges(const Graph& graph, detail::VectorDataset& dataset, OGRLayer& layer, const Progress& progress) {
    for (NodeId u = 0; u < graph.node_count(); ++u) {
        for (const Edge& e : graph.out_edges(u)) {
            OGRFeature feature(layer.GetLayerDefn());
            feature.SetField("from_node", static_cast<GIntBig>(u));
            feature.SetField("to_node", static_cast<GIntBig>(e.target));
            feature.SetField("seconds", static_cast<double>(e.seconds));
            feature.SetField("metres", static_cast<double>(e.metres));
            const OGRLineString line = edge_line(graph, e);
            feature.SetGeometry(&line);
            dataset.add_feature(layer, feature, "an edge");
        }
        if (u % 65536 == 0) report(progress, static_cast<double>(u) / graph.node_count(), "writing edges");
    }
}

} // namespace

void export_graph(const Graph& graph, const std::string& path, const GraphExportOptions& options, const Progress& progress) {
    GDALDriver& driver = detail::vector_driver_for(path, options.format);
    OutputFile output(path, options.overwrite);
    {
        detail::VectorDataset dataset(driver, output.temp_path(), path);
        OGRLayer& layer = dataset.add_layer("edges", wkbLineString);
        dataset.add_field(layer, "from_node", OFTInteger64);
        dataset.add_field(layer, "to_node", OFTInteger64);
        dataset.add_field(layer, "seconds", OFTReal);
        dataset.add_field(layer, "metres", OFTReal);
        dataset.begin_transaction();
        write_edges(graph, dataset, layer, progress);
        dataset.commit_transaction();
    }
    output.commit();
    report(progress, 1.0, "done");
}

} // namespace alentour
