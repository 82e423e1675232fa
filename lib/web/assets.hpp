#pragma once
// The texts inlined into carte.html, compiled into the library from web_assets.cpp, which
// web/embed_assets.cjs generates at configure time (Leaflet from npm, carte.js and
// carte.css from this folder). None contains the tag that would close its element.

#include <string_view>

namespace alentour::detail {

std::string_view leaflet_js() noexcept;   // without its sourceMappingURL comment
std::string_view leaflet_css() noexcept;  // its images inlined as data: URIs
std::string_view page_js() noexcept;      // carte.js
std::string_view page_css() noexcept;     // carte.css
std::string_view leaflet_version() noexcept;

} // namespace alentour::detail
