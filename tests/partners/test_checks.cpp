// Each data check, triggered by a crafted file. A structure that fails one stays in the
// output with a status saying why it is not ranked; nothing is dropped, nothing aborts.

#include "partner_support.hpp"

#include <alentour/error.hpp>

using namespace alentour;
using namespace alentour::test;

namespace {

Ranking rank_file(const std::string& name, const std::string& csv, RankOptions options = {}) {
    static const Region region = opl_world(l_world);
    options.space = {48.0, 2.0};
    const PartnerTable table = read_partners(write_file(name, csv));
    return rank_partners(region, table, options);
}

PartnerStatus status_of(const Ranking& r, const std::string& name) { return by_name(r.table, name).status; }

} // namespace

TEST_CASE("missing and unreadable coordinates") {
    const Ranking r = rank_file("coordinates.csv", partners_csv({
        "1,Vide,,,,",
        "2,Zéro,,0,0,",
        "3,Degrés minutes,,48°00'05,2.001,",
        "4,Latitude seule,,48.0,,",
        "5,Hors bornes,,95.0,2.001,",
        "6,Bonne,,48.0,2.001,",
    }));
    CHECK(status_of(r, "Vide") == PartnerStatus::missing_coordinates);
    CHECK(status_of(r, "Zéro") == PartnerStatus::missing_coordinates);
    CHECK(status_of(r, "Degrés minutes") == PartnerStatus::bad_coordinates);
    CHECK(by_name(r.table, "Degrés minutes").status_detail.find("n'est pas un nombre") != std::string::npos);
    CHECK(status_of(r, "Latitude seule") == PartnerStatus::bad_coordinates);
    CHECK(status_of(r, "Hors bornes") == PartnerStatus::bad_coordinates);
    CHECK(status_of(r, "Bonne") == PartnerStatus::ok);
    CHECK(r.rows.size() == 6);
    CHECK(r.count(PartnerList::unranked) == 5);
    CHECK(row_of(r, "Vide").reason == "pas de coordonnées");
}

TEST_CASE("latitude and longitude swapped, outside the region, too far from any way") {
    const Ranking r = rank_file("places.csv", partners_csv({
        "1,Inversée,,2.001,48.0,",       // LON,LAT in the LAT,LON columns
        "2,Marseille,,43.2965,5.3698,",  // another city
        "3,Coin vide,,48.010,2.010,",    // inside the rectangle, ~372 m from the end of the footpath
        "4,Juste au bord,,47.9998,2.003,",  // 22 m south of Main Street, just outside the rectangle
        "5,Sur la rue,,48.0,2.003,",
    }));
    CHECK(status_of(r, "Inversée") == PartnerStatus::swapped_coordinates);
    CHECK(by_name(r.table, "Inversée").status_detail.find("inversées") != std::string::npos);
    CHECK(status_of(r, "Marseille") == PartnerStatus::outside_region);
    CHECK(by_name(r.table, "Marseille").status_detail.find("km de son bord") != std::string::npos);
    CHECK(status_of(r, "Coin vide") == PartnerStatus::far_from_network);
    const std::string detail = by_name(r.table, "Coin vide").status_detail;
    CHECK(detail.find("plus proche est à 372 m") != std::string::npos);
    CHECK(detail.find("--snap-radius") != std::string::npos);
    CHECK(status_of(r, "Juste au bord") == PartnerStatus::ok);
    CHECK(status_of(r, "Sur la rue") == PartnerStatus::ok);
    // A larger snap radius places the empty corner.
    RankOptions wide;
    wide.snap.radius_metres = 800;
    CHECK(status_of(rank_file("places-wide.csv", partners_csv({"3,Coin vide,,48.010,2.010,"}), wide), "Coin vide") ==
          PartnerStatus::ok);
}

TEST_CASE("duplicates: the same name within 50 m, whatever the case and accents") {
    const Ranking r = rank_file("duplicates.csv", partners_csv({
        "1,CCAS de Créteil,,48.0,2.001,",
        "2,ccas de creteil,,48.0002,2.0012,",   // ~27 m away: the same structure
        "3,CCAS DE CRÉTEIL,,48.0,2.006,",       // ~370 m away: another site
        "4,Mairie,,48.0,2.001,",                // same place, other name: both kept
    }));
    CHECK(r.table.partners[0].status == PartnerStatus::ok);
    CHECK(r.table.partners[1].status == PartnerStatus::duplicate);
    CHECK(r.table.partners[1].status_detail.find("ligne 2") != std::string::npos);
    CHECK(r.table.partners[2].status == PartnerStatus::ok);
    CHECK(r.table.partners[3].status == PartnerStatus::ok);
}

TEST_CASE("an unknown category in a categorie column is reported, not guessed") {
    const Ranking r = rank_file("unknown-category.csv", partners_csv({
        "1,Boulangerie du coin,Boulangerie,48.0,2.001,",
        "2,Centre,Mision locale,48.0,2.002,",  // a typo is not silently 'autre'
        "3,Centre social,CCAS,48.0,2.003,",
        "4,Sans catégorie,Xyz,,,",                // both problems: coordinates first, category in the notes
    }));
    CHECK(status_of(r, "Boulangerie du coin") == PartnerStatus::unknown_category);
    CHECK(by_name(r.table, "Boulangerie du coin").status_detail.find("« Boulangerie » inconnue") != std::string::npos);
    CHECK(status_of(r, "Centre") == PartnerStatus::unknown_category);
    CHECK(status_of(r, "Centre social") == PartnerStatus::ok);
    CHECK(by_name(r.table, "Centre social").category == "ccas");  // the column wins over the name
    CHECK(status_of(r, "Sans catégorie") == PartnerStatus::missing_coordinates);
}

TEST_CASE("the space itself in the list is not its own partner") {
    RankOptions options;
    options.space_name = "Espace Numérique du Centre";
    const Ranking r = rank_file("space.csv", partners_csv({
        "1,ESPACE NUMERIQUE DU CENTRE,,48.0001,2.0001,",
        "2,Voisin au même endroit,,48.0001,2.0001,",
    }), options);
    CHECK(r.table.partners[0].status == PartnerStatus::space_itself);
    CHECK(r.table.partners[1].status == PartnerStatus::ok);
}

TEST_CASE("unreadable orientations and polygons are said in the notes, not hidden") {
    const Ranking r = rank_file("notes.csv", partners_csv({"1,CCAS,,48.0,2.001,beaucoup", "2,,,48.0,2.002,2"}));
    CHECK(r.table.partners[0].status == PartnerStatus::ok);
    REQUIRE(r.table.partners[0].notes.size() == 1);
    CHECK(r.table.partners[0].notes[0].find("beaucoup") != std::string::npos);
    CHECK_FALSE(r.table.partners[0].orientations.has_value());
    CHECK(r.table.partners[1].notes.front() == "structure sans nom");
    CHECK(r.table.partners[1].id == "2");
}

TEST_CASE("every row of the file is in the ranking, in one list or another") {
    std::vector<std::string> rows;
    for (int i = 0; i < 40; ++i) {
        const double lon = 1.999 + 0.0003 * i;  // some west of the network, most along Main Street
        rows.push_back(std::to_string(i) + ",Structure " + std::to_string(i) + ",,48.0," + std::to_string(lon) + ",");
    }
    rows.push_back("40,Structure 40,,,,");
    const Ranking r = rank_file("all-rows.csv", partners_csv(rows));
    CHECK(r.rows.size() == 41);
    std::vector<bool> seen(41, false);
    for (const auto& row : r.rows) seen[row.partner] = true;
    CHECK(std::all_of(seen.begin(), seen.end(), [](bool b) { return b; }));
    CHECK(r.count(PartnerList::prospect) + r.count(PartnerList::outreach) + r.count(PartnerList::beyond) +
              r.count(PartnerList::unranked) ==
          41);
}
