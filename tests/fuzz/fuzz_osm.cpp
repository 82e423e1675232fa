// The OpenStreetMap reader and the network builder on OPL and OSM XML held in memory
// (libosmium's parsers, then alentour's tag rules and graph building).

#include "targets.hpp"

#include <alentour/network.hpp>

namespace alentour::fuzz {

void osm_opl(std::string_view bytes) { (void)build_region_from_data(bytes, "opl"); }

void osm_xml(std::string_view bytes) { (void)build_region_from_data(bytes, "xml"); }

} // namespace alentour::fuzz
