#pragma once
// The texts inlined into carte.html, compiled into the library by web/embed_assets.cjs
// (Leaflet from the npm registry, and the page's own script and stylesheet).

#include <string_view>

namespace alentour::detail {

std::string_view leaflet_version();
std::string_view leaflet_js();
std::string_view leaflet_css();
std::string_view page_js();
std::string_view page_css();

} // namespace alentour::detail
