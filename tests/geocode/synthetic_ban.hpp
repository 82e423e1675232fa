#pragma once
// A made-up département in the BAN's format, as large as asked: real-looking communes
// (some sharing a name), streets named as French streets are, numbers with bis and ter.
// Seeded: the same rows every time. Used by the agreement test and the benchmark.

#include "ban_files.hpp"

#include <random>
#include <set>

namespace alentour::test {

inline const std::vector<std::string>& street_types() {
    static const std::vector<std::string> t = {"Rue", "Rue", "Rue", "Avenue", "Boulevard", "Place", "Impasse", "Allée", "Chemin", "Square",
                                               "Passage", "Quai", "Route", "Villa", "Sentier", "Cours"};
    return t;
}

inline const std::vector<std::string>& street_names() {
    static const std::vector<std::string> n = {
        "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "de Paris", "Pasteur", "des Écoles", "de la Gare",
        "du Maréchal Foch", "Gambetta", "Émile Zola", "Saint-Exupéry", "de l'Église", "des Tilleuls", "du Moulin", "Sainte-Catherine",
        "Anatole France", "Jules Ferry", "Paul Vaillant-Couturier", "Gabriel Péri", "de la Liberté", "des Lilas", "du Château",
        "de Verdun", "Carnot", "Voltaire", "Jean Moulin", "du 8 Mai 1945", "du 11 Novembre 1918", "des Peupliers", "de la Mairie",
        "Henri Barbusse", "Maurice Thorez", "Pierre Brossolette", "Danielle Casanova", "Louise Michel", "Marcel Cachin", "de Bretagne",
        "des Vignes", "du Docteur Schweitzer", "Saint-Simon", "de la Fontaine", "Pablo Picasso", "Joliot-Curie", "Robespierre",
        "Édouard Vaillant", "Lucien Français", "de Créteil", "des Mèches", "du Port", "de Choisy", "de Bonneuil", "Montaigne",
        "de l'Abbaye", "du Général Leclerc", "Charles Péguy", "Racine", "Molière", "Condorcet", "Rouget de Lisle", "des Sablières",
        "de Stalingrad", "Georges Clemenceau", "du Président Wilson", "Léon Blum", "Aristide Briand", "Paul Éluard", "Camille Desmoulins",
        "des Acacias", "des Marronniers", "du Bois", "de la Paix", "Sadi Carnot", "Albert Thomas", "Youri Gagarine", "de l'Industrie",
        "Lamartine", "Alfred de Musset", "Saint-Exupéry", "des Mûriers", "du Lieutenant Dagorno", "de la Croix", "de Normandie",
        "Beethoven", "Mozart", "Pierre et Marie Curie", "de la Convention", "Danton", "Auguste Blanqui", "de l'Espérance",
    };
    return n;
}

inline const std::vector<std::string>& commune_names() {
    static const std::vector<std::string> c = {
        "Créteil", "Vitry-sur-Seine", "Champigny-sur-Marne", "Saint-Maur-des-Fossés", "Ivry-sur-Seine", "Maisons-Alfort", "Fontenay-sous-Bois",
        "Villejuif", "Vincennes", "Alfortville", "Choisy-le-Roi", "Le Perreux-sur-Marne", "L'Haÿ-les-Roses", "Nogent-sur-Marne",
        "Thiais", "Cachan", "Villeneuve-Saint-Georges", "Orly", "Chevilly-Larue", "Bonneuil-sur-Marne", "Le Kremlin-Bicêtre", "Arcueil",
        "Gentilly", "Charenton-le-Pont", "Saint-Mandé", "Joinville-le-Pont", "Bry-sur-Marne", "Villiers-sur-Marne", "Sucy-en-Brie",
        "Boissy-Saint-Léger", "Limeil-Brévannes", "Valenton", "Ormesson-sur-Marne", "Chennevières-sur-Marne", "La Queue-en-Brie",
        "Noiseau", "Mandres-les-Roses", "Périgny", "Santeny", "Marolles-en-Brie", "Villecresnes", "Rungis", "Fresnes", "Ablon-sur-Seine",
        "Villeneuve-le-Roi", "Saint-Maurice", "Le Plessis-Trévise", "Chevilly", "Villiers",
    };
    return c;
}

// About `rows` rows over as many communes as needed (about 2 000 rows each; names
// repeat with a new postcode past the list, as "Villiers" does in several départements).
inline std::vector<BanAddress> synthetic_ban(std::size_t rows, unsigned seed = 94) {
    std::mt19937 random(seed);
    const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(std::uniform_int_distribution<std::size_t>(0, n - 1)(random)); };
    std::vector<BanAddress> out;
    out.reserve(rows + 100);
    for (std::size_t c = 0; out.size() < rows; ++c) {
        const std::string commune = commune_names()[c % commune_names().size()];
        const std::string insee = std::to_string(94000 + c + 1);
        const std::string postcode = std::to_string(94000 + 10 * (c % 99) + c / 99);
        const double lat0 = 48.70 + 0.02 * static_cast<double>(c % 13), lon0 = 2.30 + 0.03 * static_cast<double>(c / 13 % 20);
        std::set<std::string> used;
        for (std::size_t s = 0; s < 60 && out.size() < rows; ++s) {
            const std::string street = street_types()[pick(street_types().size())] + " " + street_names()[pick(street_names().size())];
            if (!used.insert(street).second) continue;
            const int count = 5 + static_cast<int>(pick(60));
            for (int n = 1; n <= count; ++n) {
                const double lat = lat0 + 0.0003 * static_cast<double>(s), lon = lon0 + 0.00005 * n;
                out.push_back({n, "", street, postcode, insee, commune, lat, lon});
                if (pick(12) == 0) out.push_back({n, pick(3) == 0 ? "ter" : "bis", street, postcode, insee, commune, lat + 1e-5, lon});
            }
        }
    }
    return out;
}

} // namespace alentour::test
