// `alentour places` and `info` on a built cache: the command a team runs, its messages
// and exit codes.

#include "places/places_world.hpp"
#include "support.hpp"

#include <fstream>

using namespace alentour;
using namespace alentour::test;

namespace {

struct BuiltWorld {
    std::filesystem::path dir = scratch_dir("places-cli");
    std::string cache = (dir / "w.alentour").string();
    BuiltWorld() {
        std::ofstream((dir / "w.opl").string()) << places_world;
        const auto built = run_cli("build " + test::quoted((dir / "w.opl").string()) + " -o " + test::quoted(cache) + " --quiet");
        REQUIRE(built.exit_code == 0);
    }
    ~BuiltWorld() { std::filesystem::remove_all(dir); }
};

} // namespace

TEST_CASE("alentour places writes the ranked places and says how many of each") {
    const BuiltWorld w;
    const auto out = (w.dir / "lieux.csv").string();
    const auto r = run_cli("places " + test::quoted(w.cache) + " --at 48.85,2.35 --minutes 15 --mode walk --category pharmacie,mairie -o " + test::quoted(out));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("2 places within 15 min (walk): 1 pharmacie, 1 mairie"));
    const std::string csv = read_bytes(out);
    CHECK_THAT(csv, Catch::Contains("1;node/101;Pharmacie du Centre;pharmacie;Pharmacie;4,"));
    CHECK_THAT(csv, Catch::Contains("2;node/103;Mairie;mairie;Mairie;"));
}

TEST_CASE("alentour places refuses an unknown category with one message listing the valid ones") {
    const BuiltWorld w;
    const auto r = run_cli("places " + test::quoted(w.cache) + " --at 48.85,2.35 --category pharmacie,boulangerie -o " +
                           test::quoted((w.dir / "x.csv").string()));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("unknown place category 'boulangerie'; the categories are: pharmacie, medecin, mairie, "
                                         "bibliotheque, poste, services_sociaux, centre_social, association, college_lycee, supermarche"));
    CHECK_FALSE(std::filesystem::exists(w.dir / "x.csv"));
    const auto map = run_cli("map --graph " + test::quoted(w.cache) + " --space 48.85,2.35 --space-name E --places boulangerie -o " +
                             test::quoted((w.dir / "carte").string()));
    CHECK(map.exit_code == 1);
    CHECK_THAT(map.output, Catch::Contains("unknown place category 'boulangerie'"));
}

TEST_CASE("alentour info counts the flyer places per category") {
    const BuiltWorld w;
    const auto r = run_cli("info " + test::quoted(w.cache));
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("flyer places   13"));
    CHECK_THAT(r.output, Catch::Matches("[\\s\\S]*pharmacie +2  Pharmacie[\\s\\S]*"));
    CHECK_THAT(r.output, Catch::Matches("[\\s\\S]*college_lycee +2  Collège, lycée[\\s\\S]*"));
}
