// The build keeps the positions of wanted nodes only, whatever order the file gives them in.

#include <catch2/catch.hpp>

#include "network/node_locations.hpp"

using namespace alentour;
using namespace alentour::detail;

namespace {

FixedPoint at(std::int32_t lat) { return {lat, -lat}; }

} // namespace

TEST_CASE("node locations: wanted ids only, in file order sorted or not", "[network]") {
    // Wanted (with a repeat, out of order): 5, 9, 40, 41, 1000. Not wanted: everything else.
    NodeLocations nodes({41, 5, 1000, 9, 40, 9});
    REQUIRE(nodes.size() == 5);
    CHECK(nodes.index_of(5) == 0);
    CHECK(nodes.index_of(1000) == 4);
    CHECK(nodes.index_of(6) == nodes.size());

    SECTION("sorted file, wide gaps between wanted ids") {
        for (std::int64_t id = 1; id <= 2000; ++id) nodes.offer(id, at(static_cast<std::int32_t>(id)));
        for (const std::int64_t id : {5, 9, 40, 41, 1000}) {
            REQUIRE(nodes.find(id).has_value());
            CHECK(nodes.find(id)->lat == id);
        }
        CHECK_FALSE(nodes.find(6).has_value());
    }
    SECTION("unsorted file: backwards, then a node met twice keeps its first position") {
        for (std::int64_t id = 2000; id >= 1; --id) nodes.offer(id, at(static_cast<std::int32_t>(id)));
        nodes.offer(40, at(7));
        CHECK(nodes.find(41)->lat == 41);
        CHECK(nodes.find(40)->lat == 40);
        CHECK(nodes.find(1000)->lat == 1000);
    }
    SECTION("nodes missing from the file: absent after compaction, the others ranked in id order") {
        nodes.offer(9, at(9));
        nodes.offer(1000, at(1000));
        nodes.offer(5, at(5));
        CHECK_FALSE(nodes.find(40).has_value());
        const auto compacted = nodes.compact(0xFFFFFFFFu);
        REQUIRE(compacted.points.size() == 3);
        CHECK(compacted.points[0].lat == 5);
        CHECK(compacted.points[1].lat == 9);
        CHECK(compacted.points[2].lat == 1000);
        CHECK(compacted.rank == std::vector<std::uint32_t>{0, 1, 0xFFFFFFFFu, 0xFFFFFFFFu, 2});
    }
}
