#include "map/readme.hpp"

#include <algorithm>
#include <utility>

namespace alentour::detail {

const std::vector<std::string>& map_file_names() {
    static const std::vector<std::string> names = {"affiche.pdf", "affiche.png", "affiche.svg", "carte.html", "carte.umap",
                                                   "catchment.geojson", "partners.geojson", "partners.csv", "lieux.geojson", "lieux.csv",
                                                   "LISEZMOI.txt"};
    return names;
}

std::string map_readme(const MapContent& content, const std::vector<std::string>& files) {
    std::string text = content.title + "\n" + std::string(content.title.size() > 80 ? 80 : content.title.size(), '=') + "\n\n";
    text += "Carte produite par alentour le " + content.date_text + " autour de « " + content.space_name + " ».\n\n";
    const std::vector<std::pair<std::string, std::string>> descriptions = {
        {"affiche.pdf", "L'affiche à imprimer (format A3 conseillé) et à placer à l'entrée : la carte des zones, les structures\n  numérotées et leur liste. affiche.png et affiche.svg sont la même affiche en image et en dessin vectoriel."},
        {"carte.html", "La carte interactive : ouvrez-la dans un navigateur, même sans connexion. Cliquez sur un point pour\n  voir la structure ; le sélecteur de couches affiche ou masque les zones et les catégories. Elle peut être\n  mise en ligne telle quelle sur votre site."},
        {"carte.umap", "La carte pour uMap (umap.openstreetmap.fr) : créez une carte, ouvrez « Importer des données »,\n  choisissez ce fichier et le type « umap » ; les couches, couleurs et bulles sont reprises."},
        {"catchment.geojson", "Les zones de la carte (« " + content.bands_heading + " ») en 10, 20, 30 minutes… (GeoJSON), pour QGIS,\n  geojson.io ou tout outil web."},
        {"partners.geojson", "Les structures partenaires en points, avec leur temps d'accès et la raison de leur rang."},
        {"partners.csv", "La liste classée des structures, à ouvrir dans un tableur (séparateur ; et virgule décimale) :\n  à prospecter (prospect), pour un atelier itinérant (outreach), et celles non classées avec la raison."},
        {"lieux.csv", "Les lieux où déposer des flyers (pharmacies, médecins, mairies, bibliothèques, bureaux de poste,\n  services sociaux, centres sociaux, associations, collèges et lycées, supermarchés) dans la plus grande zone,\n  du plus proche au plus loin ; lieux.geojson les donne en points."}};
    for (const auto& [name, description] : descriptions) {
        if (std::find(files.begin(), files.end(), name) != files.end()) text += "- " + name + " : " + description + "\n";
    }
    text += "\n" + content.attribution + ".\n";
    return text;
}

} // namespace alentour::detail
