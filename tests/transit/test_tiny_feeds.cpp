// Range RAPTOR on tiny worlds: one street, a few stops, trips timed by hand. Walking
// is 4.5 km/h; 0.001° of longitude is about 74 m, a minute of walking.

#include "transit_support.hpp"

#include <alentour/error.hpp>

#include <cmath>

using namespace alentour;
using namespace alentour::test;

namespace {

// O at 2.000 — S1 at 2.001 ……… S2 at 2.079 — D at 2.080 ……… S3 at 2.159 — E at 2.160
const std::string line_street = street({2.000, 2.001, 2.079, 2.080, 2.159, 2.160});
const std::string stops =
    "stop_id,stop_name,stop_lat,stop_lon\n"
    "S1,Un,48.0,2.001\n"
    "S2,Deux,48.0,2.079\n"
    "S3,Trois,48.0,2.159\n";

std::string trips(const std::string& rows) { return "route_id,service_id,trip_id\n" + rows; }
std::string stop_times(const std::string& rows) { return "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + rows; }

const double to_s1 = walk_between(2.000, 2.001);  // O to S1, rounded up to whole seconds by the search
const double egress = walk_between(2.079, 2.080);  // S2 to D
const double direct_to_d = walk_between(2.000, 2.080);

// The expected percentiles of a list of per-minute times, taken the way the library says.
float expected(std::vector<float> times, double percentile) { return nearest_rank_percentile(std::move(times), percentile); }

} // namespace

TEST_CASE("one line, two trips: the wait for the next trip counts, minute by minute") {
    const auto feed = write_feed("two-trips", {{"stops.txt", stops},
                                               {"trips.txt", trips("L1,all,early\nL1,all,late\n")},
                                               {"stop_times.txt", stop_times("early,08:10:00,08:10:00,S1,1\nearly,08:15:00,08:15:00,S2,2\n"
                                                                             "late,08:40:00,08:40:00,S1,1\nlate,08:45:00,08:45:00,S2,2\n")}});
    const TransitWorld world(line_street, feed);
    REQUIRE(world.links.linked == 2);  // S3 has no trip here
    // Leaving at 8:00+m: ready at S1 one minute later (59.5 s rounded up); the 8:10 trip
    // until m = 9, the 8:40 one until m = 39, then walking all the way.
    std::vector<float> per_minute;
    for (int m = 0; m < 60; ++m) {
        const double arrival = m <= 9 ? 15 * 60 + egress : m <= 39 ? 45 * 60 + egress : 60 * m + direct_to_d;
        per_minute.push_back(static_cast<float>(arrival - 60 * m));
    }
    const auto got = world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "08:00", 60, {1, 25, 50, 75, 100}));
    REQUIRE(got.size() == 5);
    for (std::size_t i = 0; i < got.size(); ++i) {
        const double p = std::vector<double>{1, 25, 50, 75, 100}[i];
        INFO("percentile " << p);
        CHECK(got[i] == Approx(expected(per_minute, p)).margin(0.5));
    }
    // The median is a wait plus the ride, not the lucky minute before a departure.
    CHECK(got[2] > 15 * 60);
    CHECK(got[0] == Approx(6 * 60 + egress).margin(0.5));  // leaving at 8:09
    CHECK(got[4] == Approx(direct_to_d).margin(0.5));       // after the last trip, on foot
}

TEST_CASE("a transfer is made only with the minimum transfer time") {
    const auto feed = write_feed("transfer", {{"stops.txt", stops},
                                              {"trips.txt", trips("L1,all,first\nL2,all,tight\nL2,all,next\n")},
                                              {"stop_times.txt", stop_times("first,08:10:00,08:10:00,S1,1\nfirst,08:15:00,08:15:00,S2,2\n"
                                                                            "tight,08:16:00,08:16:00,S2,1\ntight,08:20:00,08:20:00,S3,2\n"
                                                                            "next,08:30:00,08:30:00,S2,1\nnext,08:34:00,08:34:00,S3,2\n")}});
    const TransitWorld world(line_street, feed);
    const double to_e = walk_between(2.159, 2.160);
    auto options = options_at("2026-03-10", "08:00", 1);
    options.min_transfer_seconds = 60;  // 8:15 + 60 s = 8:16: the tight trip is made
    CHECK(world.times(on_street(2.0), on_street(2.160), options)[0] == Approx(20 * 60 + to_e).margin(0.5));
    options.min_transfer_seconds = 61;  // one second short: the next trip
    CHECK(world.times(on_street(2.0), on_street(2.160), options)[0] == Approx(34 * 60 + to_e).margin(0.5));
    options.max_transfers = 0;  // no change at all: E is 80 minutes' walk from S2, past the walk limit
    CHECK(world.times(on_street(2.0), on_street(2.160), options)[0] == unreached);
}

TEST_CASE("a trip past midnight runs on the day its service runs, and into the next") {
    const auto feed = write_feed("midnight", {{"stops.txt", stops},
                                              {"calendar_dates.txt", "service_id,date,exception_type\nmonday_only,20260309,1\n"},
                                              {"trips.txt", trips("L1,monday_only,night\n")},
                                              {"stop_times.txt", stop_times("night,24:30:00,24:30:00,S1,1\nnight,24:35:00,24:35:00,S2,2\n")}});
    const TransitWorld world(line_street, feed);
    // Monday's 24:30 is Tuesday 00:30.
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "00:20", 1))[0] == Approx(15 * 60 + egress).margin(0.5));
    // On Monday night at 00:20 (Sunday's service day) there is no such trip.
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-09", "00:20", 1))[0] == Approx(direct_to_d).margin(0.5));
    // On Monday itself the trip leaves at 24:30, within a search from 24:20.
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-09", "24:20", 1))[0] == Approx(15 * 60 + egress).margin(0.5));
}

TEST_CASE("a calendar_dates exception removes the service on that day only") {
    const auto feed = write_feed("removed", {{"stops.txt", stops},
                                             {"calendar_dates.txt", "service_id,date,exception_type\nall,20260310,2\n"},
                                             {"trips.txt", trips("L1,all,t\n")},
                                             {"stop_times.txt", stop_times("t,08:10:00,08:10:00,S1,1\nt,08:15:00,08:15:00,S2,2\n")}});
    const TransitWorld world(line_street, feed);
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "08:00", 1))[0] == Approx(direct_to_d).margin(0.5));
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-11", "08:00", 1))[0] == Approx(15 * 60 + egress).margin(0.5));
    const TransitResult result = transit_search(world.walk, world.snapper, world.feed, world.links, {{"o", on_street(2.0), 0}},
                                                options_at("2026-03-10", "08:00", 1));
    CHECK(result.remarks.at("trips with no service on 2026-03-10") == 1);
}

TEST_CASE("a frequency-based route runs every headway from its start, not at its template time") {
    const auto feed = write_feed("frequency", {{"stops.txt", stops},
                                               {"trips.txt", trips("L1,all,every10\n")},
                                               {"stop_times.txt", stop_times("every10,06:00:00,06:00:00,S1,1\nevery10,06:05:00,06:05:00,S2,2\n")},
                                               {"frequencies.txt", "trip_id,start_time,end_time,headway_secs,exact_times\nevery10,08:00:00,09:00:00,600,1\n"}});
    const TransitWorld world(line_street, feed);
    // Leaving at 8:00+m (m < 10), ready at S1 at 8:01+m: the 8:10 departure.
    std::vector<float> per_minute;
    for (int m = 0; m < 10; ++m) per_minute.push_back(static_cast<float>(15 * 60 + egress - 60 * m));
    const auto got = world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "08:00", 10, {1, 50, 100}));
    CHECK(got[0] == Approx(expected(per_minute, 1)).margin(0.5));
    CHECK(got[1] == Approx(expected(per_minute, 50)).margin(0.5));
    CHECK(got[2] == Approx(expected(per_minute, 100)).margin(0.5));
    // The template's own 06:00 is not a departure.
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "05:55", 1))[0] == Approx(direct_to_d).margin(0.5));
}

TEST_CASE("a destination nearer on foot than by bus is reached on foot") {
    const auto feed = write_feed("on-foot", {{"stops.txt", stops},
                                             {"trips.txt", trips("L1,all,t\n")},
                                             {"stop_times.txt", stop_times("t,08:01:00,08:01:00,S1,1\nt,08:02:00,08:02:00,S2,2\n")}});
    const TransitWorld world(line_street, feed);
    // S1's corner is a minute away on foot: the bus cannot beat that.
    CHECK(world.times(on_street(2.0), on_street(2.001), options_at("2026-03-10", "08:00", 1))[0] == Approx(to_s1).margin(0.5));
}

TEST_CASE("arrive-by differs from depart-at") {
    const auto feed = write_feed("arrive-by", {{"stops.txt", stops},
                                               {"trips.txt", trips("L1,all,out\nL1,all,back1\nL1,all,back2\n")},
                                               {"stop_times.txt", stop_times("out,08:10:00,08:10:00,S1,1\nout,08:15:00,08:15:00,S2,2\n"
                                                                             "back1,08:20:00,08:20:00,S2,1\nback1,08:25:00,08:25:00,S1,2\n"
                                                                             "back2,08:50:00,08:50:00,S2,1\nback2,08:55:00,08:55:00,S1,2\n")}});
    const TransitWorld world(line_street, feed);
    // From O at 8:00: the 8:10 trip, at D at 8:15 plus the walk.
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "08:00", 1))[0] == Approx(15 * 60 + egress).margin(0.5));
    // At O by 9:00 from D: leave D just in time for the 8:50 trip.
    auto reverse = options_at("2026-03-10", "09:00", 1);
    reverse.direction = Direction::reverse;
    CHECK(world.times(on_street(2.0), on_street(2.080), reverse)[0] == Approx(10 * 60 + egress).margin(0.5));
    // By 8:55: the back trip arrives at S1 at 8:55 but O is a minute further: the 8:20 one.
    reverse.time = parse_clock("08:55", "--arrive");
    CHECK(world.times(on_street(2.0), on_street(2.080), reverse)[0] == Approx(35 * 60 + egress).margin(0.5));
}

TEST_CASE("stops too far from a walkable way are counted and unused") {
    const auto feed = write_feed("far-stop", {{"stops.txt", stops + "FAR,Loin,48.01,2.04\n"},
                                              {"trips.txt", trips("L1,all,t\n")},
                                              {"stop_times.txt", stop_times("t,08:10:00,08:10:00,S1,1\nt,08:12:00,08:12:00,FAR,2\nt,08:15:00,08:15:00,S2,2\n")}});
    CHECK_THROWS_WITH(read_gtfs(feed.string()), Catch::Contains("stop_times.txt, line 4, stop_sequence") && Catch::Contains("twice"));
    const auto fixed = write_feed("far-stop-2", {{"stops.txt", stops + "FAR,Loin,48.01,2.04\n"},
                                                 {"trips.txt", trips("L1,all,t\n")},
                                                 {"stop_times.txt", stop_times("t,08:10:00,08:10:00,S1,1\nt,08:12:00,08:12:00,FAR,2\nt,08:15:00,08:15:00,S2,3\n")}});
    const TransitWorld world(line_street, fixed);
    CHECK(world.links.linked == 2);  // S1 and S2 (S3 has no trip)
    CHECK(world.links.unlinked == 1);
    CHECK(world.links.remarks.at("stops farther than 300 m from a walkable way (unused)") == 1);
    CHECK(world.times(on_street(2.0), on_street(2.080), options_at("2026-03-10", "08:00", 1))[0] == Approx(15 * 60 + egress).margin(0.5));
}

TEST_CASE("transfers.txt: type 2 gives the change its own time, type 3 forbids it") {
    // S2 and S2b are 0.004° (about 300 m, four minutes) apart; line 2 leaves S2b.
    const std::string world = street({2.000, 2.001, 2.079, 2.080, 2.083, 2.159, 2.160});
    const std::string two_stops = stops + "S2b,Deux bis,48.0,2.083\n";
    const FeedFiles base{{"stops.txt", two_stops},
                         {"trips.txt", trips("L1,all,first\nL2,all,soon\nL2,all,later\n")},
                         {"stop_times.txt", stop_times("first,08:10:00,08:10:00,S1,1\nfirst,08:15:00,08:15:00,S2,2\n"
                                                       "soon,08:21:00,08:21:00,S2b,1\nsoon,08:25:00,08:25:00,S3,2\n"
                                                       "later,08:40:00,08:40:00,S2b,1\nlater,08:44:00,08:44:00,S3,2\n")}};
    const double to_e = walk_between(2.159, 2.160);
    const auto options = options_at("2026-03-10", "08:00", 1);
    const auto time_with = [&](const std::string& name, const std::string& transfers) {
        FeedFiles files = base;
        files["transfers.txt"] = transfers;
        const TransitWorld w(world, write_feed(name, files));
        return w.times(on_street(2.0), on_street(2.160), options)[0];
    };
    const std::string header = "from_stop_id,to_stop_id,transfer_type,min_transfer_time\n";
    // Walking: 8:15 + about 4 min + the minute to change, in time for 8:21.
    CHECK(time_with("walked", "") == Approx(25 * 60 + to_e).margin(0.5));
    CHECK(time_with("type0", header + "S2,S2b,0,\n") == Approx(25 * 60 + to_e).margin(0.5));
    // The feed says the change takes 400 s: 8:21:40, too late for 8:21.
    CHECK(time_with("type2", header + "S2,S2b,2,400\n") == Approx(44 * 60 + to_e).margin(0.5));
    // No change allowed there: E lies beyond the walk limit from S2 and too far on foot.
    CHECK(time_with("type3", header + "S2,S2b,3,\n") == unreached);
}

TEST_CASE("an itinerary names the change on foot between two stops") {
    const std::string world = street({2.000, 2.001, 2.079, 2.080, 2.083, 2.159, 2.160});
    const auto feed = write_feed("itinerary", {{"stops.txt", stops + "S2b,Deux bis,48.0,2.083\n"},
                                               {"trips.txt", trips("L1,all,first\nL2,all,soon\n")},
                                               {"stop_times.txt", stop_times("first,08:10:00,08:10:00,S1,1\nfirst,08:15:00,08:15:00,S2,2\n"
                                                                             "soon,08:21:00,08:21:00,S2b,1\nsoon,08:25:00,08:25:00,S3,2\n")}});
    const Region region = opl_world(world);
    TransitJobOptions options;
    options.feed = feed.string();
    options.search = options_at("2026-03-10", "08:00", 1);
    options.itineraries = true;
    const auto times = transit_travel_times(region.graph("walk"), {{"o", on_street(2.0), 0}}, {{"e", on_street(2.160), 0}}, options);
    REQUIRE(times.size() == 1);
    CHECK(times[0].itinerary == "départ 08:00 ; à pied 1 min jusqu'à Un ; ligne 1 de Un 08:10 à Deux 08:15 ; "
                                "changement à pied jusqu'à Deux bis ; ligne 2 de Deux bis 08:21 à Trois 08:25 ; à pied 1 min ; arrivée 08:26");
    REQUIRE(times[0].minutes[0].has_value());
    CHECK(*times[0].minutes[0] * 60 == Approx(25 * 60 + walk_between(2.159, 2.160)).margin(0.5));
}
