#pragma once
// Tiny transit worlds: one straight street (OPL) and a GTFS feed written file by file
// into a scratch folder, so each test shows its whole world.

#include "support.hpp"
#include "worlds.hpp"

#include <alentour/snap.hpp>
#include <alentour/transit.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace alentour::test {

// An east-west street at 48°N with graph nodes at these longitudes (0.001° ≈ 74 m):
// one way per stretch, so that each given point is a junction of the graph.
inline std::string street(std::initializer_list<double> longitudes) {
    std::string opl, ways;
    int id = 1;
    for (const double lon : longitudes) {
        opl += "n" + std::to_string(id) + " v1 x" + std::to_string(lon) + " y48.000000\n";
        if (id > 1) ways += "w" + std::to_string(id) + " v1 Thighway=residential Nn" + std::to_string(id - 1) + ",n" + std::to_string(id) + "\n";
        ++id;
    }
    return opl + ways;
}

inline LatLon on_street(double lon) { return {48.0, lon}; }

// Walking time between two points of the street.
inline double walk_between(double lon_a, double lon_b) { return walk_seconds(metres_between(48.0, lon_a, 48.0, lon_b)); }

// The files of a feed; agency, routes and an everyday calendar unless given.
using FeedFiles = std::map<std::string, std::string>;

inline std::filesystem::path write_feed(const std::string& name, FeedFiles files) {
    files.emplace("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nA,Transports Test,http://example.org,Europe/Paris\n");
    files.emplace("routes.txt", "route_id,agency_id,route_short_name,route_type\nL1,A,1,3\nL2,A,2,0\n");
    files.emplace("calendar.txt",
                  "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                  "all,1,1,1,1,1,1,1,20260101,20261231\n");
    const auto dir = scratch_dir("feed-" + name);
    for (const auto& [file, text] : files) {
        if (text.empty()) continue;  // an empty text leaves the file out
        std::ofstream(dir / file) << text;
    }
    return dir;
}

inline NodeId node_at(const Graph& graph, LatLon p) {
    NodeId best = 0;
    for (NodeId n = 1; n < graph.node_count(); ++n) {
        if (haversine_metres(graph.node_position(n), p) < haversine_metres(graph.node_position(best), p)) best = n;
    }
    return best;
}

// A street, a feed and everything a search needs, linked once.
struct TransitWorld {
    Region region;
    const Graph& walk;
    Snapper snapper;
    TransitFeed feed;
    StopLinks links;

    TransitWorld(const std::string& opl, const std::filesystem::path& feed_dir)
        : region(opl_world(opl)), walk(region.graph("walk")), snapper(walk, "walk"), feed(read_gtfs(feed_dir.string())),
          links(link_stops(feed, walk, snapper)) {}

    // The percentiles of the time between `origin` and the node at `place`.
    std::vector<float> times(LatLon origin, LatLon place, TransitOptions options) const {
        const TransitResult result = transit_search(walk, snapper, feed, links, {{"o", origin, 0}}, options);
        std::vector<float> out;
        for (const auto& per_node : result.seconds) out.push_back(per_node[node_at(walk, place)]);
        return out;
    }
};

inline TransitOptions options_at(const std::string& date, const std::string& time, int window, std::vector<double> percentiles = {50}) {
    TransitOptions o;
    o.date = parse_day(date);
    o.time = parse_clock(time, "--depart");
    o.window_minutes = window;
    o.percentiles = std::move(percentiles);
    return o;
}

} // namespace alentour::test
