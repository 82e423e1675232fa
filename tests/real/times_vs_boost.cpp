// Travel times on real OpenStreetMap extracts, checked against an independent reference:
// the network the tool exports (read back with GDAL) fed to Boost.Graph's Dijkstra.
// If alentour's search, snapping, cache or CSV writer were wrong, these would disagree.

#include "real_support.hpp"

#include <alentour/cache.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <set>

namespace alentour::test::real {
namespace {

constexpr double cli_tolerance_minutes = 0.01;  // the CSV rounds minutes to 2 decimals
constexpr double api_tolerance_seconds = 0.05;

// The reference network of one region and mode, with the nodes tests may query.
struct Reference {
    std::string cache;
    ExportedGraph exported;
    BoostGraph forward, backward;
    std::vector<std::size_t> eligible;  // largest strong component, coordinate unambiguous
    std::vector<bool> in_core;          // largest strong component
    nlohmann::json profile;
};

Reference make_reference(const std::string& osm, const std::string& mode) {
    Reference r;
    r.cache = built_cache(osm, "walk,car");
    r.exported = read_exported(exported_edges(r.cache, mode, "gpkg"));
    REQUIRE(r.exported.position_conflicts == 0);
    r.forward = boost_graph(r.exported, false);
    r.backward = boost_graph(r.exported, true);
    const auto core = largest_strong_component(r.forward);
    const auto unambiguous = unambiguous_nodes(r.exported);
    r.in_core.assign(r.exported.node_bound, false);
    for (const auto v : core) {
        r.in_core[v] = true;
        if (unambiguous[v]) r.eligible.push_back(v);
    }
    REQUIRE(r.eligible.size() >= 100);
    r.profile = network_info(info_json(r.cache), mode).at("profile");
    return r;
}

Point position(const Reference& r, std::size_t node) { return *r.exported.node[node]; }
LatLon lat_lon(Point p) { return {p.lat, p.lon}; }

std::string describe(const char* what, const std::string& from, const std::string& to, double expected_minutes,
                     const std::optional<double>& got_minutes) {
    std::ostringstream s;
    s << what << " " << from << " -> " << to << ": Boost " << expected_minutes << " min, alentour "
      << (got_minutes ? std::to_string(*got_minutes) : std::string("(empty)")) << " min";
    return s.str();
}

// Summarises mismatches so one failure shows the first few cases, not hundreds of lines.
struct Mismatches {
    std::vector<std::string> list;
    std::size_t compared = 0;
    void add(std::string text) { list.push_back(std::move(text)); }
    void check(const char* what) const {
        std::string first;
        for (std::size_t i = 0; i < list.size() && i < 12; ++i) first += "\n  " + list[i];
        INFO(what << ": " << list.size() << " of " << compared << " disagree" << first);
        CHECK(compared > 0);
        CHECK(list.empty());
    }
};

// The slowest and fastest speeds of the profile, in m/s, when speeds come from the
// highway table only (no posted limits).
std::optional<std::pair<double, double>> speed_range(const nlohmann::json& profile) {
    if (profile.value("uses_maxspeed", false)) return std::nullopt;
    double low = 1e9, high = 0;
    for (const auto& [highway, rule] : profile.at("highways").items()) {
        low = std::min(low, rule.at("speed_kmh").get<double>() / 3.6);
        high = std::max(high, rule.at("speed_kmh").get<double>() / 3.6);
    }
    return std::pair{low, high};
}

// Test 1: random node-to-node pairs, CLI forward and reverse, and the library API.
void check_node_pairs(const std::string& osm, const std::string& mode, unsigned seed) {
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const Reference r = make_reference(osm, mode);
    const auto speeds = speed_range(r.profile);
    std::mt19937 random(seed);

    const Region region = load_region(r.cache);
    const Graph& graph = region.graph(mode);
    const Snapper snapper(graph, mode);
    Searcher searcher(graph);

    Mismatches cli_forward, cli_reverse, api_forward, api_reverse, snapping, distances;
    const auto sources = draw(r.eligible, 10, random);
    for (std::size_t k = 0; k < sources.size(); ++k) {
        const std::size_t s = sources[k];
        const auto forward = boost_seconds(r.forward, s);
        const auto backward = boost_seconds(r.backward, s);  // from every node to s
        std::vector<NamedPoint> destinations;
        for (const auto d : draw(r.eligible, 11, random)) {
            if (d != s && destinations.size() < 10) destinations.push_back({"n" + std::to_string(d), position(r, d)});
        }
        std::map<std::string, std::size_t> node_of;
        for (const auto& p : destinations) node_of[p.id] = std::stoul(p.id.substr(1));
        const std::string source_name = "n" + std::to_string(s) + " (" + lat_lon_text(position(r, s)) + ")";

        // the command line, forward: from the source to each destination
        const auto rows = cli_times(r.cache, mode, position(r, s), destinations, "", mode + "-pairs");
        std::set<std::string> origin_ids;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& row = rows[i];
            origin_ids.insert(row.from_id);
            REQUIRE(node_of.count(row.to_id) == 1);
            const std::size_t d = node_of[row.to_id];
            ++cli_forward.compared;
            const double expected = forward[d] / 60.0;
            if (!row.minutes || std::abs(*row.minutes - expected) > cli_tolerance_minutes) {
                cli_forward.add(describe("forward", source_name, row.to_id, expected, row.minutes));
            }
            if (row.metres) {
                ++distances.compared;
                // a path on the ground is never shorter than the straight line
                const double straight = great_circle_metres(position(r, s), position(r, d));
                if (*row.metres < straight - 1.0) distances.add(source_name + " -> " + row.to_id + ": " + std::to_string(*row.metres) + " m < straight line " + std::to_string(straight));
                if (speeds && row.minutes) {
                    const double seconds = *row.minutes * 60.0, slack = 1.0 + 0.01 * *row.metres;
                    if (*row.metres < seconds * speeds->first - slack || *row.metres > seconds * speeds->second + slack) {
                        distances.add(source_name + " -> " + row.to_id + ": " + std::to_string(*row.metres) + " m in " + std::to_string(seconds) + " s, outside the profile's speeds");
                    }
                }
            }
        }
        CHECK(origin_ids.size() == 1);  // one origin, one id

        // the command line, reverse: from each destination to the source
        const auto reverse_rows = cli_times(r.cache, mode, position(r, s), destinations, "--reverse", mode + "-pairs-rev");
        for (const auto& row : reverse_rows) {
            REQUIRE(node_of.count(row.from_id) == 1);  // the row starts at the destination
            CHECK(origin_ids.count(row.to_id) == 1);   // and ends at the origin
            const std::size_t d = node_of[row.from_id];
            ++cli_reverse.compared;
            const double expected = backward[d] / 60.0;
            if (!row.minutes || std::abs(*row.minutes - expected) > cli_tolerance_minutes) {
                cli_reverse.add(describe("reverse", row.from_id, source_name, expected, row.minutes));
            }
        }

        // the library: Snapper + Searcher + arrival_at, both ways
        const Snap source_snap = snapper.snap(lat_lon(position(r, s)));
        ++snapping.compared;
        if (source_snap.distance_metres > 0.01) snapping.add(source_name + " snapped " + std::to_string(source_snap.distance_metres) + " m away");
        std::vector<Snap> destination_snaps;
        for (const auto& p : destinations) destination_snaps.push_back(snapper.snap(lat_lon(p.position)));
        {
            const SearchResult& result = searcher.run({&source_snap, 1}, {});
            for (std::size_t i = 0; i < destinations.size(); ++i) {
                const std::size_t d = node_of[destinations[i].id];
                const Arrival a = arrival_at(graph, result, destination_snaps[i]);
                ++api_forward.compared;
                if (!a.reached || std::abs(a.seconds - forward[d]) > api_tolerance_seconds) {
                    api_forward.add(describe("api forward", source_name, destinations[i].id, forward[d] / 60.0,
                                             a.reached ? std::optional<double>(a.seconds / 60.0) : std::nullopt));
                }
            }
        }
        {
            SearchOptions options;
            options.direction = Direction::reverse;
            const SearchResult& result = searcher.run({&source_snap, 1}, options);
            for (std::size_t i = 0; i < destinations.size(); ++i) {
                const std::size_t d = node_of[destinations[i].id];
                const Arrival a = arrival_at(graph, result, destination_snaps[i]);
                ++api_reverse.compared;
                if (!a.reached || std::abs(a.seconds - backward[d]) > api_tolerance_seconds) {
                    api_reverse.add(describe("api reverse", destinations[i].id, source_name, backward[d] / 60.0,
                                             a.reached ? std::optional<double>(a.seconds / 60.0) : std::nullopt));
                }
            }
        }
    }
    CHECK(cli_forward.compared == 100);
    cli_forward.check("CLI times vs Boost Dijkstra");
    cli_reverse.check("CLI times --reverse vs Boost Dijkstra on the reversed graph");
    api_forward.check("Searcher + arrival_at vs Boost Dijkstra");
    api_reverse.check("Searcher (reverse) + arrival_at vs Boost Dijkstra on the reversed graph");
    snapping.check("a node's own coordinate snaps onto the node");
    distances.check("metres column plausible");
}

} // namespace

TEST_CASE("Porto Alegre walk: times between 100 random node pairs equal Boost's Dijkstra", "[real][times]") {
    check_node_pairs("poa/poa_osm.pbf", "walk", 20240601);
}

TEST_CASE("Porto Alegre car: times between 100 random node pairs equal Boost's Dijkstra", "[real][times]") {
    check_node_pairs("poa/poa_osm.pbf", "car", 20240602);
}

TEST_CASE("Paris walk: times between 100 random node pairs equal Boost's Dijkstra", "[real][times]") {
    check_node_pairs("valhalla/paris_bss.osm.pbf", "walk", 20240603);
}

TEST_CASE("Paris car: times between 100 random node pairs equal Boost's Dijkstra", "[real][times]") {
    check_node_pairs("valhalla/paris_bss.osm.pbf", "car", 20240604);
}

namespace {

// Test 3: --max-minutes keeps what Boost reaches within the limit, and only that.
void check_time_limit(const std::string& osm, const std::string& mode, double limit_minutes, unsigned seed) {
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const Reference r = make_reference(osm, mode);
    std::mt19937 random(seed);
    const double limit = limit_minutes * 60.0, margin = 0.05 * 60.0;
    std::size_t tried = 0;
    for (const auto s : draw(r.eligible, r.eligible.size(), random)) {
        const auto forward = boost_seconds(r.forward, s);
        const auto backward = boost_seconds(r.backward, s);
        std::vector<std::size_t> under, over;
        for (const auto d : r.eligible) {
            if (d == s) continue;
            if (forward[d] < limit - margin && backward[d] < limit - margin) under.push_back(d);
            if (forward[d] > limit + margin && backward[d] > limit + margin) over.push_back(d);
        }
        // a source near the edge of the region has few nodes within the limit: take another
        if (under.size() < 20 || over.size() < 20) {
            REQUIRE(++tried < 50);
            continue;
        }
        std::vector<NamedPoint> destinations;
        for (const auto d : draw(under, 20, random)) destinations.push_back({"in" + std::to_string(d), position(r, d)});
        for (const auto d : draw(over, 20, random)) destinations.push_back({"out" + std::to_string(d), position(r, d)});
        std::ostringstream option;
        option << "--max-minutes " << limit_minutes;
        for (const bool reverse : {false, true}) {
            const auto rows = cli_times(r.cache, mode, position(r, s), destinations,
                                        option.str() + (reverse ? " --reverse" : ""), mode + "-limit");
            Mismatches wrong;
            for (const auto& row : rows) {
                const std::string& id = reverse ? row.from_id : row.to_id;
                const bool inside = id.rfind("in", 0) == 0;
                const std::size_t d = std::stoul(id.substr(inside ? 2 : 3));
                const double expected = (reverse ? backward : forward)[d];
                ++wrong.compared;
                if (inside && (!row.minutes || std::abs(*row.minutes - expected / 60.0) > cli_tolerance_minutes)) {
                    wrong.add(describe("within the limit", "n" + std::to_string(s), id, expected / 60.0, row.minutes));
                }
                if (!inside && (row.minutes || row.metres)) {
                    wrong.add(describe("beyond the limit", "n" + std::to_string(s), id, expected / 60.0, row.minutes));
                }
            }
            CHECK(wrong.compared == 40);
            wrong.check(reverse ? "--max-minutes with --reverse" : "--max-minutes");
        }
        return;
    }
    FAIL("no source with 20 nodes on each side of the limit");
}

} // namespace

TEST_CASE("Porto Alegre walk: --max-minutes 10 empties exactly the destinations beyond 10 minutes", "[real][times]") {
    check_time_limit("poa/poa_osm.pbf", "walk", 10.0, 7);
}

TEST_CASE("Porto Alegre car: --max-minutes 3 empties exactly the destinations beyond 3 minutes", "[real][times]") {
    check_time_limit("poa/poa_osm.pbf", "car", 3.0, 8);
}

namespace {

// A point in the middle of a straight edge: trips leave or enter it through either end
// the network allows, paying half the edge's time.
struct EdgePoint {
    std::string id;
    Point position;
    std::vector<std::pair<std::size_t, double>> exits;    // (node, seconds from the point to it)
    std::vector<std::pair<std::size_t, double>> entries;  // (node, seconds from it to the point)
    std::set<std::size_t> ends;
};

Point midpoint(Point a, Point b) { return {(a.lat + b.lat) / 2, (a.lon + b.lon) / 2}; }

// Straight (two-point) edges, at least 40 m long, between two nodes of the largest strong
// component, with no other edge between the same nodes and no other line within 3 m of
// their middle: a point there can only mean that edge.
std::vector<EdgePoint> middle_points(const Reference& r, std::size_t count, std::mt19937& random) {
    const auto& edges = r.exported.edges;
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::size_t>> between;  // unordered node pair → edges
    for (std::size_t i = 0; i < edges.size(); ++i) between[std::minmax(edges[i].from, edges[i].to)].push_back(i);
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto& e = edges[i];
        if (e.points.size() != 2 || e.from == e.to || e.metres < 40.0) continue;
        if (!r.in_core[static_cast<std::size_t>(e.from)] || !r.in_core[static_cast<std::size_t>(e.to)]) continue;
        const auto& pair = between[std::minmax(e.from, e.to)];
        if (pair.size() > 2) continue;
        if (pair.size() == 2) {
            const auto& other = edges[pair[0] == i ? pair[1] : pair[0]];
            if (other.from != e.to || key_of(other.points.front()) != key_of(e.points.back()) ||
                key_of(other.points.back()) != key_of(e.points.front())) {
                continue;
            }
            if (e.from > e.to) continue;  // take each two-way edge once
        }
        candidates.push_back(i);
    }
    std::vector<EdgePoint> out;
    for (const auto i : draw(candidates, candidates.size(), random)) {
        if (out.size() == count) break;
        const auto& e = edges[i];
        const Point mid = midpoint(e.points.front(), e.points.back());
        bool alone = true;
        for (std::size_t j = 0; j < edges.size() && alone; ++j) {
            if (std::minmax(edges[j].from, edges[j].to) == std::minmax(e.from, e.to)) continue;
            for (std::size_t k = 0; k + 1 < edges[j].points.size() && alone; ++k) {
                if (point_segment_metres(mid, edges[j].points[k], edges[j].points[k + 1]) < 3.0) alone = false;
            }
        }
        if (!alone) continue;
        EdgePoint p;
        p.id = "e" + std::to_string(e.from) + "_" + std::to_string(e.to);
        p.position = mid;
        const auto u = static_cast<std::size_t>(e.from), v = static_cast<std::size_t>(e.to);
        p.ends = {u, v};
        for (const auto j : between[std::minmax(e.from, e.to)]) {
            const auto& d = edges[j];  // d runs a → b
            const auto a = static_cast<std::size_t>(d.from), b = static_cast<std::size_t>(d.to);
            p.exits.emplace_back(b, d.seconds / 2);
            p.entries.emplace_back(a, d.seconds / 2);
        }
        out.push_back(std::move(p));
    }
    REQUIRE(out.size() == count);
    return out;
}

EdgePoint node_point(const Reference& r, std::size_t node) {
    return {"n" + std::to_string(node), position(r, node), {{node, 0.0}}, {{node, 0.0}}, {node}};
}

// Points part-way along edges: the times must add the right share of the edge.
void check_part_way(const std::string& osm, const std::string& mode, unsigned seed) {
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const Reference r = make_reference(osm, mode);
    std::mt19937 random(seed);
    const auto middles = middle_points(r, 10, random);
    const std::vector<EdgePoint> origins(middles.begin(), middles.begin() + 5);
    std::vector<EdgePoint> targets(middles.begin() + 5, middles.end());
    for (const auto n : draw(r.eligible, 5, random)) targets.push_back(node_point(r, n));
    std::vector<NamedPoint> destinations;
    for (const auto& t : targets) destinations.push_back({t.id, t.position});

    const Region region = load_region(r.cache);
    const Graph& graph = region.graph(mode);
    const Snapper snapper(graph, mode);
    Searcher searcher(graph);
    std::vector<Snap> target_snaps;
    Mismatches snapping, cli_forward, cli_reverse, api_forward, api_reverse;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        target_snaps.push_back(snapper.snap(lat_lon(targets[i].position)));
        ++snapping.compared;
        if (target_snaps.back().distance_metres > 0.05) snapping.add(targets[i].id + " snapped " + std::to_string(target_snaps.back().distance_metres) + " m away");
        if (i < 5 && std::abs(target_snaps.back().fraction - 0.5) > 0.001) {
            snapping.add(targets[i].id + " (middle of the edge) snapped at fraction " + std::to_string(target_snaps.back().fraction));
        }
    }
    for (const auto& o : origins) {
        // Boost from each way out of the origin, and (reversed graph) from each way in
        std::vector<std::pair<double, std::vector<double>>> out_trees, in_trees;
        for (const auto& [node, cost] : o.exits) out_trees.emplace_back(cost, boost_seconds(r.forward, node));
        for (const auto& [node, cost] : o.entries) in_trees.emplace_back(cost, boost_seconds(r.backward, node));
        const auto expected_to = [&](const EdgePoint& t) {
            double best = boost_unreached;
            for (const auto& [cost, tree] : out_trees) {
                for (const auto& [node, rest] : t.entries) best = std::min(best, cost + tree[node] + rest);
            }
            return best;
        };
        const auto expected_from = [&](const EdgePoint& t) {
            double best = boost_unreached;
            for (const auto& [cost, tree] : in_trees) {
                for (const auto& [node, first] : t.exits) best = std::min(best, first + tree[node] + cost);
            }
            return best;
        };
        const auto rows = cli_times(r.cache, mode, o.position, destinations, "", mode + "-partway");
        const auto reverse_rows = cli_times(r.cache, mode, o.position, destinations, "--reverse", mode + "-partway-rev");
        const Snap origin_snap = snapper.snap(lat_lon(o.position));
        ++snapping.compared;
        if (origin_snap.distance_metres > 0.05 || std::abs(origin_snap.fraction - 0.5) > 0.001) {
            snapping.add(o.id + " (middle of the edge) snapped " + std::to_string(origin_snap.distance_metres) + " m away at fraction " + std::to_string(origin_snap.fraction));
        }
        const SearchResult forward_result = search(graph, {&origin_snap, 1});
        SearchOptions reverse_options;
        reverse_options.direction = Direction::reverse;
        const SearchResult& reverse_result = searcher.run({&origin_snap, 1}, reverse_options);
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const double to = expected_to(targets[i]), from = expected_from(targets[i]);
            REQUIRE(to < boost_unreached);
            REQUIRE(from < boost_unreached);
            ++cli_forward.compared, ++cli_reverse.compared, ++api_forward.compared, ++api_reverse.compared;
            if (rows[i].to_id != targets[i].id || !rows[i].minutes || std::abs(*rows[i].minutes - to / 60.0) > cli_tolerance_minutes) {
                cli_forward.add(describe("forward", o.id, targets[i].id, to / 60.0, rows[i].minutes));
            }
            if (reverse_rows[i].from_id != targets[i].id || !reverse_rows[i].minutes ||
                std::abs(*reverse_rows[i].minutes - from / 60.0) > cli_tolerance_minutes) {
                cli_reverse.add(describe("reverse", targets[i].id, o.id, from / 60.0, reverse_rows[i].minutes));
            }
            const Arrival a = arrival_at(graph, forward_result, target_snaps[i]);
            if (!a.reached || std::abs(a.seconds - to) > api_tolerance_seconds) {
                api_forward.add(describe("api forward", o.id, targets[i].id, to / 60.0, a.reached ? std::optional(a.seconds / 60.0) : std::nullopt));
            }
            const Arrival b = arrival_at(graph, reverse_result, target_snaps[i]);
            if (!b.reached || std::abs(b.seconds - from) > api_tolerance_seconds) {
                api_reverse.add(describe("api reverse", targets[i].id, o.id, from / 60.0, b.reached ? std::optional(b.seconds / 60.0) : std::nullopt));
            }
        }
    }
    snapping.check("the middle of an edge snaps onto it, half-way");
    cli_forward.check("CLI times from the middle of edges vs Boost");
    cli_reverse.check("CLI times --reverse to the middle of edges vs Boost");
    api_forward.check("API forward from the middle of edges vs Boost");
    api_reverse.check("API reverse to the middle of edges vs Boost");
}

} // namespace

TEST_CASE("Porto Alegre walk: points in the middle of edges pay half the edge", "[real][times]") {
    check_part_way("poa/poa_osm.pbf", "walk", 31);
}

TEST_CASE("Porto Alegre car: points in the middle of edges pay half the edge, one-way streets included", "[real][times]") {
    check_part_way("poa/poa_osm.pbf", "car", 32);
}

} // namespace alentour::test::real

namespace alentour::test::real {
namespace {

// Nodes of the largest weakly connected piece of the network (where points may snap)
// that no path joins to or from `source`.
std::vector<std::size_t> cut_off_nodes(const Reference& r, const std::vector<double>& seconds) {
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> undirected(r.exported.node_bound);
    for (const auto& e : r.exported.edges) boost::add_edge(static_cast<std::size_t>(e.from), static_cast<std::size_t>(e.to), undirected);
    std::vector<int> component(r.exported.node_bound);
    const int count = boost::connected_components(undirected, component.data());
    std::vector<std::size_t> sizes(static_cast<std::size_t>(count), 0);
    for (const int c : component) ++sizes[static_cast<std::size_t>(c)];
    const auto largest = static_cast<int>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    const auto unambiguous = unambiguous_nodes(r.exported);
    std::vector<std::size_t> out;
    for (std::size_t v = 0; v < r.exported.node_bound; ++v) {
        if (component[v] == largest && unambiguous[v] && seconds[v] == boost_unreached) out.push_back(v);
    }
    return out;
}

} // namespace

TEST_CASE("Porto Alegre car: a destination no path reaches is left empty, not given a time", "[real][times]") {
    const std::string osm = "poa/poa_osm.pbf";
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const Reference r = make_reference(osm, "car");
    std::mt19937 random(41);
    const std::size_t s = draw(r.eligible, 1, random).front();
    const auto forward = boost_seconds(r.forward, s), backward = boost_seconds(r.backward, s);
    // one-way streets leave some nodes of the connected network out of reach one way or the other
    const auto no_way_in = cut_off_nodes(r, forward), no_way_out = cut_off_nodes(r, backward);
    REQUIRE(!no_way_in.empty());
    REQUIRE(!no_way_out.empty());

    const Region region = load_region(r.cache);
    const Graph& graph = region.graph("car");
    const Snapper snapper(graph, "car");
    const Snap source_snap = snapper.snap(lat_lon(position(r, s)));
    for (const bool reverse : {false, true}) {
        INFO((reverse ? "reverse" : "forward"));
        const auto& cut = reverse ? no_way_out : no_way_in;
        std::vector<NamedPoint> destinations;
        for (const auto d : draw(cut, 10, random)) destinations.push_back({"n" + std::to_string(d), position(r, d)});
        // without --max-minutes: there is no limit, but these stay unreachable
        const auto rows = cli_times(r.cache, "car", position(r, s), destinations, reverse ? "--reverse" : "", "car-cut");
        Mismatches cli, api_nodes, api_points;
        for (const auto& row : rows) {
            ++cli.compared;
            if (row.minutes || row.metres) cli.add(row.from_id + " -> " + row.to_id + ": " + std::to_string(row.minutes.value_or(-1)) + " min");
        }
        SearchOptions options;
        options.direction = reverse ? Direction::reverse : Direction::forward;
        const SearchResult result = search(graph, {&source_snap, 1}, options);
        for (const auto& p : destinations) {
            ++api_nodes.compared, ++api_points.compared;
            const auto node = static_cast<NodeId>(std::stoul(p.id.substr(1)));
            if (result.reached(node)) api_nodes.add(p.id + ": reached() is true, seconds() " + std::to_string(result.seconds(node)));
            const Arrival a = arrival_at(graph, result, snapper.snap(lat_lon(p.position)));
            if (a.reached) api_points.add(p.id + ": arrival_at().reached is true, seconds " + std::to_string(a.seconds));
        }
        cli.check("CLI times leaves unreachable destinations empty (no --max-minutes)");
        api_nodes.check("SearchResult::reached is false for nodes the search never reached");
        api_points.check("arrival_at().reached is false for unreachable points");
    }
}

TEST_CASE("Porto Alegre walk: times --osm (built in memory) writes the same CSV as times --graph", "[real][times]") {
    const std::string osm = "poa/poa_osm.pbf";
    ALENTOUR_REQUIRE_SHARED(shared_file(osm));
    const Reference r = make_reference(osm, "walk");
    std::mt19937 random(42);
    const auto picked = draw(r.eligible, 11, random);
    std::vector<NamedPoint> destinations;
    for (std::size_t i = 1; i < picked.size(); ++i) destinations.push_back({"n" + std::to_string(picked[i]), position(r, picked[i])});
    const auto points = run_dir() / "osm-vs-graph-points.csv";
    write_points_csv(points, destinations);
    std::string text[2];
    for (int i = 0; i < 2; ++i) {
        const auto output = run_dir() / ("osm-vs-graph-" + std::to_string(i) + ".csv");
        const std::string network = i == 0 ? "--graph " + shell_arg(r.cache) : "--osm " + shell_arg(shared_file(osm));
        const auto result = run_cli("times " + network + " --mode walk --from " + lat_lon_text(position(r, picked[0])) +
                                    " --to-file " + shell_arg(points) + " -o " + shell_arg(output));
        INFO(result.output);
        REQUIRE(result.exit_code == 0);
        std::ifstream in(output);
        text[i].assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    CHECK(std::count(text[0].begin(), text[0].end(), '\n') == 11);
    CHECK(text[0] == text[1]);
}

} // namespace alentour::test::real
