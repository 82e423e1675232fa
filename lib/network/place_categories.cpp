// The flyer places' categories, as data: the ids the command line takes, the French
// label the lists and legends print, and a marker colour each (ColorBrewer Paired and
// Set1, told apart on a printed poster).

#include <alentour/error.hpp>
#include <alentour/places.hpp>

namespace alentour {

const std::vector<PlaceCategory>& place_categories() {
    static const std::vector<PlaceCategory> categories = {
        {"pharmacie", "Pharmacie", "#33a02c"},
        {"medecin", "Médecin, centre de santé", "#1f78b4"},
        {"mairie", "Mairie", "#a65628"},
        {"bibliotheque", "Bibliothèque, médiathèque", "#6a3d9a"},
        {"poste", "Bureau de poste", "#ffd700"},
        {"services_sociaux", "France Services, services sociaux", "#e31a1c"},
        {"centre_social", "Centre social, maison de quartier", "#ff7f00"},
        {"association", "Association", "#b15928"},
        {"college_lycee", "Collège, lycée", "#00838f"},
        {"supermarche", "Supermarché, marché", "#666666"},
    };
    return categories;
}

namespace {

std::string valid_ids() {
    std::string ids;
    for (const auto& c : place_categories()) ids += (ids.empty() ? "" : ", ") + c.id;
    return ids;
}

} // namespace

const PlaceCategory& place_category(std::string_view id) {
    for (const auto& c : place_categories()) {
        if (c.id == id) return c;
    }
    throw InputError("unknown place category '" + std::string(id) + "'; the categories are: " + valid_ids());
}

std::vector<std::string> parse_place_categories(std::string_view list, std::string_view option) {
    std::vector<std::string> ids;
    while (!list.empty()) {
        const auto comma = list.find(',');
        std::string_view id = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
        while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
        if (id.empty()) continue;
        try {
            ids.push_back(place_category(id).id);
        } catch (const InputError& e) {
            throw InputError(e.reason(), {"", 0, std::string(option)});
        }
    }
    if (ids.empty()) {
        for (const auto& c : place_categories()) ids.push_back(c.id);
    }
    return ids;
}

} // namespace alentour
