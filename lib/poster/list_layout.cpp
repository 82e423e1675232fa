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
    double font, entry, heading, heading_gap, column_gap;

    Metrics(double size, bool addresses)
        : font(size), entry(list_line_height(size) * (addresses ? 2 : 1) + 0.3 * size), heading(1.7 * size),
          heading_gap(0.6 * size), column_gap(1.4 * size) {}
};

// Flows the groups into `columns` columns; entries that find no room are counted.
ListLayout flow(const std::vector<Group>& groups, const Box& area, const Metrics& m, int columns, bool addresses) {
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
        if (y > area.y) y += m.heading_gap;
        // A heading never ends a column without its first entry.
        if (y + m.heading + m.entry > area.bottom()) next_column();
        if (column >= columns) {
            layout.left_out += group.partners.size();
            continue;
        }
        layout.headings.push_back({{column_x(), y, layout.column_width, m.heading}, group.label + " (" + std::to_string(group.partners.size()) + ")", group.colour});
        y += m.heading;
        for (const MapPartner* partner : group.partners) {
            if (y + m.entry > area.bottom()) next_column();
            if (column >= columns) {
                ++layout.left_out;
                continue;
            }
            layout.entries.push_back({{column_x(), y, layout.column_width, m.entry - 0.3 * m.font}, partner, group.colour});
            y += m.entry;
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
        const Metrics metrics(font, addresses);
        const double minimum = minimum_column_width(partners, font, measure);
        for (int columns = 1; columns <= 8; ++columns) {
            if ((area.width - (columns - 1) * metrics.column_gap) / columns < minimum) break;
            ListLayout layout = flow(groups, area, metrics, columns, addresses);
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
    ListLayout best;
    if (try_fonts(partners, groups, area, fonts.largest, std::max(fonts.smallest, fonts.smallest_with_addresses), true, measure, best)) return best;
    ListLayout without;
    if (try_fonts(partners, groups, area, fonts.largest, fonts.smallest, false, measure, without)) return without;
    return without.left_out < best.left_out ? without : best;
}

} // namespace alentour::detail::poster
