// `alentour rank` end to end: a network file, a partner list, the outputs; and one clear
// message with exit code 1 on each kind of bad input.

#include "partner_support.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {


// The L world built once as a cache, through the CLI.
const std::string& world_cache() {
    static const std::string cache = [] {
        const auto opl = write_file("l-world.opl", l_world);
        const auto path = (partner_dir() / "l-world.alentour").string();
        const auto result = run_cli("build " + quoted(opl) + " -o " + quoted(path) + " --overwrite");
        INFO(result.output);
        REQUIRE(result.exit_code == 0);
        return path;
    }();
    return cache;
}

const std::string partners = partners_csv({
    "1,CCAS de l'Est,,48.0,2.001,0",
    "2,Association,,48.0,2.003,4",
    "3,Mairie,,,,",
});

std::size_t line_count(const std::string& text) {
    std::size_t lines = 0;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines += line.empty() ? 0 : 1;
    return lines;
}

// Bad input: exit code 1 and a single line starting "alentour: error:".
void expect_one_error(const std::string& arguments, const std::string& expected) {
    const auto result = run_cli(arguments);
    INFO(arguments << "\n" << result.output);
    CHECK(result.exit_code == 1);
    CHECK(result.output.starts_with("alentour: error: "));
    CHECK(line_count(result.output) <= 2);  // the message (and for option errors, the --help hint)
    CHECK(result.output.find(expected) != std::string::npos);
}

} // namespace

TEST_CASE("rank writes a CSV and a GeoJSON and says where the structures fell") {
    const auto list = write_file("cli-partners.csv", partners);
    const auto csv = (partner_dir() / "cli-ranked.csv").string();
    const auto geojson = (partner_dir() / "cli-ranked.geojson").string();
    const std::string arguments = "rank --graph " + quoted(world_cache()) + " --space 48.0,2.0 --space-name 'Espace' --partners " +
                                  quoted(list) + " --mode walk --mode car --near 2 --far 5 --decay linear -o " + quoted(csv) +
                                  " -o " + quoted(geojson) + " --overwrite";
    const auto result = run_cli(arguments);
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    CHECK(result.output.find("read 3 structures") != std::string::npos);
    CHECK(result.output.find("1 prospect") != std::string::npos);
    CHECK(result.output.find("1 outreach") != std::string::npos);
    CHECK(result.output.find("1 missing_coordinates") != std::string::npos);

    std::ifstream in(csv, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    REQUIRE(text.starts_with("\xEF\xBB\xBF" "rank;list;"));
    CHECK(text.find("CCAS de l'Est") != std::string::npos);
    CHECK(text.find("minutes_car") != std::string::npos);
    std::ifstream json_in(geojson);
    const auto json = nlohmann::json::parse(json_in);
    CHECK(json.at("features").size() == 4);

    // --quiet: nothing on the terminal; --csv-dialect comma: a plain CSV.
    const auto quiet = run_cli("--quiet " + arguments + " --csv-dialect comma");
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.output.empty());
    std::ifstream plain(csv, std::ios::binary);
    std::string first;
    std::getline(plain, first);
    CHECK(first.starts_with("rank,list,id,name"));
}

TEST_CASE("rank builds the networks it needs from an OpenStreetMap file") {
    const auto opl = write_file("cli-world.opl", l_world);
    const auto list = write_file("cli-partners-osm.csv", partners);
    const auto out = (partner_dir() / "cli-osm.gpkg").string();
    const auto result = run_cli("rank --osm " + quoted(opl) + " --space 48.0,2.0 --partners " + quoted(list) +
                                " --mode bike --mode walk -o " + quoted(out) + " --overwrite");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    const ReadBack back = read_back(out);
    CHECK(back.features.size() == 4);
    CHECK(back.features[1].count("minutes_bike") == 1);
}

TEST_CASE("--print-categories shows the table --category-weights reads") {
    const auto result = run_cli("rank --print-categories");
    REQUIRE(result.exit_code == 0);
    const auto table = nlohmann::json::parse(result.output);
    CHECK(table.at("categories").contains("ccas"));
    const auto weights = write_file("cli-weights.json", R"({"ccas": 4})");
    const auto changed = run_cli("rank --print-categories --category-weights " + quoted(weights));
    REQUIRE(changed.exit_code == 0);
    CHECK(nlohmann::json::parse(changed.output).at("categories").at("ccas").at("weight") == 4);
}

TEST_CASE("bad input: exit code 1 and one clear message") {
    const auto list = write_file("cli-bad-partners.csv", partners);
    const auto graph = " --graph " + quoted(world_cache());
    const auto out = (partner_dir() / "cli-bad.csv").string();
    const std::string base = "rank" + graph + " --partners " + quoted(list) + " --space 48.0,2.0 -o " + quoted(out) + " --overwrite";

    const auto no_coordinates = write_file("cli-no-coordinates.csv", "nom;adresse\nCCAS;1 rue de Paris\n");
    expect_one_error("rank" + graph + " --partners " + quoted(no_coordinates) + " --space 48.0,2.0 -o " + quoted(out) + " --overwrite",
                     "needs coordinates");
    expect_one_error("rank" + graph + " --partners " + quoted(list) + " --space 48.0 -o " + quoted(out), "--space");
    expect_one_error("rank" + graph + " --partners " + quoted(list) + " --space 43.2965,5.3698 -o " + quoted(out) + " --overwrite",
                     "outside the region");
    expect_one_error(base + " --mode boat", "unknown mode 'boat'");
    expect_one_error(base + " --near 30 --far 10", "--far");
    expect_one_error("rank" + graph + " --partners " + quoted(list) + " --space 48.0,2.0 -o " + quoted((partner_dir() / "r.xyz").string()),
                     "extension");
    expect_one_error("rank" + graph + " --space 48.0,2.0 -o " + quoted(out), "--partners");
    expect_one_error("rank --partners " + quoted(list) + " --space 48.0,2.0 -o " + quoted(out) + " --overwrite", "--graph");
    const auto bad_weights = write_file("cli-bad-weights.json", R"({"cccas": 2})");
    expect_one_error(base + " --category-weights " + quoted(bad_weights), "cccas");
    expect_one_error(base + " --decay gaussian", "--decay");
    expect_one_error("rank" + graph + " --partners " + quoted((partner_dir() / "absent.csv").string()) + " --space 48.0,2.0 -o " + quoted(out),
                     "--partners");

    // An existing output is refused before any work, and left as it was.
    write_file("cli-existing.csv", "keep");
    expect_one_error("rank" + graph + " --partners " + quoted(list) + " --space 48.0,2.0 -o " +
                         quoted((partner_dir() / "cli-existing.csv").string()),
                     "--overwrite");
    std::ifstream in(partner_dir() / "cli-existing.csv");
    std::string content;
    std::getline(in, content);
    CHECK(content == "keep");
}
