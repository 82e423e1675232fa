// Transit in the ranking and on the map: a structure's time by transit is the arrive-by
// time `times --mode transit --reverse` gives, its reason says the percentile, the window
// and the day, and the map's bands and legend say them too.

#include "map/content.hpp"
#include "transit_support.hpp"

#include <alentour/map.hpp>
#include <alentour/poster.hpp>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

// Ouest at 2.000 — S1 at 2.001 ……… S2 at 2.079 — the space at 2.080 (80 minutes' walk
// from Ouest); Près at 2.070 walks to the space in 10 minutes. Buses S1 → S2 leave at
// 8:10 and 8:40 and ride 5 minutes.
struct RankWorld {
    fs::path dir = scratch_dir("transit-rank");
    fs::path osm = dir / "street.opl";
    fs::path partners = dir / "partenaires.csv";
    fs::path feed = write_feed("rank", {{"stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,Un,48.0,2.001\nS2,Deux,48.0,2.079\n"},
                                        {"trips.txt", "route_id,service_id,trip_id\nL1,all,early\nL1,all,late\n"},
                                        {"stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                                                           "early,08:10:00,08:10:00,S1,1\nearly,08:15:00,08:15:00,S2,2\n"
                                                           "late,08:40:00,08:40:00,S1,1\nlate,08:45:00,08:45:00,S2,2\n"}});
    std::string opl = street({2.000, 2.001, 2.070, 2.079, 2.080});
    LatLon space = on_street(2.080);

    RankWorld() {
        std::ofstream(osm) << opl;
        std::ofstream(partners) << "id,nom,categorie,lat,lon\nouest,Ouest,ccas,48.0,2.0\npres,Près,ccas,48.0,2.07\n";
    }
};

TransitOptions arriving_by_nine() {
    TransitOptions o = options_at("2026-03-10", "09:00", 60);
    o.direction = Direction::reverse;
    return o;
}

const std::string qualifier = "médiane, arrivée 8h–9h, mardi 10 mars 2026";

std::optional<double> minutes_of(const Ranking& ranking, const std::string& id) {
    for (const auto& row : ranking.rows) {
        if (ranking.table.partners[row.partner].id == id) return row.times.front().minutes;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("rank by transit: each structure's time is its arrive-by time to the space, and the reason says which") {
    const RankWorld world;
    const Region region = opl_world(world.opl);
    const Graph& walk = region.graph("walk");
    RegionSnappers snappers(region);
    const LinkedFeed linked = link_feed(walk, snappers.get("walk"), world.feed.string());
    RankOptions options;
    options.modes = {"transit", "walk"};
    options.space = world.space;
    options.far_minutes = 100;
    const Ranking ranking = rank_partners(snappers, read_partners(world.partners.string()), options,
                                          {{"transit", transit_rank_search(walk, linked, arriving_by_nine())}});

    TransitJobOptions job;
    job.feed = world.feed.string();
    job.search = arriving_by_nine();
    const auto expected = transit_travel_times(walk, {{"espace", world.space, 0}}, {{"ouest", on_street(2.0), 2}, {"pres", on_street(2.07), 3}}, job);
    REQUIRE(expected.size() == 2);
    REQUIRE(expected[0].from_id == "ouest");
    REQUIRE(expected[0].minutes[0]);
    REQUIRE(minutes_of(ranking, "ouest"));
    CHECK(*minutes_of(ranking, "ouest") == Approx(*expected[0].minutes[0]).margin(1e-6));
    CHECK(*minutes_of(ranking, "pres") == Approx(*expected[1].minutes[0]).margin(1e-6));
    // The bus beats the 80-minute walk: Ouest is among the structures to prospect.
    CHECK(*minutes_of(ranking, "ouest") < 40);
    CHECK(ranking.rows.front().list == PartnerList::prospect);
    for (const auto& row : ranking.rows) CHECK_THAT(row.reason, Catch::Contains("en transports en commun (" + qualifier + ")"));
}

TEST_CASE("rank by transit needs arrivals: a departure window is refused") {
    const RankWorld world;
    const Region region = opl_world(world.opl);
    RegionSnappers snappers(region);
    const LinkedFeed linked = link_feed(region.graph("walk"), snappers.get("walk"), world.feed.string());
    CHECK_THROWS_WITH(transit_rank_search(region.graph("walk"), linked, options_at("2026-03-10", "08:00", 60)), Catch::Contains("--arrive"));
}

TEST_CASE("alentour rank --mode transit gives the time alentour times --reverse gives") {
    const RankWorld world;
    const auto ranked = world.dir / "ranked.geojson";
    const std::string common = "--osm " + quoted(world.osm.string()) + " --mode transit --gtfs " + quoted(world.feed.string()) +
                               " --date 2026-03-10 --arrive 09:00 -q ";
    const auto rank = run_cli("rank " + common + "--space 48.0,2.080 --partners " + quoted(world.partners.string()) + " --overwrite -o " +
                              quoted(ranked.string()));
    REQUIRE(rank.exit_code == 0);
    const auto times = run_cli("times " + common + "--reverse --from 48.0,2.080 --to 48.0,2.0");
    REQUIRE(times.exit_code == 0);
    // "from_id,to_id,minutes_p50\n1,1,<minutes>\n"
    const double minutes = std::stod(times.output.substr(times.output.rfind(',') + 1));
    const auto features = nlohmann::json::parse(read_bytes(ranked))["features"];
    bool found = false;
    for (const auto& f : features) {
        if (f["properties"]["id"] != "ouest") continue;
        found = true;
        CHECK(f["properties"]["minutes_transit"].get<double>() == Approx(minutes).margin(0.05 + 1e-9));  // one decimal written
        CHECK_THAT(f["properties"]["reason"].get<std::string>(), Catch::Contains(qualifier));
    }
    CHECK(found);

    const auto without = run_cli("rank " + std::string("--osm ") + quoted(world.osm.string()) + " --mode transit --gtfs " +
                                 quoted(world.feed.string()) + " --date 2026-03-10 --space 48.0,2.080 --partners " +
                                 quoted(world.partners.string()) + " --overwrite -o " + quoted(ranked.string()));
    CHECK(without.exit_code == 1);
    CHECK_THAT(without.output, Catch::Contains("--arrive"));
}

TEST_CASE("a map with transit first: bands, legend, list and page say the percentile, the window and the day") {
    const RankWorld world;
    const Region region = opl_world(world.opl);
    MapOptions options;
    options.space = world.space;
    options.space_name = "Espace";
    options.partners_file = world.partners.string();
    options.modes = {"transit", "walk"};
    options.minutes = {10, 30};
    options.transit.feed = world.feed.string();
    options.transit.search = arriving_by_nine();
    const fs::path folder = world.dir / "carte";
    fs::remove_all(folder);
    make_map(region, options, folder.string());

    const std::string bands = read_bytes(folder / "catchment.geojson");
    CHECK_THAT(bands, Catch::Contains("Zone à 30 min en transports en commun (" + qualifier + ")"));
    CHECK_THAT(bands, Catch::Contains("Zone à 30 min à pied\""));
    CHECK_THAT(read_bytes(folder / "carte.html"), Catch::Contains("Zone à 10 min en transports en commun (" + qualifier + ")"));
    CHECK_THAT(read_bytes(folder / "partners.csv"), Catch::Contains(qualifier));

    // The poster's legend, drawn from the same bands: the window and the day get a line
    // of their own under the heading.
    RegionSnappers snappers(region);
    const LinkedFeed linked = link_feed(region.graph("walk"), snappers.get("walk"), world.feed.string());
    CatchmentOptions look;
    look.minutes = options.minutes;
    const Catchment catchment =
        transit_catchment(region.graph("walk"), snappers.get("walk"), linked, {{"Espace", world.space, 0}}, look, options.transit.search);
    MapContent content;
    content.space = world.space;
    content.space_name = "Espace";
    content.bands = detail::map_bands({catchment});
    content.bands_qualifier = catchment.qualifier;
    CHECK(content.bands_qualifier == qualifier);
    const std::size_t with_window = layout_poster(content, {}).labels.size();
    content.bands_qualifier.clear();
    CHECK(layout_poster(content, {}).labels.size() == with_window - 1);
}

TEST_CASE("alentour map --mode transit: the bands and the list by transit, or a clear refusal without --arrive") {
    const RankWorld world;
    const fs::path folder = world.dir / "carte-cli";
    const std::string common = "map --osm " + quoted(world.osm.string()) + " --space 48.0,2.080 --space-name Espace --partners " +
                               quoted(world.partners.string()) + " --mode transit --mode walk --gtfs " + quoted(world.feed.string()) +
                               " --date 2026-03-10 --minutes 10,30 --overwrite -q -o " + quoted(folder.string());
    const auto made = run_cli(common + " --arrive 09:00");
    REQUIRE(made.exit_code == 0);
    CHECK_THAT(read_bytes(folder / "catchment.geojson"), Catch::Contains("Zone à 30 min en transports en commun (" + qualifier + ")"));
    CHECK_THAT(read_bytes(folder / "partners.csv"), Catch::Contains("minutes_transit"));
    const auto refused = run_cli(common);
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.output, Catch::Contains("--arrive"));
}

TEST_CASE("a transit map with partners times trips to the space") {
    const RankWorld world;
    const Region region = opl_world(world.opl);
    MapOptions options;
    options.space = world.space;
    options.space_name = "Espace";
    options.partners_file = world.partners.string();
    options.modes = {"transit"};
    options.direction = Direction::forward;
    options.transit.feed = world.feed.string();
    options.transit.search = options_at("2026-03-10", "08:00", 60);
    CHECK_THROWS_WITH(make_map(region, options, (world.dir / "carte-aller").string()), Catch::Contains("--direction"));
}
