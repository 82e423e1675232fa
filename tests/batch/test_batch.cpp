// The batch: places × modes into a GeoPackage, places not placed reported, a rerun
// resuming, and threads giving the one-thread results.
#include "support.hpp"

#include <alentour/batch.hpp>
#include <alentour/error.hpp>

#include <filesystem>
#include <string>

using namespace alentour;

namespace {

// Streets every ~100 m over a 600 m square.
std::string street_grid() {
    std::string opl;
    constexpr int size = 7;
    auto node = [](int i, int j) { return std::to_string(1 + i * size + j); };
    for (int i = 0; i < size; ++i) {
        for (int j = 0; j < size; ++j) {
            opl += "n" + node(i, j) + " v1 x" + std::to_string(2.0 + 0.0013 * j) + " y" + std::to_string(48.0 + 0.0009 * i) + "\n";
        }
    }
    int way = 1;
    for (int i = 0; i < size; ++i) {
        std::string row, column;
        for (int j = 0; j < size; ++j) {
            row += (j ? ",n" : "n") + node(i, j);
            column += (j ? ",n" : "n") + node(j, i);
        }
        opl += "w" + std::to_string(way++) + " v1 Thighway=residential N" + row + "\n";
        opl += "w" + std::to_string(way++) + " v1 Thighway=residential N" + column + "\n";
    }
    return opl;
}

std::vector<BatchPlace> places() {
    return {{"a", "Centre", "", "", "", {48.0027, 2.0039}, 2, {}},
            {"b", "Corner", "", "", "", {48.0005, 2.0010}, 3, {}},
            {"far", "Paris", "", "", "", {48.85, 2.35}, 4, {}},
            {"none", "Sans position", "", "", "", {}, 5, "no coordinates"}};
}

BatchOptions options(unsigned threads) {
    BatchOptions o;
    o.modes = {"walk", "bike"};
    o.minutes = {2, 4};
    o.threads = threads;
    return o;
}

} // namespace

TEST_CASE("batch: every place placed or reported, then resumed") {
    const Region region = test::opl_world(street_grid());
    const auto dir = test::scratch_dir("batch");
    const std::string out = (dir / "out.gpkg").string();
    const BatchReport first = run_batch(region, places(), out, options(2));
    CHECK(first.places == 4);
    CHECK(first.computed == 4);    // a and b on walk and bike
    CHECK(first.not_placed == 4);  // far and none on walk and bike
    CHECK(first.skipped == 0);
    const BatchReport again = run_batch(region, places(), out, options(2));
    CHECK(again.skipped == 8);
    CHECK(again.computed == 0);
    const BatchReport fresh = run_batch(region, places(), out, options(1), true);
    CHECK(fresh.skipped == 0);
    CHECK(fresh.computed == 4);
    CHECK_THROWS_AS(run_batch(region, places(), (dir / "out.geojson").string(), options(1)), InputError);
    std::filesystem::remove_all(dir);
}

TEST_CASE("batch: two threads give the one-thread bands") {
    const Region region = test::opl_world(street_grid());
    RegionSnappers snappers(region);
    const auto one = compute_batch(snappers, places(), options(1));
    const auto two = compute_batch(snappers, places(), options(2));
    REQUIRE(one.size() == 8);
    REQUIRE(two.size() == one.size());
    for (std::size_t i = 0; i < one.size(); ++i) {
        CHECK(one[i].mode == two[i].mode);
        CHECK(one[i].not_placed == two[i].not_placed);
        REQUIRE(one[i].bands.size() == two[i].bands.size());
        for (std::size_t b = 0; b < one[i].bands.size(); ++b) CHECK(one[i].bands[b].wkb == two[i].bands[b].wkb);
    }
    CHECK(one[4].not_placed.find("outside the region") != std::string::npos);
    CHECK(one[6].not_placed == "no coordinates");
}
