// `alentour map` end to end on the embedded demo, run exactly as the README's main
// command runs it (scripts/run_demo.sh): every file is there and opens as what it claims
// to be, the uMap file has the shape uMap exports, and bad input leaves nothing behind.
// Every command runs in a scratch folder, whatever folder the tests are started from.

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <map>
#include <regex>
#include <set>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The demo's output folder, made once per run by the same script the README's command
// runs, and removed at exit.
const fs::path& demo_folder() {
    struct Demo {
        fs::path dir = scratch_dir("map-demo");
        ~Demo() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    };
    static const Demo demo;
    static const fs::path folder = [] {
        const auto result = run_command("cd " + quoted(demo.dir) + " && bash " +
                                        quoted(fs::path(ALENTOUR_SOURCE_DIR) / "scripts/run_demo.sh") + " " + quoted(ALENTOUR_CLI) +
                                        " " + quoted(demo.dir) + " 2>&1");
        INFO(result.output);
        REQUIRE(result.exit_code == 0);
        return demo.dir / "carte";
    }();
    return folder;
}

// The map command run from inside `dir`, so that no relative path can reach elsewhere.
CommandResult map_in(const fs::path& dir, const std::string& arguments) {
    const fs::path graph = demo_folder().parent_path() / "villeneuve.alentour";
    return run_command("cd " + quoted(dir) + " && " + quoted(ALENTOUR_CLI) + " map --graph " + quoted(graph) + " " + arguments + " 2>&1");
}

json read_json(const fs::path& path) {
    INFO(path);
    return json::parse(read_bytes(path));
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
}

// The partners the map shows: ranked to prospect or for outreach, and placed.
std::size_t mapped_partners(const json& partners) {
    std::size_t count = 0;
    for (const auto& f : partners["features"]) {
        const std::string list = f["properties"].value("list", "");
        if ((list == "prospect" || list == "outreach") && !f["geometry"].is_null()) ++count;
    }
    return count;
}

const std::string space = "--space 46.800425,1.697544 --space-name Espace ";

} // namespace

TEST_CASE("the demo writes every file into one folder, and nothing else", "[map]") {
    const fs::path& folder = demo_folder();
    REQUIRE(listing(folder) == std::set<std::string>{"LISEZMOI.txt", "affiche.pdf", "affiche.png", "affiche.svg", "carte.html",
                                                      "carte.umap", "catchment.geojson", "lieux.csv", "lieux.geojson",
                                                      "partners.csv", "partners.geojson"});
    for (const auto& name : listing(folder.parent_path())) CHECK_FALSE(name.starts_with(".partial"));
    const std::string readme = read_bytes(folder / "LISEZMOI.txt");
    for (const auto& name : listing(folder)) {
        if (name != "LISEZMOI.txt") CHECK(readme.find(name) != std::string::npos);
    }
    CHECK(readme.find("OpenStreetMap") != std::string::npos);
}

TEST_CASE("the demo's catchments: three nested bands per mode, and the space", "[map]") {
    const json catchment = read_json(demo_folder() / "catchment.geojson");
    std::map<std::string, std::vector<double>> minutes;  // mode → band minutes in file order
    std::size_t points = 0;
    for (const auto& f : catchment["features"]) {
        if (f["geometry"]["type"] == "Point") {
            ++points;
            continue;
        }
        CHECK(f["geometry"]["type"] == "MultiPolygon");
        CHECK(f["properties"]["area_km2"].get<double>() > 0);
        minutes[f["properties"]["mode"].get<std::string>()].push_back(f["properties"]["minutes"].get<double>());
    }
    CHECK(minutes["walk"] == std::vector<double>{30, 20, 10});
    CHECK(minutes["car"] == std::vector<double>{30, 20, 10});
    CHECK(points >= 2);  // the space, per mode
}

TEST_CASE("the uMap file has the shape uMap exports and carries every band and partner", "[map]") {
    const fs::path& folder = demo_folder();
    const json umap = read_json(folder / "carte.umap");
    REQUIRE(umap["type"] == "umap");
    REQUIRE(umap.contains("uri"));
    REQUIRE(umap["properties"].is_object());
    CHECK(umap["properties"]["name"].get<std::string>().find("Villeneuve-sur-Lieu") != std::string::npos);
    CHECK(umap["properties"]["tilelayer"]["url_template"].get<std::string>().find("{z}") != std::string::npos);
    REQUIRE(umap["geometry"]["type"] == "Point");
    REQUIRE(umap["geometry"]["coordinates"].size() == 2);
    REQUIRE(umap["layers"].is_array());

    std::size_t bands = 0, partners = 0, places = 0, others = 0;
    std::set<int> numbers;
    for (const auto& layer : umap["layers"]) {
        REQUIRE(layer["type"] == "FeatureCollection");
        REQUIRE(layer["_umap_options"]["name"].is_string());
        REQUIRE(layer["features"].is_array());
        for (const auto& f : layer["features"]) {
            const std::string type = f["geometry"]["type"];
            if (type == "MultiPolygon" || type == "Polygon") {
                ++bands;
                // Walk (the first mode) shows when the map opens; car waits in the switcher.
                CHECK(layer["_umap_options"]["displayOnLoad"] == (f["properties"]["mode"] == "walk"));
            } else if (f["properties"].contains("numero")) {
                ++partners;
                const int number = f["properties"]["numero"].get<int>();
                numbers.insert(number);
                CHECK(f["_umap_options"]["iconUrl"] == std::to_string(number));
                CHECK(layer["_umap_options"]["popupContentTemplate"].get<std::string>().find("{temps}") != std::string::npos);
                CHECK_FALSE(f["properties"]["temps"].get<std::string>().empty());
            } else if (layer["_umap_options"]["name"] == "Lieux pour déposer des flyers") {
                ++places;
            } else {
                ++others;
            }
        }
    }
    CHECK(bands == 6);  // 10/20/30 minutes on foot and by car
    const std::size_t expected = mapped_partners(read_json(folder / "partners.geojson"));
    CHECK(expected > 10);
    CHECK(partners == expected);
    CHECK(numbers.size() == partners);
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == static_cast<int>(partners));
    CHECK(others == 1);  // the space
    // The demo asks for the flyer places (run_demo.sh: --places): those of lieux.geojson.
    CHECK(places > 10);
    CHECK(places + 1 == read_json(folder / "lieux.geojson")["features"].size());
}

TEST_CASE("the poster is an A3 landscape PDF, a PNG at 150 dpi and an SVG", "[map]") {
    const fs::path& folder = demo_folder();
    const std::string pdf = read_bytes(folder / "affiche.pdf");
    REQUIRE(pdf.starts_with("%PDF-"));
    std::smatch m;
    REQUIRE(std::regex_search(pdf, m, std::regex(R"(/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\])")));
    CHECK(std::stod(m[1]) == Approx(420 / 25.4 * 72).margin(1));
    CHECK(std::stod(m[2]) == Approx(297 / 25.4 * 72).margin(1));

    const std::string png = read_bytes(folder / "affiche.png");
    REQUIRE(png.starts_with("\x89PNG\r\n\x1a\n"));
    CHECK(big_endian(png, 16) == Approx(420 / 25.4 * 150).margin(2));  // IHDR width
    CHECK(big_endian(png, 20) == Approx(297 / 25.4 * 150).margin(2));  // IHDR height

    const std::string svg = read_bytes(folder / "affiche.svg");
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.rfind("</svg>") != std::string::npos);
}

TEST_CASE("the web page is self-contained and holds the demo's data", "[map]") {
    const std::string html = read_bytes(demo_folder() / "carte.html");
    REQUIRE(html.starts_with("<!DOCTYPE html>"));
    // Nothing fetched to open it: no external script or stylesheet.
    CHECK_FALSE(std::regex_search(html, std::regex(R"(<script[^>]+src=)", std::regex::icase)));
    CHECK_FALSE(std::regex_search(html, std::regex(R"(<link[^>]+stylesheet)", std::regex::icase)));
    CHECK(html.find("Leaflet") != std::string::npos);
    CHECK(html.find("CCAS de Villeneuve-sur-Lieu") != std::string::npos);
}

TEST_CASE("map refuses to replace what it should not, and bad input leaves no folder behind", "[map][cli]") {
    const fs::path dir = scratch_dir("map-errors");

    SECTION("an existing folder with files in it") {
        fs::create_directories(dir / "kept");
        std::ofstream(dir / "kept" / "notes.txt") << "mine";
        const auto result = map_in(dir, space + "-o kept");
        CHECK(result.exit_code == 1);
        CHECK(result.output.find("--overwrite") != std::string::npos);
        CHECK(listing(dir / "kept") == std::set<std::string>{"notes.txt"});
    }
    SECTION("--overwrite never deletes files alentour did not write") {
        fs::create_directories(dir / "kept");
        std::ofstream(dir / "kept" / "notes.txt") << "mine";
        const auto result = map_in(dir, space + "--overwrite -o kept");
        CHECK(result.exit_code == 1);
        CHECK(result.output.find("notes.txt") != std::string::npos);
        CHECK(listing(dir / "kept") == std::set<std::string>{"notes.txt"});
    }
    SECTION("the current folder, or one holding it") {
        // Run one level down, so that even ".." stays inside the scratch folder.
        fs::create_directories(dir / "here");
        std::ofstream(dir / "here" / "notes.txt") << "mine";
        for (const std::string folder : {".", "./", ".."}) {
            const auto result = map_in(dir / "here", space + "--overwrite -o " + folder);
            INFO(folder << ": " << result.output);
            CHECK(result.exit_code == 1);
            CHECK(result.output.find("current folder") != std::string::npos);
        }
        CHECK(listing(dir / "here") == std::set<std::string>{"notes.txt"});
    }
    SECTION("a folder named with a trailing slash is written, then replaced") {
        REQUIRE(map_in(dir, space + "-o maps/").exit_code == 0);
        const auto first = listing(dir / "maps");
        CHECK(first.contains("affiche.pdf"));
        CHECK(map_in(dir, space + "-o maps/").exit_code == 1);
        const auto again = map_in(dir, space + "--overwrite -o maps/");
        INFO(again.output);
        CHECK(again.exit_code == 0);
        CHECK(listing(dir / "maps") == first);
    }
    SECTION("an unknown paper size") {
        const auto result = map_in(dir, space + "--paper B5 -o out");
        CHECK(result.exit_code == 1);
        CHECK(result.output.find("B5") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "out"));
    }
    SECTION("a partner file without coordinates or addresses") {
        std::ofstream(dir / "bad.csv") << "nom;remarque\nCCAS;rien\n";
        const auto result = map_in(dir, space + "--partners bad.csv -o out");
        INFO(result.output);
        CHECK(result.exit_code == 1);
        CHECK(result.output.find("bad.csv") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "out"));
    }
    SECTION("a space far from the network") {
        const auto result = map_in(dir, "--space 48.85,2.35 --space-name Espace -o out");
        CHECK(result.exit_code == 1);
        CHECK_FALSE(fs::exists(dir / "out"));
    }
    for (const auto& name : listing(dir)) CHECK_FALSE(name.starts_with(".partial"));
    std::error_code ec;
    fs::remove_all(dir, ec);
}
