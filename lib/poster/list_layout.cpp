#include "poster/list_layout.hpp"

#include <algorithm>
#include <map>

namespace alentour::detail::poster {

namespace {

struct Group {
    std::string label;
    Rgb colour;
    std::vector<const MapPartner*> partners;
};

std::vector<Group> group_by_category(const std::vector<MapPartner>& partners) {
    std::vector<Group> groups;
    std::map<std::string, std::size_t> index;
    for (const auto& partner : partners) {
        auto [at, added] = index.emplace(partner.category, groups.size());
        if (added) groups.push_back({partner.category_label.empty() ? partner.category : partner.category_label, parse_colour(partner.colour), {}});
        groups[at->second].partners.push_back(&partner);
    }
    for (auto& group : groups) {
        std::stable_sort(group.partners.begin(), group.partners.end(), [](const MapPartner* a, const MapPartner* b) { return a->number < b->number; });
    }
    return groups;
}

struct Metrics {
    double font, entry_gap, heading, heading_gap, column_gap;

    explicit Metrics(double size)
        : font(size), entry_gap(0.3 * size), heading(1.7 * size), heading_gap(0.6 * size), column_gap(1.4 * size) {}
};

struct Lines {
    std::vector<std::string> lines;
    bool cut = false;
};

// `text` on one line `first_room` wide; when it does not fit, broken at the last space
// that lets its start fit there, the rest on a second line `second_room` wide, cut with
// "…" only if still too long. A first word too long for the first line is cut there.
Lines two_lines(const std::string& text, double font, bool bold, double first_room, double second_room, TextMeasure& measure) {
    if (measure.width(text, font, bold) <= first_room) return {{text}, false};
    for (std::size_t space = text.rfind(' '); space != std::string::npos && space > 0; space = text.rfind(' ', space - 1)) {
        std::string start = text.substr(0, space);
        if (measure.width(start, font, bold) > first_room) continue;
        const std::string rest = text.substr(space + 1);
        std::string second = measure.fit(rest, font, bold, second_room);
        const bool cut = second != rest;
        return {{std::move(start), std::move(second)}, cut};
    }
    return {{measure.fit(text, font, bold, first_room)}, true};
}

// One entry's lines and height for a column `width` wide, placed at the origin: the name
// beside the time, wrapping under it, then the address.
ListEntry shape_entry(const MapPartner& partner, Rgb colour, double width, double font, bool addresses, TextMeasure& measure) {
    const double text_room = width - list_text_indent(font);
    const double name_room = text_room - measure.width(partner.time_text, list_small_font(font)) - 0.5 * font;
    Lines name = two_lines(partner.name, font, true, name_room, text_room, measure);
    ListEntry entry{{0, 0, width, 0}, &partner, colour, std::move(name.lines), name.cut, {}};
    if (addresses && !partner.address.empty()) {
        entry.address_lines = two_lines(partner.address, list_small_font(font), false, text_room, text_room, measure).lines;
    }
    const std::size_t lines = entry.name_lines.size() + entry.address_lines.size();
    entry.box.height = static_cast<double>(lines) * list_line_height(font);
    return entry;
}

// Flows the groups into `columns` columns; entries that find no room are counted.
ListLayout flow(const std::vector<Group>& groups, const Box& area, const Metrics& m, int columns, bool addresses, TextMeasure& measure) {
    ListLayout layout;
    layout.area = area;
    layout.font = m.font;
    layout.columns = columns;
    layout.addresses = addresses;
    layout.column_width = (area.width - (columns - 1) * m.column_gap) / columns;
    int column = 0;
    double y = area.y;
    auto next_column = [&] {
        ++column;
        y = area.y;
    };
    auto column_x = [&] { return area.x + column * (layout.column_width + m.column_gap); };
    for (const auto& group : groups) {
        std::vector<ListEntry> entries;
        for (const MapPartner* partner : group.partners) {
            entries.push_back(shape_entry(*partner, group.colour, layout.column_width, m.font, addresses, measure));
        }
        if (y > area.y) y += m.heading_gap;
        // A heading never ends a column without its first entry.
        if (y + m.heading + entries.front().box.height > area.bottom()) next_column();
        if (column >= columns) {
            layout.left_out += entries.size();
            continue;
        }
        layout.headings.push_back({{column_x(), y, layout.column_width, m.heading}, group.label + " (" + std::to_string(entries.size()) + ")", group.colour});
        y += m.heading;
        for (ListEntry& entry : entries) {
            if (y + entry.box.height > area.bottom()) next_column();
            if (column >= columns) {
                ++layout.left_out;
                continue;
            }
            entry.box.x = column_x();
            entry.box.y = y;
            y += entry.box.height + m.entry_gap;
            layout.cut_names += entry.name_cut ? 1 : 0;
            layout.entries.push_back(std::move(entry));
        }
    }
    return layout;
}

// Narrowest column that still shows the badge, the time and enough of the name to tell
// two structures apart (a whole "Mission Locale de Créteil" most of the time).
double minimum_column_width(const std::vector<MapPartner>& partners, double font, TextMeasure& measure) {
    double widest_time = 0, widest_name = 0;
    for (const auto& partner : partners) {
        widest_time = std::max(widest_time, measure.width(partner.time_text, 0.9 * font));
        widest_name = std::max(widest_name, measure.width(partner.name, font, true));
    }
    const double name_room = std::min(widest_name, measure.width("Mission Locale de Créteil", font, true));
    return 2.6 * font + name_room + widest_time;
}

// The fitting layout with the largest type from `largest` down to `smallest`, if any.
bool try_fonts(const std::vector<MapPartner>& partners, const std::vector<Group>& groups, const Box& area, double largest,
               double smallest, bool addresses, TextMeasure& measure, ListLayout& best) {
    for (double font = largest; font >= smallest - 1e-9; font -= 0.25) {
        const Metrics metrics(font);
        const double minimum = minimum_column_width(partners, font, measure);
        for (int columns = 1; columns <= 8; ++columns) {
            if ((area.width - (columns - 1) * metrics.column_gap) / columns < minimum) break;
            ListLayout layout = flow(groups, area, metrics, columns, addresses, measure);
            if (layout.left_out == 0) {
                best = std::move(layout);
                return true;
            }
            if (best.font == 0 || layout.left_out < best.left_out) best = std::move(layout);
        }
    }
    return false;
}

} // namespace

ListLayout layout_list(const std::vector<MapPartner>& partners, const Box& area, const ListFonts& fonts, TextMeasure& measure) {
    const auto groups = group_by_category(partners);
    // Until some type fits a column into `area`, every entry is left out.
    ListLayout best;
    best.left_out = partners.size();
    if (try_fonts(partners, groups, area, fonts.largest, std::max(fonts.smallest, fonts.smallest_with_addresses), true, measure, best)) return best;
    ListLayout without;
    without.left_out = partners.size();
    if (try_fonts(partners, groups, area, fonts.largest, fonts.smallest, false, measure, without)) return without;
    return without.left_out < best.left_out ? without : best;
}

} // namespace alentour::detail::poster
