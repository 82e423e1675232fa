// The cache file: what goes in comes out identical; damaged or foreign files are refused.

#include "support.hpp"
#include "worlds.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>

#include <cstring>
#include <fstream>

using namespace alentour;
using namespace alentour::test;

namespace {

std::vector<char> read_chars(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const std::filesystem::path& path, const std::vector<char>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

template <typename T>
bool same(std::span<const T> a, std::span<const T> b) {
    // an empty array may have no storage at all: memcmp must not see its null pointer
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size_bytes()) == 0);
}

bool same_graph(const Graph& a, const Graph& b) {
    const auto& x = a.arrays();
    const auto& y = b.arrays();
    return same(x.first_out, y.first_out) && same(x.edges, y.edges) && same(x.first_in, y.first_in) &&
           same(x.in_edges, y.in_edges) && same(x.node_points, y.node_points) && same(x.node_component, y.node_component) &&
           same(x.component_sizes, y.component_sizes) && same(x.shape_offsets, y.shape_offsets) &&
           same(x.shape_bytes, y.shape_bytes) && same(x.geometry_ends, y.geometry_ends);
}

} // namespace

TEST_CASE("a saved region loads back identical") {
    const auto dir = scratch_dir("cache-roundtrip");
    const Region built = opl_world(river_with_two_bridges + one_way_block);
    save_region(built, (dir / "r.alentour").string());
    const Region loaded = load_region((dir / "r.alentour").string());
    REQUIRE(loaded.networks().size() == built.networks().size());
    for (std::size_t i = 0; i < built.networks().size(); ++i) {
        const auto& a = built.networks()[i];
        const auto& b = loaded.networks()[i];
        CHECK(a.mode == b.mode);
        CHECK(a.profile_json == b.profile_json);
        CHECK(a.stats.ways_skipped == b.stats.ways_skipped);
        CHECK(a.stats.component_count == b.stats.component_count);
        CHECK(same_graph(a.graph, b.graph));
        CHECK(b.graph.edge_count() > 0);
    }
    CHECK(loaded.stats().ways_read == built.stats().ways_read);
    // Saving the loaded region again gives the same bytes.
    save_region(loaded, (dir / "again.alentour").string());
    CHECK(read_chars(dir / "r.alentour") == read_chars(dir / "again.alentour"));
}

TEST_CASE("an existing cache is not overwritten unless asked") {
    const auto dir = scratch_dir("cache-overwrite");
    const Region region = opl_world(one_way_block);
    const auto path = (dir / "r.alentour").string();
    save_region(region, path);
    CHECK_THROWS_WITH(save_region(region, path), Catch::Contains("--overwrite"));
    CHECK_NOTHROW(save_region(region, path, true));
    // No temporary file stays behind.
    CHECK(std::distance(std::filesystem::directory_iterator(dir), {}) == 1);
}

TEST_CASE("damaged, truncated and foreign caches are refused before use") {
    const auto dir = scratch_dir("cache-damage");
    const auto path = dir / "r.alentour";
    save_region(opl_world(river_with_two_bridges), path.string());
    const auto good = read_chars(path);
    const auto refused_with = [&](const std::vector<char>& bytes, const std::string& words) {
        write_bytes(dir / "bad.alentour", bytes);
        CHECK_THROWS_WITH(load_region((dir / "bad.alentour").string()), Catch::Contains(words));
        CHECK_THROWS_AS(load_region((dir / "bad.alentour").string()), CacheError);
    };

    SECTION("one flipped bit anywhere after the header") {
        for (const std::size_t at : {std::size_t{64}, good.size() / 2, good.size() - 1}) {
            auto bytes = good;
            bytes[at] = static_cast<char>(bytes[at] ^ 0x10);
            refused_with(bytes, "checksum");
        }
    }
    SECTION("truncated") {
        refused_with({good.begin(), good.end() - 100}, "truncated");
        refused_with({good.begin(), good.begin() + 10}, "too short");
    }
    SECTION("another format version") {
        auto bytes = good;
        bytes[8] = static_cast<char>(cache_format_version + 1);
        refused_with(bytes, "version");
    }
    SECTION("not a cache at all") {
        refused_with(std::vector<char>(200, 'x'), "not an alentour cache");
    }
    CHECK_THROWS_AS(load_region((dir / "missing.alentour").string()), InputError);
}
