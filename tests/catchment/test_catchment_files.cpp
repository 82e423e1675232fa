// `alentour catchment` end to end: the files it writes open again with GDAL and with
// the real `ogrinfo`, with the bands, the origin and every attribute a user looks for;
// GeoJSON to the letter of RFC 7946; bad input refused with one message, exit code 1
// and no file left behind.

#include "catchment_support.hpp"
#include "support.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <set>

using namespace alentour::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A park 400 m × 400 m without paths inside four streets, and a street running on
// south from the south-west corner. From that corner on foot: 10 min (750 m) goes part
// way round; 20 and 30 min go all round, so the park is a hole in those bands.
const std::string park_world =
    "n1 v1 x2.0000 y48.0000\nn2 v1 x2.0054 y48.0000\nn3 v1 x2.0054 y48.0036\nn4 v1 x2.0000 y48.0036\n"
    "n5 v1 x2.0000 y47.9960\n"
    "w1 v1 Thighway=residential Nn1,n2,n3,n4,n1\n"
    "w2 v1 Thighway=residential Nn1,n5\n";

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

struct Workspace {
    fs::path dir;
    fs::path osm;
    explicit Workspace(const std::string& name) : dir(scratch_dir(name)), osm(dir / "park.opl") { write_file(osm, park_world); }
    ~Workspace() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string catchment(const std::string& options) const {
        return "catchment --osm " + quoted(osm) + " --mode walk --from 48.0,2.0 --quiet " + options;
    }
};

// Signed area (shoelace, positive counter-clockwise) of a GeoJSON ring.
double signed_area(const json& ring) {
    double twice = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        twice += ring[i][0].get<double>() * ring[i + 1][1].get<double>() - ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    }
    return twice / 2;
}

std::string expected_name(double minutes) { return "Zone à " + std::to_string(static_cast<int>(minutes)) + " min à pied"; }

// A feature's field by its full name, or as a Shapefile truncates it (10 characters).
int field_index(const OGRFeature& feature, const std::string& name) {
    const int full = feature.GetFieldIndex(name.c_str());
    return full >= 0 ? full : feature.GetFieldIndex(name.substr(0, 10).c_str());
}

struct ReadBack {
    int bands = 0, origins = 0;
    std::vector<double> minutes;  // in file order
};

ReadBack read_with_gdal(const fs::path& path, bool expect_origin_layer) {
    GDALAllRegister();
    const GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    ReadBack out;
    for (OGRLayer* layer : dataset->GetLayers()) {
        for (const auto& feature : *layer) {
            const OGRGeometry* geometry = feature->GetGeometryRef();
            REQUIRE(geometry != nullptr);
            const auto type = wkbFlatten(geometry->getGeometryType());
            if (type == wkbPoint) {
                ++out.origins;
                CHECK(geometry->toPoint()->getX() == Approx(2.0).margin(1e-6));
                CHECK(geometry->toPoint()->getY() == Approx(48.0).margin(1e-6));
                continue;
            }
            REQUIRE((type == wkbMultiPolygon || type == wkbPolygon));
            CHECK(geometry->IsValid());
            ++out.bands;
            for (const char* name : {"minutes", "mode", "direction", "area_km2", "origin", "name", "description"}) {
                INFO(path.filename().string() << ": field " << name);
                CHECK(field_index(*feature, name) >= 0);
            }
            const double minutes = feature->GetFieldAsDouble(field_index(*feature, "minutes"));
            out.minutes.push_back(minutes);
            CHECK(std::string(feature->GetFieldAsString(field_index(*feature, "mode"))) == "walk");
            CHECK(std::string(feature->GetFieldAsString(field_index(*feature, "direction"))) == "from_origin");
            CHECK(std::string(feature->GetFieldAsString(field_index(*feature, "origin"))) == "all");
            CHECK(std::string(feature->GetFieldAsString(field_index(*feature, "name"))) == expected_name(minutes));
            CHECK_THAT(feature->GetFieldAsString(field_index(*feature, "description")), Catch::Contains("min"));
            CHECK(feature->GetFieldAsDouble(field_index(*feature, "area_km2")) > 0.01);
            // The polygon holds the origin.
            const OGRPoint origin(2.0, 48.0);
            CHECK(geometry->Intersects(&origin));
        }
    }
    if (expect_origin_layer) CHECK(out.origins == 1);
    return out;
}

} // namespace

TEST_CASE("catchment files: every format opens again with GDAL and ogrinfo, with bands, origin and attributes") {
    const Workspace w("catchment-files");
    struct Format {
        std::string file;
        bool origin_layer;   // formats with several layers (or GeoJSON, in the same one) hold the origin too
        std::vector<std::string> sidecars;
    };
    const std::vector<Format> formats = {{"out.geojson", true, {}},
                                         {"out.gpkg", true, {}},
                                         {"out.fgb", false, {}},
                                         {"out.kml", true, {}},
                                         {"out.shp", false, {"out.shx", "out.dbf", "out.prj"}}};
    for (const auto& format : formats) {
        INFO(format.file);
        const fs::path path = w.dir / format.file;
        const auto result = run_cli(w.catchment("--minutes 10,20,30 -o " + quoted(path)));
        INFO(result.output);
        CHECK(result.exit_code == 0);
        CHECK(fs::exists(path));
        if (result.exit_code != 0 || !fs::exists(path)) continue;
        for (const auto& sidecar : format.sidecars) CHECK(fs::exists(w.dir / sidecar));
        const ReadBack back = read_with_gdal(path, format.origin_layer);
        CHECK(back.bands == 3);
        CHECK(back.minutes == std::vector<double>{30, 20, 10});  // largest first: smaller ones draw on top

        // The real tool opens it too, and sees the same.
        const auto info = run_command("ogrinfo -ro -al -so " + quoted(path) + " 2>&1");
        INFO(info.output);
        CHECK(info.exit_code == 0);
        const bool geojson = format.file.ends_with(".geojson");
        CHECK_THAT(info.output, Catch::Contains(geojson ? "Feature Count: 4" : "Feature Count: 3"));
        if (format.origin_layer && !geojson) CHECK_THAT(info.output, Catch::Contains("Feature Count: 1"));
        // Field names as ogrinfo lists them ("name: String"); KML says "Name", a
        // Shapefile keeps 10 characters ("descriptio").
        const bool shapefile = format.file.ends_with(".shp");
        for (const char* field : {"minutes", "mode", "direction", "area_km2", "origin", "name", "description"}) {
            const std::string name = shapefile ? std::string(field).substr(0, 10) : field;
            CHECK_THAT(info.output, Catch::Contains("\n" + name + ": ", Catch::CaseSensitive::No));
        }
    }
    // Nothing left over but the outputs and the world.
    for (const auto& name : listing(w.dir)) CHECK_FALSE(name.starts_with(".partial"));
}

TEST_CASE("catchment GeoJSON: RFC 7946 rings, six decimals, largest band first, French names, styling, the origin") {
    const Workspace w("catchment-geojson");
    const fs::path path = w.dir / "bands.geojson";
    REQUIRE(run_cli(w.catchment("--minutes 10,20,30 -o " + quoted(path))).exit_code == 0);
    const std::string text = read_bytes(path);
    const json doc = json::parse(text);
    REQUIRE(doc["type"] == "FeatureCollection");
    const json& features = doc["features"];
    REQUIRE(features.size() == 4);

    // At most six decimals anywhere: no number with seven or more digits after the point.
    std::smatch long_number;
    const bool too_precise = std::regex_search(text, long_number, std::regex(R"([0-9]\.[0-9]{7,})"));
    INFO("a number with more than 6 decimals: " << (too_precise ? long_number.str() : std::string("none")));
    CHECK_FALSE(too_precise);
    CHECK(text.find("\"crs\"") == std::string::npos);  // RFC 7946: WGS84 only, no crs member

    std::vector<double> order;
    std::set<std::string> fills;
    int holes = 0, rings = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const json& f = features[i];
        REQUIRE(f["type"] == "Feature");
        REQUIRE(f["geometry"]["type"] == "MultiPolygon");
        const json& p = f["properties"];
        const double minutes = p["minutes"].get<double>();
        INFO("band " << minutes);
        order.push_back(minutes);
        CHECK(p["name"] == expected_name(minutes));
        CHECK(p["mode"] == "walk");
        CHECK(p["direction"] == "from_origin");
        CHECK(p["origin"] == "all");
        CHECK(p["area_km2"].get<double>() > 0.01);
        CHECK_THAT(p["description"].get<std::string>(), Catch::Contains(std::to_string(static_cast<int>(minutes)) + " min"));
        // Styling for geojson.io / GitHub (simplestyle) and for uMap.
        REQUIRE(p["fill"].is_string());
        CHECK(std::regex_match(p["fill"].get<std::string>(), std::regex("#[0-9a-fA-F]{6}")));
        fills.insert(p["fill"].get<std::string>());
        CHECK(p["fill-opacity"].get<double>() > 0);
        CHECK(p["fill-opacity"].get<double>() < 1);
        CHECK(p["stroke"].is_string());
        CHECK(p["stroke-width"].get<double>() > 0);
        REQUIRE(p["_umap_options"].is_object());
        CHECK(p["_umap_options"]["color"].is_string());
        CHECK(p["_umap_options"]["fillOpacity"].get<double>() > 0);
        CHECK(p["_umap_options"]["weight"].get<double>() > 0);
        // Exterior rings counter-clockwise, holes clockwise, every ring closed.
        for (const json& polygon : f["geometry"]["coordinates"]) {
            for (std::size_t r = 0; r < polygon.size(); ++r) {
                const json& ring = polygon[r];
                ++rings;
                REQUIRE(ring.size() >= 4);
                CHECK(ring.front() == ring.back());
                if (r == 0) {
                    CHECK(signed_area(ring) > 0);
                } else {
                    ++holes;
                    CHECK(signed_area(ring) < 0);
                }
                for (const json& position : ring) {
                    REQUIRE(position.size() == 2);  // longitude, latitude
                    CHECK(position[0].get<double>() == Approx(2.0027).margin(0.01));
                    CHECK(position[1].get<double>() == Approx(48.0).margin(0.01));
                }
            }
        }
    }
    CHECK(order == std::vector<double>{30, 20, 10});
    CHECK(fills.size() == 3);  // one colour per band
    CHECK(holes >= 2);         // the park, in the 20 and 30 min bands
    CHECK(rings > holes);

    const json& origin = features[3];
    CHECK(origin["geometry"]["type"] == "Point");
    CHECK(origin["geometry"]["coordinates"][0].get<double>() == Approx(2.0).margin(1e-6));
    CHECK(origin["geometry"]["coordinates"][1].get<double>() == Approx(48.0).margin(1e-6));
    CHECK(origin["properties"]["origin"] == "1");
    CHECK(origin["properties"]["name"].is_string());

    SECTION("per origin, reverse and rings reach the attributes") {
        const fs::path more = w.dir / "more.geojson";
        REQUIRE(run_cli(w.catchment("--from 47.997,2.0 --minutes 5,10 --per-origin --reverse --bands rings -o " + quoted(more))).exit_code == 0);
        const json other = json::parse(read_bytes(more));
        int bands = 0, points = 0;
        std::set<std::string> origins;
        for (const json& f : other["features"]) {
            if (f["geometry"]["type"] == "Point") {
                ++points;
                continue;
            }
            ++bands;
            origins.insert(f["properties"]["origin"].get<std::string>());
            CHECK(f["properties"]["direction"] == "to_origin");
            if (f["properties"]["minutes"] == 10) {
                CHECK(f["properties"]["minutes_from"] == 5);
                CHECK_THAT(f["properties"]["name"].get<std::string>(), Catch::StartsWith("Zone de 5 à 10 min à pied"));
            }
        }
        CHECK(bands == 4);
        CHECK(points == 2);
        CHECK(origins == std::set<std::string>{"1", "2"});
    }
}

TEST_CASE("catchment bad input: one message, exit code 1, no file left behind") {
    const Workspace w("catchment-bad");
    const fs::path out_dir = w.dir / "out";
    fs::create_directories(out_dir);
    const fs::path existing = out_dir / "existing.geojson";
    write_file(existing, "keep me\n");
    const auto before = listing(out_dir);
    const auto existing_time = fs::last_write_time(existing);

    const std::string to = " -o " + quoted(out_dir / "c.geojson");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"no --minutes", w.catchment(to)},
        {"negative minutes", w.catchment("--minutes=-5,10" + to)},
        {"zero minutes", w.catchment("--minutes 0" + to)},
        {"absurd minutes", w.catchment("--minutes 100000" + to)},
        {"minutes not increasing", w.catchment("--minutes 20,10" + to)},
        {"minutes not a number", w.catchment("--minutes ten" + to)},
        {"an origin far from any street", "catchment --osm " + quoted(w.osm) + " --mode walk --from 48.02,2.0 --minutes 10" + to},
        {"an origin outside the region", "catchment --osm " + quoted(w.osm) + " --mode walk --from 45.0,5.0 --minutes 10" + to},
        {"the output exists, no --overwrite", w.catchment("--minutes 10 -o " + quoted(existing))},
        {"an unknown extension", w.catchment("--minutes 10 -o " + quoted(out_dir / "c.xyz"))},
        {"an unknown extension (gpkg path with a typo)", w.catchment("--minutes 10 -o " + quoted(out_dir / "c.gpgk"))},
        {"an unknown mode", "catchment --osm " + quoted(w.osm) + " --mode hovercraft --from 48.0,2.0 --minutes 10" + to},
        {"no network", "catchment --mode walk --from 48.0,2.0 --minutes 10" + to},
    };
    for (const auto& [what, arguments] : cases) {
        INFO(what << ": alentour " << arguments);
        const auto result = run_cli(arguments);
        INFO(result.output);
        CHECK(result.exit_code == 1);
        CHECK(result.output.starts_with("alentour: error"));
        std::size_t messages = 0;
        for (std::size_t at = result.output.find("alentour: "); at != std::string::npos; at = result.output.find("alentour: ", at + 1)) ++messages;
        CHECK(messages == 1);
        CHECK(listing(out_dir) == before);
    }
    CHECK(read_bytes(existing) == "keep me\n");
    CHECK(fs::last_write_time(existing) == existing_time);

    // With --overwrite the same output is replaced.
    const auto replaced = run_cli(w.catchment("--minutes 10 --overwrite -o " + quoted(existing)));
    CHECK(replaced.exit_code == 0);
    CHECK(json::parse(read_bytes(existing))["type"] == "FeatureCollection");
    CHECK(listing(out_dir) == before);
}
