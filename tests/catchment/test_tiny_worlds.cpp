// Catchment polygons on tiny worlds whose answer can be worked out by hand: rivers,
// canals, dead ends, parks, islands, one-way streets. Every world is laid out in metres
// east and north of one corner near 48°N (walk 4.5 km/h = 75 m/min; car on a
// residential street 25 km/h ≈ 416.7 m/min; off-network reach D = 50 m on foot, 25 m by
// car; cells D/5). Points checked stay at least 10 m from where an edge is expected, so
// that the grid's steps cannot decide a check.

#include "catchment_support.hpp"
#include "support.hpp"

#include <alentour/error.hpp>

#include <cstdio>
#include <map>
#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {

const LatLon corner{48.0, 2.0};

// A point `east` and `north` metres from the corner of every world.
LatLon at(double east, double north) { return offset(corner, east, north); }

constexpr double walk_m_per_min = 75.0;
constexpr double car_m_per_min = 25000.0 / 60.0;
constexpr double walk_reach = 50.0;
constexpr double car_reach = 25.0;

// A world written as OPL, built from positions in metres: nodes at the same position
// are the same node, so streets that meet share their junction.
class World {
public:
    long node(LatLon p) {
        const auto key = std::make_pair(std::lround(p.lat * 1e7), std::lround(p.lon * 1e7));
        const auto found = m_nodes.find(key);
        if (found != m_nodes.end()) return found->second;
        const long id = static_cast<long>(m_nodes.size()) + 1;
        m_nodes.emplace(key, id);
        char line[96];
        std::snprintf(line, sizeof line, "n%ld v1 x%.7f y%.7f\n", id, p.lon, p.lat);
        m_opl += line;
        return id;
    }

    // A way through the given points, in order.
    void line(const std::vector<LatLon>& points, const std::string& tags) {
        std::vector<long> ids;
        for (const auto& p : points) ids.push_back(node(p));
        m_ways << "w" << ++m_way_count << " v1 T" << tags << " N";
        for (std::size_t i = 0; i < ids.size(); ++i) m_ways << (i ? "," : "") << "n" << ids[i];
        m_ways << "\n";
    }

    // A straight street cut into `pieces` by intermediate nodes, so it has a shape.
    void street(LatLon from, LatLon to, int pieces = 1, const std::string& tags = "highway=residential") {
        std::vector<LatLon> points;
        for (int k = 0; k <= pieces; ++k) {
            const double t = static_cast<double>(k) / pieces;
            points.push_back({from.lat + t * (to.lat - from.lat), from.lon + t * (to.lon - from.lon)});
        }
        line(points, tags);
    }

    // The four sides of a square of streets, south-west corner at (east, north).
    void square(double east, double north, double side, int pieces_per_side = 4) {
        const LatLon a = at(east, north), b = at(east + side, north), c = at(east + side, north + side), d = at(east, north + side);
        street(a, b, pieces_per_side);
        street(b, c, pieces_per_side);
        street(c, d, pieces_per_side);
        street(d, a, pieces_per_side);
    }

    Region build() const { return opl_world(m_opl + m_ways.str()); }

private:
    std::map<std::pair<long, long>, long> m_nodes;
    std::string m_opl;
    std::ostringstream m_ways;
    int m_way_count = 0;
};

CatchmentOptions options_for(const std::string& mode, std::vector<double> minutes) {
    CatchmentOptions options;
    options.mode = mode;
    options.minutes = std::move(minutes);
    return options;
}

Catchment catchment_from(const Graph& graph, const std::vector<LatLon>& origins, const CatchmentOptions& options) {
    std::vector<NamedPoint> points;
    for (std::size_t i = 0; i < origins.size(); ++i) points.push_back({"o" + std::to_string(i + 1), origins[i], 0});
    return compute_catchment(graph, points, options);
}

// The band of `minutes`, read back as a MultiPolygon.
OGRGeometryUniquePtr band_of(const Catchment& catchment, double minutes) {
    for (const auto& band : catchment.bands) {
        if (band.minutes == minutes) return read_band(band);
    }
    FAIL("no band of " << minutes << " minutes");
    return nullptr;
}

bool is_valid(const OGRGeometry& g) { return g.IsValid() != 0; }

// The pieces of a MultiPolygon dissolved into one another: overlapping pieces count once.
OGRGeometryUniquePtr union_of_pieces(const OGRGeometry& g) {
    OGRGeometryUniquePtr merged(new OGRMultiPolygon);
    for (const OGRPolygon* piece : *g.toMultiPolygon()) {
        merged.reset(merged->Union(piece));
        REQUIRE(merged != nullptr);
    }
    return merged;
}

// The index of the polygon of a MultiPolygon that covers `p`, -1 if none.
int piece_holding(const OGRGeometry& g, LatLon p) {
    const auto* multi = g.toMultiPolygon();
    for (int i = 0; i < multi->getNumGeometries(); ++i) {
        if (covers(*multi->getGeometryRef(i), p)) return i;
    }
    return -1;
}

// Area within `w` of a square of streets of side `side`, park included: a square
// widened by w, its corners rounded.
double square_filled_area(double side, double w) { return (side + 2 * w) * (side + 2 * w) - (4 - std::numbers::pi) * w * w; }

// The same without the park: the hole is the square narrowed by w, corners square.
double square_ring_area(double side, double w) {
    const double hole = side > 2 * w ? (side - 2 * w) * (side - 2 * w) : 0.0;
    return square_filled_area(side, w) - hole;
}

// --------------------------------------------------------------------------- worlds

// Two banks 300 m apart, each with a street along the river and side streets away from
// it, joined only by a bridge at the far (east) end, 1000 m from the origin.
World river_world() {
    World w;
    w.street(at(0, 0), at(1000, 0), 10);
    w.street(at(0, 300), at(1000, 300), 10);
    for (const double x : {0.0, 250.0, 500.0, 750.0}) {
        w.street(at(x, 0), at(x, -150), 2);
        w.street(at(x, 300), at(x, 450), 2);
    }
    w.street(at(1000, 0), at(1000, 300), 3, "highway=residential,bridge=yes,layer=1");
    return w;
}

// A town of 21 × 21 streets 100 m apart.
World grid_town() {
    World w;
    for (int i = 0; i <= 20; ++i) {
        w.street(at(0, i * 100.0), at(2000, i * 100.0), 20);
        w.street(at(i * 100.0, 0), at(i * 100.0, 2000), 20);
    }
    return w;
}

// On a full grid from a junction, the network distance to any point of a street is the
// Manhattan distance.
double grid_town_metres(double from_east, double from_north, double east, double north) {
    return std::abs(east - from_east) + std::abs(north - from_north);
}

} // namespace

TEST_CASE("river: the far bank is reached only through the bridge") {
    const Region region = river_world().build();
    // 20 min = 1500 m: 1000 m along the near bank, 300 m over the bridge, 200 m back west
    // on the far bank, to x = 800.
    const auto c = catchment_from(region.graph("walk"), {at(0, 0)}, options_for("walk", {20}));
    const auto band = band_of(c, 20);
    CHECK(is_valid(*band));
    CHECK(covers(*band, at(0, 0)));
    CHECK(covers(*band, at(500, walk_reach - 10)));          // near bank, within reach of its street
    CHECK(covers(*band, at(1000, 300)));                      // the bridge's far end
    CHECK(covers(*band, at(1000, 150)));                      // on the bridge
    CHECK(covers(*band, at(850, 300)));                       // 1450 m: the far bank past the bridge
    CHECK_FALSE(covers(*band, at(0, 300)));                   // opposite the origin: 2300 m by the bridge
    CHECK_FALSE(covers(*band, at(0, 300 - walk_reach + 10))); // ground of the far bank
    CHECK_FALSE(covers(*band, at(250, 300)));
    CHECK_FALSE(covers(*band, at(800 - 15 - walk_reach, 300)));  // past the cut on the far bank
    CHECK_FALSE(covers(*band, at(500, 150)));                 // the river, farther than D from any street
}

TEST_CASE("narrow canal: the far bank within reach but not reached in time stays out") {
    // Banks 40 m apart (closer than D), joined 2 km away: the far bank is not reached in
    // 10 min (750 m), so the ground nearer to it than to the near bank is out.
    World w;
    w.street(at(0, 0), at(2000, 0), 20);
    w.street(at(0, 40), at(2000, 40), 20);
    w.street(at(2000, 0), at(2000, 40));
    const Region region = w.build();
    const auto c = catchment_from(region.graph("walk"), {at(0, 0)}, options_for("walk", {10}));
    const auto band = band_of(c, 10);
    CHECK(is_valid(*band));
    for (const double x : {100.0, 300.0, 600.0}) {
        CHECK(covers(*band, at(x, 8)));
        CHECK(covers(*band, at(x, -walk_reach + 10)));
        CHECK_FALSE(covers(*band, at(x, 32)));
        CHECK_FALSE(covers(*band, at(x, 40)));
        CHECK_FALSE(covers(*band, at(x, 40 + walk_reach - 10)));
    }
}

TEST_CASE("dead-end street: the polygon goes D past the reached end, and --reach changes it") {
    World w;
    w.street(at(0, 0), at(300, 0), 3);
    const Region region = w.build();
    const Graph& walk = region.graph("walk");
    {
        const auto band = band_of(catchment_from(walk, {at(0, 0)}, options_for("walk", {10})), 10);
        CHECK(covers(*band, at(300 + walk_reach - 10, 0)));
        CHECK_FALSE(covers(*band, at(300 + walk_reach + 15, 0)));
        CHECK(covers(*band, at(150, walk_reach - 10)));
        CHECK_FALSE(covers(*band, at(150, walk_reach + 15)));
    }
    {
        auto options = options_for("walk", {10});
        options.reach_metres = 30;
        const auto c = catchment_from(walk, {at(0, 0)}, options);
        CHECK(c.reach_metres == 30);
        const auto band = band_of(c, 10);
        CHECK(covers(*band, at(300 + 30 - 10, 0)));
        CHECK_FALSE(covers(*band, at(300 + 30 + 15, 0)));  // inside with the default reach
        CHECK_FALSE(covers(*band, at(150, 30 + 15)));
    }
}

TEST_CASE("exact cut on a long straight street: the band ends where time runs out") {
    World w;
    w.street(at(0, 0), at(2000, 0), 20);
    const Region region = w.build();
    const auto band = band_of(catchment_from(region.graph("walk"), {at(0, 0)}, options_for("walk", {10})), 10);
    const double cut = 10 * walk_m_per_min;  // 750 m
    CHECK(covers(*band, at(cut - 15, 0)));
    CHECK_FALSE(covers(*band, at(cut + 15 + walk_reach, 0)));
    // Ground past the cut is nearer to the street reached late than to the reached part.
    CHECK_FALSE(covers(*band, at(cut + 15, 0)));
    for (double x = 0; x <= cut; x += 5) {
        INFO("x = " << x);
        CHECK(covers(*band, at(x, 0)));
    }
}

TEST_CASE("park without paths: a hole, filled when smaller than --min-area") {
    const double side = 400;
    World w;
    w.square(0, 0, side);
    const Region region = w.build();
    const Graph& walk = region.graph("walk");
    const double cell = walk_reach / 5;
    // 20 min = 1500 m goes all round (the farthest corner is 800 m away).
    {
        const auto band = band_of(catchment_from(walk, {at(0, 0)}, options_for("walk", {20})), 20);
        CHECK(is_valid(*band));
        CHECK(polygon_count(*band) == 1);
        CHECK(hole_count(*band) == 1);
        CHECK_FALSE(covers(*band, at(side / 2, side / 2)));
        CHECK_FALSE(covers(*band, at(walk_reach + 15, side / 2)));
        CHECK(covers(*band, at(walk_reach - 10, side / 2)));
        const double area = area_m2(*band, corner.lat);
        INFO("area " << area);
        CHECK(area > square_ring_area(side, walk_reach - cell));
        CHECK(area < square_ring_area(side, walk_reach + cell));
    }
    {
        auto options = options_for("walk", {20});
        options.min_area_m2 = side * side * 1.5;
        const auto band = band_of(catchment_from(walk, {at(0, 0)}, options), 20);
        CHECK(is_valid(*band));
        CHECK(polygon_count(*band) == 1);
        CHECK(hole_count(*band) == 0);
        CHECK(covers(*band, at(side / 2, side / 2)));
        const double area = area_m2(*band, corner.lat);
        INFO("area " << area);
        CHECK(area > square_filled_area(side, walk_reach - cell));
        CHECK(area < square_filled_area(side, walk_reach + cell));
    }
}

TEST_CASE("island inside a hole: kept as its own polygon, swallowed when the hole is filled") {
    // A 300 m square of streets with a separate 60 m street in its middle, reached by a
    // second origin on it. Reach 30 m: the hole is about 240 m × 240 m around an island
    // of about 120 m × 60 m.
    const double side = 300;
    World w;
    w.square(0, 0, side);
    w.street(at(120, 150), at(180, 150), 2);
    const Region region = w.build();
    const Graph& walk = region.graph("walk");
    auto options = options_for("walk", {20});
    options.snap.allow_small_components = true;
    options.reach_metres = 30;
    const std::vector<LatLon> origins{at(0, 0), at(150, 150)};
    const LatLon gap = at(150, 75);  // between the island and the ring
    {
        const auto band = band_of(catchment_from(walk, origins, options), 20);
        CHECK(is_valid(*band));
        CHECK(polygon_count(*band) == 2);
        CHECK(hole_count(*band) == 1);
        CHECK(covers(*band, at(150, 150)));
        CHECK_FALSE(covers(*band, gap));
    }
    {
        options.min_area_m2 = 100000;
        const auto band = band_of(catchment_from(walk, origins, options), 20);
        CHECK(is_valid(*band));
        CHECK(hole_count(*band) == 0);
        CHECK(covers(*band, gap));
        CHECK(covers(*band, at(150, 150)));
        const OGRGeometryUniquePtr merged = union_of_pieces(*band);
        const double area = area_m2(*band, corner.lat), union_area = area_m2(*merged, corner.lat);
        INFO("area " << area << " m², union " << union_area << " m²");
        CHECK(std::abs(area - union_area) < 0.005 * union_area);
    }
}

TEST_CASE("two far origins merged: a MultiPolygon of two pieces") {
    World w;
    w.street(at(0, 0), at(3000, 0), 30);
    const Region region = w.build();
    const auto band = band_of(catchment_from(region.graph("walk"), {at(0, 0), at(3000, 0)}, options_for("walk", {10})), 10);
    CHECK(is_valid(*band));
    REQUIRE(polygon_count(*band) == 2);
    const int first = piece_holding(*band, at(0, 0)), second = piece_holding(*band, at(3000, 0));
    CHECK(first >= 0);
    CHECK(second >= 0);
    CHECK(first != second);
    CHECK_FALSE(covers(*band, at(1500, 0)));
}

TEST_CASE("nested bands and rings on a grid town") {
    const Region region = grid_town().build();
    const Graph& walk = region.graph("walk");
    const double origin_east = 1000, origin_north = 1000;  // the junction in the middle
    const LatLon origin = at(origin_east, origin_north);
    const std::vector<double> minutes{10, 20, 30};

    const auto nested = catchment_from(walk, {origin}, options_for("walk", minutes));
    REQUIRE(nested.bands.size() == 3);
    std::vector<OGRGeometryUniquePtr> bands;
    for (const auto& b : nested.bands) bands.push_back(read_band(b));
    for (std::size_t i = 0; i < bands.size(); ++i) {
        CHECK(is_valid(*bands[i]));
        if (i + 1 < bands.size()) CHECK(band_within(*bands[i], *bands[i + 1], corner.lat));
    }

    // Every piece of every band holds a point of a street reached within the band.
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const double metres = minutes[i] * walk_m_per_min;
        const auto* multi = bands[i]->toMultiPolygon();
        for (int p = 0; p < multi->getNumGeometries(); ++p) {
            bool holds = false;
            for (int k = 0; k <= 20 && !holds; ++k) {
                for (double along = 0; along <= 2000 && !holds; along += 10) {
                    for (const auto& [e, n] : {std::pair{along, k * 100.0}, std::pair{k * 100.0, along}}) {
                        if (grid_town_metres(origin_east, origin_north, e, n) <= metres && covers(*multi->getGeometryRef(p), at(e, n))) holds = true;
                    }
                }
            }
            INFO("band " << minutes[i] << " piece " << p);
            CHECK(holds);
        }
    }

    auto ring_options = options_for("walk", minutes);
    ring_options.bands = BandStyle::rings;
    const auto rings = catchment_from(walk, {origin}, ring_options);
    REQUIRE(rings.bands.size() == 3);
    std::vector<OGRGeometryUniquePtr> ring_shapes;
    double sum = 0;
    for (const auto& b : rings.bands) {
        ring_shapes.push_back(read_band(b));
        CHECK(is_valid(*ring_shapes.back()));
        sum += area_m2(*ring_shapes.back(), corner.lat);
    }
    CHECK(rings.bands[1].minutes_from == 10);
    CHECK(rings.bands[2].minutes_from == 20);
    for (std::size_t i = 0; i < ring_shapes.size(); ++i) {
        for (std::size_t j = i + 1; j < ring_shapes.size(); ++j) {
            const OGRGeometryUniquePtr overlap(ring_shapes[i]->Intersection(ring_shapes[j].get()));
            const double shared = overlap ? area_m2(*overlap, corner.lat) : 0.0;
            CHECK(shared < 1.0);
        }
    }
    const double largest = area_m2(*bands.back(), corner.lat);
    CHECK(sum == Approx(largest).epsilon(1e-4));
}

TEST_CASE("reverse differs from forward on one-way streets by car, not on foot") {
    // A 600 m × 200 m loop whose south side is one-way eastbound; the origin is on the
    // two-way west side, 20 m from the corner (at the corner itself it could be snapped
    // to the start of the one-way side, which only leads away).
    World w;
    w.street(at(0, 0), at(600, 0), 6, "highway=residential,oneway=yes");
    w.street(at(600, 0), at(600, 200), 2);
    w.street(at(600, 200), at(0, 200), 6);
    w.street(at(0, 200), at(0, 0), 2);
    const Region region = w.build();
    const Graph& car = region.graph("car");
    auto forward = options_for("car", {1});  // 416.7 m
    auto reverse = forward;
    reverse.direction = Direction::reverse;
    const auto ahead = band_of(catchment_from(car, {at(0, 20)}, forward), 1);
    const auto back = band_of(catchment_from(car, {at(0, 20)}, reverse), 1);
    CHECK(is_valid(*ahead));
    CHECK(is_valid(*back));
    // Forward drives east along the one-way side; nobody there can drive back to the origin.
    CHECK(covers(*ahead, at(300, 0)));
    CHECK_FALSE(covers(*back, at(300, 0)));
    CHECK(covers(*ahead, at(0, 150)));
    CHECK(covers(*back, at(0, 150)));
    const double a = area_m2(*ahead, corner.lat), b = area_m2(*back, corner.lat);
    INFO("forward " << a << " m², reverse " << b << " m²");
    CHECK(std::abs(a - b) > 0.1 * std::max(a, b));

    const Graph& walk = region.graph("walk");
    auto walk_forward = options_for("walk", {5});
    auto walk_reverse = walk_forward;
    walk_reverse.direction = Direction::reverse;
    const double wf = area_m2(*band_of(catchment_from(walk, {at(0, 20)}, walk_forward), 5), corner.lat);
    const double wr = area_m2(*band_of(catchment_from(walk, {at(0, 20)}, walk_reverse), 5), corner.lat);
    CHECK(wf == Approx(wr).epsilon(1e-6));
}

TEST_CASE("one-way dead ends by car: the polygon covers each end and goes D past it") {
    // Five spurs of 100 m north off a two-way main street. oneway=yes drawn towards the
    // end, oneway=-1 drawn from the end (forward); drawn the other way round for the
    // reverse search, so that the end is always on the allowed side. The far end of a
    // one-way geometry was once NaN (0 × ∞) and lost its cell.
    const std::vector<double> spurs{100, 300, 500, 700, 900};
    for (const Direction direction : {Direction::forward, Direction::reverse}) {
        const bool forward = direction == Direction::forward;
        World w;
        w.street(at(0, 0), at(1000, 0), 10);
        for (std::size_t i = 0; i < spurs.size(); ++i) {
            const LatLon foot = at(spurs[i], 0), end = at(spurs[i], 100);
            const bool minus_one = i % 2 == 1;
            // Towards the end when forward: yes drawn foot→end, -1 drawn end→foot.
            const bool foot_first = forward != minus_one;
            const std::string tags = std::string("highway=residential,oneway=") + (minus_one ? "-1" : "yes");
            if (foot_first) {
                w.street(foot, end, 2, tags);
            } else {
                w.street(end, foot, 2, tags);
            }
        }
        const Region region = w.build();
        auto options = options_for("car", {2});  // 833 m: every end is within 550 m
        options.direction = direction;
        // Between junctions, so the origin is snapped to the main street, not a spur.
        const auto band = band_of(catchment_from(region.graph("car"), {at(450, 0)}, options), 2);
        CHECK(is_valid(*band));
        for (const double x : spurs) {
            INFO((forward ? "forward" : "reverse") << ", spur at " << x);
            CHECK(covers(*band, at(x, 100)));
            CHECK(covers(*band, at(x, 100 + car_reach - 10)));
            CHECK_FALSE(covers(*band, at(x, 100 + car_reach + 15)));
        }
    }
}

TEST_CASE("--simplify keeps every polygon valid and the bands nested") {
    const Region region = river_world().build();
    auto options = options_for("walk", {10, 20, 30});
    options.simplify_metres = 10;
    const auto c = catchment_from(region.graph("walk"), {at(0, 0)}, options);
    REQUIRE(c.bands.size() == 3);
    std::vector<OGRGeometryUniquePtr> bands;
    for (const auto& b : c.bands) bands.push_back(read_band(b));
    for (std::size_t i = 0; i < bands.size(); ++i) {
        CHECK(is_valid(*bands[i]));
        if (i + 1 < bands.size()) CHECK(band_within(*bands[i], *bands[i + 1], corner.lat));
    }
    CHECK(covers(*bands[0], at(0, 0)));
    CHECK_FALSE(covers(*bands[2], at(0, 300)));  // 2300 m: not in 30 min (2250 m)
}

TEST_CASE("per origin: one set of bands per origin id; merged: one set called all") {
    World w;
    w.street(at(0, 0), at(3000, 0), 30);
    const Region region = w.build();
    const Graph& walk = region.graph("walk");
    const std::vector<NamedPoint> origins{{"mairie", at(0, 0), 0}, {"gare", at(3000, 0), 0}};
    auto options = options_for("walk", {5, 10});
    options.per_origin = true;
    const auto apart = compute_catchment(walk, origins, options);
    REQUIRE(apart.bands.size() == 4);
    std::map<std::string, std::vector<double>> minutes_by_origin;
    for (const auto& b : apart.bands) minutes_by_origin[b.origin].push_back(b.minutes);
    CHECK(minutes_by_origin == std::map<std::string, std::vector<double>>{{"mairie", {5, 10}}, {"gare", {5, 10}}});
    for (const auto& b : apart.bands) CHECK(polygon_count(*read_band(b)) == 1);

    options.per_origin = false;
    const auto merged = compute_catchment(walk, origins, options);
    REQUIRE(merged.bands.size() == 2);
    for (const auto& b : merged.bands) {
        CHECK(b.origin == "all");
        CHECK(polygon_count(*read_band(b)) == 2);
    }
    CHECK(merged.bands[1].area_km2 == Approx(apart.bands[1].area_km2 + apart.bands[3].area_km2).epsilon(0.02));  // grids placed differently
}

TEST_CASE("bad options are refused with InputError, an unsnappable origin with SnapError") {
    World w;
    w.street(at(0, 0), at(300, 0), 3);
    const Region region = w.build();
    const Graph& walk = region.graph("walk");
    const std::vector<NamedPoint> origin{{"space", at(0, 0), 0}};
    const auto refused = [&](auto change) {
        auto options = options_for("walk", {10, 20});
        change(options);
        CHECK_THROWS_AS(compute_catchment(walk, origin, options), InputError);
    };
    refused([](CatchmentOptions& o) { o.minutes.clear(); });
    refused([](CatchmentOptions& o) { o.minutes = {-5}; });
    refused([](CatchmentOptions& o) { o.minutes = {0}; });
    refused([](CatchmentOptions& o) { o.minutes = {10, 1441}; });
    refused([](CatchmentOptions& o) { o.minutes = {20, 10}; });
    refused([](CatchmentOptions& o) { o.minutes = {10, 10}; });
    refused([](CatchmentOptions& o) { o.reach_metres = 1001; });
    refused([](CatchmentOptions& o) { o.simplify_metres = -1; });
    refused([](CatchmentOptions& o) { o.min_area_m2 = -1; });
    CHECK_NOTHROW(compute_catchment(walk, origin, options_for("walk", {10, 1440})));
    CHECK_THROWS_AS(compute_catchment(walk, {}, options_for("walk", {10})), InputError);
    CHECK_THROWS_AS(compute_catchment(walk, {{"far", at(0, 5000), 0}}, options_for("walk", {10})), SnapError);
}
