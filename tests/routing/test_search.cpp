// Travel times on tiny worlds, against distances worked out by hand.

#include "support.hpp"
#include "worlds.hpp"

#include <alentour/error.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

using namespace alentour;
using namespace alentour::test;

namespace {

Arrival time_between(const Graph& graph, LatLon from, LatLon to, Direction direction = Direction::forward,
                     double max_seconds = std::numeric_limits<double>::infinity()) {
    const Snapper snapper(graph);
    const Snap source = snapper.snap(from);
    const auto result = search(graph, {&source, 1}, {max_seconds, direction});
    return arrival_at(graph, result, snapper.snap(to));
}

// Car speed on an untagged residential street.
double car_seconds(double metres) { return metres / (25.0 / 3.6); }

const double block_side_ew = metres_between(48.0, 2.0, 48.0, 2.001);
const double block_side_ns = metres_between(48.0, 2.0, 48.001, 2.0);

} // namespace

TEST_CASE("one-way street: forward and reverse searches differ by car, not on foot") {
    const Region region = opl_world(one_way_block);
    const Graph& car = region.graph("car");
    const LatLon a{48.0, 2.0}, b{48.0, 2.001};
    // A to B takes the one-way street; B to A goes round the block.
    CHECK(time_between(car, a, b).seconds == Approx(car_seconds(block_side_ew)).epsilon(1e-5));
    CHECK(time_between(car, b, a).seconds ==
          Approx(car_seconds(block_side_ns * 2 + metres_between(48.001, 2.0, 48.001, 2.001))).epsilon(1e-5));
    // "Who can reach A?" asked from A: the time from B to A.
    CHECK(time_between(car, a, b, Direction::reverse).seconds == Approx(time_between(car, b, a).seconds).epsilon(1e-5));
    CHECK(time_between(car, b, a, Direction::reverse).seconds == Approx(time_between(car, a, b).seconds).epsilon(1e-5));

    const Graph& walk = region.graph("walk");
    CHECK(time_between(walk, b, a).seconds == Approx(walk_seconds(block_side_ew)).epsilon(1e-5));
}

TEST_CASE("partial edges at the source and at the destination get exact partial times") {
    const Region region = opl_world(one_way_block);
    const Graph& walk = region.graph("walk");
    // A quarter of the way along A–B to three quarters along A–B: half a side.
    const LatLon quarter{48.0, 2.00025}, three_quarters{48.0, 2.00075};
    CHECK(time_between(walk, quarter, three_quarters).seconds == Approx(walk_seconds(block_side_ew / 2)).epsilon(1e-4));
    CHECK(time_between(walk, three_quarters, quarter).seconds == Approx(walk_seconds(block_side_ew / 2)).epsilon(1e-4));
    // Middle of A–B to the middle of C–D: half a side, one side up, half a side.
    const LatLon mid_ab{48.0, 2.0005}, mid_cd{48.001, 2.0005};
    CHECK(time_between(walk, mid_ab, mid_cd).seconds ==
          Approx(walk_seconds(block_side_ew / 2 + block_side_ns + metres_between(48.001, 2.0, 48.001, 2.0005))).epsilon(1e-4));

    // By car on the one-way side: from three quarters back to a quarter means going round.
    const Graph& car = region.graph("car");
    CHECK(time_between(car, quarter, three_quarters).seconds == Approx(car_seconds(block_side_ew / 2)).epsilon(1e-4));
    CHECK(time_between(car, three_quarters, quarter).seconds ==
          Approx(car_seconds(block_side_ew / 4 + 2 * block_side_ns + metres_between(48.001, 2.0, 48.001, 2.001) + block_side_ew / 4))
              .epsilon(1e-4));
}

TEST_CASE("a point beside the street is projected onto it") {
    const Region region = opl_world(one_way_block);
    const Snapper snapper(region.graph("walk"));
    const Snap snap = snapper.snap({47.9998, 2.0005});  // 22 m south of the middle of A–B
    CHECK(snap.position.lat == Approx(48.0).margin(1e-7));
    CHECK(snap.position.lon == Approx(2.0005).margin(1e-6));
    CHECK(snap.distance_metres == Approx(22.2).margin(0.2));
    CHECK(snap.fraction == Approx(0.5).margin(1e-3));
}

TEST_CASE("walkers may not use the motorway and take the long way") {
    // A motorway straight from n1 to n2; a footpath detours through n3.
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.002 y48.000\nn3 v1 x2.001 y48.001\n"
        "w1 v1 Thighway=motorway,oneway=no Nn1,n2\nw2 v1 Thighway=footway Nn1,n3,n2\n");
    const double detour = metres_between(48.0, 2.0, 48.001, 2.001) + metres_between(48.001, 2.001, 48.0, 2.002);
    CHECK(time_between(region.graph("walk"), {48.0, 2.0}, {48.0, 2.002}).seconds == Approx(walk_seconds(detour)).epsilon(1e-5));
    CHECK(time_between(region.graph("car"), {48.0, 2.0}, {48.0, 2.002}).metres == Approx(metres_between(48.0, 2.0, 48.0, 2.002)).epsilon(1e-5));
}

TEST_CASE("steps take longer than a path of the same length") {
    const Region steps = opl_world("n1 v1 x2.000 y48.000\nn2 v1 x2.000 y48.0005\nw1 v1 Thighway=steps Nn1,n2\n");
    const double metres = metres_between(48.0, 2.0, 48.0005, 2.0);
    CHECK(time_between(steps.graph("walk"), {48.0, 2.0}, {48.0005, 2.0}).seconds == Approx(metres / (2.0 / 3.6)).epsilon(1e-5));
}

TEST_CASE("access=no closes a street to everyone but whom it names") {
    // Direct street n1–n2 is closed; the detour through n3 is open.
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.002 y48.000\nn3 v1 x2.001 y48.001\n"
        "w1 v1 Thighway=residential,access=no Nn1,n2\nw2 v1 Thighway=residential Nn1,n3,n2\n");
    const double detour = metres_between(48.0, 2.0, 48.001, 2.001) + metres_between(48.001, 2.001, 48.0, 2.002);
    CHECK(time_between(region.graph("walk"), {48.0, 2.0}, {48.0, 2.002}).metres == Approx(detour).epsilon(1e-5));
    CHECK(time_between(region.graph("car"), {48.0, 2.0}, {48.0, 2.002}).metres == Approx(detour).epsilon(1e-5));
}

TEST_CASE("the pedestrian bridge serves walkers, cars go round by the road bridge") {
    const Region region = opl_world(river_with_two_bridges);
    const LatLon south_west{48.0, 2.0}, north_west{48.002, 2.0};
    const double footbridge = metres_between(48.0, 2.0, 48.002, 2.0);
    CHECK(time_between(region.graph("walk"), south_west, north_west).metres == Approx(footbridge).epsilon(1e-5));
    const double by_road = metres_between(48.0, 2.0, 48.0, 2.004) + metres_between(48.0, 2.004, 48.002, 2.004) +
                           metres_between(48.002, 2.004, 48.002, 2.0);
    CHECK(time_between(region.graph("car"), south_west, north_west).metres == Approx(by_road).epsilon(1e-5));
}

TEST_CASE("a time limit leaves farther places unreached") {
    const Region region = opl_world(river_with_two_bridges);
    const Graph& walk = region.graph("walk");
    const double footbridge = metres_between(48.0, 2.0, 48.002, 2.0);
    const Arrival within = time_between(walk, {48.0, 2.0}, {48.002, 2.0}, Direction::forward, walk_seconds(footbridge) + 1);
    const Arrival beyond = time_between(walk, {48.0, 2.0}, {48.002, 2.0}, Direction::forward, walk_seconds(footbridge) - 1);
    CHECK(within.reached);
    CHECK_FALSE(beyond.reached);

    const Snapper snapper(walk);
    const Snap source = snapper.snap({48.0, 2.0});
    const auto result = search(walk, {&source, 1}, {60.0, Direction::forward});
    for (NodeId n = 0; n < walk.node_count(); ++n) {
        if (result.reached(n)) CHECK(result.seconds(n) <= 60.0f);
    }
    CHECK(result.settled().size() == 1);  // only the start node lies within a minute
}

TEST_CASE("several sources at once: each node keeps the nearest one") {
    const Region region = opl_world(river_with_two_bridges);
    const Graph& walk = region.graph("walk");
    const Snapper snapper(walk);
    const std::vector<Snap> sources = {snapper.snap({48.0, 2.0}), snapper.snap({48.002, 2.004})};
    const auto result = search(walk, sources);
    for (NodeId n = 0; n < walk.node_count(); ++n) {
        const LatLon p = walk.node_position(n);
        const bool near_first = p.lat < 48.001 ? p.lon < 2.002 : false;
        const bool near_second = p.lat > 48.001 ? p.lon > 2.002 : false;
        if (near_first) CHECK(result.source(n) == 0);
        if (near_second) CHECK(result.source(n) == 1);
    }
    // The far corners are reached from whichever source is nearer, never worse than either alone.
    const Arrival corner = arrival_at(walk, result, snapper.snap({48.002, 2.0}));
    CHECK(corner.seconds == Approx(walk_seconds(metres_between(48.0, 2.0, 48.002, 2.0))).epsilon(1e-5));
    CHECK(corner.source == 0);
}

TEST_CASE("points that cannot be placed say why") {
    const Region region = opl_world(one_way_block);
    const Snapper snapper(region.graph("walk"), "walk");
    CHECK_THROWS_WITH(snapper.snap({10.0, 20.0}), Catch::Contains("outside the region"));
    CHECK_THROWS_WITH(snapper.snap({2.0005, 48.0}), Catch::Contains("swapped"));
    SnapOptions tight;
    tight.radius_metres = 20;
    // The middle of the block is 37 m from its west and east sides.
    CHECK_THROWS_WITH(snapper.snap({48.0005, 2.0005}, tight), Catch::Contains("nearest walk way") && Catch::Contains("37 m"));
    CHECK_THROWS_AS(snapper.snap({48.0005, 2.0005}, tight), SnapError);
}

TEST_CASE("a point on a tiny cut-off piece snaps to the main network unless told otherwise") {
    // A 120-node street along lat 48 and, 40 m north of its start, a lone 2-node path.
    std::string opl;
    for (int i = 0; i < 120; ++i) opl += "n" + std::to_string(i + 1) + " v1 x" + std::to_string(2.0 + i * 0.0001) + " y48.0\n";
    opl += "n500 v1 x2.0000 y48.00036\nn501 v1 x2.0003 y48.00036\nw1 v1 Thighway=residential N";
    for (int i = 0; i < 120; ++i) opl += (i ? ",n" : "n") + std::to_string(i + 1);
    opl += "\nw2 v1 Thighway=footway Nn500,n501\n";
    // Make every node of the street a graph node by crossing it with short ways.
    for (int i = 0; i < 120; ++i) {
        opl += "n" + std::to_string(1000 + i) + " v1 x" + std::to_string(2.0 + i * 0.0001) + " y47.9999\n";
        opl += "w" + std::to_string(100 + i) + " v1 Thighway=footway Nn" + std::to_string(i + 1) + ",n" + std::to_string(1000 + i) + "\n";
    }
    const Region region = opl_world(opl);
    const Graph& walk = region.graph("walk");
    const Snapper snapper(walk);
    const LatLon on_piece{48.00036, 2.00015};
    const Snap default_snap = snapper.snap(on_piece);
    CHECK(walk.component(walk.geometry_start(default_snap.geometry)) == 0);
    CHECK(default_snap.distance_metres == Approx(40).margin(1));
    SnapOptions anywhere;
    anywhere.allow_small_components = true;
    const Snap small = snapper.snap(on_piece, anywhere);
    CHECK(walk.component(walk.geometry_start(small.geometry)) != 0);
    CHECK(small.distance_metres < 0.5);
}

TEST_CASE("a point on a node leaves and reaches it whichever way its one-way edges run") {
    // Two one-way streets leaving n1: a point on n1 snaps onto either, at its start.
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn3 v1 x2.000 y48.001\n"
        "w1 v1 Thighway=residential,oneway=yes Nn1,n2\nw2 v1 Thighway=residential,oneway=yes Nn1,n3\n");
    const Graph& car = region.graph("car");
    const double up = metres_between(48.0, 2.0, 48.001, 2.0);
    CHECK(time_between(car, {48.0, 2.0}, {48.001, 2.0}).seconds == Approx(car_seconds(up)).epsilon(1e-5));
    CHECK(time_between(car, {48.0, 2.0}, {48.0, 2.001}).seconds == Approx(car_seconds(block_side_ew)).epsilon(1e-5));
    CHECK(time_between(car, {48.001, 2.0}, {48.0, 2.0}, Direction::reverse).seconds == Approx(car_seconds(up)).epsilon(1e-5));
}

TEST_CASE("without a time limit, what no path reaches is not reached") {
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn3 v1 x2.000 y48.001\n"
        "w1 v1 Thighway=residential,oneway=yes Nn1,n2\nw2 v1 Thighway=residential,oneway=yes Nn1,n3\n");
    const Arrival back = time_between(region.graph("car"), {48.001, 2.0}, {48.0, 2.001});
    CHECK_FALSE(back.reached);
}
