#include "poster/draw.hpp"

#include "poster/draw_map.hpp"
#include "poster/draw_text.hpp"

#include <numbers>

namespace alentour::detail::poster {

namespace {

const Rgb ink{0.1, 0.1, 0.1};
const Rgb grey{0.42, 0.42, 0.42};

void draw_block(cairo_t* cr, const TextBlock& block, Rgb colour) {
    show_text(cr, block.text, block.box.x, baseline_in(block.box.y, block.box.height, block.font), block.font, block.bold, colour);
}

void draw_scale_bar(cairo_t* cr, const LegendLayout& legend, const LegendRow& row) {
    const double x = row.box.x, y = row.box.y + row.box.height * 0.65, tick = 0.35 * legend.font;
    cairo_move_to(cr, x, y - tick);
    cairo_line_to(cr, x, y);
    cairo_line_to(cr, x + legend.scale_length, y);
    cairo_line_to(cr, x + legend.scale_length, y - tick);
    set_colour(cr, ink);
    cairo_set_line_width(cr, 1.2);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
    cairo_stroke(cr);
    show_text(cr, row.text, x + legend.scale_length + 0.6 * legend.font, baseline_in(row.box.y, row.box.height, legend.font), legend.font, false, ink);
}

void draw_swatch(cairo_t* cr, const LegendLayout& legend, const LegendRow& row) {
    const double size = 0.75 * row.box.height;
    const double x = row.box.x + (legend.symbol_width - size) / 2, y = row.box.y + (row.box.height - size) / 2;
    if (row.symbol == LegendSymbol::band) {
        cairo_rectangle(cr, x, y, size, size);
        set_colour(cr, row.colour, band_alpha);
        cairo_fill_preserve(cr);
        set_colour(cr, row.colour, 0.9);
        cairo_set_line_width(cr, 0.5);
        cairo_stroke(cr);
        return;
    }
    // A flyer place's dot is smaller than a partner's disc, as on the map.
    const double radius = row.symbol == LegendSymbol::place ? size / 3 : size / 2;
    cairo_arc(cr, x + size / 2, y + size / 2, radius, 0, 2 * std::numbers::pi);
    set_colour(cr, row.colour);
    cairo_fill(cr);
}

void draw_legend(cairo_t* cr, const LegendLayout& legend) {
    const Box& box = legend.box;
    cairo_rectangle(cr, box.x, box.y, box.width, box.height);
    set_colour(cr, {1, 1, 1});
    cairo_fill_preserve(cr);
    set_colour(cr, {0.6, 0.6, 0.6});
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    const double text_x = legend.symbol_width + 0.6 * legend.font;
    for (const auto& row : legend.rows) {
        const double baseline = baseline_in(row.box.y, row.box.height, legend.font);
        switch (row.symbol) {
        case LegendSymbol::none:
            show_text(cr, row.text, row.box.x, baseline, legend.font, true, ink);
            break;
        case LegendSymbol::scale:
            draw_scale_bar(cr, legend, row);
            break;
        case LegendSymbol::star:
            draw_star(cr, {row.box.x + legend.symbol_width / 2, row.box.y + row.box.height / 2}, 0.5 * row.box.height);
            show_text(cr, row.text, row.box.x + text_x, baseline, legend.font, false, ink);
            break;
        case LegendSymbol::band:
        case LegendSymbol::category:
        case LegendSymbol::place:
            draw_swatch(cr, legend, row);
            show_text(cr, row.text, row.box.x + text_x, baseline, legend.font, false, ink);
            break;
        }
    }
}

void draw_heading(cairo_t* cr, const ListHeading& heading, double font, TextMeasure& measure) {
    const double size = 0.9 * font, top = heading.box.y + heading.box.height - 1.25 * font;
    cairo_rectangle(cr, heading.box.x, top + (1.25 * font - size) / 2, size, size);
    set_colour(cr, heading.colour);
    cairo_fill(cr);
    const double x = heading.box.x + size + 0.5 * font;
    const std::string text = measure.fit(heading.text, 1.1 * font, true, heading.box.right() - x);
    show_text(cr, text, x, baseline_in(top, 1.25 * font, 1.1 * font), 1.1 * font, true, ink);
}

void draw_entry(cairo_t* cr, const ListEntry& entry, double font) {
    const double line = list_line_height(font), small = list_small_font(font);
    const Box& box = entry.box;
    const double badge = 0.8 * font;
    const Point centre{box.x + badge, box.y + line / 2};
    cairo_arc(cr, centre.x, centre.y, badge, 0, 2 * std::numbers::pi);
    set_colour(cr, entry.colour);
    cairo_fill(cr);
    const std::string number = std::to_string(entry.partner->number);
    const double number_font = number.size() > 2 ? 0.62 * font : 0.75 * font;
    show_text_centred(cr, number, centre, number_font, true, text_colour_on(entry.colour));

    const double text_x = box.x + list_text_indent(font);
    show_text_right(cr, entry.partner->time_text, box.right(), baseline_in(box.y, line, font), small, false, grey);
    double y = box.y;
    for (const auto& name_line : entry.name_lines) {
        show_text(cr, name_line, text_x, baseline_in(y, line, font), font, true, ink);
        y += line;
    }
    for (const auto& address_line : entry.address_lines) {
        show_text(cr, address_line, text_x, baseline_in(y, line, small), small, false, grey);
        y += line;
    }
}

void draw_list(cairo_t* cr, const ListLayout& list) {
    TextMeasure measure;
    for (const auto& heading : list.headings) draw_heading(cr, heading, list.font, measure);
    for (const auto& entry : list.entries) draw_entry(cr, entry, list.font);
}

} // namespace

void draw_plan(cairo_t* cr, const Plan& plan) {
    use_print_metrics(cr);
    set_colour(cr, {1, 1, 1});
    cairo_paint(cr);
    draw_block(cr, plan.title, ink);
    draw_block(cr, plan.subtitle, grey);
    draw_map(cr, plan);
    draw_legend(cr, plan.legend);
    draw_list(cr, plan.list);
    draw_block(cr, plan.footer, grey);
}

} // namespace alentour::detail::poster
