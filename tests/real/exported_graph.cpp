// What `build`, `info` and `export-graph` say about real extracts, checked against the
// files themselves: the exported edges read back with GDAL, the OSM input read with an
// independent PBF reader, and connectivity computed with Boost.Graph.

#include "osm_census.hpp"
#include "real_support.hpp"


#include <set>

namespace alentour::test::real {
namespace {

// Every directed edge exported, with its numbers and its line, agrees with `info` and
// with the ground.
void check_export(const std::string& osm, const std::string& mode) {
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const auto cache = built_cache(osm, "walk,car");
    const auto info = info_json(cache);
    const auto& network = network_info(info, mode);
    const auto g = read_exported(exported_edges(cache, mode, "gpkg"));
    INFO(osm << " " << mode);

    // the layer: WGS84, integer node ids, real weights, one feature per directed edge
    CHECK(g.layer_srs_authority == "EPSG:4326");
    CHECK(g.integer_ids);
    CHECK(g.real_weights);
    CHECK(g.edges.size() == network.at("edges").get<std::size_t>());
    const auto node_count = network.at("nodes").get<std::size_t>();
    CHECK(g.node_bound <= node_count);
    CHECK(g.position_conflicts == 0);  // a node id has one position, whichever edge names it

    // every node the network counts is the end of some edge
    std::size_t nodes_without_edges = 0;
    for (std::size_t v = 0; v < node_count; ++v) nodes_without_edges += (v >= g.node.size() || !g.node[v]) ? 1 : 0;
    CHECK(nodes_without_edges == 0);

    // lines inside the region's bounds: longitude is x and latitude is y
    const auto& bounds = info.at("bounds");
    const double min_lat = bounds.at("min_lat"), max_lat = bounds.at("max_lat"), min_lon = bounds.at("min_lon"),
                 max_lon = bounds.at("max_lon");
    std::size_t outside = 0, bad_numbers = 0, bad_length = 0, bad_speed = 0;
    std::string first_bad;
    std::set<long> speeds_kmh;  // in 0.1 km/h
    std::set<double> profile_speeds;
    const auto& profile = network.at("profile");
    for (const auto& [highway, rule] : profile.at("highways").items()) profile_speeds.insert(rule.at("speed_kmh").get<double>());
    const bool table_speeds_only = !profile.value("uses_maxspeed", false);
    for (const auto& e : g.edges) {
        for (const auto& p : e.points) {
            if (p.lat < min_lat - 1e-7 || p.lat > max_lat + 1e-7 || p.lon < min_lon - 1e-7 || p.lon > max_lon + 1e-7) ++outside;
        }
        if (!std::isfinite(e.seconds) || !std::isfinite(e.metres) || e.seconds < 0 || e.metres < 0 || (e.metres > 0) != (e.seconds > 0)) {
            ++bad_numbers;
        }
        // metres: the great-circle length of the line, point to point
        double length = 0;
        for (std::size_t i = 0; i + 1 < e.points.size(); ++i) length += great_circle_metres(e.points[i], e.points[i + 1]);
        if (std::abs(length - e.metres) > 0.01 * length + 0.05) {
            ++bad_length;
            if (first_bad.empty()) first_bad = "edge " + std::to_string(e.from) + "->" + std::to_string(e.to) + ": " + std::to_string(e.metres) + " m, line " + std::to_string(length) + " m";
        }
        // seconds: the length at one of the profile's speeds
        if (e.metres > 1.0) {
            const double kmh = e.metres / e.seconds * 3.6;
            speeds_kmh.insert(std::lround(kmh * 10));
            if (table_speeds_only) {
                const bool known = std::any_of(profile_speeds.begin(), profile_speeds.end(), [&](double s) { return std::abs(s - kmh) < 0.005 * s; });
                if (!known) ++bad_speed;
            } else if (kmh <= 0.0 || kmh > 130.0) {
                ++bad_speed;
            }
        }
    }
    INFO(first_bad);
    CHECK(outside == 0);
    CHECK(bad_numbers == 0);
    CHECK(bad_length == 0);
    CHECK(bad_speed == 0);
    CHECK(speeds_kmh.size() >= 2);  // several kinds of way: not one constant speed everywhere

    // a profile that ignores one-way streets gives every edge its twin the other way
    if (!profile.at("follows_oneway").get<bool>()) {
        std::multiset<std::tuple<std::int64_t, std::int64_t, long>> directed;
        for (const auto& e : g.edges) directed.insert({e.from, e.to, std::lround(e.metres * 100)});
        std::size_t lonely = 0;
        for (const auto& e : g.edges) lonely += directed.count({e.to, e.from, std::lround(e.metres * 100)}) == 0 ? 1 : 0;
        CHECK(lonely == 0);
    } else {
        // and one that follows them has some one-way edges on real city data
        std::set<std::pair<std::int64_t, std::int64_t>> directed;
        for (const auto& e : g.edges) directed.insert({e.from, e.to});
        std::size_t one_way = 0;
        for (const auto& e : g.edges) one_way += directed.count({e.to, e.from}) == 0 ? 1 : 0;
        CHECK(one_way > 0);
    }

    // components and the share outside the largest, as `info` reports them
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> undirected(node_count);
    for (const auto& e : g.edges) {
        if (static_cast<std::size_t>(std::max(e.from, e.to)) < node_count) {
            boost::add_edge(static_cast<std::size_t>(e.from), static_cast<std::size_t>(e.to), undirected);
        }
    }
    std::vector<int> component(node_count);
    const int count = boost::connected_components(undirected, component.data());
    std::vector<std::size_t> sizes(static_cast<std::size_t>(count), 0);
    for (const int c : component) ++sizes[static_cast<std::size_t>(c)];
    const double share_outside = 1.0 - static_cast<double>(*std::max_element(sizes.begin(), sizes.end())) / static_cast<double>(node_count);
    CHECK(network.at("components").get<int>() == count);
    CHECK(network.at("share_outside_largest_component").get<double>() == Approx(share_outside).margin(1e-9));
}

} // namespace

TEST_CASE("Porto Alegre walk: exported edges agree with info and with the ground", "[real][export]") {
    check_export("poa/poa_osm.pbf", "walk");
}

TEST_CASE("Porto Alegre car: exported edges agree with info and with the ground", "[real][export]") {
    check_export("poa/poa_osm.pbf", "car");
}

TEST_CASE("Paris walk: exported edges agree with info and with the ground", "[real][export]") {
    check_export("valhalla/paris_bss.osm.pbf", "walk");
}

TEST_CASE("Paris car: exported edges agree with info and with the ground", "[real][export]") {
    check_export("valhalla/paris_bss.osm.pbf", "car");
}

TEST_CASE("Paris: the GeoJSON export holds the same edges as the GeoPackage", "[real][export]") {
    const std::string osm = "valhalla/paris_bss.osm.pbf";
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const auto cache = built_cache(osm, "walk,car");
    const auto gpkg = read_exported(exported_edges(cache, "walk", "gpkg"));
    const auto geojson = read_exported(exported_edges(cache, "walk", "geojson"));
    CHECK(geojson.layer_srs_authority == "EPSG:4326");
    REQUIRE(geojson.edges.size() == gpkg.edges.size());
    using Row = std::tuple<std::int64_t, std::int64_t, long, long, std::vector<CoordKey>>;
    const auto rows = [](const ExportedGraph& g) {
        std::vector<Row> out;
        for (const auto& e : g.edges) {
            std::vector<CoordKey> line;
            for (const auto& p : e.points) line.push_back(key_of(p));
            // GeoJSON may write fewer digits: compare seconds and metres to the centimetre/centisecond
            out.emplace_back(e.from, e.to, std::lround(e.seconds * 100), std::lround(e.metres * 100), std::move(line));
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(rows(geojson) == rows(gpkg));
}

TEST_CASE("Milan: an extract with 42 142 missing node refs builds, and info counts its input right", "[real][build]") {
    const std::string osm = "milan/milan_italy_small.osm.pbf";
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const auto census = osm_census(shared_file(osm));
    // our own reader sees what osmium check-refs reports for this file
    REQUIRE(census.missing_refs == 42142);

    const auto cache = built_cache(osm, "walk,bike,car");
    const auto info = info_json(cache);
    CHECK(info.at("nodes_read").get<std::uint64_t>() == census.nodes);
    CHECK(info.at("ways_read").get<std::uint64_t>() == census.ways);
    CHECK(info.at("highway_ways").get<std::uint64_t>() == census.highway_ways);

    // ways_damaged counts highway ways with missing nodes; in this extract the missing
    // refs all belong to other ways (parks, buildings…), so it must be empty
    std::uint64_t damaged = 0;
    for (const auto& [reason, count] : info.at("ways_damaged").items()) damaged += count.get<std::uint64_t>();
    CHECK(damaged <= census.damaged_highway_ways);
    if (census.damaged_highway_ways == 0) CHECK(info.at("ways_damaged").empty());

    REQUIRE(info.at("networks").size() == 3);
    for (const auto& n : info.at("networks")) {
        INFO(n.at("mode"));
        // each highway way is either used or skipped for a stated reason
        std::uint64_t skipped = 0;
        for (const auto& [reason, count] : n.at("ways_skipped").items()) skipped += count.get<std::uint64_t>();
        CHECK(n.at("ways_used").get<std::uint64_t>() + skipped == census.highway_ways);
        CHECK(n.at("nodes").get<std::uint64_t>() > 10000);
        CHECK(n.at("edges").get<std::uint64_t>() > 10000);
        CHECK(n.at("components").get<std::uint64_t>() >= 1);
        CHECK(n.at("share_outside_largest_component").get<double>() < 0.1);
    }
}

TEST_CASE("Paris: a clipped extract reports its damaged highway ways", "[real][build]") {
    const std::string osm = "valhalla/paris_bss.osm.pbf";
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const auto census = osm_census(shared_file(osm));
    REQUIRE(census.damaged_highway_ways > 0);  // the file is cut at its edges

    const auto cache = built_cache(osm, "walk,car");
    const auto info = info_json(cache);
    CHECK(info.at("nodes_read").get<std::uint64_t>() == census.nodes);
    CHECK(info.at("ways_read").get<std::uint64_t>() == census.ways);
    CHECK(info.at("highway_ways").get<std::uint64_t>() == census.highway_ways);
    const auto& damaged = info.at("ways_damaged");
    REQUIRE_FALSE(damaged.empty());
    std::uint64_t total = 0, under_two = 0;
    for (const auto& [reason, count] : damaged.items()) {
        CHECK(count.get<std::uint64_t>() > 0);
        total += count.get<std::uint64_t>();
        if (reason.find("one node") != std::string::npos) under_two += count.get<std::uint64_t>();
    }
    // only ways a profile uses are read, so at most the highway ways the file damages
    CHECK(total <= census.damaged_highway_ways);
    CHECK(under_two <= census.highway_ways_under_two);
    CHECK(total > census.damaged_highway_ways / 2);  // most cut ways are streets or paths some profile uses
    for (const auto& n : info.at("networks")) {
        INFO(n.at("mode"));
        std::uint64_t skipped = 0;
        for (const auto& [reason, count] : n.at("ways_skipped").items()) skipped += count.get<std::uint64_t>();
        CHECK(n.at("ways_used").get<std::uint64_t>() + skipped == census.highway_ways);
    }
}

TEST_CASE("times refuses bad points with exit code 1 and a message, and keeps an existing output", "[real][cli]") {
    const std::string osm = "poa/poa_osm.pbf";
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const auto cache = built_cache(osm, "walk,car");
    const std::string base = "times --graph " + shell_arg(cache) + " --mode walk ";

    // Paris is not in Porto Alegre
    const auto outside = run_cli(base + "--from 48.8566,2.3522 --to -30.03,-51.22");
    CHECK(outside.exit_code == 1);
    CHECK(outside.output.find("outside") != std::string::npos);

    // longitude first: the tool notices
    const auto swapped = run_cli(base + "--from -51.22,-30.03 --to -30.03,-51.22");
    CHECK(swapped.exit_code == 1);
    CHECK(swapped.output.find("swapped") != std::string::npos);

    // an existing output file is not replaced without --overwrite
    const auto output = run_dir() / "kept.csv";
    { std::ofstream(output) << "precious\n"; }
    const auto refused = run_cli(base + "--from -30.03,-51.22 --to -30.035,-51.225 -o " + shell_arg(output));
    CHECK(refused.exit_code == 1);
    std::ifstream in(output);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "precious\n");
    const auto replaced = run_cli(base + "--from -30.03,-51.22 --to -30.035,-51.225 --overwrite -o " + shell_arg(output));
    CHECK(replaced.exit_code == 0);
    const auto rows = read_times_csv(output);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].minutes.has_value());
}

} // namespace alentour::test::real
