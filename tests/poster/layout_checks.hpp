#pragma once
// What every poster layout must satisfy, whatever the content and paper.

#include "poster_support.hpp"

#include <map>
#include <vector>

namespace alentour::test {

struct NamedBox {
    std::string name;
    Box box;
};

// Markers, list entries, labels, the title and the legend (its own lines excepted).
inline std::vector<NamedBox> drawn_boxes(const PosterLayout& layout) {
    std::vector<NamedBox> boxes{{"title", layout.title}, {"legend", layout.legend}};
    for (const auto& [number, box] : layout.markers) boxes.push_back({"marker " + std::to_string(number), box});
    for (const auto& [number, box] : layout.list_entries) boxes.push_back({"entry " + std::to_string(number), box});
    for (std::size_t i = 0; i < layout.labels.size(); ++i) boxes.push_back({"label " + std::to_string(i), layout.labels[i]});
    return boxes;
}

inline void check_no_overlap(const PosterLayout& layout) {
    const auto boxes = drawn_boxes(layout);
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const bool legend_line = (boxes[i].name == "legend" && layout.legend.contains(boxes[j].box) && boxes[j].name.starts_with("label"));
            if (legend_line || !boxes[i].box.overlaps(boxes[j].box)) continue;
            ++overlaps;
            UNSCOPED_INFO(boxes[i].name << " overlaps " << boxes[j].name);
        }
    }
    CHECK(overlaps == 0);
}

inline void check_inside_page(const PosterLayout& layout) {
    std::size_t outside = 0;
    for (const auto& named : drawn_boxes(layout)) {
        if (!layout.page.contains(named.box)) {
            ++outside;
            UNSCOPED_INFO(named.name << " leaves the page");
        }
    }
    CHECK(outside == 0);
    CHECK(layout.page.contains(layout.map));
    CHECK(layout.page.contains(layout.list));
}

inline void check_numbers_once(const PosterLayout& layout, std::size_t count) {
    std::map<int, int> on_map, in_list;
    for (const auto& [number, box] : layout.markers) ++on_map[number];
    for (const auto& [number, box] : layout.list_entries) ++in_list[number];
    CHECK(on_map.size() == count);
    CHECK(in_list.size() == count);
    for (int number = 1; number <= static_cast<int>(count); ++number) {
        CHECK(on_map[number] == 1);
        CHECK(in_list[number] == 1);
    }
}

inline void check_layout(const PosterLayout& layout, std::size_t partners) {
    check_numbers_once(layout, partners);
    check_no_overlap(layout);
    check_inside_page(layout);
    CHECK_FALSE(layout.legend.overlaps(layout.map));
    CHECK_FALSE(layout.legend.overlaps(layout.list));
    CHECK_FALSE(layout.map.overlaps(layout.list));
    for (const auto& [number, box] : layout.markers) CHECK(layout.map.contains(box));
    for (const auto& [number, box] : layout.list_entries) CHECK(layout.list.contains(box));
    CHECK(layout.missing_glyphs == 0);
}

} // namespace alentour::test
