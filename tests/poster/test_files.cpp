// The three files: a PNG with ink where the layout says, a PDF of the paper's size with
// DejaVu Sans embedded (French accents print), a well-formed SVG; never half-written,
// never replacing a file without being asked.

#include "layout_checks.hpp"

#include <alentour/error.hpp>

#include <gdal_priv.h>

#include <cmath>
#include <fstream>
#include <regex>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

struct Files {
    fs::path pdf, png, svg;
};

Files files_in(const fs::path& dir, const std::string& stem = "affiche") {
    return {dir / (stem + ".pdf"), dir / (stem + ".png"), dir / (stem + ".svg")};
}

PosterLayout write(const MapContent& content, const PosterOptions& options, const Files& files, bool overwrite = false) {
    return write_poster(content, options, files.pdf.string(), files.png.string(), files.svg.string(), overwrite);
}

// The PNG's pixels, read back through GDAL's PNG driver.
struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> red, green, blue;

    explicit Image(const fs::path& path) {
        GDALAllRegister();
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.string().c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        REQUIRE(dataset);
        width = dataset->GetRasterXSize();
        height = dataset->GetRasterYSize();
        REQUIRE(dataset->GetRasterCount() >= 3);
        for (int band = 1; band <= 3; ++band) {
            auto& channel = band == 1 ? red : band == 2 ? green : blue;
            channel.resize(static_cast<std::size_t>(width) * height);
            REQUIRE(dataset->GetRasterBand(band)->RasterIO(GF_Read, 0, 0, width, height, channel.data(), width, height, GDT_Byte, 0, 0) == CE_None);
        }
    }

    template <typename Test>
    std::size_t count(const Box& box, double pixels_per_point, Test test) const {
        std::size_t found = 0;
        const int x0 = static_cast<int>(box.x * pixels_per_point), x1 = static_cast<int>(box.right() * pixels_per_point);
        const int y0 = static_cast<int>(box.y * pixels_per_point), y1 = static_cast<int>(box.bottom() * pixels_per_point);
        for (int y = std::max(0, y0); y < std::min(height, y1); ++y) {
            for (int x = std::max(0, x0); x < std::min(width, x1); ++x) {
                const std::size_t at = static_cast<std::size_t>(y) * width + x;
                found += test(red[at], green[at], blue[at]) ? 1 : 0;
            }
        }
        return found;
    }
};

bool inked(int r, int g, int b) { return r < 250 || g < 250 || b < 250; }

} // namespace

TEST_CASE("the PNG has ink where the layout puts the map and the list", "[poster]") {
    const auto dir = scratch_dir("poster-png");
    const MapContent content = poster_content(60);
    const PosterOptions options{Paper::a3, Orientation::landscape, 100};
    const PosterLayout layout = write(content, options, files_in(dir));
    const Image image(dir / "affiche.png");
    CHECK(image.width == std::lround(1190.55 * 100 / 72));
    CHECK(image.height == std::lround(841.89 * 100 / 72));
    const double ppp = 100.0 / 72;
    const auto ink = [](int r, int g, int b) { return inked(r, g, b); };
    const double map_pixels = layout.map.width * layout.map.height * ppp * ppp;
    CHECK(image.count(layout.map, ppp, ink) > 0.8 * map_pixels);
    CHECK(image.count(layout.list, ppp, ink) > 0.02 * layout.list.width * layout.list.height * ppp * ppp);
    CHECK(image.count(layout.title, ppp, ink) > 0);
    // The margins stay white.
    CHECK(image.count({0, 0, layout.page.width, 10}, ppp, ink) == 0);
}

TEST_CASE("only the first mode's bands are drawn", "[poster]") {
    const auto dir = scratch_dir("poster-modes");
    // No partners: their category colours must not pass for a band's.
    MapContent content = poster_content(0);
    content.bands.push_back(band(15, "car", "#ff00ff", 2000));
    const auto magenta = [](int r, int g, int b) { return r - g > 60 && b - g > 60; };
    const PosterLayout layout = write(content, {Paper::a4, Orientation::portrait, 72}, files_in(dir));
    CHECK(Image(dir / "affiche.png").count(layout.page, 1.0, magenta) == 0);

    // The same band drawn as the first mode does show: the test can see the colour.
    std::swap(content.bands.front(), content.bands.back());
    write(content, {Paper::a4, Orientation::portrait, 72}, files_in(dir), true);
    CHECK(Image(dir / "affiche.png").count(layout.page, 1.0, magenta) > 1000);
}

TEST_CASE("the PDF's page is the paper, in both orientations", "[poster]") {
    const auto dir = scratch_dir("poster-pdf");
    const MapContent content = poster_content(12);
    struct Case {
        Paper paper;
        Orientation orientation;
        double width, height;
    };
    const Case cases[] = {{Paper::a4, Orientation::portrait, 595.28, 841.89},   {Paper::a4, Orientation::landscape, 841.89, 595.28},
                          {Paper::a3, Orientation::portrait, 841.89, 1190.55},  {Paper::a3, Orientation::landscape, 1190.55, 841.89},
                          {Paper::a2, Orientation::portrait, 1190.55, 1683.78}, {Paper::a2, Orientation::landscape, 1683.78, 1190.55}};
    const std::regex media_box(R"(/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\])");
    for (const Case& c : cases) {
        write(content, {c.paper, c.orientation, 20}, files_in(dir), true);
        const std::string pdf = read_bytes(dir / "affiche.pdf");
        std::smatch match;
        REQUIRE(std::regex_search(pdf, match, media_box));
        CHECK(std::stod(match[1]) == Approx(c.width).margin(0.01));
        CHECK(std::stod(match[2]) == Approx(c.height).margin(0.01));
    }
}

TEST_CASE("French accents print, with DejaVu Sans embedded in the PDF", "[poster]") {
    const auto dir = scratch_dir("poster-accents");
    MapContent content = poster_content(4);
    content.partners[0].name = "Maison de la Solidarité à Créteil, Façade ç";
    const PosterLayout layout = write(content, {Paper::a4, Orientation::landscape, 30}, files_in(dir));
    CHECK(layout.missing_glyphs == 0);
    CHECK(read_bytes(dir / "affiche.pdf").find("DejaVuSans") != std::string::npos);
}

TEST_CASE("the SVG is a well-formed svg document", "[poster]") {
    const auto dir = scratch_dir("poster-svg");
    write(poster_content(8), {Paper::a4, Orientation::portrait, 30}, files_in(dir));
    std::string svg = read_bytes(dir / "affiche.svg");
    CHECK(svg.starts_with("<?xml"));
    CHECK(svg.find("<svg") != std::string::npos);
    while (!svg.empty() && std::isspace(static_cast<unsigned char>(svg.back()))) svg.pop_back();
    CHECK(svg.ends_with("</svg>"));
    GDALAllRegister();
    CPLXMLNode* tree = CPLParseXMLString(svg.c_str());
    REQUIRE(tree != nullptr);
    CHECK(CPLGetXMLNode(tree, "=svg") != nullptr);
    CPLDestroyXMLNode(tree);
}

TEST_CASE("an existing file is never replaced unasked, and nothing else is written", "[poster]") {
    const auto dir = scratch_dir("poster-overwrite");
    const Files files = files_in(dir);
    { std::ofstream(files.png) << "precious"; }
    const MapContent content = poster_content(5);
    CHECK_THROWS_AS(write(content, {Paper::a4, Orientation::portrait, 30}, files), InputError);
    CHECK(listing(dir) == std::set<std::string>{"affiche.png"});
    CHECK(read_bytes(files.png) == "precious");

    write(content, {Paper::a4, Orientation::portrait, 30}, files, true);
    CHECK(listing(dir) == std::set<std::string>{"affiche.pdf", "affiche.png", "affiche.svg"});
    CHECK(read_bytes(files.png).substr(1, 3) == "PNG");
}

TEST_CASE("a missing folder is refused before anything is drawn", "[poster]") {
    const auto dir = scratch_dir("poster-missing");
    Files files = files_in(dir);
    files.svg = dir / "no-such-folder" / "affiche.svg";
    CHECK_THROWS_AS(write(poster_content(3), {}, files), InputError);
    CHECK(listing(dir).empty());
}

TEST_CASE("a map without partners or bands still makes a poster", "[poster]") {
    const auto dir = scratch_dir("poster-empty");
    MapContent content;
    content.title = "Espace numérique";
    content.space_name = "Espace numérique";
    content.space = poster_space;
    content.streets = street_grid(800, 120);
    write(content, {Paper::a4, Orientation::landscape, 30}, files_in(dir));
    CHECK(listing(dir) == std::set<std::string>{"affiche.pdf", "affiche.png", "affiche.svg"});
}

// Not run by default: `test_poster "[.example]"` writes realistic posters to look at.
TEST_CASE("example posters for people to look at", "[.example]") {
    const fs::path dir = fs::temp_directory_path() / "alentour-poster-example";
    fs::create_directories(dir);
    struct Example {
        std::size_t partners;
        PosterOptions options;
        std::string stem;
    };
    const Example examples[] = {{120, {Paper::a3, Orientation::landscape, 100}, "a3-paysage-120"},
                                {200, {Paper::a3, Orientation::portrait, 100}, "a3-portrait-200"},
                                {25, {Paper::a4, Orientation::portrait, 100}, "a4-portrait-25"}};
    for (const Example& example : examples) {
        MapContent content = poster_content(example.partners, 5);
        content.bands.push_back(band(15, "car", "#ff00ff", 2000));
        const PosterLayout layout = write(content, example.options, files_in(dir, example.stem), true);
        WARN(example.stem << ": list " << layout.list_font_size << " pt in " << layout.list_columns << " columns, addresses "
                          << layout.list_addresses << ", displaced " << layout.displaced_markers);
    }
}
