// `--mode transit` on the command line: times and catchments from a tiny feed, and a
// bad feed refused with exit code 1 and no output written.

#include "transit_support.hpp"

#include <fstream>

using namespace alentour;
using namespace alentour::test;

namespace {

// O at 2.000 — S1 at 2.001 ……… S2 at 2.079 — D at 2.080; one trip S1 8:10 → S2 8:15.
struct CliWorld {
    std::filesystem::path dir = scratch_dir("transit-cli");
    std::filesystem::path osm = dir / "street.opl";
    std::filesystem::path feed = write_feed("cli", {{"stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Un,48.0,2.001\nS2,Deux,48.0,2.079\n"},
                                                    {"trips.txt", "route_id,service_id,trip_id\nL1,all,t\n"},
                                                    {"stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                                                                       "t,08:10:00,08:10:00,S1,1\nt,08:15:00,08:15:00,S2,2\n"}});
    CliWorld() { std::ofstream(osm) << street({2.000, 2.001, 2.079, 2.080}); }

    std::string common() const {
        return "--osm " + quoted(osm.string()) + " --mode transit --gtfs " + quoted(feed.string()) + " --date 2026-03-10 --from 48.0,2.0 ";
    }
};

} // namespace

TEST_CASE("alentour times --mode transit prints the percentiles of the window") {
    const CliWorld world;
    const auto result = run_cli("times " + world.common() + "--to 48.0,2.080 --depart 08:00 --window 10 --percentile 1,100 -q");
    REQUIRE(result.exit_code == 0);
    // Leaving at 8:00 to 8:09: at D at 8:15 plus a minute's walk; 8:09 is the best, 8:00 the worst.
    const double egress = walk_between(2.079, 2.080) / 60.0;
    char expected[128];
    std::snprintf(expected, sizeof expected, "from_id,to_id,minutes_p1,minutes_p100\n1,1,%.2f,%.2f\n", 6 + egress, 15 + egress);
    CHECK(result.output == expected);
}

TEST_CASE("alentour catchment --mode transit names its bands with the percentile and the window") {
    const CliWorld world;
    const auto out = world.dir / "bands.geojson";
    const auto result = run_cli("catchment " + world.common() + "--depart 08:00 --window 10 --minutes 10,20 -q -o " + quoted(out.string()));
    REQUIRE(result.exit_code == 0);
    const std::string text = read_bytes(out);
    CHECK_THAT(text, Catch::Contains("Zone à 20 min en transports en commun (médiane, départ 8h–8h10, mardi 10 mars 2026)"));
    CHECK_THAT(text, Catch::Contains("\"mode\": \"transit\"") || Catch::Contains("\"mode\":\"transit\""));
}

TEST_CASE("a bad feed or missing transit option exits with 1 and writes nothing") {
    const CliWorld world;
    std::ofstream(world.feed / "stop_times.txt", std::ios::app) << "ghost,08:20:00,08:20:00,S1,1\n";
    const auto out = world.dir / "times.csv";
    auto result = run_cli("times " + world.common() + "--to 48.0,2.080 -o " + quoted(out.string()));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Catch::Contains("stop_times.txt, line 4, trip_id: trip 'ghost' is not in the feed"));
    CHECK_FALSE(std::filesystem::exists(out));

    result = run_cli("times --osm " + quoted(world.osm.string()) + " --mode transit --gtfs " + quoted(world.feed.string()) +
                     " --from 48.0,2.0 --to 48.0,2.080");
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Catch::Contains("--date"));
    result = run_cli("times " + world.common() + "--to 48.0,2.080 --reverse");
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Catch::Contains("--arrive 14:00"));
}

TEST_CASE("alentour info --gtfs reports the feed, its service days and its stops linked") {
    const CliWorld world;
    const auto cache = world.dir / "street.alentour";
    REQUIRE(run_cli("build " + quoted(world.osm.string()) + " -o " + quoted(cache.string()) + " -q").exit_code == 0);
    const auto result = run_cli("info " + quoted(cache.string()) + " --gtfs " + quoted(world.feed.string()));
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.output, Catch::Contains("agency       Transports Test"));
    CHECK_THAT(result.output, Catch::Contains("service      2026-01-01 to 2026-12-31"));
    CHECK_THAT(result.output, Catch::Contains("timetable    2 stops, 2 routes, 1 trips, 2 stop times, 0 frequencies, 0 transfers"));
    CHECK_THAT(result.output, Catch::Contains("stops served 2 linked to the walk network, 0 not"));
}

TEST_CASE("alentour times --itineraries tells the legs of the journey at the window's middle minute") {
    const CliWorld world;
    const auto result = run_cli("times " + world.common() + "--to 48.0,2.080 --depart 08:00 --window 10 --itineraries -q");
    REQUIRE(result.exit_code == 0);
    // Leaving at 8:05: a minute to S1, the 8:10 trip, a minute's walk, at D at 8:15:59.5.
    CHECK_THAT(result.output, Catch::Contains("\"départ 08:05 ; à pied 1 min jusqu'à Un ; ligne 1 de Un 08:10 à Deux 08:15 ; "
                                              "à pied 1 min ; arrivée 08:16\""));
    // Nearer on foot: the itinerary says so.
    const auto near = run_cli("times " + world.common() + "--to 48.0,2.001 --depart 08:00 --window 10 --itineraries -q");
    CHECK_THAT(near.output, Catch::Contains(",\"à pied 1 min\""));
    CHECK(run_cli("times " + world.common() + "--to 48.0,2.080 --reverse --arrive 09:00 --itineraries -q").exit_code == 1);
}
