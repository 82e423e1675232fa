// The command-line tool end to end: files in, files out, and one clear message with
// exit code 1 for each kind of bad input.

#include "support.hpp"
#include "worlds.hpp"

#include <nlohmann/json.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <fstream>

using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A folder with the one-way block as an OPL file and its cache.
struct Workspace {
    fs::path dir;
    std::string osm, cache;
    explicit Workspace(const std::string& name) : dir(scratch_dir(name)) {
        osm = (dir / "block.opl").string();
        cache = (dir / "block.alentour").string();
        write_file(osm, one_way_block);
        const auto built = run_cli("build '" + osm + "' -o '" + cache + "' --quiet");
        REQUIRE(built.exit_code == 0);
    }
};

} // namespace

TEST_CASE("build, info and times on a tiny world") {
    const Workspace w("cli-basic");
    const auto info = run_cli("info '" + w.cache + "'");
    CHECK(info.exit_code == 0);
    CHECK_THAT(info.output, Catch::Contains("walk: 4 nodes, 8 directed edges"));
    CHECK_THAT(info.output, Catch::Contains("car: 4 nodes, 7 directed edges"));

    const auto json = nlohmann::json::parse(run_cli("info '" + w.cache + "' --json").output);
    CHECK(json["networks"].size() == 3);
    CHECK(json["networks"][2]["edges"] == 7);

    // From A to B and to C by car, then the same with --reverse (from B and C to A).
    const auto times = run_cli("times --graph '" + w.cache + "' --mode car --from 48.0,2.0 --to 48.0,2.001 --to 48.001,2.001");
    REQUIRE(times.exit_code == 0);
    const double ab = metres_between(48.0, 2.0, 48.0, 2.001), bc = metres_between(48.0, 2.001, 48.001, 2.001);
    char expected[200];
    std::snprintf(expected, sizeof expected, "from_id,to_id,minutes,metres\n1,1,%.2f,%.0f\n1,2,%.2f,%.0f\n", ab / (25 / 3.6) / 60, ab,
                  (ab + bc) / (25 / 3.6) / 60, ab + bc);
    CHECK(times.output == expected);

    const auto reverse = run_cli("times --graph '" + w.cache + "' --mode car --from 48.0,2.0 --to 48.0,2.001 --reverse");
    const double round = 2 * bc + metres_between(48.001, 2.0, 48.001, 2.001);
    std::snprintf(expected, sizeof expected, "from_id,to_id,minutes,metres\n1,1,%.2f,%.0f\n", round / (25 / 3.6) / 60, round);
    CHECK(reverse.output == expected);
}

TEST_CASE("times reads destinations from a CSV and leaves unreachable ones empty") {
    const Workspace w("cli-tofile");
    write_file(w.dir / "points.csv", "id,latitude,longitude\nnear,48.0,2.0002\nfar,48.001,2.0\n");
    const auto out = w.dir / "times.csv";
    const auto run = run_cli("times --graph '" + w.cache + "' --mode walk --from 48.0,2.0 --to-file '" + (w.dir / "points.csv").string() +
                             "' --max-minutes 1 -o '" + out.string() + "'");
    REQUIRE(run.exit_code == 0);
    const std::string csv = read_file(out);
    CHECK_THAT(csv, Catch::StartsWith("from_id,to_id,minutes,metres\n1,near,0.2"));
    CHECK_THAT(csv, Catch::EndsWith("1,far,,\n"));  // 111 m: beyond a minute's walk
    // The output is not replaced without --overwrite.
    const auto again = run_cli("times --graph '" + w.cache + "' --from 48.0,2.0 --to 48.0,2.001 -o '" + out.string() + "'");
    CHECK(again.exit_code == 1);
    CHECK_THAT(again.output, Catch::Contains("--overwrite"));
    CHECK(read_file(out) == csv);
}

TEST_CASE("export-graph writes every directed edge for other tools") {
    const Workspace w("cli-export");
    for (const auto* name : {"edges.geojson", "edges.gpkg"}) {
        const auto path = (w.dir / name).string();
        REQUIRE(run_cli("export-graph --graph '" + w.cache + "' --mode car -o '" + path + "'").exit_code == 0);
        GDALAllRegister();
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
        REQUIRE(dataset);
        OGRLayer* layer = dataset->GetLayer(0);
        CHECK(layer->GetFeatureCount() == 7);
        double total_metres = 0;
        for (auto& feature : *layer) {
            total_metres += feature->GetFieldAsDouble("metres");
            CHECK(feature->GetFieldAsDouble("seconds") == Approx(feature->GetFieldAsDouble("metres") / (25 / 3.6)).epsilon(1e-5));
            CHECK(feature->GetGeometryRef()->getGeometryType() == wkbLineString);
        }
        const double perimeter = 2 * metres_between(48, 2, 48.001, 2) + metres_between(48, 2, 48, 2.001) +
                                 metres_between(48.001, 2, 48.001, 2.001);
        CHECK(total_metres == Approx(2 * perimeter - metres_between(48, 2, 48, 2.001)).epsilon(1e-5));
    }
}

TEST_CASE("bad input: one clear message, exit code 1, no output left") {
    const Workspace w("cli-errors");
    const auto out = (w.dir / "out.csv").string();
    const auto fails_with = [&](const std::string& args, const std::string& words) {
        const auto run = run_cli(args);
        CHECK(run.exit_code == 1);
        CHECK_THAT(run.output, Catch::Contains(words));
        CHECK_THAT(run.output, Catch::StartsWith("alentour: error"));
        CHECK_FALSE(fs::exists(out));
    };
    const std::string times = "times --graph '" + w.cache + "' -o '" + out + "' ";
    fails_with(times + "--from 2.0,48.0 --to 48.0,2.001", "swapped");
    fails_with(times + "--from 10,10 --to 48.0,2.001", "outside the region");
    fails_with(times + "--from 48.0,2.0 --to 48.0,2.001 --mode boat", "unknown mode 'boat'");
    fails_with(times + "--from '48.0;2.0' --to 48.0,2.001", "LAT,LON");
    fails_with(times + "--from 95,2.0 --to 48.0,2.001", "latitude");
    fails_with(times + "--from 48.0,2.0", "destinations");
    fails_with("times --graph '" + (w.dir / "none.alentour").string() + "' --from 48,2 --to 48,2", "none.alentour");
    write_file(w.dir / "broken.alentour", std::string(500, 'z'));
    fails_with("times --graph '" + (w.dir / "broken.alentour").string() + "' --from 48,2 --to 48,2", "not an alentour cache");
    write_file(w.dir / "bad.csv", "id,lat,lon\na,48.0,2.0\nb,quarante-huit,2.0\n");
    fails_with(times + "--from 48.0,2.0 --to-file '" + (w.dir / "bad.csv").string() + "'", "line 3, lat");
    write_file(w.dir / "notosm.osm.pbf", "this is not a pbf file");
    const auto build = run_cli("build '" + (w.dir / "notosm.osm.pbf").string() + "' -o '" + out + "'");
    CHECK(build.exit_code == 1);
    CHECK_THAT(build.output, Catch::Contains("notosm.osm.pbf"));
    CHECK_FALSE(fs::exists(out));
    CHECK(run_cli("frobnicate").exit_code == 1);
    CHECK(run_cli("build --help").exit_code == 0);
}

TEST_CASE("a build does not replace an existing cache without --overwrite") {
    const Workspace w("cli-build-overwrite");
    const auto before = read_file(w.cache);
    const auto again = run_cli("build '" + w.osm + "' -o '" + w.cache + "'");
    CHECK(again.exit_code == 1);
    CHECK_THAT(again.output, Catch::Contains("--overwrite"));
    CHECK(read_file(w.cache) == before);
    CHECK(run_cli("build '" + w.osm + "' -o '" + w.cache + "' --overwrite --quiet").exit_code == 0);
}

TEST_CASE("profiles print as JSON and a profile file changes the build") {
    const Workspace w("cli-profiles");
    const auto json = nlohmann::json::parse(run_cli("profiles").output);
    CHECK(json["walk"]["highways"]["footway"]["speed_kmh"] == 4.5);
    write_file(w.dir / "fast.json", R"({"walk": {"highways": {"residential": {"speed_kmh": 9.0}}}})");
    const auto run = run_cli("times --osm '" + w.osm + "' --profile-file '" + (w.dir / "fast.json").string() +
                             "' --from 48.0,2.0 --to 48.0,2.001 --quiet");
    const double ab = metres_between(48.0, 2.0, 48.0, 2.001);
    char expected[100];
    std::snprintf(expected, sizeof expected, "1,1,%.2f,", ab / (9.0 / 3.6) / 60);
    CHECK_THAT(run.output, Catch::Contains(expected));
}
