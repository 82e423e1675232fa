#include <alentour/poster.hpp>

#include "poster/plan.hpp"
#include "poster/surfaces.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <algorithm>
#include <cctype>

namespace alentour {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

Paper parse_paper(std::string_view name, std::string_view option) {
    const std::string key = lower(name);
    if (key == "a4") return Paper::a4;
    if (key == "a3") return Paper::a3;
    if (key == "a2") return Paper::a2;
    throw InputError("unknown paper size \"" + std::string(name) + "\"; use A4, A3 or A2", {{}, 0, std::string(option)});
}

Orientation parse_orientation(std::string_view name, std::string_view option) {
    const std::string key = lower(name);
    if (key == "portrait") return Orientation::portrait;
    if (key == "landscape" || key == "paysage") return Orientation::landscape;
    throw InputError("unknown orientation \"" + std::string(name) + "\"; use portrait or landscape", {{}, 0, std::string(option)});
}

bool Box::overlaps(const Box& other) const noexcept {
    if (width <= 0 || height <= 0 || other.width <= 0 || other.height <= 0) return false;
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
}

bool Box::contains(const Box& other) const noexcept {
    constexpr double slack = 1e-6;  // rounding in the layout's sums
    return other.x >= x - slack && other.y >= y - slack && other.right() <= right() + slack && other.bottom() <= bottom() + slack;
}

PosterLayout layout_poster(const MapContent& content, const PosterOptions& options) {
    return detail::poster::make_plan(content, options).layout;
}

PosterLayout write_poster(const MapContent& content, const PosterOptions& options, const std::string& pdf_path,
                          const std::string& png_path, const std::string& svg_path, bool overwrite) {
    // Every target is checked before anything is drawn, so a refused one leaves no file.
    OutputFile pdf(pdf_path, overwrite), png(png_path, overwrite), svg(svg_path, overwrite);
    const auto plan = detail::poster::make_plan(content, options);
    // One file at a time: the three may share a stem, and a commit moves every
    // temporary file with that stem.
    detail::poster::write_pdf(plan, pdf.temp_path());
    pdf.commit();
    detail::poster::write_png(plan, png.temp_path(), options.png_dpi);
    png.commit();
    detail::poster::write_svg(plan, svg.temp_path());
    svg.commit();
    return plan.layout;
}

} // namespace alentour
