// Feeds with one fault each: the error names the file, the line and the field. The
// stop times of the backwards trip are given out of order: sequence decides.

#include "transit_support.hpp"

#include <alentour/error.hpp>

using namespace alentour;
using namespace alentour::test;

namespace {

const std::string good_stops = "stop_id,stop_name,stop_lat,stop_lon\nS1,Un,48.0,2.001\nS2,Deux,48.0,2.079\n";
const std::string good_trips = "route_id,service_id,trip_id\nL1,all,t\n";
const std::string times_header = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n";
const std::string good_times = times_header + "t,08:10:00,08:10:00,S1,1\nt,08:15:00,08:15:00,S2,2\n";

FeedFiles with(const std::string& file, const std::string& text) {
    FeedFiles files{{"stops.txt", good_stops}, {"trips.txt", good_trips}, {"stop_times.txt", good_times}};
    files[file] = text;
    return files;
}

std::string error_of(const std::filesystem::path& feed) {
    try {
        read_gtfs(feed.string());
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("a good feed reads, with its service days") {
    const TransitFeed feed = read_gtfs(write_feed("good", with("stops.txt", good_stops)).string());
    CHECK(feed.stops.size() == 2);
    CHECK(feed.stop_times.size() == 2);
    CHECK(format_day(feed.first_day) == "2026-01-01");
    CHECK(format_day(feed.last_day) == "2026-12-31");
    CHECK(feed.agencies == std::vector<std::string>{"Transports Test"});
}

TEST_CASE("what is not a GTFS feed says so") {
    const auto dir = scratch_dir("not-gtfs");
    std::ofstream(dir / "notes.txt") << "hello\n";
    CHECK_THAT(error_of(dir), Catch::Contains("not a GTFS feed"));
    CHECK_THAT(error_of(dir / "notes.txt"), Catch::Contains("notes.txt: not a GTFS feed: neither a folder nor a .zip"));
    CHECK_THAT(error_of(dir / "missing.zip"), Catch::Contains("no such file"));
}

TEST_CASE("a missing required file or column is named") {
    CHECK_THAT(error_of(write_feed("no-trips", with("trips.txt", ""))), Catch::Contains("trips.txt: the feed lacks trips.txt"));
    CHECK_THAT(error_of(write_feed("no-lat", with("stops.txt", "stop_id,stop_lon\nS1,2.0\n"))),
               Catch::Contains("stops.txt, line 1, stop_lat: the required column 'stop_lat' is missing"));
}

TEST_CASE("a stop_time pointing at an unknown trip or stop is named with its line") {
    CHECK_THAT(error_of(write_feed("unknown-trip", with("stop_times.txt", good_times + "ghost,08:20:00,08:20:00,S1,1\n"))),
               Catch::Contains("stop_times.txt, line 4, trip_id: trip 'ghost' is not in the feed"));
    CHECK_THAT(error_of(write_feed("unknown-stop", with("stop_times.txt", times_header + "t,08:10:00,08:10:00,S1,1\nt,08:15:00,08:15:00,S9,2\n"))),
               Catch::Contains("stop_times.txt, line 3, stop_id: stop 'S9' is not in the feed"));
}

TEST_CASE("a time that does not parse is named with its line and field") {
    CHECK_THAT(error_of(write_feed("bad-time", with("stop_times.txt", times_header + "t,08:10:00,08:10:00,S1,1\nt,08:1x:00,08:15:00,S2,2\n"))),
               Catch::Contains("stop_times.txt, line 3, arrival_time: '08:1x:00' is not a time"));
    CHECK_THAT(error_of(write_feed("bad-minutes", with("stop_times.txt", times_header + "t,08:10:00,08:10:00,S1,1\nt,08:15:00,08:75:00,S2,2\n"))),
               Catch::Contains("line 3, departure_time: '08:75:00' is not a time"));
}

TEST_CASE("times going back along a trip are named with the later stop's line") {
    CHECK_THAT(error_of(write_feed("backwards", with("stop_times.txt", times_header + "t,08:15:00,08:15:00,S2,2\nt,08:10:00,08:12:00,S1,1\nt,08:11:00,08:11:00,S1,3\n"))),
               Catch::Contains("stop_times.txt, line 4, arrival_time: the time goes back: the trip left the stop on line 2"));
}

TEST_CASE("parent stations are resolved, and an unknown one is named") {
    const std::string with_station = "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
                                     "P,Gare,48.0,2.002,1,\nS1,Un,48.0,2.001,0,P\nS2,Deux,48.0,2.079,0,\n";
    const TransitFeed feed = read_gtfs(write_feed("station", with("stops.txt", with_station)).string());
    REQUIRE(feed.stops.size() == 3);
    CHECK(feed.stops[1].parent == 0);
    CHECK(feed.stops[0].location_type == 1);
    const std::string ghost_station = "stop_id,stop_name,stop_lat,stop_lon,parent_station\nS1,Un,48.0,2.001,\nS2,Deux,48.0,2.079,Q\n";
    CHECK_THAT(error_of(write_feed("ghost-station", with("stops.txt", ghost_station))),
               Catch::Contains("stops.txt, line 3, parent_station: parent station 'Q' is not in the feed"));
}

TEST_CASE("a calendar needs service_id and dates that parse") {
    CHECK_THAT(error_of(write_feed("bad-date", with("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                                                                    "all,1,1,1,1,1,1,1,2026-01-01,20261231\n"))),
               Catch::Contains("calendar.txt, line 2, start_date: '2026-01-01' is not a date (YYYYMMDD)"));
}
