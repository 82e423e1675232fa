// The page plan: every partner once on the map and once in the list, nothing hiding
// anything else, the legend off the map, 200 partners readable on A3.

#include "layout_checks.hpp"

#include "poster/bands.hpp"

#include <alentour/error.hpp>

#include <map>

using namespace alentour;
using namespace alentour::test;

TEST_CASE("every partner appears once on the map and once in the list, nothing overlaps", "[poster]") {
    const MapContent content = poster_content(40);
    for (const Paper paper : {Paper::a4, Paper::a3, Paper::a2}) {
        for (const Orientation orientation : {Orientation::portrait, Orientation::landscape}) {
            CAPTURE(static_cast<int>(paper), static_cast<int>(orientation));
            const PosterLayout layout = layout_poster(content, {paper, orientation, 150});
            check_layout(layout, 40);
            CHECK(layout.list_left_out == 0);
        }
    }
}

TEST_CASE("200 partners fit on A3 in readable type", "[poster]") {
    const MapContent content = poster_content(200);
    for (const Orientation orientation : {Orientation::portrait, Orientation::landscape}) {
        CAPTURE(static_cast<int>(orientation));
        const PosterLayout layout = layout_poster(content, {Paper::a3, orientation, 150});
        check_layout(layout, 200);
        CHECK(layout.list_font_size >= 6);
        CHECK(layout.list_left_out == 0);
        CHECK(layout.list_columns >= 2);
    }
}

namespace {

// The demo's partners: long names with a service and a town, full addresses.
MapContent demo_like_content(std::size_t count) {
    const std::vector<std::string> names = {
        "Maison départementale des solidarités, antenne du Val de Lieu",
        "Conseiller numérique, mairie de Saint-Aubin-les-Prés",
        "CIDFF, permanence juridique",
        "Secours Populaire, comité de Villeneuve-sur-Lieu",
        "Agence postale communale de Saint-Aubin-les-Prés",
        "Mairie de Chézelles-sur-Lieu",
        "Point Information Jeunesse",
    };
    MapContent content = poster_content(count);
    for (auto& partner : content.partners) {
        partner.name = names[static_cast<std::size_t>(partner.number) % names.size()];
        partner.address = std::to_string(partner.number * 37) + " Route de Saint-Amand, Chézelles-sur-Lieu";
    }
    return content;
}

} // namespace

TEST_CASE("with the demo's sixty partners on A3, every name is whole and every address shown", "[poster]") {
    const MapContent content = demo_like_content(62);
    const PosterLayout layout = layout_poster(content, {Paper::a3, Orientation::landscape, 150});
    check_layout(layout, 62);
    CHECK(layout.list_addresses);
    CHECK(layout.list_font_size >= 7);
    CHECK(layout.list_cut_names == 0);
    CHECK(layout.list_left_out == 0);
}

TEST_CASE("a name too long even on two lines is cut and counted", "[poster]") {
    MapContent content = demo_like_content(10);
    content.partners[3].name = "Association " + std::string(40, 'x') + " " + std::string(200, 'y');
    const PosterLayout layout = layout_poster(content, {Paper::a3, Orientation::landscape, 150});
    check_layout(layout, 10);
    CHECK(layout.list_cut_names == 1);
}

TEST_CASE("partners on one spot are spread with leader lines", "[poster]") {
    const MapContent content = poster_content(30, 8);
    const PosterLayout layout = layout_poster(content, {Paper::a3, Orientation::landscape, 150});
    CHECK(layout.displaced_markers >= 7);
    check_layout(layout, 30);
}

TEST_CASE("the page matches the paper", "[poster]") {
    const MapContent content = poster_content(5);
    const PosterLayout a4 = layout_poster(content, {Paper::a4, Orientation::portrait, 150});
    CHECK(a4.page.width == Approx(595.28));
    CHECK(a4.page.height == Approx(841.89));
    const PosterLayout a2 = layout_poster(content, {Paper::a2, Orientation::landscape, 150});
    CHECK(a2.page.width == Approx(1683.78));
    CHECK(a2.page.height == Approx(1190.55));
}

TEST_CASE("a map without partners or bands still makes a layout", "[poster]") {
    MapContent content;
    content.title = "Espace numérique";
    content.space_name = "Espace numérique";
    content.space = poster_space;
    const PosterLayout layout = layout_poster(content, {});
    CHECK(layout.markers.empty());
    CHECK(layout.list_entries.empty());
    CHECK(layout.map.width > layout.page.width / 2);
    check_no_overlap(layout);
    check_inside_page(layout);
}

TEST_CASE("characters the font cannot print are counted", "[poster]") {
    MapContent content = poster_content(3);
    content.partners[0].name = "Maison des Solidarités : é à ç œ « » ’";
    CHECK(layout_poster(content, {}).missing_glyphs == 0);
    content.partners[1].name = "漢字";
    CHECK(layout_poster(content, {}).missing_glyphs == 2);
}

TEST_CASE("an unreadable band is named in the error", "[poster]") {
    MapContent content = poster_content(3);
    content.bands[1].wkb = {1, 2, 3};
    REQUIRE_THROWS_AS(layout_poster(content, {}), Error);
    REQUIRE_THROWS_WITH(layout_poster(content, {}), Catch::Contains(content.bands[1].label));
}

TEST_CASE("boxes overlap only when their interiors meet", "[poster]") {
    const Box a{0, 0, 10, 10};
    CHECK(a.overlaps({5, 5, 10, 10}));
    CHECK_FALSE(a.overlaps({10, 0, 5, 5}));
    CHECK(a.contains({0, 0, 10, 10}));
    CHECK_FALSE(a.contains({5, 5, 10, 1}));
}

TEST_CASE("the legend gives each band its people once they are counted", "[poster]") {
    MapContent content = poster_content(5);
    const std::vector<double> people = {12000, 8000, 3000};  // largest band first, as the bands come
    REQUIRE(content.bands.size() == people.size());
    for (std::size_t i = 0; i < people.size(); ++i) content.bands[i].population = people[i];
    std::map<double, std::string> legend;
    for (const auto& shown : detail::poster::shown_bands(content)) legend[shown.band->minutes] = shown.legend_text;
    const double nearest = legend.begin()->first;
    CHECK(legend.begin()->second == "moins de " + std::to_string(static_cast<int>(nearest)) + " min : 3\u202f000 habitants");
    const auto last = std::prev(legend.end());
    CHECK(last->second.ends_with("(12\u202f000 hab. à moins de " + std::to_string(static_cast<int>(last->first)) + " min)"));
    // Without a count, the legend says the times only.
    MapContent plain = poster_content(5);
    for (const auto& shown : detail::poster::shown_bands(plain)) CHECK(shown.legend_text.find("hab") == std::string::npos);
}
