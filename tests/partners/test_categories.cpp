// The category table: every code of the standards is in it, names are read as people
// write them, and a user's file changes weights or the mapping.

#include "partner_support.hpp"

#include <alentour/error.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace alentour;
using namespace alentour::test;

namespace {

std::string category_of_name(const CategoryTable& table, const std::string& name) {
    const auto m = table.from_name(name);
    return m ? m->category : "";
}

} // namespace

TEST_CASE("names say the category the way teams write them") {
    const CategoryTable table;
    CHECK(category_of_name(table, "CCAS de Créteil") == "ccas");
    CHECK(category_of_name(table, "C.C.A.S. de Bonneuil") == "ccas");
    CHECK(category_of_name(table, "CCAS de la Ville de Vitry") == "ccas");  // met first in the name
    CHECK(category_of_name(table, "Agence France Travail Créteil") == "france_travail");
    CHECK(category_of_name(table, "Pôle emploi Maisons-Alfort") == "france_travail");
    CHECK(category_of_name(table, "POLE EMPLOI IVRY") == "france_travail");
    CHECK(category_of_name(table, "Mission Locale Bords de Marne") == "mission_locale");
    CHECK(category_of_name(table, "EDS de Champigny") == "departement");
    CHECK(category_of_name(table, "Espace Départemental des Solidarités") == "departement");
    CHECK(category_of_name(table, "Caf du Val-de-Marne") == "caf_cpam");
    CHECK(category_of_name(table, "Café associatif") == "");  // "caf" is a word, not a prefix
    CHECK(category_of_name(table, "Mairie de Créteil") == "mairie");
    CHECK(category_of_name(table, "Hôtel de Ville") == "mairie");
    CHECK(category_of_name(table, "France Services de la mairie de Sucy") == "france_services");
    CHECK(category_of_name(table, "Secours Populaire Français") == "association");
    CHECK(category_of_name(table, "France Terre d'Asile") == "association");
    CHECK(category_of_name(table, "Emmaüs Connect") == "mediation_numerique");  // longer pattern at the same place
    CHECK(category_of_name(table, "Emmaüs Solidarité") == "association");
    CHECK(category_of_name(table, "Boulangerie Dupont") == "");
}

TEST_CASE("a categorie column is read by id, label, alias, code or name") {
    const CategoryTable table;
    const auto category = [&](const std::string& text) {
        const auto m = table.from_category_text(text);
        return m ? m->category : std::string("?");
    };
    CHECK(category("ccas") == "ccas");
    CHECK(category("CCAS/CIAS") == "ccas");
    CHECK(category("Services sociaux du département") == "departement");
    CHECK(category("département") == "departement");
    CHECK(category("Pôle Emploi") == "france_travail");
    CHECK(category("mission_locale") == "mission_locale");
    CHECK(category("ML") == "mission_locale");
    CHECK(category("CAF") == "caf_cpam");
    CHECK(category("Mairie") == "mairie");
    CHECK(category("MSAP") == "france_services");
    CHECK(category("asso") == "association");
    CHECK(category("EPN") == "mediation_numerique");
    CHECK(category("CHRS") == "association");  // a typologie code
    CHECK(category("Agence Pôle emploi") == "france_travail");  // a name pattern
    CHECK(category("Boulangerie") == "?");
}

TEST_CASE("every data·inclusion typologie code and réseau porteur of the published schemas is in the table") {
    const auto typologies = shared_file("schemas/data-inclusion_v0_typologies-de-structures.json");
    const auto reseaux = shared_file("schemas/data-inclusion_v1_reseaux-porteurs.json");
    ALENTOUR_REQUIRE_SHARED(typologies);
    ALENTOUR_REQUIRE_SHARED(reseaux);
    const CategoryTable table;
    const auto load = [](const std::string& path) {
        std::ifstream in(path);
        return nlohmann::json::parse(in);
    };
    std::size_t count = 0;
    for (const auto& entry : load(typologies)) {
        const std::string code = entry.at("value");
        INFO(code);
        CHECK(table.from_typologie(code).has_value());
        ++count;
    }
    CHECK(count >= 90);
    count = 0;
    for (const auto& entry : load(reseaux)) {
        const std::string value = entry.at("value");
        INFO(value);
        CHECK(table.from_reseau_porteur(value).has_value());
        ++count;
    }
    CHECK(count >= 100);
    // The ones that matter most land where a team expects them.
    CHECK(table.from_typologie("CCAS")->category == "ccas");
    CHECK(table.from_typologie("CIAS")->category == "ccas");
    CHECK(table.from_typologie("FT")->category == "france_travail");
    CHECK(table.from_typologie("ML")->category == "mission_locale");
    CHECK(table.from_typologie("MDS")->category == "departement");
    CHECK(table.from_typologie("RFS")->category == "france_services");
    CHECK(table.from_reseau_porteur("ccas-cias")->category == "ccas");
    CHECK(table.from_reseau_porteur("france-travail")->category == "france_travail");
    CHECK(table.from_reseau_porteur("departements")->category == "departement");
    CHECK(table.from_reseau_porteur("secours-populaire")->category == "association");
}

TEST_CASE("the BPE codes of public services that prescribe") {
    const auto bpe = shared_file("schemas/bpe_typequ_relevant.csv");
    const CategoryTable table;
    CHECK(table.from_typequ("A122")->category == "france_travail");
    CHECK(table.from_typequ("a128")->category == "france_services");
    CHECK(table.from_typequ("A129")->category == "mairie");
    CHECK(table.from_typequ("D506")->category == "association");
    ALENTOUR_REQUIRE_SHARED(bpe);
    std::ifstream in(bpe);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        const std::string code = line.substr(0, line.find(','));
        INFO(code);
        CHECK(table.from_typequ(code).has_value());
    }
}

TEST_CASE("a user's file sets weights, or overrides the mapping field by field") {
    const CategoryTable weights = CategoryTable::from_json(R"({"ccas": 2.5, "association": 0})", "weights.json");
    CHECK(weights.get("ccas").weight == 2.5);
    CHECK(weights.get("association").weight == 0.0);
    CHECK(weights.get("mairie").weight == CategoryTable().get("mairie").weight);

    const CategoryTable custom = CategoryTable::from_json(R"({
        "categories": {"epicerie": {"label": "Épicerie solidaire", "color": "#123456", "weight": 0.7},
                       "mairie": {"color": "#654321"}},
        "names": {"épicerie solidaire": "epicerie", "ville de": null}
    })", "custom.json");
    REQUIRE(custom.find("epicerie") != nullptr);
    CHECK(custom.get("epicerie").label == "Épicerie solidaire");
    CHECK(custom.get("mairie").color == "#654321");
    CHECK(custom.get("mairie").label == "Mairie");  // the rest of the entry stays
    CHECK(custom.from_name("Épicerie Solidaire du Mont-Mesly")->category == "epicerie");
    CHECK_FALSE(custom.from_name("Ville de Créteil").has_value());  // removed by null
    CHECK(custom.from_category_text("Épicerie solidaire")->category == "epicerie");

    // What --print-categories shows is what --category-weights reads back.
    const CategoryTable again = CategoryTable::from_json(custom.to_json(), "printed.json");
    CHECK(again.to_json() == custom.to_json());
    CHECK(nlohmann::json::parse(CategoryTable().to_json()).at("categories").size() == 10);
}

TEST_CASE("a bad category file is refused naming the file and the field") {
    CHECK_THROWS_WITH(CategoryTable::from_json(R"({"cccas": 2})", "w.json"), Catch::Contains("w.json") && Catch::Contains("cccas"));
    CHECK_THROWS_WITH(CategoryTable::from_json(R"({"categories": {"ccas": {"color": "red"}}})", "c.json"),
                      Catch::Contains("#rrggbb"));
    CHECK_THROWS_WITH(CategoryTable::from_json(R"({"names": {"pmi": "protection"}})", "n.json"),
                      Catch::Contains("names.pmi"));
    CHECK_THROWS_WITH(CategoryTable::from_json(R"({"categories": {"autre": null}})", "a.json"), Catch::Contains("autre"));
    CHECK_THROWS_WITH(CategoryTable::from_json("{not json", "bad.json"), Catch::Contains("not valid JSON"));
    CHECK_THROWS_WITH(CategoryTable::from_json(R"({"ccas": -1})", "neg.json"), Catch::Contains("weight"));
    CHECK_THROWS_AS(CategoryTable::load((partner_dir() / "absent.json").string()), InputError);
}

TEST_CASE("names are compared without case, accents or punctuation") {
    CHECK(normalise_name("CCAS de Créteil") == "ccas de creteil");
    CHECK(normalise_name("  C.C.A.S.  -  CRÉTEIL ") == "c c a s creteil");
    CHECK(normalise_name("Œuvre d’Orly") == "oeuvre d orly");
    CHECK(normalise_name("Emmaüs Connect") == normalise_name("EMMAUS CONNECT"));
}
