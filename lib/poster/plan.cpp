#include "poster/plan.hpp"

#include <algorithm>
#include <cmath>
#include <compare>
#include <optional>

namespace alentour::detail::poster {

namespace {

// Type sizes are set for A3 and follow the paper's short side, within readable bounds.
struct Sizes {
    double scale, margin, gap;
    double title, subtitle, footer, legend, marker, space;
    ListFonts list;

    explicit Sizes(const Box& page) : scale(std::min(page.width, page.height) / 841.89) {
        margin = 28 * scale;
        gap = 14 * scale;
        title = 30 * scale;
        subtitle = std::max(9.0, 15 * scale);
        footer = std::max(6.0, 7.5 * scale);
        legend = std::max(6.5, 9 * scale);
        marker = std::max(5.5, 7.5 * scale);
        space = std::max(7.5, 11 * scale);
        list.largest = std::max(7.0, 10.5 * scale);
    }
};

std::string structures_text(std::size_t count) {
    if (count == 0) return "aucune structure partenaire";
    if (count == 1) return "1 structure partenaire";
    return std::to_string(count) + " structures partenaires";
}

// The title in the largest type up to `largest` that fits the width.
TextBlock title_block(const std::string& text, double x, double y, double width, double largest, TextMeasure& measure) {
    double font = largest;
    while (font > 0.55 * largest && measure.width(text, font, true) > width) font -= 0.5;
    const std::string shown = measure.fit(text, font, true, width);
    return {shown, {x, y, measure.width(shown, font, true), 1.25 * font}, font, true};
}

TextBlock line_block(const std::string& text, double x, double y, double width, double font, TextMeasure& measure) {
    const std::string shown = measure.fit(text, font, false, width);
    return {shown, {x, y, measure.width(shown, font, false), 1.3 * font}, font, false};
}

// The map's own room: the bounds fitted at the top of `region`, centred across, with
// `pad` around so discs at the edge stay inside.
Box fitted_map(const Box& region, double aspect, double pad) {
    const double inner_width = std::max(1.0, region.width - 2 * pad), inner_height = std::max(1.0, region.height - 2 * pad);
    const double width = std::min(inner_width, inner_height * aspect);
    const double height = width / aspect;
    return {region.x + (region.width - width - 2 * pad) / 2, region.y, width + 2 * pad, height + 2 * pad};
}

// How good an arrangement is, compared in this order: the fewer entries left out, then
// the list with addresses (a reader walks there), then map size, list type and whole names.
struct Score {
    double left_out = 0;  // negated, so that more is better
    bool addresses = false;
    double readability = 0;

    auto operator<=>(const Score&) const = default;
};

// One way of sharing the page between map, legend and list.
struct Arrangement {
    Box map;
    LegendLayout legend;
    ListLayout list;
    Score score;
};

struct Inputs {
    const MapContent& content;
    const Sizes& sizes;
    const std::vector<LegendRow>& rows;
    double aspect, pad;
    TextMeasure& measure;
};

Score score(const Arrangement& a, const Inputs& in) {
    const double area = a.map.width * a.map.height;
    if (in.content.partners.empty()) return {0, false, area};
    // Read from a metre away, the list's type matters as much as the map's size; a name
    // cut short costs more than a slightly smaller map, as the reader cannot guess it.
    const double type = std::min(1.0, a.list.font / in.sizes.list.largest);
    const double cut = std::pow(0.7, static_cast<double>(a.list.cut_names));
    return {-static_cast<double>(a.list.left_out), a.list.addresses, area * type * type * type * cut};
}

// Completes an arrangement from its map region and legend; `list_room` gives the list's
// room once the map's own size is known (a map narrower than its region leaves room).
template <typename ListRoom>
Arrangement arrange(const Inputs& in, Box map_region, LegendLayout legend, bool legend_below_map, ListRoom list_room) {
    Arrangement a;
    if (legend_below_map) map_region.height -= legend.box.height + in.sizes.gap;
    a.map = fitted_map(map_region, in.aspect, in.pad);
    if (legend_below_map) place_legend(legend, std::max(map_region.x, std::min(a.map.x, map_region.right() - legend.box.width)), a.map.bottom() + in.sizes.gap);
    a.legend = std::move(legend);
    if (!in.content.partners.empty()) a.list = layout_list(in.content.partners, list_room(a.map, a.legend), in.sizes.list, in.measure);
    a.score = score(a, in);
    return a;
}

// The list in a column right of the map; the legend under the map or atop the list.
void list_beside(const Inputs& in, const Box& content, double fraction, std::optional<Arrangement>& best) {
    const double list_width = in.content.partners.empty() ? 0 : fraction * content.width;
    const double gap = list_width > 0 ? in.sizes.gap : 0;
    const Box region{content.x, content.y, content.width - list_width - gap, content.height};
    const Box column{region.right() + gap, content.y, list_width, content.height};
    auto keep = [&](Arrangement a) {
        if (!best || a.score > best->score) best = std::move(a);
    };
    keep(arrange(in, region, layout_legend(in.rows, region.width, in.sizes.legend, in.measure), true,
                 [&](const Box&, const LegendLayout&) { return column; }));
    if (list_width <= 0) return;
    LegendLayout legend = layout_legend(in.rows, list_width, in.sizes.legend, in.measure);
    place_legend(legend, column.x, column.y);
    const double below_legend = legend.box.height + in.sizes.gap;
    if (legend.box.width > list_width || below_legend >= column.height) return;
    const Box list_area{column.x, column.y + below_legend, column.width, column.height - below_legend};
    keep(arrange(in, region, std::move(legend), false, [&](const Box&, const LegendLayout&) { return list_area; }));
}

// The list in a band under the map (portrait pages); the legend right of the map.
void list_below(const Inputs& in, const Box& content, double fraction, std::optional<Arrangement>& best) {
    const double list_height = fraction * content.height;
    LegendLayout legend = layout_legend(in.rows, 0.3 * content.width, in.sizes.legend, in.measure);
    const Box region{content.x, content.y, content.width - legend.box.width - in.sizes.gap, content.height - list_height - in.sizes.gap};
    place_legend(legend, region.right() + in.sizes.gap, content.y);
    if (legend.box.height > region.height) return;
    const auto list_room = [&](const Box& map, const LegendLayout& placed) {
        const double top = std::max(map.bottom(), placed.box.bottom()) + in.sizes.gap;
        return Box{content.x, top, content.width, content.bottom() - top};
    };
    Arrangement a = arrange(in, region, std::move(legend), false, list_room);
    if (!best || a.score > best->score) best = std::move(a);
}

Arrangement best_arrangement(const Inputs& in, const Box& content) {
    std::optional<Arrangement> best;
    if (in.content.partners.empty()) {
        list_beside(in, content, 0, best);
        return std::move(*best);
    }
    for (double fraction = 0.2; fraction <= 0.62; fraction += 0.04) list_beside(in, content, fraction, best);
    for (double fraction = 0.2; fraction <= 0.62; fraction += 0.04) list_below(in, content, fraction, best);
    return std::move(*best);
}

std::size_t count_missing(const Plan& plan, TextMeasure& measure) {
    std::size_t missing = measure.missing_glyphs(plan.title.text) + measure.missing_glyphs(plan.subtitle.text) +
                          measure.missing_glyphs(plan.footer.text);
    for (const auto& line : plan.space.lines) missing += measure.missing_glyphs(line);
    for (const auto& row : plan.legend.rows) missing += measure.missing_glyphs(row.text);
    for (const auto& heading : plan.list.headings) missing += measure.missing_glyphs(heading.text);
    for (const auto& entry : plan.list.entries) {
        missing += measure.missing_glyphs(entry.partner->name) + measure.missing_glyphs(entry.partner->time_text);
        if (plan.list.addresses) missing += measure.missing_glyphs(entry.partner->address);
    }
    return missing;
}

PosterLayout report(const Plan& plan, TextMeasure& measure) {
    PosterLayout layout;
    layout.page = plan.page;
    layout.map = plan.map;
    layout.list = plan.content->partners.empty() ? Box{} : plan.list.area;
    layout.title = plan.title.box;
    layout.legend = plan.legend.box;
    for (const auto& marker : plan.markers) {
        layout.markers.emplace_back(marker.number, marker.box());
        layout.displaced_markers += marker.displaced ? 1 : 0;
    }
    for (const auto& entry : plan.list.entries) layout.list_entries.emplace_back(entry.partner->number, entry.box);
    layout.labels = {plan.subtitle.box, plan.footer.box, plan.space.star_box, plan.space.label_box};
    for (const auto& row : plan.legend.rows) layout.labels.push_back(row.box);
    for (const auto& heading : plan.list.headings) layout.labels.push_back(heading.box);
    layout.list_font_size = plan.list.font;
    layout.list_columns = plan.list.columns;
    layout.list_addresses = plan.list.addresses;
    layout.list_left_out = plan.list.left_out;
    layout.list_cut_names = plan.list.cut_names;
    layout.missing_glyphs = count_missing(plan, measure);
    return layout;
}

} // namespace

Box page_box(const PosterOptions& options) {
    double width = 841.89, height = 1190.55;
    if (options.paper == Paper::a4) width = 595.28, height = 841.89;
    if (options.paper == Paper::a2) width = 1190.55, height = 1683.78;
    if (options.orientation == Orientation::landscape) std::swap(width, height);
    return {0, 0, width, height};
}

Plan make_plan(const MapContent& content, const PosterOptions& options) {
    Plan plan;
    plan.content = &content;
    plan.page = page_box(options);
    plan.bands = shown_bands(content);
    TextMeasure measure;
    const Sizes sizes(plan.page);
    const double width = plan.page.width - 2 * sizes.margin;
    plan.title = title_block(content.title, sizes.margin, sizes.margin, width, sizes.title, measure);
    std::string subtitle = structures_text(content.partners.size());
    if (!content.date_text.empty()) subtitle = content.date_text + " · " + subtitle;
    plan.subtitle = line_block(subtitle, sizes.margin, plan.title.box.bottom() + 0.15 * sizes.title, width, sizes.subtitle, measure);
    plan.footer = line_block(content.attribution, sizes.margin, plan.page.height - sizes.margin - 1.3 * sizes.footer, width, sizes.footer, measure);

    const double top = plan.subtitle.box.bottom() + sizes.gap;
    const Box room{sizes.margin, top, width, plan.footer.box.y - sizes.gap - top};
    const BoundingBox bounds = map_bounds(content, plan.bands);
    const double radius = marker_radius(content.partners, sizes.marker, measure);
    const auto rows = legend_rows(content, plan.bands);
    const Inputs inputs{content, sizes, rows, ground_aspect(bounds), radius + 2, measure};
    Arrangement chosen = best_arrangement(inputs, room);

    plan.map = chosen.map;
    const double pad = inputs.pad;
    plan.frame = MapFrame(bounds, {plan.map.x + pad, plan.map.y + pad, plan.map.width - 2 * pad, plan.map.height - 2 * pad});
    plan.legend = std::move(chosen.legend);
    set_scale(plan.legend, plan.frame.points_per_metre());
    plan.list = std::move(chosen.list);
    plan.marker_font = sizes.marker;
    plan.space = place_space(content, plan.frame, plan.map, radius, sizes.space, measure);
    plan.markers = place_markers(content.partners, plan.frame, plan.map, radius, {plan.space.star_box, plan.space.label_box});
    plan.layout = report(plan, measure);
    return plan;
}

} // namespace alentour::detail::poster
