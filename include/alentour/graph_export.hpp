#pragma once
// Every directed edge of a network written as a line with its travel time, so anyone
// can check alentour's times with another tool (QGIS, networkx, pgRouting).

#include <alentour/graph.hpp>
#include <alentour/progress.hpp>

#include <string>

namespace alentour {

struct GraphExportOptions {
    std::string format;      // GDAL driver name; empty: chosen from the extension
    bool overwrite = false;
};

// Fields: from_node, to_node, seconds, metres; LineString geometry in WGS84.
void export_graph(const Graph& graph, const std::string& path, const GraphExportOptions& options = {},
                  const Progress& progress = {});

} // namespace alentour
