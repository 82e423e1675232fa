#pragma once
// The poster for a mediation space's entrance: a title, a map (streets, catchment
// bands, the space, every partner as a numbered marker coloured by category), a legend
// and the numbered list of partners grouped by category. One drawing code (cairo) makes
// the PDF to print, the PNG to share and the SVG to edit.

#include <alentour/map_content.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alentour {

enum class Paper { a4, a3, a2 };
enum class Orientation { portrait, landscape };

// "A4", "a3"… and "portrait", "landscape" (or "paysage"); throws InputError naming `option`.
Paper parse_paper(std::string_view name, std::string_view option = "--paper");
Orientation parse_orientation(std::string_view name, std::string_view option = "--orientation");

struct PosterOptions {
    Paper paper = Paper::a3;
    Orientation orientation = Orientation::landscape;
    double png_dpi = 150;
};

// A rectangle on the page in points (1/72 inch), origin at the top left.
struct Box {
    double x = 0, y = 0, width = 0, height = 0;

    double right() const noexcept { return x + width; }
    double bottom() const noexcept { return y + height; }
    // True when the interiors meet; boxes that only touch do not overlap.
    bool overlaps(const Box& other) const noexcept;
    bool contains(const Box& other) const noexcept;
};

// Where everything went, so callers and tests can check the page without reading pixels.
struct PosterLayout {
    Box page, map, list, title, legend;
    std::vector<std::pair<int, Box>> markers;       // partner number → its marker on the map
    std::vector<std::pair<int, Box>> list_entries;  // partner number → its entry in the list
    // Every other text or symbol drawn: titles, the space and its name, legend lines,
    // category headings, footer. With `markers` and `list_entries`, no two overlap.
    std::vector<Box> labels;
    double list_font_size = 0;   // points
    int list_columns = 0;
    bool list_addresses = true;  // false when the list had to drop addresses to fit
    std::size_t list_left_out = 0;  // entries that found no room even in the smallest type (beyond ~300)
    std::size_t list_cut_names = 0;  // names ending in "…", too long even on two lines
    std::size_t displaced_markers = 0;  // drawn away from their place, with a leader line
    std::size_t missing_glyphs = 0;     // characters the font cannot print
};

// The layout alone (no file written). Throws Error for a band whose WKB cannot be read.
PosterLayout layout_poster(const MapContent& content, const PosterOptions& options);

// Draws the poster into the three files, each written to a temporary file beside its
// target and renamed into place once complete. Throws InputError before drawing anything
// when a target exists and `overwrite` is false, or its folder does not exist.
PosterLayout write_poster(const MapContent& content, const PosterOptions& options, const std::string& pdf_path,
                          const std::string& png_path, const std::string& svg_path, bool overwrite);

} // namespace alentour
