// Which ways each profile uses, in which direction and how fast: checked through the
// graphs the builder makes from tiny worlds.

#include "support.hpp"
#include "worlds.hpp"

#include <alentour/error.hpp>
#include <alentour/profile.hpp>

#include "network/way_rules.hpp"

using namespace alentour;
using namespace alentour::test;

namespace {

// A single way of two nodes 0.001° of longitude apart with the given tags.
std::string one_way_world(const std::string& tags) {
    return "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nw1 v1 T" + tags + " Nn1,n2\n";
}

// Directed edges of a profile in the one-way world: 0, 1 or 2.
std::uint32_t edges(const std::string& tags, const std::string& mode) {
    return opl_world(one_way_world(tags)).graph(mode).edge_count();
}

float first_edge_seconds(const Graph& graph) {
    REQUIRE(graph.edge_count() > 0);
    return graph.edge(0).seconds;
}

} // namespace

TEST_CASE("a plain residential street is used both ways by every mode") {
    for (const auto* mode : {"walk", "bike", "car"}) CHECK(edges("highway=residential", mode) == 2);
}

TEST_CASE("one-way streets: vehicles one way, walkers both") {
    CHECK(edges("highway=residential,oneway=yes", "car") == 1);
    CHECK(edges("highway=residential,oneway=yes", "bike") == 1);
    CHECK(edges("highway=residential,oneway=yes", "walk") == 2);
    CHECK(edges("highway=residential,oneway=true", "car") == 1);
    CHECK(edges("highway=residential,oneway=1", "car") == 1);
    CHECK(edges("highway=residential,oneway=no", "car") == 2);

    const Region forward = opl_world(one_way_world("highway=residential,oneway=yes"));
    const Region backward = opl_world(one_way_world("highway=residential,oneway=-1"));
    // n1 lies west of n2: along the way is eastwards.
    const auto target_lon = [](const Region& r) { return r.graph("car").node_position(r.graph("car").edge(0).target).lon; };
    CHECK(target_lon(forward) == Approx(2.001));
    CHECK(target_lon(backward) == Approx(2.000));
}

TEST_CASE("bicycles may go against the traffic where the tags say so") {
    CHECK(edges("highway=residential,oneway=yes,cycleway=opposite", "bike") == 2);
    CHECK(edges("highway=residential,oneway=yes,cycleway:left=opposite_lane", "bike") == 2);
    CHECK(edges("highway=residential,oneway=yes,oneway:bicycle=no", "bike") == 2);
    CHECK(edges("highway=residential,oneway=yes,cycleway=opposite", "car") == 1);
}

TEST_CASE("roundabouts and motorways are one-way without a tag") {
    CHECK(edges("highway=tertiary,junction=roundabout", "car") == 1);
    CHECK(edges("highway=tertiary,junction=roundabout", "walk") == 2);
    CHECK(edges("highway=motorway", "car") == 1);
}

TEST_CASE("walkers and cyclists stay off motorways and roads for motor vehicles") {
    CHECK(edges("highway=motorway", "walk") == 0);
    CHECK(edges("highway=motorway_link", "bike") == 0);
    CHECK(edges("highway=primary,motorroad=yes", "walk") == 0);
    CHECK(edges("highway=primary", "walk") == 2);
}

TEST_CASE("access tags, the most specific one deciding") {
    CHECK(edges("highway=residential,access=no", "walk") == 0);
    CHECK(edges("highway=residential,access=no", "car") == 0);
    CHECK(edges("highway=residential,access=no,foot=yes", "walk") == 2);
    CHECK(edges("highway=residential,access=no,foot=yes", "car") == 0);
    CHECK(edges("highway=residential,motor_vehicle=no", "car") == 0);
    CHECK(edges("highway=residential,motor_vehicle=no", "bike") == 2);
    CHECK(edges("highway=service,access=private", "car") == 0);
    CHECK(edges("highway=footway", "bike") == 0);
    CHECK(edges("highway=footway,bicycle=yes", "bike") == 2);
    CHECK(edges("highway=cycleway", "car") == 0);
    CHECK(edges("highway=footway,foot=no", "walk") == 0);
}

TEST_CASE("a pedestrian square mapped as an area is walked along its outline") {
    const std::string square =
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn3 v1 x2.001 y48.001\nn4 v1 x2.000 y48.001\n"
        "w1 v1 Thighway=pedestrian,area=yes Nn1,n2,n3,n4,n1\n";
    CHECK(opl_world(square).graph("walk").edge_count() == 2);  // one closed ring, both ways
    CHECK(opl_world(square).graph("car").edge_count() == 0);
}

TEST_CASE("walking speed is 4.5 km/h, steps are slower") {
    const double metres = metres_between(48.0, 2.0, 48.0, 2.001);
    CHECK(first_edge_seconds(opl_world(one_way_world("highway=footway")).graph("walk")) == Approx(metres / (4.5 / 3.6)).epsilon(1e-5));
    CHECK(first_edge_seconds(opl_world(one_way_world("highway=steps")).graph("walk")) == Approx(metres / (2.0 / 3.6)).epsilon(1e-5));
    CHECK(first_edge_seconds(opl_world(one_way_world("highway=cycleway")).graph("bike")) == Approx(metres / (15.0 / 3.6)).epsilon(1e-5));
}

TEST_CASE("car speeds come from maxspeed, in every notation, or from the highway type") {
    const auto profiles = default_profiles();
    const auto& car = *std::find_if(profiles.begin(), profiles.end(), [](const Profile& p) { return p.name == "car"; });
    CHECK(detail::parse_maxspeed("50", car).value() == Approx(50));
    CHECK(detail::parse_maxspeed("50 km/h", car).value() == Approx(50));
    CHECK(detail::parse_maxspeed("30 mph", car).value() == Approx(48.28032));
    CHECK(detail::parse_maxspeed("FR:urban", car).value() == Approx(50));
    CHECK(detail::parse_maxspeed("FR:rural", car).value() == Approx(80));
    CHECK(detail::parse_maxspeed("FR:zone30", car).value() == Approx(30));
    CHECK(detail::parse_maxspeed("70;50", car).value() == Approx(70));
    CHECK_FALSE(detail::parse_maxspeed("signals", car).has_value());

    const double metres = metres_between(48.0, 2.0, 48.0, 2.001);
    const auto car_seconds = [&](const std::string& tags) { return first_edge_seconds(opl_world(one_way_world(tags)).graph("car")); };
    CHECK(car_seconds("highway=primary,maxspeed=FR:zone30") == Approx(metres / (30 * 0.8 / 3.6)).epsilon(1e-5));
    CHECK(car_seconds("highway=residential,maxspeed=50") == Approx(metres / (50 * 0.8 / 3.6)).epsilon(1e-5));
    CHECK(car_seconds("highway=residential") == Approx(metres / (25 / 3.6)).epsilon(1e-5));
    CHECK(car_seconds("highway=residential,maxspeed=signals") == Approx(metres / (25 / 3.6)).epsilon(1e-5));
}

TEST_CASE("profiles can be overridden from JSON, field by field") {
    const auto profiles = profiles_from_json(R"({"walk": {"highways": {"footway": {"speed_kmh": 5.0}, "steps": null}}})", "mine.json");
    BuildOptions options;
    options.profiles = select_profiles(profiles, {"walk"});
    const Region footway = build_region_from_data(one_way_world("highway=footway"), "opl", options);
    const Region steps = build_region_from_data(one_way_world("highway=steps"), "opl", options);
    CHECK(footway.graph("walk").edge(0).seconds == Approx(metres_between(48.0, 2.0, 48.0, 2.001) / (5.0 / 3.6)).epsilon(1e-5));
    CHECK(steps.graph("walk").edge_count() == 0);
    CHECK(steps.network("walk").stats.ways_skipped.at("highway=steps") == 1);
}

TEST_CASE("a broken profile file is refused with the field that is wrong") {
    CHECK_THROWS_WITH(profiles_from_json(R"({"walk": {"highwayz": {}}})", "mine.json"),
                      Catch::Contains("mine.json") && Catch::Contains("highwayz"));
    CHECK_THROWS_WITH(profiles_from_json(R"({"walk": {"highways": {"footway": {"speed_kmh": -3}}}})", "mine.json"),
                      Catch::Contains("speed_kmh"));
    CHECK_THROWS_AS(profiles_from_json("{not json", "mine.json"), InputError);
    CHECK_THROWS_WITH(select_profiles(default_profiles(), {"boat"}), Catch::Contains("boat"));
}

TEST_CASE("skipped ways are counted by reason") {
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\n"
        "w1 v1 Thighway=motorway Nn1,n2\nw2 v1 Thighway=residential,access=private Nn1,n2\nw3 v1 Tbuilding=yes Nn1,n2\n");
    const auto& skipped = region.network("walk").stats.ways_skipped;
    CHECK(skipped.at("highway=motorway") == 1);
    CHECK(skipped.at("access=private") == 1);
    CHECK(region.stats().ways_read == 3);
    CHECK(region.stats().highway_ways == 2);
}

TEST_CASE("ways with missing nodes keep their known pieces") {
    // n3 is missing: w1 keeps n1–n2, w2 keeps nothing.
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn4 v1 x2.003 y48.000\n"
        "w1 v1 Thighway=residential Nn1,n2,n3,n4\nw2 v1 Thighway=residential Nn3,n5\n");
    CHECK(region.graph("walk").edge_count() == 2);
    CHECK(region.stats().ways_damaged.at("some nodes missing (known pieces kept)") == 1);
    CHECK(region.stats().ways_damaged.at("all but one node missing (dropped)") == 1);
}

TEST_CASE("intersections become graph nodes and shape points stay on the edges") {
    // An L-shaped street through a bend point, crossed at its end by another street.
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn3 v1 x2.001 y48.001\nn4 v1 x2.002 y48.001\n"
        "w1 v1 Thighway=residential Nn1,n2,n3\nw2 v1 Thighway=residential Nn3,n4\n");
    const Graph& g = region.graph("walk");
    CHECK(g.node_count() == 3);  // n2 is only a bend
    CHECK(g.geometry_count() == 2);
    const auto bend = g.edges_of(0).along != invalid_id && g.shape(0).size() == 3 ? 0u : 1u;
    CHECK(g.shape(bend).size() == 3);
    const float metres = g.edge(g.edges_of(bend).along).metres;
    CHECK(metres == Approx(metres_between(48, 2, 48, 2.001) + metres_between(48, 2.001, 48.001, 2.001)).epsilon(1e-5));
}

TEST_CASE("components are marked, the largest first") {
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn3 v1 x2.002 y48.000\n"
        "n7 v1 x2.010 y48.010\nn8 v1 x2.011 y48.010\n"
        "w1 v1 Thighway=residential Nn1,n2,n3\nw2 v1 Thighway=residential Nn2,n8\nw3 v1 Thighway=footway Nn7,n8\n");
    const auto& walk = region.network("walk");
    CHECK(walk.stats.component_count == 1);
    const Region split = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn3 v1 x2.002 y48.000\n"
        "n7 v1 x2.010 y48.010\nn8 v1 x2.011 y48.010\n"
        "w1 v1 Thighway=residential Nn1,n2\nw2 v1 Thighway=residential Nn2,n3\nw3 v1 Thighway=footway Nn7,n8\n");
    const auto& stats = split.network("walk").stats;
    CHECK(stats.component_count == 2);
    CHECK(stats.share_outside_largest == Approx(2.0 / 5.0));
    CHECK(split.graph("walk").component_sizes()[0] == 3);
}

TEST_CASE("a lone node left by a clipped way makes no graph node") {
    const Region region = opl_world(
        "n1 v1 x2.000 y48.000\nn2 v1 x2.001 y48.000\nn4 v1 x2.003 y48.002\n"
        "w1 v1 Thighway=residential Nn1,n2\nw2 v1 Thighway=residential Nn4,n99\n");
    CHECK(region.graph("car").node_count() == 2);
    CHECK(region.network("car").stats.component_count == 1);
}
