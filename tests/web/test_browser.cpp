// carte.html in a real browser (Debian's Chromium, driven by playwright-core through
// check_page.cjs), with no network: it draws every partner and the shown bands without
// a single error, its popups, layer switcher and legend say what they should, and the
// OpenStreetMap background is only asked for once the reader ticks it.
// Hidden: it runs as the web_browser ctest test, not with the unit tests.

#include "web_support.hpp"

#include "support.hpp"

#include <alentour/web_page.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

using namespace alentour;
using namespace alentour::test;
using nlohmann::json;

namespace {

std::string chromium_path() {
    const char* chosen = std::getenv("ALENTOUR_CHROMIUM");
    return chosen != nullptr && *chosen != '\0' ? chosen : "/usr/bin/chromium";
}

// check_page.cjs prints its report on stdout; what it says on stderr goes to a log that
// the failure message shows.
json check_page(const std::filesystem::path& page, const std::filesystem::path& screenshot, int number) {
    const std::filesystem::path log = page.parent_path() / "check_page.log";
    const std::string script = std::string(ALENTOUR_SOURCE_DIR) + "/tests/web/check_page.cjs";
    const CommandResult result =
        run_command("NODE_PATH=" + quoted(ALENTOUR_WEB_NODE_MODULES) + " " + quoted(ALENTOUR_NODE) + " " + quoted(script) +
                    " " + quoted(page.string()) + " " + quoted(screenshot.string()) + " " + std::to_string(number) + " 2>" +
                    quoted(log.string()));
    INFO("check_page.cjs said:\n" << result.output << read_bytes(log));
    REQUIRE(result.exit_code == 0);
    return json::parse(result.output);
}

bool mentions(const json& text, const std::string& what) { return text.get<std::string>().find(what) != std::string::npos; }

} // namespace

TEST_CASE("carte.html works offline in Chromium", "[.][browser]") {
    const std::string chromium = chromium_path();
    if (!std::filesystem::exists(chromium)) {
        FAIL("no Chromium at " << chromium << ": the browser test needs it (apt-get install chromium), "
                                              "or ALENTOUR_CHROMIUM set to another Chromium");
    }
    const auto dir = scratch_dir("browser");
    const MapContent content = web_content();
    write_web_page(content, (dir / "carte.html").string(), false);

    const int clicked = 1;
    const json report = check_page(dir / "carte.html", dir / "carte.png", clicked);
    INFO("report: " << report.dump(1) << "\npage and screenshot in " << dir.string());

    CHECK(report["leaflet"] == "1.9.4");
    CHECK(report["console_errors"].empty());
    CHECK(report["page_errors"].empty());
    CHECK(report["network_requests"].empty());
    CHECK(report["background_offline"] == "rues");

    CHECK(report["markers"] == content.partners.size());
    std::size_t shown = 0;
    for (const MapBand& band : content.bands) shown += band.mode == content.bands.front().mode ? 1 : 0;
    CHECK(report["band_paths"] == shown);

    CHECK(mentions(report["popup"], tricky_partner_name));
    CHECK(mentions(report["popup"], content.partners[clicked - 1].time_text));
    for (const MapBand& band : content.bands) {
        CHECK(mentions(report["switcher"], band.label));
        CHECK(mentions(report["legend"], band.label));
        // The legend shows the bands on the map only: those of the first mode at first.
        CHECK(mentions(report["legend_visible"], band.label) == (band.mode == content.bands.front().mode));
    }
    for (const MapPartner& p : content.partners) {
        CHECK(mentions(report["switcher"], p.category_label));
        CHECK(mentions(report["legend"], p.category_label));
    }

    CHECK(report["tile_requests"].get<int>() > 0);
    CHECK(report["background"] == "osm");
    CHECK(std::filesystem::file_size(dir / "carte.png") > 20'000);
    std::filesystem::remove_all(dir);
}
