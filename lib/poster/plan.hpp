#pragma once
// The whole page decided before anything is drawn: the same plan feeds the PDF, the PNG
// and the SVG, and the PosterLayout callers and tests read.

#include "poster/bands.hpp"
#include "poster/legend.hpp"
#include "poster/list_layout.hpp"
#include "poster/map_frame.hpp"
#include "poster/markers.hpp"

#include <alentour/poster.hpp>

#include <string>
#include <vector>

namespace alentour::detail::poster {

struct TextBlock {
    std::string text;
    Box box;
    double font = 0;
    bool bold = false;
};

struct Plan {
    const MapContent* content = nullptr;
    Box page;
    TextBlock title, subtitle, footer;
    std::vector<ShownBand> bands;
    MapFrame frame;
    Box map;
    SpaceMark space;
    double marker_font = 0;
    std::vector<PlacedMarker> markers;
    LegendLayout legend;
    ListLayout list;
    PosterLayout layout;  // the boxes above, as the public header reports them
};

// Paper size in points, portrait or landscape.
Box page_box(const PosterOptions& options);

// Throws Error for a band whose WKB cannot be read.
Plan make_plan(const MapContent& content, const PosterOptions& options);

} // namespace alentour::detail::poster
