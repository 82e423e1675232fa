// The timetable kept in the region's cache (`alentour build --gtfs`): reloaded, it gives
// the times the feed itself gives; two feeds merged keep their ids apart and a journey
// may change from one to the other.

#include "transit_support.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>

#include <fstream>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

// O at 2.000 — S1 at 2.001 ……… S2 at 2.079 — D at 2.080 ……… S3 at 2.159 — E at 2.160
const std::string line_street = street({2.000, 2.001, 2.079, 2.080, 2.159, 2.160});

std::string stop_times(const std::string& rows) { return "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + rows; }

// Feed "urbain": S1 → S2 at 8:10 → 8:15. Feed "car": its own "S1" beside S2, to S3 at 8:20 → 8:25.
fs::path city_feed() {
    return write_feed("urbain", {{"stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Un,48.0,2.001\nS2,Deux,48.0,2.079\n"},
                                 {"trips.txt", "route_id,service_id,trip_id\nL1,all,t\n"},
                                 {"stop_times.txt", stop_times("t,08:10:00,08:10:00,S1,1\nt,08:15:00,08:15:00,S2,2\n")}});
}

fs::path coach_feed() {
    return write_feed("car", {{"stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Deux bis,48.0,2.0791\nS3,Trois,48.0,2.159\n"},
                              {"trips.txt", "route_id,service_id,trip_id\nL1,all,t\n"},
                              {"stop_times.txt", stop_times("t,08:20:00,08:20:00,S1,1\nt,08:25:00,08:25:00,S3,2\n")}});
}

std::vector<float> node_times(const Region& region, const LinkedFeed& linked, LatLon to) {
    const Graph& walk = region.graph("walk");
    const Snapper snapper(walk, "walk");
    const TransitResult r = transit_search(walk, snapper, linked.feed, linked.links, {{"o", on_street(2.0), 0}},
                                           options_at("2026-03-10", "08:00", 20, {1, 50, 100}));
    std::vector<float> out;
    for (const auto& per_node : r.seconds) out.push_back(per_node[node_at(walk, to)]);
    return out;
}

} // namespace

TEST_CASE("a timetable saved in the cache gives, reloaded, the times its feed gives") {
    const fs::path cache = scratch_dir("timetable-cache") / "street.alentour";
    Region built = opl_world(line_street);
    const auto infos = add_timetable(built, {city_feed().string()});
    REQUIRE(infos.size() == 1);
    CHECK(infos[0].linked == 2);
    save_region(built, cache.string(), true);

    const Region loaded = load_region(cache.string());
    const auto stored = stored_timetable(loaded);
    REQUIRE(stored);
    CHECK(stored->feed.stop_times.size() == 2);
    CHECK(stored->feed.stops[1].name == "Deux");
    const Region fresh = opl_world(line_street);
    const Snapper snapper(fresh.graph("walk"), "walk");
    const LinkedFeed read = link_feed(fresh.graph("walk"), snapper, city_feed().string());
    const auto expected = node_times(fresh, read, on_street(2.080));
    CHECK(expected[0] < 20 * 60);  // the bus is taken
    CHECK(node_times(loaded, *stored, on_street(2.080)) == expected);

    const auto feeds = stored_feeds(loaded);
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].source == city_feed().string());
    CHECK(format_day(feeds[0].first_day) == "2026-01-01");
    CHECK(feeds[0].stop_times == 2);
}

TEST_CASE("two feeds merged keep their ids apart, and a journey changes from one to the other") {
    Region region = opl_world(line_street);
    add_timetable(region, {city_feed().string(), coach_feed().string()});
    const auto merged = stored_timetable(region);
    REQUIRE(merged);
    REQUIRE(merged->feed.stops.size() == 4);
    CHECK(merged->feed.stops[0].id == feed_name(city_feed().string()) + ":S1");  // the folder's name: alentour-test-feed-urbain-…
    CHECK(merged->feed.stops[2].id == feed_name(coach_feed().string()) + ":S1");
    CHECK(merged->feed.stops[0].id != merged->feed.stops[2].id);
    CHECK(merged->feed.stop_times[2].stop == 2);  // the coach's first stop, shifted past the city's
    // Leaving O at 8:09 at the latest: bus to S2 at 8:15, walk to Deux bis, coach at 8:20 to S3 at 8:25.
    const auto to_e = node_times(region, *merged, on_street(2.160));
    const double egress = walk_between(2.159, 2.160);
    CHECK(to_e[0] == Approx(16 * 60 + egress).margin(1.0));  // leaving at 8:09
    CHECK(to_e[0] < walk_between(2.0, 2.160));
}

TEST_CASE("a region without a timetable says to give one") {
    const Region region = opl_world(line_street);
    CHECK_FALSE(stored_timetable(region));
    const Snapper snapper(region.graph("walk"), "walk");
    CHECK_THROWS_WITH(region_timetable(region, snapper, ""), Catch::Contains("--gtfs"));
}

TEST_CASE("alentour build --gtfs keeps the timetable: times without --gtfs equal times with it, and info reports the feed") {
    const fs::path dir = scratch_dir("timetable-cli");
    const fs::path osm = dir / "street.opl", cache = dir / "street.alentour";
    std::ofstream(osm) << line_street;
    const std::string feed = city_feed().string();
    REQUIRE(run_cli("build " + quoted(osm.string()) + " --gtfs " + quoted(feed) + " -o " + quoted(cache.string()) + " --overwrite -q").exit_code == 0);
    const std::string query = "times --graph " + quoted(cache.string()) + " --mode transit --date 2026-03-10 --from 48.0,2.0 --to 48.0,2.080 "
                              "--depart 08:00 --window 10 --percentile 1,100 -q";
    const auto cached = run_cli(query);
    const auto given = run_cli(query + " --gtfs " + quoted(feed));
    REQUIRE(cached.exit_code == 0);
    CHECK(cached.output == given.output);
    const auto info = run_cli("info " + quoted(cache.string()));
    REQUIRE(info.exit_code == 0);
    CHECK_THAT(info.output, Catch::Contains("feed " + feed));
    CHECK_THAT(info.output, Catch::Contains("service      2026-01-01 to 2026-12-31"));
    CHECK_THAT(info.output, Catch::Contains("stops served 2 linked to the walk network, 0 not"));
}
