// Every command that writes files writes the same bytes when run twice (the map job has
// its own test in tests/map/test_determinism.cpp): each command below runs twice on the
// demo town, a second apart, into two folders, with SOURCE_DATE_EPOCH fixing the PDF's
// date. The tour's matrix is computed on every core; batch is run on one thread and on
// two, and both must agree.

#include "support.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cctype>
#include <fstream>
#include <sstream>

using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

const fs::path data_dir = fs::path(ALENTOUR_SOURCE_DIR) / "data";

// "lat,lon" of the demo's space, as data/espace.json gives it.
std::string space_position() {
    std::ifstream in(data_dir / "espace.json");
    std::stringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    const auto number_after = [&](const std::string& key) {
        const auto at = json.find(':', json.find("\"" + key + "\""));
        return json.substr(at + 1, json.find_first_of(",}", at) - at - 1);
    };
    std::string lat = number_after("lat"), lon = number_after("lon");
    const auto blank = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    std::erase_if(lat, blank), std::erase_if(lon, blank);
    return lat + "," + lon;
}

void run_ok(const std::string& arguments) {
    const auto result = run_cli("--quiet " + arguments);
    INFO(arguments << "\n" << result.output);
    REQUIRE(result.exit_code == 0);
}

// The demo town's cache, built once for the whole file and removed at exit.
const fs::path& demo_cache() {
    struct Built {
        fs::path dir = scratch_dir("same-bytes-cache");
        Built() { run_ok("build " + quoted((data_dir / "demo.osm").string()) + " -o " + quoted((dir / "demo.alentour").string())); }
        ~Built() { fs::remove_all(dir); }
    };
    static const Built built;
    static const fs::path cache = built.dir / "demo.alentour";
    return cache;
}

// The two folders of a command run twice, removed with their files at the end.
struct Runs {
    fs::path first, second;
    Runs(fs::path a, fs::path b) : first(std::move(a)), second(std::move(b)) {}
    Runs(const Runs&) = delete;
    Runs& operator=(const Runs&) = delete;
    ~Runs() { fs::remove_all(first.parent_path()); }
};

// Runs `arguments_for(folder)` in two fresh folders, a second apart.
template <typename Arguments>
Runs twice(const std::string& name, Arguments&& arguments_for) {
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // the tools started inherit it
    const fs::path root = scratch_dir("same-bytes-" + name);
    const fs::path first = root / "first", second = root / "second";
    fs::create_directories(first);
    fs::create_directories(second);
    run_ok(arguments_for(first));
    ::sleep(1);  // a clock read anywhere would now differ
    run_ok(arguments_for(second));
    return {first, second};
}

void check_same_files(const fs::path& first, const fs::path& second, std::size_t expected_files) {
    const auto names = listing(first);
    REQUIRE(names == listing(second));
    REQUIRE(names.size() == expected_files);
    for (const auto& name : names) {
        INFO(first / name);
        CHECK(read_bytes(first / name) == read_bytes(second / name));
    }
}

std::string out(const fs::path& dir, const std::string& file) { return quoted((dir / file).string()); }

// Every layer of a GeoPackage, feature by feature, as text: a GeoPackage stores the time
// of its last change, so its bytes differ run to run; its content must not.
std::string geopackage_content(const fs::path& path) {
    auto* dataset = static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    REQUIRE(dataset != nullptr);
    std::ostringstream text;
    for (auto* layer : dataset->GetLayers()) {
        text << "layer " << layer->GetName() << "\n";
        for (const auto& feature : *layer) {
            for (const auto& field : *feature) text << field.GetName() << "=" << field.GetAsString() << ";";
            if (const auto* geometry = feature->GetGeometryRef()) {
                char* wkt = nullptr;
                geometry->exportToWkt(&wkt);
                text << wkt;
                CPLFree(wkt);
            }
            text << "\n";
        }
    }
    GDALClose(dataset);
    return text.str();
}

} // namespace

TEST_CASE("build writes the same cache bytes twice", "[cli][determinism]") {
    const Runs runs = twice("build", [](const fs::path& dir) {
        return "build " + quoted((data_dir / "demo.osm").string()) + " -o " + out(dir, "demo.alentour");
    });
    check_same_files(runs.first, runs.second, 1);
}

TEST_CASE("catchment, coverage, times and places write the same bytes twice", "[cli][determinism]") {
    const std::string cache = quoted(demo_cache().string()), space = space_position();
    const std::string population = quoted((data_dir / "population.csv").string());
    const Runs runs = twice("zones", [&](const fs::path& dir) {
        return "catchment --graph " + cache + " --mode car --from " + space + " --minutes 5,10 --population " + population + " -o " +
               out(dir, "zones.geojson");
    });
    check_same_files(runs.first, runs.second, 1);

    const Runs cover = twice("coverage", [&](const fs::path& dir) {
        return "coverage --graph " + cache + " --mode walk --spaces " + quoted((data_dir / "espaces.csv").string()) +
               " --minutes 10,20 --population " + population + " -o " + out(dir, "couverture.geojson");
    });
    check_same_files(cover.first, cover.second, 2);  // the bands and the table per space

    const Runs times = twice("times", [&](const fs::path& dir) {
        return "times --graph " + cache + " --mode walk --from " + space + " --to-file " + quoted((data_dir / "espaces.csv").string()) +
               " -o " + out(dir, "temps.csv");
    });
    check_same_files(times.first, times.second, 1);

    for (const std::string format : {"csv", "geojson"}) {
        const Runs places = twice("places-" + format, [&](const fs::path& dir) {
            return "places " + cache + " --at " + space + " --minutes 15 --mode walk -o " + out(dir, "lieux." + format);
        });
        check_same_files(places.first, places.second, 1);
    }
}

TEST_CASE("geocode-index and geocode write the same bytes twice", "[cli][determinism]") {
    const Runs runs = twice("geocode", [](const fs::path& dir) {
        return "geocode-index " + quoted((data_dir / "adresses-demo.csv").string()) + " -o " + out(dir, "adresses.alentour-ban") +
               " && " + quoted(ALENTOUR_CLI) + " --quiet geocode " + quoted((data_dir / "partenaires-adresses.csv").string()) +
               " --index " + out(dir, "adresses.alentour-ban") + " -o " + out(dir, "partenaires.csv");
    });
    check_same_files(runs.first, runs.second, 2);
}

TEST_CASE("a tour, its matrix computed on every core, writes the same bytes twice", "[cli][determinism]") {
    const std::string tour = "tour " + quoted(demo_cache().string()) + " " + quoted((data_dir / "partenaires.csv").string()) +
                             " --space " + quoted((data_dir / "espace.json").string()) + " --mode car --stop-minutes 20 --day 3h30";
    // The matrix's searches run on every core (core/parallel.hpp), in chunks of rows.
    const Runs runs = twice("tour", [&](const fs::path& dir) {
        return tour + " -o " + out(dir, "tournee");
    });
    check_same_files(runs.first / "tournee", runs.second / "tournee", 4);
    const fs::path pdf = runs.first / "tournee" / "tournee.pdf";
    CHECK(read_bytes(pdf).find("CreationDate (20231114") != std::string::npos);
}

TEST_CASE("batch gives the same catchments on one thread and on two", "[cli][determinism]") {
    const std::string common = "batch --graph " + quoted(demo_cache().string()) + " --places " +
                               quoted((data_dir / "partenaires.csv").string()) + " --mode walk --minutes 5,10";
    const Runs runs = twice("batch", [&](const fs::path& dir) {
        const bool one = dir.filename() == "first";
        return common + " --threads " + (one ? "1" : "2") + " -o " + out(dir, "zones.gpkg");
    });
    GDALAllRegister();
    const std::string one_thread = geopackage_content(runs.first / "zones.gpkg");
    CHECK(one_thread.find("layer") != std::string::npos);
    CHECK(one_thread == geopackage_content(runs.second / "zones.gpkg"));
}
