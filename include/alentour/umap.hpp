#pragma once
// A uMap map file (what uMap's "export the whole map" writes and "import" reads): the
// map's properties, one layer per catchment band and one per category of structure,
// with popup templates showing name, address and travel time.

#include <alentour/map_content.hpp>

#include <string>

namespace alentour {

std::string umap_json(const MapContent& content);

} // namespace alentour
