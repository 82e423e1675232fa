#pragma once
// carte.html: a web map of a MapContent in one file that opens with no network access.
// Leaflet, its stylesheet and the data are inlined; the streets of the network are the
// default background, and the OpenStreetMap tiles are only an option of the layer
// switcher, so an offline reader never sees broken tiles. Bands of the first band's mode
// are shown at first; those of other modes are listed in the switcher, unticked.

#include <alentour/map_content.hpp>

#include <string>

namespace alentour {

// The whole page. Throws Error when a band's geometry cannot be read back from its WKB.
std::string web_page_html(const MapContent& content);

// Writes the page through an OutputFile (a temporary file renamed when complete).
// Throws InputError when `path` exists and `overwrite` is false, or its folder is missing.
void write_web_page(const MapContent& content, const std::string& path, bool overwrite);

} // namespace alentour
