// A GTFS feed as `--gtfs FOLDER` reads it: a small valid feed on a one-street world,
// with one of its files (chosen by the input's first byte) replaced by the rest of the
// input. A feed that reads is then linked to the street and searched over a short
// window, so what the reader lets through must be usable.

#include "targets.hpp"

#include <alentour/network.hpp>
#include <alentour/snap.hpp>
#include <alentour/transit.hpp>

#include <array>
#include <filesystem>
#include <utility>

namespace alentour::fuzz {
namespace {

// The first byte picks the file by its value modulo 9 (seeds use H for agency.txt … P for
// transfers.txt). Stops S1 at 2.001 and S2 at 2.009 on a street from 2.000 to 2.010 at 48°N.
const std::array<std::pair<const char*, const char*>, 9> valid_feed = {{
    {"agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nA,Test,http://example.org,Europe/Paris\n"},
    {"stops.txt", "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\nS1,Un,48.0,2.001,0,\nS2,Deux,48.0,2.009,0,\n"},
    {"routes.txt", "route_id,agency_id,route_short_name,route_type\nL1,A,1,3\n"},
    {"trips.txt", "route_id,service_id,trip_id\nL1,all,t1\nL1,all,t2\n"},
    {"stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                       "t1,08:05:00,08:05:00,S1,1\nt1,08:08:00,08:08:00,S2,2\nt2,08:20:00,08:20:00,S1,1\nt2,08:23:00,08:23:00,S2,2\n"},
    {"calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                     "all,1,1,1,1,1,1,1,20260101,20261231\n"},
    {"calendar_dates.txt", "service_id,date,exception_type\nall,20260310,1\n"},
    {"frequencies.txt", "trip_id,start_time,end_time,headway_secs\nt2,09:00:00,10:00:00,600\n"},
    {"transfers.txt", "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS1,S2,2,120\n"},
}};

struct StreetWorld {
    Region region = build_region_from_data("n1 v1 x2.000 y48.0\nn2 v1 x2.010 y48.0\nw1 v1 Thighway=residential Nn1,n2\n", "opl");
    const Graph& walk = region.graph("walk");
    Snapper snapper{walk, "walk"};
};

} // namespace

void gtfs(std::string_view bytes) {
    static const StreetWorld world;
    const std::size_t replaced = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]) % valid_feed.size();
    std::string folder;
    for (std::size_t i = 0; i < valid_feed.size(); ++i) {
        const std::string_view text = i == replaced ? bytes.substr(bytes.empty() ? 0 : 1) : valid_feed[i].second;
        folder = std::filesystem::path(scratch_file(std::string("feed/") + valid_feed[i].first, text)).parent_path().string();
    }
    const TransitFeed feed = read_gtfs(folder);
    const StopLinks links = link_stops(feed, world.walk, world.snapper);
    TransitOptions options;
    options.date = parse_day("2026-03-10");
    options.window_minutes = 5;
    (void)transit_search(world.walk, world.snapper, feed, links, {{"o", {48.0, 2.0}, 0}}, options);
}

} // namespace alentour::fuzz
