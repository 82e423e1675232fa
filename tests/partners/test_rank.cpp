// Ranking on the L world, against times worked out by hand: the direction people travel
// (structure to space), the lists, each decay, weights, the prospecting boost, and the
// reason every row gives.

#include "partner_support.hpp"

#include <alentour/error.hpp>
#include <alentour/search.hpp>

#include <cmath>

using namespace alentour;
using namespace alentour::test;

namespace {

const Region& world() {
    static const Region region = opl_world(l_world);
    return region;
}

double walk_minutes(double lon) { return walk_seconds(main_street_metres(lon)) / 60.0; }
double car_minutes(double metres) { return metres / (25.0 / 3.6) / 60.0; }

RankOptions small_options() {
    RankOptions o;
    o.space = {48.0, 2.0};
    o.space_name = "Espace";
    o.near_minutes = 2.0;
    o.far_minutes = 5.0;
    o.half_life_minutes = 1.0;
    return o;
}

Ranking rank_csv(const std::string& name, const std::string& csv, const RankOptions& options, const CategoryTable& table = {}) {
    PartnerReadOptions read;
    read.categories = table;
    return rank_partners(world(), read_partners(write_file(name, csv), read), options);
}

const std::string three_streets = partners_csv({
    "1,CCAS proche,,48.0,2.001,0",         // 74 m: 1 min on foot
    "2,Association moyenne,,48.0,2.003,5",  // 223 m: 3 min
    "3,Mairie lointaine,,48.0,2.008,20",    // 595 m: 8 min
});

} // namespace

TEST_CASE("walking times from each structure to the space, and the lists they fall in") {
    const Ranking r = rank_csv("lists.csv", three_streets, small_options());
    const auto& near = row_of(r, "CCAS proche");
    const auto& middle = row_of(r, "Association moyenne");
    const auto& far = row_of(r, "Mairie lointaine");
    CHECK(*near.times[0].minutes == Approx(walk_minutes(2.001)).epsilon(1e-4));
    CHECK(*near.times[0].metres == Approx(main_street_metres(2.001)).epsilon(1e-4));
    CHECK(*middle.times[0].minutes == Approx(walk_minutes(2.003)).epsilon(1e-4));
    CHECK(near.list == PartnerList::prospect);
    CHECK(near.rank == 1);
    CHECK(middle.list == PartnerList::outreach);
    CHECK(middle.rank == 1);
    CHECK(far.list == PartnerList::beyond);  // 8 min > --far 5 min: the search stopped before
    CHECK_FALSE(far.times[0].minutes.has_value());
    CHECK(far.rank == 0);
    CHECK(far.reason.find("plus de 5 min à pied") != std::string::npos);
    // The lists come in order: prospect, outreach, beyond, unranked.
    CHECK(r.rows[0].list == PartnerList::prospect);
    CHECK(r.rows[1].list == PartnerList::outreach);
    CHECK(r.rows[2].list == PartnerList::beyond);
    REQUIRE(r.space_snaps.size() == 1);
    CHECK(r.timings.searching_seconds >= 0.0);
}

TEST_CASE("by car the time is the trip from the structure to the space, round the one-way street") {
    RankOptions o = small_options();
    o.modes = {"walk", "car"};
    o.far_minutes = 10.0;
    const Ranking r = rank_csv("one-way.csv", three_streets, o);
    const auto& far = row_of(r, "Mairie lointaine");
    // East along the one-way street to its end, up, back west on the loop, down, then west home.
    const double round_trip = metres_between(48.0, 2.008, 48.0, 2.010) + metres_between(48.0, 2.010, 48.002, 2.010) +
                              metres_between(48.002, 2.010, 48.002, 2.005) + metres_between(48.002, 2.005, 48.0, 2.005) +
                              metres_between(48.0, 2.005, 48.0, 2.0);
    REQUIRE(far.times[1].minutes.has_value());
    CHECK(*far.times[1].minutes == Approx(car_minutes(round_trip)).epsilon(1e-4));
    CHECK(*far.times[1].metres == Approx(round_trip).epsilon(1e-4));
    // The space to the structure would have been the short way: not what is ranked.
    CHECK(*far.times[1].minutes > car_minutes(main_street_metres(2.008)) * 1.5);
    // On foot one-way streets do not matter.
    CHECK(*far.times[0].minutes == Approx(walk_minutes(2.008)).epsilon(1e-4));

    // The same as a forward search from the structure, for every structure and mode.
    for (std::size_t m = 0; m < o.modes.size(); ++m) {
        const Graph& graph = world().graph(o.modes[m]);
        const Snapper snapper(graph);
        const Snap space = snapper.snap(o.space);
        for (const auto& row : r.rows) {
            const Snap from = snapper.snap(*r.table.partners[row.partner].position);
            const auto forward = search(graph, {&from, 1});
            const Arrival a = arrival_at(graph, forward, space);
            INFO(o.modes[m] << " " << r.table.partners[row.partner].name);
            REQUIRE(row.times[m].minutes.has_value());
            CHECK(*row.times[m].minutes == Approx(a.seconds / 60.0).epsilon(1e-5));
        }
    }
    CHECK(far.reason.find("8 min à pied, 3 min en voiture") != std::string::npos);
}

TEST_CASE("each decay gives the score it promises") {
    const double t = walk_minutes(2.001);
    RankOptions o = small_options();
    o.decay = Decay::exponential;
    CHECK(row_of(rank_csv("exp.csv", three_streets, o), "CCAS proche").decay == Approx(std::pow(0.5, t / 1.0)));
    o.decay = Decay::linear;
    CHECK(row_of(rank_csv("linear.csv", three_streets, o), "CCAS proche").decay == Approx(1.0 - t / 5.0));
    o.decay = Decay::step;
    const Ranking step = rank_csv("step.csv", three_streets, o);
    CHECK(row_of(step, "CCAS proche").decay == 1.0);
    CHECK(row_of(step, "Association moyenne").decay == 0.0);  // beyond --near
    CHECK(parse_decay("exp") == Decay::exponential);
    CHECK_THROWS_AS(parse_decay("gaussian"), InputError);
}

TEST_CASE("score = decay × category weight × prospecting boost, and the reason says so") {
    RankOptions o = small_options();
    o.decay = Decay::step;  // all prospects decay 1: the order is weight and boost alone
    const Ranking r = rank_csv("scores.csv", partners_csv({
        "1,CCAS qui envoie déjà,,48.0,2.001,12",
        "2,Association sans orientation,,48.0,2.0012,0",
        "3,Mission Locale,,48.0,2.0014,5",
        "4,Mairie,,48.0,2.0016,",
    }), o);
    const auto& ccas = row_of(r, "CCAS qui envoie déjà");
    const auto& asso = row_of(r, "Association sans orientation");
    const auto& ml = row_of(r, "Mission Locale");
    const auto& mairie = row_of(r, "Mairie");
    CHECK(ccas.weight == 1.0);
    CHECK(ccas.boost == 1.0);       // 12 orientations: past --orientations-full
    CHECK(asso.weight == 0.8);
    CHECK(asso.boost == 1.5);       // none: the full boost
    CHECK(ml.boost == Approx(1.25)); // 5 of 10
    CHECK(mairie.boost == 1.5);     // not filled in counts as none
    CHECK(asso.score == Approx(1.2));
    CHECK(ml.score == Approx(1.25));
    // Mission Locale 1.25 > Association 1.2 = Mairie 0.8 × 1.5 (nearer first) > CCAS 1.0
    CHECK(ml.rank == 1);
    CHECK(asso.rank == 2);
    CHECK(mairie.rank == 3);
    CHECK(ccas.rank == 4);
    CHECK(asso.reason == "1 min à pied · Association · aucune orientation ce trimestre → 1 × 0,8 × 1,5 = 1,2");
    CHECK(ccas.reason.find("12 orientations ce trimestre") != std::string::npos);
    CHECK(mairie.reason.find("orientations non renseignées") != std::string::npos);

    // Weights from the team's own table.
    const CategoryTable weights = CategoryTable::from_json(R"({"ccas": 3})", "weights.json");
    const Ranking reweighted = rank_csv("scores-weights.csv", partners_csv({"1,CCAS,,48.0,2.001,12", "2,Mission Locale,,48.0,2.0014,5"}), o,
                                        weights);
    CHECK(row_of(reweighted, "CCAS").rank == 1);
    CHECK(row_of(reweighted, "CCAS").score == Approx(3.0));
}

TEST_CASE("without an orientations column there is no boost and no word about it") {
    const Ranking r = rank_csv("no-orientations.csv", partners_csv({"1,CCAS,,48.0,2.001"}, "id,nom,categorie,latitude,longitude"),
                               small_options());
    CHECK(row_of(r, "CCAS").boost == 1.0);
    CHECK(row_of(r, "CCAS").reason.find("orientation") == std::string::npos);
}

TEST_CASE("in the outreach list the step decay leaves category and boost to decide") {
    RankOptions o = small_options();
    o.decay = Decay::step;
    const Ranking r = rank_csv("outreach.csv", partners_csv({
        "1,Association,,48.0,2.0035,",
        "2,CCAS,,48.0,2.0040,",
        "3,Autre CCAS,,48.0,2.0030,",
    }, "id,nom,categorie,latitude,longitude"), o);
    CHECK(row_of(r, "Association").list == PartnerList::outreach);
    CHECK(row_of(r, "Autre CCAS").rank == 1);  // CCAS before the association, the nearer CCAS first
    CHECK(row_of(r, "CCAS").rank == 2);
    CHECK(row_of(r, "Association").rank == 3);
    CHECK(row_of(r, "CCAS").reason.find("au-delà de 2 min : pour un atelier itinérant") != std::string::npos);
}

TEST_CASE("a second mode the structure cannot use is said, the first one still ranks") {
    RankOptions o = small_options();
    o.modes = {"walk", "car"};
    o.far_minutes = 20.0;
    const Ranking r = rank_csv("footpath.csv", partners_csv({"1,Jardin partagé,,48.010,2.0045,"}), o);
    const auto& row = row_of(r, "Jardin partagé");
    CHECK(row.list != PartnerList::unranked);
    CHECK(row.times[0].minutes.has_value());
    CHECK_FALSE(row.times[1].minutes.has_value());
    CHECK(row.reason.find("en voiture : non placé") != std::string::npos);
    REQUIRE_FALSE(r.table.partners[row.partner].notes.empty());
    CHECK(r.table.partners[row.partner].notes.back().find("en voiture") != std::string::npos);
}

TEST_CASE("bad options and an unplaceable space are refused before anything is ranked") {
    const PartnerTable table = read_partners(write_file("options.csv", three_streets));
    RankOptions o = small_options();
    o.far_minutes = 1.0;
    CHECK_THROWS_WITH(rank_partners(world(), table, o), Catch::Contains("--far"));
    o = small_options();
    o.modes = {"boat"};
    CHECK_THROWS_WITH(rank_partners(world(), table, o), Catch::Contains("boat") && Catch::Contains("walk"));
    o = small_options();
    o.modes = {"walk", "walk"};
    CHECK_THROWS_AS(rank_partners(world(), table, o), InputError);
    o = small_options();
    o.space = {43.2965, 5.3698};
    CHECK_THROWS_WITH(rank_partners(world(), table, o), Catch::Contains("--space") && Catch::Contains("outside the region"));
    o = small_options();
    o.half_life_minutes = 0.0;
    CHECK_THROWS_AS(rank_partners(world(), table, o), InputError);
}
