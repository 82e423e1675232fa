// `alentour tour` on a tiny world: its outputs, and bad input refused with one message.

#include "support.hpp"

#include <fstream>

using namespace alentour::test;

namespace {

// A two-way street grid of 3 x 3 nodes, 0.002° apart.
const std::string grid =
    "n1 v1 x2.000 y48.000\nn2 v1 x2.002 y48.000\nn3 v1 x2.004 y48.000\n"
    "n4 v1 x2.000 y48.002\nn5 v1 x2.002 y48.002\nn6 v1 x2.004 y48.002\n"
    "w1 v1 Thighway=residential Nn1,n2,n3\nw2 v1 Thighway=residential Nn4,n5,n6\n"
    "w3 v1 Thighway=residential Nn1,n4\nw4 v1 Thighway=residential Nn3,n6\n";

std::filesystem::path write(const std::filesystem::path& dir, const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return dir / name;
}

} // namespace

TEST_CASE("alentour tour writes the folder and says what it did") {
    const auto dir = scratch_dir("cli-tour");
    const auto world = write(dir, "grid.opl", grid);
    const auto stops = write(dir, "lieux.csv", "id,nom,lat,lon\n1,Mairie,48.0021,2.0041\n2,Pharmacie,48.0001,2.0039\n3,Collège,48.0021,2.0011\n");
    const auto space = write(dir, "espace.json", R"({"name": "Espace test", "lat": 48.0, "lon": 2.0005})");
    const auto result = run_cli("tour " + quoted(world.string()) + " " + quoted(stops.string()) + " --space " + quoted(space.string()) +
                                " --mode car --stop-minutes 10 --day 1h -o " + quoted((dir / "out").string()));
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    CHECK(listing(dir / "out") == std::set<std::string>{"tournee.csv", "tournee.geojson", "tournee.gpx", "tournee.pdf"});
    CHECK(result.output.find("3 visite(s)") != std::string::npos);
    CHECK(result.output.find("borne inférieure") != std::string::npos);
    const std::string csv = read_bytes(dir / "out" / "tournee.csv");
    CHECK(csv.find(";Espace test;") != std::string::npos);
    CHECK(csv.find("Collège") != std::string::npos);
}

TEST_CASE("alentour tour refuses bad input with one message and exit code 1") {
    const auto dir = scratch_dir("cli-tour-bad");
    const auto world = write(dir, "grid.opl", grid);
    const auto one = write(dir, "one.csv", "id,nom,lat,lon\n1,Mairie,48.0021,2.0041\n");
    const auto none = write(dir, "none.csv", "id,nom,lat,lon\n");
    std::string many = "id,nom,lat,lon\n";
    for (int i = 0; i < 501; ++i) many += std::to_string(i) + ",Lieu " + std::to_string(i) + ",48.0021,2.00" + std::to_string(10 + i % 30) + "\n";
    const auto too_many = write(dir, "many.csv", many);
    const std::string base = "tour " + quoted(world.string()) + " ";
    const std::string tail = " --at 48.0,2.0005 -o " + quoted((dir / "out").string());
    struct Case {
        std::string arguments, says;
    };
    for (const Case& c : {Case{quoted(none.string()) + tail, "a header line and no row under it"}, Case{quoted(too_many.string()) + tail, "501 places"},
                          Case{quoted(one.string()) + tail + " --day 3x30", "'3x30' is not a duration"},
                          Case{quoted(one.string()) + " -o " + quoted((dir / "out").string()), "give the space once"}}) {
        const auto result = run_cli(base + c.arguments);
        INFO(c.arguments << "\n" << result.output);
        CHECK(result.exit_code == 1);
        CHECK(result.output.find(c.says) != std::string::npos);
        CHECK(std::count(result.output.begin(), result.output.end(), '\n') == 1);
    }
}
