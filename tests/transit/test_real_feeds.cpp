// Range RAPTOR on real feeds against an independent connection scan written here:
// Porto Alegre (EPTC) and Rhein-Neckar (rnv), seeded origins and destinations.
//
// To keep this test well under two minutes on two cores, each city checks a few
// origins over a 30-minute window (the benchmark runs the full 60-minute window).

#include "catchment/catchment_support.hpp"
#include "connection_scan.hpp"
#include "transit_support.hpp"

#include <alentour/catchment.hpp>

#include <random>

using namespace alentour;
using namespace alentour::test;

namespace {

struct City {
    std::string osm, feed, date, time;
    int origins;
};

std::vector<NodeId> seeded_nodes_near_stops(const Graph& walk, const StopLinks& links, unsigned seed, int count, double metres) {
    std::vector<NodeId> out;
    std::mt19937 rng(seed);
    std::vector<std::uint32_t> stops;
    for (std::uint32_t s = 0; s < links.snaps.size(); ++s) {
        if (links.is_linked(s)) stops.push_back(s);
    }
    std::uniform_int_distribution<std::size_t> pick_stop(0, stops.size() - 1);
    std::uniform_int_distribution<NodeId> pick_node(0, walk.node_count() - 1);
    while (static_cast<int>(out.size()) < count) {
        const LatLon stop = links.snaps[stops[pick_stop(rng)]].position;
        for (int tries = 0; tries < 200000; ++tries) {
            const NodeId n = pick_node(rng);
            if (walk.component(n) == 0 && haversine_metres(walk.node_position(n), stop) < metres) {
                out.push_back(n);
                break;
            }
        }
    }
    return out;
}

// Walking from a destination node back to every linked stop, within the walk limit
// (the stop's egress to that node).
std::vector<std::pair<std::uint32_t, double>> egress_to(const Graph& walk, const Snapper& snapper, const StopLinks& links, NodeId node,
                                                        double max_walk) {
    const Snap at = snapper.snap(walk.node_position(node));
    const SearchResult result = search(walk, {&at, 1}, {max_walk, Direction::reverse});
    std::vector<std::pair<std::uint32_t, double>> out;
    for (std::uint32_t s = 0; s < links.snaps.size(); ++s) {
        if (!links.is_linked(s)) continue;
        const Arrival a = arrival_at(walk, result, links.snaps[s]);
        if (a.reached) out.push_back({s, a.seconds});
    }
    return out;
}

struct Tally {
    int compared = 0, reached = 0, by_transit = 0;  // by transit: faster than walking there
};

struct RealWorld {
    const Graph& walk;
    const Snapper& snapper;
    const TransitFeed& feed;
    const StopLinks& links;
};

void check_origin(const RealWorld& world, const std::vector<Connection>& connections, std::uint32_t runs, NodeId origin_node,
                  const std::vector<NodeId>& destinations, const TransitOptions& options, Tally& tally) {
    const LatLon origin = world.walk.node_position(origin_node);
    const TransitResult result = transit_search(world.walk, world.snapper, world.feed, world.links, {{"o", origin, 0}}, options);
    const Snap source = result.origins[0];
    const double max_walk = options.max_walk_minutes * 60.0, max_trip = options.max_minutes * 60.0;
    const SearchResult direct = search(world.walk, {&source, 1}, {max_trip, Direction::forward});
    const SearchResult to_stops = search(world.walk, {&source, 1}, {max_walk, Direction::forward});
    std::vector<std::pair<std::uint32_t, TransitTime>> access;
    for (std::uint32_t s = 0; s < world.links.snaps.size(); ++s) {
        if (!world.links.is_linked(s)) continue;
        const Arrival a = arrival_at(world.walk, to_stops, world.links.snaps[s]);
        if (a.reached) access.push_back({s, static_cast<TransitTime>(std::ceil(a.seconds))});
    }
    std::vector<std::vector<TransitTime>> arrivals;  // per minute, per stop
    for (int m = 0; m < options.window_minutes; ++m) {
        arrivals.push_back(scan(connections, runs, world.links, access, options.time + 60 * m, options.max_transfers + 1, options.min_transfer_seconds));
    }
    for (const NodeId d : destinations) {
        const auto egress = egress_to(world.walk, world.snapper, world.links, d, max_walk);
        std::vector<float> per_minute;
        for (int m = 0; m < options.window_minutes; ++m) {
            double best = direct.reached(d) ? direct.seconds(d) : unreached;
            for (const auto& [stop, walk] : egress) {
                if (arrivals[m][stop] != no_arrival) best = std::min(best, arrivals[m][stop] + walk - (options.time + 60 * m));
            }
            per_minute.push_back(best <= max_trip ? static_cast<float>(best) : unreached);
        }
        const float lowest = *std::min_element(per_minute.begin(), per_minute.end());
        const float highest = *std::max_element(per_minute.begin(), per_minute.end());
        for (std::size_t p = 0; p < options.percentiles.size(); ++p) {
            const float expected = nearest_rank_percentile(per_minute, options.percentiles[p]);
            const float got = result.seconds[p][d];
            INFO("origin node " << origin_node << ", destination node " << d << ", percentile " << options.percentiles[p]);
            if (expected == unreached) {
                CHECK(got == unreached);
            } else {
                CHECK(std::abs(got - expected) < 1.0f);
                CHECK(got >= lowest - 1.0f);
                CHECK(got <= highest + 1.0f);
                ++tally.reached;
                if (!direct.reached(d) || expected + 1.0f < direct.seconds(d)) ++tally.by_transit;
            }
            ++tally.compared;
        }
    }
}

// The bands drawn from the median times keep what walk and car bands keep: valid
// polygons, nested, every node reached within a band inside it.
void check_bands(const RealWorld& world, NodeId origin_node, const TransitOptions& options) {
    const LatLon origin = world.walk.node_position(origin_node);
    TransitOptions median = options;
    median.percentiles = {50};
    const TransitResult result = transit_search(world.walk, world.snapper, world.feed, world.links, {{"o", origin, 0}}, median);
    CatchmentOptions bands;
    bands.mode = "transit";
    bands.minutes = {20, 40, 60};
    const auto times = SearchResult::from_node_times(result.seconds[0], result.origins, result.direction, result.max_seconds);
    const Catchment catchment = catchment_from_times(world.walk, times, {{"o", origin, result.origins[0]}}, bands);
    REQUIRE(catchment.bands.size() == 3);
    std::vector<OGRGeometryUniquePtr> shapes;
    for (const CatchmentBand& band : catchment.bands) shapes.push_back(read_band(band));
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        CHECK(shapes[i]->IsValid());
        if (i > 0) CHECK(band_within(*shapes[i - 1], *shapes[i], origin.lat));
        const PolygonIndex index(*shapes[i], origin);
        int outside = 0, inside = 0;
        for (NodeId n = 0; n < world.walk.node_count(); ++n) {
            if (result.seconds[0][n] > bands.minutes[i] * 60.0) continue;
            (index.covers(world.walk.node_position(n)) ? inside : outside) += 1;
        }
        INFO("band " << bands.minutes[i] << " min: " << inside << " reached nodes inside");
        CHECK(outside == 0);
        CHECK(inside > 0);
    }
}

void check_city(const City& city) {
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"walk"});
    const Region region = build_region(city.osm, build);
    const Graph& walk = region.graph("walk");
    const Snapper snapper(walk, "walk");
    const TransitFeed feed = read_gtfs(city.feed);
    REQUIRE(feed.frequencies.empty());  // the connection scan here reads stop times only
    const StopLinks links = link_stops(feed, walk, snapper);
    REQUIRE(links.linked > 100);
    const RealWorld world{walk, snapper, feed, links};

    TransitOptions options = options_at(city.date, city.time, 30, {10, 25, 50, 75, 100});
    options.max_minutes = 75;
    const auto connections = connections_on(feed, options.date);
    std::uint32_t runs = 0;
    for (const Connection& c : connections) runs = std::max(runs, c.run + 1);

    Tally tally;
    const auto origins = seeded_nodes_near_stops(walk, links, 11, city.origins, 400.0);
    const auto destinations = seeded_nodes_near_stops(walk, links, 12, 40, 1500.0);
    for (const NodeId o : origins) check_origin(world, connections, runs, o, destinations, options, tally);
    // Enough pairs must be reached, and by transit rather than on foot, or the
    // comparison says little.
    INFO(tally.reached << " of " << tally.compared << " percentiles reached, " << tally.by_transit << " by transit");
    CHECK(tally.reached * 4 > tally.compared);
    CHECK(tally.by_transit * 2 > tally.reached);
    check_bands(world, origins[0], options);
}

} // namespace

TEST_CASE("real feed: Porto Alegre EPTC, Range RAPTOR equals a connection scan") {
    const std::string osm = shared_file("poa/poa_osm.pbf"), feed = shared_file("poa/poa_eptc.zip");
    ALENTOUR_REQUIRE_SHARED(osm);
    ALENTOUR_REQUIRE_SHARED(feed);
    // The EPTC sample holds the trips of 11:00 to 17:00 only.
    check_city({osm, feed, "2019-05-14", "13:00", 8});
}

TEST_CASE("real feed: Rhein-Neckar rnv, Range RAPTOR equals a connection scan") {
    const std::string osm = shared_file("rnv/rnv.osm.pbf"), feed = shared_file("rnv/rnv_gtfs.zip");
    ALENTOUR_REQUIRE_SHARED(osm);
    ALENTOUR_REQUIRE_SHARED(feed);
    check_city({osm, feed, "2016-11-15", "07:50", 4});
}
