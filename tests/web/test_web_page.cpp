// carte.html: texts cannot break out of where they are put, the data block carries the
// whole MapContent, nothing is fetched from elsewhere, and writing follows OutputFile.

#include "web_support.hpp"

#include "support.hpp"

#include <alentour/error.hpp>
#include <alentour/web_page.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>

using namespace alentour;
using namespace alentour::test;
using nlohmann::json;

namespace {

const std::string data_open = "<script type=\"application/json\" id=\"alentour-data\">";

std::string data_block(const std::string& html) {
    const auto start = html.find(data_open);
    REQUIRE(start != std::string::npos);
    const auto from = start + data_open.size();
    const auto end = html.find("</script>", from);
    REQUIRE(end != std::string::npos);
    return html.substr(from, end - from);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("no title or name can close an element of the page or open a comment") {
    const std::string html = web_page_html(web_content());
    // The three scripts: the data, Leaflet, carte.js, and nothing the title brought.
    CHECK(count(html, "<script") == 3);
    CHECK(count(html, "</script") == 3);
    CHECK(count(html, "<!--") == 0);
    CHECK(count(html, "<Créteil>") == 0);
    CHECK(html.find("<title>Nos partenaires &lt;/script&gt;&lt;script&gt;window.casse = 1&lt;/script&gt; &lt;!-- &amp; "
                    "&quot;tout&quot;</title>") != std::string::npos);
    CHECK(html.find("<h1>Nos partenaires &lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<p>Emmaüs Connect &lt;Créteil&gt; · 29 novembre 2026</p>") != std::string::npos);

    const std::string block = data_block(html);
    CHECK(block.find_first_of("<>&") == std::string::npos);
    CHECK(block.find("Secours \\\"populaire\\\" \\u003cCréteil\\u003e \\u0026 Cie") != std::string::npos);
}

TEST_CASE("the data block reads back as every band and partner carte.js draws") {
    const MapContent content = web_content();
    const json data = json::parse(data_block(web_page_html(content)));

    CHECK(data["title"] == content.title);
    CHECK(data["space_name"] == content.space_name);
    CHECK(data["space"] == json::array({48.7904, 2.4556}));
    CHECK(data["bounds"] == json::array({json::array({48.778, 2.441}), json::array({48.803, 2.468})}));

    const json& bands = data["bands"];
    REQUIRE(bands.size() == content.bands.size());
    for (std::size_t i = 0; i < bands.size(); ++i) {
        CHECK(bands[i]["label"] == content.bands[i].label);
        CHECK(bands[i]["colour"] == content.bands[i].colour);
        // Only the first band's mode is shown at first.
        CHECK(bands[i]["shown"] == (content.bands[i].mode == "walk"));
        CHECK(bands[i]["geometry"]["type"] == "MultiPolygon");
    }
    // The hole of the 20-minute walk, and the Polygon of the 10-minute one made multi.
    CHECK(bands[0]["geometry"]["coordinates"][0].size() == 2);
    CHECK(bands[2]["geometry"]["coordinates"].size() == 1);
    const json corner = bands[2]["geometry"]["coordinates"][0][0][0];
    CHECK(corner == json::array({2.4496, 48.7844}));  // longitude first, as GeoJSON

    const json& partners = data["partners"];
    REQUIRE(partners.size() == content.partners.size());
    for (std::size_t i = 0; i < partners.size(); ++i) {
        CHECK(partners[i]["number"] == content.partners[i].number);
        CHECK(partners[i]["name"] == content.partners[i].name);
        CHECK(partners[i]["category_label"] == content.partners[i].category_label);
        CHECK(partners[i]["time_text"] == content.partners[i].time_text);
    }
    CHECK(partners[0]["name"] == tricky_partner_name);
    CHECK(partners[0]["minutes"] == 6.5);
    CHECK(partners[3]["minutes"].is_null());
    CHECK(partners[1]["colour"] == "#cc33aa");   // #rgb spelt out for carte.js
    CHECK(partners[2]["colour"] == "#636363");   // not a colour: the default

    // One list per rank, each street flat [lat, lon, …] rounded to 6 decimals.
    REQUIRE(data["streets"].size() == 3);
    CHECK(data["streets"][0] == json::array({json::array({48.78, 2.455, 48.8, 2.455123})}));
    CHECK(data["streets"][2].size() == 1);
    CHECK(data["streets"][1].size() == content.streets.size() - 2);
}

TEST_CASE("text that is not UTF-8 does not fail the page") {
    MapContent content = web_content();
    content.partners[1].name = "CCAS de Cr\xe9teil";  // Latin-1, as old spreadsheets write it
    const json data = json::parse(data_block(web_page_html(content)));
    CHECK(data["partners"][1]["name"] == "CCAS de Cr\xef\xbf\xbdteil");
}

TEST_CASE("the page needs nothing from elsewhere") {
    const std::string html = web_page_html(web_content());
    CHECK_FALSE(std::regex_search(html, std::regex("<script[^>]*\\ssrc\\s*=", std::regex::icase)));
    CHECK_FALSE(std::regex_search(html, std::regex("<link[^>]*stylesheet", std::regex::icase)));
    CHECK(html.find("sourceMappingURL") == std::string::npos);
    CHECK(html.find("url(images/") == std::string::npos);  // Leaflet's images are inlined
    CHECK(count(html, "url(\"data:image/png;base64,") == 3);
    CHECK(html.find("<meta name=\"generator\" content=\"alentour, Leaflet 1.9.4\">") != std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("referrerPolicy: 'strict-origin-when-cross-origin'") != std::string::npos);
}

TEST_CASE("a band that cannot be read back is named") {
    MapContent content = web_content();
    content.bands[1].wkb = {1, 6, 0, 0};
    CHECK_THROWS_AS(web_page_html(content), Error);
    CHECK_THROWS_WITH(web_page_html(content), Catch::Contains("Zone à 20 min en voiture"));
}

TEST_CASE("write_web_page replaces nothing unasked and leaves nothing when it fails") {
    const auto dir = scratch_dir("web-page");
    const std::string path = (dir / "carte.html").string();
    const MapContent content = web_content();

    write_web_page(content, path, false);
    CHECK(read_bytes(path) == web_page_html(content));
    CHECK(listing(dir) == std::set<std::string>{"carte.html"});

    MapContent other = content;
    other.title = "Une autre carte";
    CHECK_THROWS_AS(write_web_page(other, path, false), InputError);
    CHECK(read_bytes(path) == web_page_html(content));
    write_web_page(other, path, true);
    CHECK(read_bytes(path) == web_page_html(other));

    CHECK_THROWS_AS(write_web_page(content, (dir / "absent" / "carte.html").string(), false), InputError);
    CHECK_FALSE(std::filesystem::exists(dir / "absent"));

    other.bands[0].wkb.clear();
    CHECK_THROWS_AS(write_web_page(other, (dir / "broken.html").string(), false), Error);
    CHECK(listing(dir) == std::set<std::string>{"carte.html"});
    std::filesystem::remove_all(dir);
}
