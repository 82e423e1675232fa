// Geocoding on a tiny BAN file written here: every kind of address people write, the
// score's order, and what is said when nothing is good enough.

#include "ban_files.hpp"
#include "support.hpp"

#include <alentour/error.hpp>
#include <alentour/geocode.hpp>

#include <algorithm>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

// Créteil with six streets; two communes named Villiers (94350 and 94999) each with a
// Rue de la Mairie; Maisons-Alfort with its own Rue de la Paix.
std::vector<BanAddress> tiny_world() {
    std::vector<BanAddress> rows;
    const auto street = [&](const std::string& name, const std::string& postcode, const std::string& insee, const std::string& commune,
                            std::vector<std::pair<int, std::string>> numbers, double lat) {
        for (const auto& [n, rep] : numbers) rows.push_back({n, rep, name, postcode, insee, commune, lat, 2.45 + n * 1e-4 + (rep.empty() ? 0 : 5e-5)});
    };
    street("Rue de la Paix", "94000", "94028", "Créteil", {{1, ""}, {2, ""}, {3, ""}, {5, ""}, {12, ""}, {12, "bis"}, {14, ""}, {20, ""}}, 48.780);
    street("Avenue du Général de Gaulle", "94000", "94028", "Créteil", {{1, ""}, {3, ""}, {5, ""}, {7, ""}, {9, ""}}, 48.781);
    street("Boulevard Jean Jaurès", "94000", "94028", "Créteil", {{2, ""}, {4, ""}, {6, ""}}, 48.782);
    street("Impasse des Lilas", "94000", "94028", "Créteil", {{1, ""}, {2, ""}}, 48.783);
    street("Rue Sainte-Geneviève", "94000", "94028", "Créteil", {{8, ""}, {10, ""}}, 48.784);
    street("Place de l'Église", "94000", "94028", "Créteil", {{1, ""}}, 48.785);
    street("Rue de la Mairie", "94350", "94079", "Villiers", {{3, ""}, {4, ""}}, 48.800);
    street("Rue de la Mairie", "94999", "94999", "Villiers", {{3, ""}, {4, ""}}, 48.900);
    street("Rue de la Paix", "94700", "94046", "Maisons-Alfort", {{12, ""}, {14, ""}}, 48.810);
    rows.push_back({0, "", "Les Hauts Prés", "94000", "94028", "Créteil", 48.79, 2.47});  // a lieu-dit: no number
    return rows;
}

struct World {
    fs::path dir;
    Geocoder geocoder;
};

Geocoder index_of(const fs::path& dir, const std::string& ban_name, bool gzip) {
    const fs::path ban = dir / ban_name, index = dir / (ban_name + ".alentour-ban");
    if (gzip) {
        write_gzip(ban, ban_text(tiny_world()));
    } else {
        write_plain(ban, ban_text(tiny_world()));
    }
    const GeocodeIndexStats stats = build_geocode_index({ban.string()}, index.string(), true);
    CHECK(stats.rows == tiny_world().size());
    CHECK(stats.addresses == tiny_world().size() - 1);  // the lieu-dit is no numbered point
    CHECK(stats.streets == 10);
    return Geocoder::load(index.string());
}

const Geocoder& world() {
    static const Geocoder geocoder = index_of(scratch_dir("geocode"), "adresses-94.csv.gz", true);
    return geocoder;
}

GeocodeResult find(const std::string& address, const std::string& postcode = "", const std::string& commune = "", double min_score = 0.6) {
    return world().geocode({address, postcode, commune}, {min_score});
}

// Where the BAN row of that number and suffix lies, computed here from the rows.
LatLon where(const std::string& street, const std::string& postcode, int number, const std::string& rep = "") {
    for (const auto& r : tiny_world()) {
        if (r.street == street && r.postcode == postcode && r.number == number && r.rep == rep) return {r.lat, r.lon};
    }
    FAIL("no such row in the test world");
    return {};
}

void check_at(const GeocodeResult& r, LatLon expected) {
    REQUIRE(r.best);
    CHECK(haversine_metres(r.best->position, expected) < 0.05);
}

bool has_note(const GeocodeResult& r, const std::string& text) {
    return std::any_of(r.notes.begin(), r.notes.end(), [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("An exact address is placed at its house number with score 1 and the BAN's label") {
    const auto r = find("12 Rue de la Paix", "94000", "Créteil");
    CHECK(r.status == GeocodeStatus::housenumber);
    REQUIRE(r.best);
    CHECK(r.best->score == Approx(1.0));
    CHECK(r.best->label == "12 Rue de la Paix 94000 Créteil");
    check_at(r, where("Rue de la Paix", "94000", 12));
    CHECK(r.notes.empty());
}

TEST_CASE("Accents, case, hyphens and apostrophes do not matter") {
    for (const auto& [address, commune] : std::vector<std::pair<std::string, std::string>>{
             {"12 RUE DE LA PAIX", "CRETEIL"}, {"5 avenue du general de gaulle", "creteil"}, {"8 rue sainte genevieve", "Créteil"},
             {"1 place de l eglise", "Creteil"}, {"1 Place de l’Église", "CRÉTEIL"}}) {
        const auto r = find(address, "94000", commune);
        INFO(address);
        CHECK(r.status == GeocodeStatus::housenumber);
        REQUIRE(r.best);
        CHECK(r.best->score == Approx(1.0));
    }
    check_at(find("8 rue sainte genevieve", "94000", "creteil"), where("Rue Sainte-Geneviève", "94000", 8));
}

TEST_CASE("Abbreviations people write are spelled out") {
    const auto gaulle = where("Avenue du Général de Gaulle", "94000", 5);
    for (const auto* address : {"5 av. du Gal de Gaulle", "5 AV GENERAL DE GAULLE", "5, av du gén. de Gaulle"}) {
        const auto r = find(address, "94000", "Créteil");
        INFO(address);
        CHECK(r.status == GeocodeStatus::housenumber);
        check_at(r, gaulle);
        CHECK(r.best->score == Approx(1.0));
    }
    check_at(find("4 bd Jean-Jaurès", "94000", "Créteil"), where("Boulevard Jean Jaurès", "94000", 4));
    check_at(find("2 imp. des Lilas", "94000", "Créteil"), where("Impasse des Lilas", "94000", 2));
    check_at(find("10 r ste Geneviève", "94000", "Créteil"), where("Rue Sainte-Geneviève", "94000", 10));
    check_at(find("1 pl. de l'Eglise", "94000", "Créteil"), where("Place de l'Église", "94000", 1));
}

TEST_CASE("bis, ter: '12 bis', '12b' and '12B' find 12 bis; 12 alone finds 12") {
    const auto bis = where("Rue de la Paix", "94000", 12, "bis");
    for (const auto* address : {"12 bis rue de la Paix", "12bis rue de la Paix", "12b rue de la Paix", "12B rue de la Paix", "12 B rue de la Paix"}) {
        const auto r = find(address, "94000", "Créteil");
        INFO(address);
        check_at(r, bis);
        CHECK(r.best->label == "12 bis Rue de la Paix 94000 Créteil");
        CHECK(r.best->score >= 0.98);
    }
    check_at(find("12 rue de la Paix", "94000", "Créteil"), where("Rue de la Paix", "94000", 12));
    const auto ter = find("14 ter rue de la Paix", "94000", "Créteil");  // no 14 ter: 14, said
    check_at(ter, where("Rue de la Paix", "94000", 14));
    CHECK(ter.best->score < 1.0);
    CHECK(has_note(ter, "14 ter absent"));
}

TEST_CASE("A misspelt street is found, with a lower score") {
    const auto paux = find("12 rue de la Paux", "94000", "Créteil");
    check_at(paux, where("Rue de la Paix", "94000", 12));
    CHECK(paux.status == GeocodeStatus::housenumber);
    CHECK(paux.best->score < 1.0);
    CHECK(has_note(paux, "voie « Rue de la Paix »"));
    const auto gaule = find("7 avenue du Général de Gaule", "94000", "Créteil");
    check_at(gaule, where("Avenue du Général de Gaulle", "94000", 7));
    const auto jaures = find("6 boulevard Jean Juarès", "94000", "Créteil");  // two letters swapped
    check_at(jaures, where("Boulevard Jean Jaurès", "94000", 6));
    const auto commune = find("6 boulevard Jean Jaurès", "94000", "Créteuil");
    check_at(commune, where("Boulevard Jean Jaurès", "94000", 6));
}

TEST_CASE("A wrong postcode or commune lowers the score but still matches, and is said") {
    const auto postcode = find("12 rue de la Paix", "94010", "Créteil");
    check_at(postcode, where("Rue de la Paix", "94000", 12));
    CHECK(postcode.best->score < 1.0);
    CHECK(postcode.best->score >= 0.6);
    CHECK(has_note(postcode, "code postal 94000 au lieu de 94010"));
    const auto commune = find("3 avenue du Général de Gaulle", "94000", "Vitry-sur-Seine");
    check_at(commune, where("Avenue du Général de Gaulle", "94000", 3));
    CHECK(commune.best->score < 1.0);
    CHECK(commune.status == GeocodeStatus::housenumber);
}

TEST_CASE("A street without that number, or no number at all: the street's middle") {
    const auto absent = find("250 rue de la Paix", "94000", "Créteil");
    CHECK(absent.status == GeocodeStatus::street);
    CHECK(absent.best->label == "Rue de la Paix 94000 Créteil");
    CHECK(has_note(absent, "numéro 250 absent de la voie"));
    // The middle: the median of the numbered points, in number order (1 2 3 5 12 12bis 14 20 → the 4th, number 5).
    std::vector<std::pair<int, std::string>> numbers;
    for (const auto& r : tiny_world()) {
        if (r.street == "Rue de la Paix" && r.postcode == "94000") numbers.emplace_back(r.number, r.rep);
    }
    std::sort(numbers.begin(), numbers.end());
    const auto& median = numbers[(numbers.size() - 1) / 2];
    check_at(absent, where("Rue de la Paix", "94000", median.first, median.second));
    const auto none = find("rue de la Paix", "94000", "Créteil");
    CHECK(none.status == GeocodeStatus::street);
    check_at(none, where("Rue de la Paix", "94000", median.first, median.second));
    CHECK(none.best->score > absent.best->score);
    const auto lieu_dit = find("Les Hauts Prés", "94000", "Créteil");
    CHECK(lieu_dit.status == GeocodeStatus::street);
    check_at(lieu_dit, {48.79, 2.47});
}

TEST_CASE("Two communes of the same name: the postcode decides") {
    const auto a = find("3 rue de la Mairie", "94350", "Villiers");
    const auto b = find("3 rue de la Mairie", "94999", "Villiers");
    check_at(a, where("Rue de la Mairie", "94350", 3));
    check_at(b, where("Rue de la Mairie", "94999", 3));
    CHECK(a.best->label == "3 Rue de la Mairie 94350 Villiers");
    CHECK(b.best->label == "3 Rue de la Mairie 94999 Villiers");
    CHECK(a.best->score == Approx(1.0));
    // Without the postcode the two are as good as each other: not a silent guess.
    const auto either = find("3 rue de la Mairie", "", "Villiers");
    CHECK(either.status == GeocodeStatus::address_not_found);
    CHECK(has_note(either, "ambigu"));
}

TEST_CASE("The postcode and commune may be in the address cell") {
    const auto r = find("12 rue de la Paix 94700 Maisons-Alfort");
    check_at(r, where("Rue de la Paix", "94700", 12));
    CHECK(r.best->score == Approx(1.0));
    const auto cedex = find("Résidence du Parc, 3 rue de la Mairie, BP 12, 94999 Villiers Cedex");
    check_at(cedex, where("Rue de la Mairie", "94999", 3));
}

TEST_CASE("Scores fall in the order of how much the address had to be bent") {
    const double exact = find("12 rue de la Paix", "94000", "Créteil").best->score;
    const double abbreviated = find("12 r. de la Paix", "94000", "Créteil").best->score;
    const double misspelt = find("12 rue de la Paux", "94000", "Créteil").best->score;
    const double no_number = find("rue de la Paix", "94000", "Créteil").best->score;
    const double absent_number = find("250 rue de la Paix", "94000", "Créteil").best->score;
    const double wrong_postcode = find("12 rue de la Paix", "94010", "Créteil").best->score;
    const double both_wrong = find("12 rue de la Paux", "94010", "Vitry").best->score;
    CHECK(exact == Approx(1.0));
    CHECK(abbreviated == Approx(exact));
    CHECK(misspelt < exact);
    CHECK(no_number < exact);
    CHECK(absent_number < no_number);
    CHECK(wrong_postcode < exact);
    CHECK(both_wrong < misspelt);
    CHECK(both_wrong < wrong_postcode);
    for (const double s : {exact, misspelt, no_number, absent_number, wrong_postcode, both_wrong}) {
        CHECK(s >= 0.0);
        CHECK(s <= 1.0);
    }
}

TEST_CASE("Under --min-score: address_not_found, with the best candidate and its score") {
    const auto unknown = find("8 rue Totalement Inconnue", "94000", "Créteil");
    CHECK(unknown.status == GeocodeStatus::address_not_found);
    REQUIRE(unknown.best);
    CHECK(unknown.best->score < 0.6);
    REQUIRE(!unknown.notes.empty());
    CHECK(unknown.notes.front().find("meilleur candidat : « ") == 0);
    CHECK(unknown.notes.front().find(unknown.best->label) != std::string::npos);
    const auto strict = find("12 rue de la Paux", "94000", "Créteil", 0.99);
    CHECK(strict.status == GeocodeStatus::address_not_found);
    CHECK(strict.best->label == "12 Rue de la Paix 94000 Créteil");
    CHECK(find("", "94000", "Créteil").status == GeocodeStatus::no_address);
}

TEST_CASE("A plain CSV file gives the same index as its gzip") {
    const auto dir = scratch_dir("geocode-plain");
    const Geocoder plain = index_of(dir, "adresses-94.csv", false);
    for (const auto* address : {"12 bis rue de la Paix", "5 av du Gal de Gaulle", "250 rue de la Paix", "rue de la Paux"}) {
        const auto a = plain.geocode({address, "94000", "Créteil"});
        const auto b = world().geocode({address, "94000", "Créteil"});
        REQUIRE(a.best);
        CHECK(a.best->label == b.best->label);
        CHECK(a.best->score == b.best->score);
    }
}
