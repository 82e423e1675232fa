// What the team opens: a CSV French Excel reads right, GeoJSON uMap styles by category
// with a popup, any GDAL format with the same attributes; never a half-written file,
// never an existing file replaced without asking.

#include "partner_support.hpp"

#include <alentour/error.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {

const Ranking& ranking() {
    static const Ranking r = [] {
        static const Region region = opl_world(l_world);
        RankOptions o;
        o.space = {48.0, 2.0};
        o.space_name = "Espace Numérique";
        o.modes = {"walk", "car"};
        o.near_minutes = 2.0;
        o.far_minutes = 5.0;
        const auto path = write_file("to-write.csv", partners_csv({
            "c1,CCAS de l'Est,,48.0,2.001,0",
            "a1,\"Association \"\"Les Amis\"\"; Quartier Est\",,48.0,2.003,7",
            "m1,Mairie,,,,2",
        }, "id,nom,categorie,latitude,longitude,orientations,horaires") );
        return rank_partners(region, read_partners(path), o);
    }();
    return r;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
    const auto it = std::find(header.begin(), header.end(), name);
    REQUIRE(it != header.end());
    return static_cast<std::size_t>(it - header.begin());
}

} // namespace

TEST_CASE("CSV for French Excel: BOM, semicolons, decimal commas, CRLF; or plain comma") {
    std::ostringstream french;
    write_ranking_csv(ranking(), french, CsvDialect::excel_fr);
    const std::string text = french.str();
    REQUIRE(text.starts_with("\xEF\xBB\xBF"));
    CHECK(text.find("\r\n") != std::string::npos);
    const auto lines = lines_of(text.substr(3));
    REQUIRE(lines.size() == 4);  // header + 3 structures: the space is not a row of the table
    const auto header = csv_fields(lines[0], ';');
    for (const char* name : {"rank", "list", "name", "category", "address", "minutes_walk", "minutes_car", "score", "reason", "status"}) {
        INFO(name);
        column(header, name);
    }
    const auto first = csv_fields(lines[1], ';');
    CHECK(first.size() == header.size());
    CHECK(first[column(header, "name")] == "CCAS de l'Est");
    CHECK(first[column(header, "rank")] == "1");
    CHECK(first[column(header, "list")] == "prospect");
    CHECK(first[column(header, "category_label")] == "CCAS/CIAS");
    const std::string minutes = first[column(header, "minutes_walk")];
    CHECK(minutes.find(',') != std::string::npos);  // 1,0
    CHECK(std::stod(std::string(minutes).replace(minutes.find(','), 1, ".")) == Approx(main_street_walk_minutes(2.001)).margin(0.05));
    const auto second = csv_fields(lines[2], ';');
    CHECK(second[column(header, "name")] == "Association \"Les Amis\"; Quartier Est");  // quoted and doubled
    CHECK(second[column(header, "list")] == "outreach");
    const auto third = csv_fields(lines[3], ';');
    CHECK(third[column(header, "status")] == "missing_coordinates");
    CHECK(third[column(header, "rank")].empty());
    CHECK(third[column(header, "horaires")].empty());  // passed-through column, empty here

    std::ostringstream plain;
    write_ranking_csv(ranking(), plain, CsvDialect::comma);
    CHECK_FALSE(plain.str().starts_with("\xEF\xBB\xBF"));
    CHECK(plain.str().find('\r') == std::string::npos);
    const auto plain_lines = lines_of(plain.str());
    const auto plain_header = csv_fields(plain_lines[0], ',');
    const auto plain_first = csv_fields(plain_lines[1], ',');
    CHECK(plain_first.size() == plain_header.size());
    CHECK(plain_first[column(plain_header, "minutes_walk")].find('.') != std::string::npos);
    CHECK(parse_csv_dialect("comma") == CsvDialect::comma);
    CHECK_THROWS_AS(parse_csv_dialect("tsv"), InputError);
}

TEST_CASE("GeoJSON: the space, then one point per structure styled by category, with a popup") {
    const auto json = nlohmann::json::parse(ranking_geojson(ranking()));
    CHECK(json.at("type") == "FeatureCollection");
    const auto& features = json.at("features");
    REQUIRE(features.size() == 4);
    const auto& space = features[0];
    CHECK(space.at("properties").at("list") == "espace");
    CHECK(space.at("properties").at("name") == "Espace Numérique");
    CHECK(space.at("properties").at("marker-symbol") == "star");
    CHECK(space.at("geometry").at("coordinates") == nlohmann::json::array({2.0, 48.0}));  // RFC 7946: longitude first

    const CategoryTable table;
    const auto& ccas = features[1].at("properties");
    CHECK(ccas.at("name") == "CCAS de l'Est");
    CHECK(ccas.at("rank") == 1);
    CHECK(ccas.at("marker-color") == table.get("ccas").color);
    CHECK(ccas.at("_umap_options").at("color") == table.get("ccas").color);  // an object, as uMap reads it
    CHECK(ccas.at("minutes_walk").is_number());
    CHECK(ccas.at("metres_walk").is_number_integer());
    const std::string popup = ccas.at("description");
    CHECK(popup.starts_with("**CCAS de l'Est**"));
    CHECK(popup.find("à prospecter n° 1") != std::string::npos);
    CHECK(popup.find("Pourquoi : ") != std::string::npos);
    const auto& point = features[1].at("geometry").at("coordinates");
    CHECK(point[0] == 2.001);
    CHECK(point[1] == 48.0);

    const auto& mairie = features[3];
    CHECK(mairie.at("geometry").is_null());  // kept, though it cannot be drawn
    CHECK(mairie.at("properties").at("status") == "missing_coordinates");
    CHECK(mairie.at("properties").at("rank").is_null());
}

TEST_CASE("GeoPackage, Shapefile and FlatGeobuf carry the same attributes in WGS84") {
    for (const std::string name : {"ranked.gpkg", "ranked.fgb", "ranked.shp"}) {
        INFO(name);
        const auto path = (partner_dir() / name).string();
        const auto warnings = write_ranking(ranking(), path, {CsvDialect::excel_fr, true});
        const ReadBack back = read_back(path);
        CHECK(back.srs == "4326");
        if (name == "ranked.fgb") {
            // FlatGeobuf cannot hold the structure without a position: said, not hidden.
            REQUIRE(warnings.size() == 1);
            CHECK(warnings[0].find("1 structures without a position") != std::string::npos);
            CHECK(back.features.size() == 3);
            continue;
        }
        CHECK(warnings.empty());
        REQUIRE(back.features.size() == 4);
        const auto& ccas = back.features[1];
        CHECK(ccas.at("name") == "CCAS de l'Est");
        CHECK(ccas.at("list") == "prospect");
        REQUIRE(back.positions[1].has_value());
        CHECK(back.positions[1]->lon == Approx(2.001));
        CHECK_FALSE(back.positions[3].has_value());
        if (name != "ranked.shp") {  // Shapefile names are cut at 10 characters
            CHECK(ccas.at("marker-color") == CategoryTable().get("ccas").color);
            CHECK(nlohmann::json::parse(ccas.at("_umap_options")).at("color") == CategoryTable().get("ccas").color);
        }
    }
}

TEST_CASE("outputs are written whole or not at all, and never replace a file unasked") {
    const auto path = (partner_dir() / "existing.csv").string();
    write_file("existing.csv", "keep me");
    CHECK_THROWS_WITH(check_ranking_output(path), Catch::Contains("--overwrite"));
    CHECK_THROWS_AS(write_ranking(ranking(), path), InputError);
    std::ifstream in(path);
    std::string content((std::istreambuf_iterator<char>(in)), {});
    CHECK(content == "keep me");
    write_ranking(ranking(), path, {CsvDialect::comma, true});
    std::ifstream again(path);
    std::string rewritten((std::istreambuf_iterator<char>(again)), {});
    CHECK(rewritten.starts_with("rank,list,id"));
    CHECK_THROWS_WITH(check_ranking_output((partner_dir() / "ranked.xyz").string()), Catch::Contains("extension"));
    CHECK_THROWS_WITH(check_ranking_output((partner_dir() / "no-such-folder" / "r.csv").string()), Catch::Contains("does not exist"));
    // No temporary file left behind.
    for (const auto& entry : std::filesystem::directory_iterator(partner_dir())) {
        CHECK(entry.path().filename().string().find(".partial-") == std::string::npos);
    }
}

TEST_CASE("the summary says what was read and where the structures fell") {
    const std::string summary = ranking_summary(ranking());
    CHECK(summary.find("read 3 structures") != std::string::npos);
    CHECK(summary.find("1 prospect") != std::string::npos);
    CHECK(summary.find("1 outreach") != std::string::npos);
    CHECK(summary.find("1 missing_coordinates") != std::string::npos);
}
