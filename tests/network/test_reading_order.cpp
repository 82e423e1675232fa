// Extracts are not always sorted: a file giving relations first, then ways, then nodes
// (each backwards) must build the same networks and places as the sorted file.

#include "support.hpp"

#include "places/places_world.hpp"

#include <algorithm>
#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {

// The same OPL lines, relations first, then ways, then nodes, each group backwards.
std::string unsorted(const std::string& opl) {
    std::vector<std::string> lines[3];
    std::istringstream in(opl);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        lines[line[0] == 'r' ? 0 : line[0] == 'w' ? 1 : 2].push_back(line);
    }
    std::string out;
    for (auto& group : lines) {
        std::reverse(group.begin(), group.end());
        for (const auto& line : group) out += line + "\n";
    }
    return out;
}

void check_same_graph(const Graph& a, const Graph& b) {
    REQUIRE(a.node_count() == b.node_count());
    REQUIRE(a.edge_count() == b.edge_count());
    for (NodeId n = 0; n < a.node_count(); ++n) {
        CHECK(a.node_position(n).lat == b.node_position(n).lat);
        CHECK(a.node_position(n).lon == b.node_position(n).lon);
    }
    for (EdgeId e = 0; e < a.edge_count(); ++e) {
        CHECK(a.edge(e).target == b.edge(e).target);
        CHECK(a.edge(e).seconds == b.edge(e).seconds);
    }
}

} // namespace

TEST_CASE("an unsorted extract builds the same networks and places as the sorted one", "[network]") {
    // places_world plus a street whose last node lies outside the extract (clipped).
    const std::string sorted = places_world + "n900 x2.350 y48.851\nw900 Thighway=service Nn1,n900,n999\n";
    const Region a = opl_world(sorted);
    const Region b = opl_world(unsorted(sorted));
    for (const char* mode : {"walk", "bike", "car"}) check_same_graph(a.graph(mode), b.graph(mode));
    CHECK(a.graph("walk").node_count() == 3);  // n1 (where the streets meet), n11, n900 (where the clipped one stops)
    CHECK(a.graph("walk").edge_count() == 4);

    CHECK(b.stats().nodes_read == a.stats().nodes_read);
    CHECK(b.stats().ways_read == a.stats().ways_read);
    CHECK(b.stats().ways_damaged == a.stats().ways_damaged);
    CHECK(b.stats().ways_damaged.at("some nodes missing (known pieces kept)") == 1);

    REQUIRE(a.places().size() == b.places().size());
    bool has_multipolygon = false;  // nodes, then ways, then relations, each by id, in both
    for (std::size_t i = 0; i < a.places().size(); ++i) {
        CHECK(a.places()[i].osm_id == b.places()[i].osm_id);
        CHECK(a.places()[i].position.lat == b.places()[i].position.lat);
        CHECK(a.places()[i].position.lon == b.places()[i].position.lon);
        has_multipolygon = has_multipolygon || a.places()[i].osm_id == "relation/401";
    }
    CHECK(has_multipolygon);  // placed from its way's nodes, read after the relation
}
