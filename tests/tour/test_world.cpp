// Tiny worlds that show the tour's rules: one-way streets set the direction, and a
// place that cannot be reached is reported with its reason, never dropped.

#include "tour_support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {

// A one-way ring, driven n1 → n2 → n3 → n4 → n1 (0.002° a side, about 150 m by 220 m),
// and far to the east a two-node island road with no link to it.
//
//   n4 ◄──── n3
//   │         ▲
//   ▼         │
//   n1 ────► n2             n8 ─── n9   (island)
const std::string ring_world =
    "n1 v1 x2.000 y48.000\n"
    "n2 v1 x2.002 y48.000\n"
    "n3 v1 x2.002 y48.002\n"
    "n4 v1 x2.000 y48.002\n"
    "n8 v1 x2.010 y48.000\n"
    "n9 v1 x2.011 y48.000\n"
    "w1 v1 Thighway=residential,oneway=yes Nn1,n2\n"
    "w3 v1 Thighway=residential,oneway=yes Nn2,n3\n"
    "w4 v1 Thighway=residential,oneway=yes Nn3,n4\n"
    "w5 v1 Thighway=residential,oneway=yes Nn4,n1\n"
    "w2 v1 Thighway=residential Nn8,n9\n";

TourStop stop(const std::string& id, std::optional<LatLon> position) {
    TourStop s;
    s.id = s.name = id;
    s.position = position;
    return s;
}

} // namespace

TEST_CASE("a one-way ring: the tour drives it the way it runs, and backwards would cost twice as much") {
    const Region region = opl_world(ring_world);
    // the space on n1→n2 near n1; B beside n2, D beside n4
    const LatLon space{48.0000, 2.0002}, b{48.0001, 2.0020}, d{48.0019, 2.0000};
    TourOptions options;
    options.stop_minutes = 5;
    options.day_minutes = 60;
    const TourResult tour = plan_tour(region, space, {stop("D", d), stop("B", b)}, options);
    REQUIRE(tour.loops.size() == 1);
    const auto& visits = tour.loops[0].visits;
    REQUIRE(visits.size() == 2);
    CHECK(tour.stops[visits[0].stop].id == "B");
    CHECK(tour.stops[visits[1].stop].id == "D");

    // the matrix itself: B → D and D → B differ, and the loop driven backwards costs far more
    const Graph& graph = region.graph("car");
    const Snapper snapper(graph, "car");
    const std::vector<Snap> snaps{snapper.snap(space), snapper.snap(b), snapper.snap(d)};
    const TimeMatrix m = time_matrix(graph, snaps, 3600);
    CHECK(m(1, 2) != Approx(m(2, 1)));
    const double right = loop_seconds(m, std::vector<std::size_t>{1, 2}), wrong = loop_seconds(m, std::vector<std::size_t>{2, 1});
    CHECK(wrong > 1.5 * right);
    CHECK(tour.drive_seconds == Approx(right));
    CHECK(tour.lower_bound_seconds <= tour.drive_seconds + 1e-6);
}

TEST_CASE("stops that cannot be visited are kept with their status") {
    const Region region = opl_world(ring_world);
    TourOptions options;
    options.snap.allow_small_components = true;  // so the island's stop lands on the island
    options.day_minutes = 60;
    const std::vector<TourStop> stops{stop("B", LatLon{48.0001, 2.0020}), stop("island", LatLon{48.0001, 2.0105}),
                                      stop("far away", LatLon{48.1, 2.5}), stop("no coordinates", std::nullopt)};
    const TourResult tour = plan_tour(region, {48.0, 2.0002}, stops, options);
    REQUIRE(tour.stops.size() == 4);
    CHECK(tour.status[0] == StopStatus::visited);
    CHECK(tour.status[1] == StopStatus::unreachable);
    CHECK(tour.status[2] == StopStatus::not_on_network);
    CHECK(tour.status[3] == StopStatus::no_position);
    for (std::size_t s = 1; s < 4; ++s) CHECK_FALSE(tour.status_detail[s].empty());
    std::ostringstream csv;
    write_tour_csv(tour, csv);
    CHECK(csv.str().find("island;island;;;;;;unreachable;") != std::string::npos);
    CHECK(csv.str().find("no_position") != std::string::npos);
    CHECK(csv.str().find("not_on_network") != std::string::npos);
}

TEST_CASE("a visit too long for the day is reported, and a tour needs places") {
    const Region region = opl_world(ring_world);
    TourOptions options;
    options.stop_minutes = 90;
    options.day_minutes = 60;
    const TourResult tour = plan_tour(region, {48.0, 2.0002}, {stop("B", LatLon{48.0001, 2.0020})}, options);
    CHECK(tour.loops.empty());
    CHECK(tour.status[0] == StopStatus::too_far_for_a_day);
    CHECK_THROWS_AS(plan_tour(region, {48.0, 2.0002}, {}, options), InputError);
    CHECK_THROWS_AS(plan_tour(region, {48.0, 2.0002}, std::vector<TourStop>(501, stop("B", LatLon{48.0001, 2.0020})), options), InputError);
}

TEST_CASE("durations as teams write them") {
    CHECK(parse_duration_minutes("3h30") == 210);
    CHECK(parse_duration_minutes("3 h 30") == 210);
    CHECK(parse_duration_minutes("3h") == 180);
    CHECK(parse_duration_minutes("210min") == 210);
    CHECK(parse_duration_minutes("210") == 210);
    CHECK(parse_duration_minutes("3:30") == 210);
    CHECK(parse_duration_minutes("1,5h") == 90);
    for (const char* bad : {"", "3x30", "-2h", "0", "h30", "3:3"}) {
        CHECK_THROWS_WITH(parse_duration_minutes(bad), Catch::Contains(std::string("'") + bad + "'") && Catch::Contains("--day"));
    }
    // Past a day; past a double, which std::stod threw out_of_range for (seen while
    // writing the tour_stops fuzz target); far too long to be a duration.
    CHECK(parse_duration_minutes("24h") == 1440);
    for (const std::string long_one : {"24h01", "2100", "99:99", "99999999999999999999h"}) {
        CHECK_THROWS_WITH(parse_duration_minutes(long_one, "--start"), Catch::Contains("'" + long_one + "' is longer than a day") && Catch::Contains("--start"));
    }
    CHECK_THROWS_WITH(parse_duration_minutes(std::string(400, '9') + "min"), Catch::Contains("is not a duration"));
    CHECK_THROWS_WITH(parse_duration_minutes(std::string(200000, ' ') + "3h"), Catch::Contains("is not a duration"));
}

TEST_CASE("mairies get their commune's name and population from the communes file") {
    const auto dir = scratch_dir("tour-communes");
    std::ofstream(dir / "communes.csv") << "code_insee,nom,departement,codes_postaux,population\n"
                                           "94028,Créteil,94,94000,93000\n94041,Ivry-sur-Seine,94,94200,64000\n";
    std::vector<TourStop> stops{stop("Mairie de Créteil", LatLon{48.78, 2.45}), stop("Hôtel de ville d'Ivry-sur-Seine", LatLon{48.81, 2.38}),
                                stop("Pharmacie du centre", LatLon{48.8, 2.4}), stop("Mairie", LatLon{48.81, 2.38}),
                                stop("Bibliothèque", LatLon{48.8, 2.4})};
    stops[2].commune = "creteil";
    stops[3].insee = "94041";  // the code wins over a name that says nothing
    CHECK(add_communes(stops, (dir / "communes.csv").string()) == 4);
    CHECK(stops[3].commune == "Ivry-sur-Seine");
    CHECK_FALSE(stops[4].population);
    CHECK(stops[0].commune == "Créteil");
    CHECK(stops[0].population == Approx(93000));
    CHECK(stops[1].commune == "Ivry-sur-Seine");
    CHECK(stops[2].population == Approx(93000));

    // An annexe names its commune too; a name of 300 000 letters is read, not a crash
    // (a std::regex used to overflow the stack on it).
    std::vector<TourStop> more{stop("Mairie annexe de Créteil", LatLon{48.78, 2.45}), stop("Mairie de " + std::string(300000, 'a'), LatLon{48.78, 2.45})};
    CHECK(add_communes(more, (dir / "communes.csv").string()) == 1);
    CHECK(more[0].commune == "Créteil");
}
