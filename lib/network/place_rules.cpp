// The rules that make an OSM object a flyer place, as data: the first rule that matches
// gives the category, unless a refusal matches first. Each says why.

#include "place_rules.hpp"

#include <osmium/osm/tag.hpp>

#include <cctype>
#include <string_view>

namespace alentour::detail {
namespace {

enum class How {
    exact,     // the value is one of `values`
    token,     // one of the value's parts (split on ; , - and spaces) is one of `values`: isced:level=2;3
    contains,  // the value holds one of `values`, ignoring ASCII case: a name
};

// `keys` and `values` are '|'-separated alternatives; the value "*" takes any value,
// "-" the key's absence. An empty test (keys == nullptr) always holds.
struct TagTest {
    const char* keys = nullptr;
    const char* values = "*";
    How how = How::exact;
};

struct PlaceRule {
    const char* category;
    TagTest match;
    TagTest also;    // must hold as well
    TagTest unless;  // must not hold
    const char* why;
};

struct Refusal {
    TagTest match;
    TagTest also;
    const char* why;
};

constexpr Refusal refusals[] = {
    {{"disused|abandoned", "yes"}, {}, "a closed place keeps its tags with disused=yes: nobody is met there"},
    {{"access", "private|no"}, {}, "the public cannot walk in"},
    {{"office", "*"}, {"amenity", "school"},
     "an office tagged as a school is a school's administration (an OGEC, a rectorat service), not where pupils and parents are met"},
    {{"office", "*"}, {"school:FR|isced:level", "*"}, "the same office, told by its school tags"},
};

constexpr PlaceRule rules[] = {
    {"pharmacie", {"amenity|healthcare", "pharmacy"}, {}, {},
     "pharmacists see every generation, and the elderly often; checked before healthcare=* which also tags pharmacies"},
    {"medecin", {"amenity", "doctors|clinic|dentist|hospital"}, {}, {},
     "waiting rooms hold flyers; a clinic or health centre is several doctors; a hospital has its social service"},
    {"medecin", {"healthcare", "*"}, {}, {}, "healthcare=* tags centres de santé, nurses and therapists the public visits"},
    {"mairie", {"amenity", "townhall"}, {"townhall:type", "city|-"}, {},
     "the commune's own mairie; other townhall:type values (community, village hall) are halls, not the reception desk"},
    {"bibliotheque", {"amenity", "library"}, {}, {}, "libraries and médiathèques (amenity=library) often host digital help already"},
    {"bibliotheque", {"name", "mediatheque|médiathèque", How::contains}, {"amenity", "*"}, {"highway", "*"},
     "a médiathèque tagged as an arts or community centre; the name alone would catch a street"},
    {"poste", {"amenity", "post_office"}, {}, {}, "post offices and relais poste, where people come for their paperwork"},
    {"services_sociaux", {"amenity", "social_facility"}, {}, {}, "social facilities meet the public the space serves"},
    {"services_sociaux", {"government", "social_services|social_security|social_welfare"}, {"office", "government"}, {},
     "CCAS, CAF, CPAM desks: tagged office=government with what they govern"},
    {"services_sociaux", {"name", "france services|maison de services au public", How::contains}, {"office|amenity", "*"}, {},
     "France Services centres have no tag of their own; their name says it"},
    {"centre_social", {"amenity", "community_centre|social_centre"}, {}, {}, "centres sociaux and maisons de quartier"},
    {"association", {"office", "association|ngo"}, {}, {}, "an association's premises, where its members are met"},
    {"association", {"club", "social|senior"}, {}, {},
     "clubs where seniors meet; other club=* (sport, hobbies) are left out, as their members are not the public sought"},
    {"college_lycee", {"school:FR", "collège|college|lycée|lycee|secondaire"}, {"amenity", "school"}, {},
     "collèges and lycées, where a Conseiller numérique meets pupils and their parents"},
    {"college_lycee", {"isced:level", "2|3", How::token}, {"amenity", "school"}, {},
     "ISCED 2 is the collège, 3 the lycée; a primary school (ISCED 0 or 1) does not count"},
    {"supermarche", {"shop", "supermarket"}, {}, {}, "everyone shops there; a notice board or the entrance takes flyers"},
    {"supermarche", {"amenity", "marketplace"}, {}, {}, "market days, where a stand meets the public"},
};

// Splits `list` on `separator` and calls `f` on each part until it returns true.
template <typename F>
bool any_of_list(std::string_view list, char separator, F&& f) {
    while (true) {
        const auto cut = list.find(separator);
        if (f(list.substr(0, cut))) return true;
        if (cut == std::string_view::npos) return false;
        list.remove_prefix(cut + 1);
    }
}

bool contains_ignoring_case(std::string_view text, std::string_view part) {
    if (part.size() > text.size()) return false;
    for (std::size_t i = 0; i + part.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < part.size() && std::tolower(static_cast<unsigned char>(text[i + k])) == static_cast<unsigned char>(part[k])) ++k;
        if (k == part.size()) return true;
    }
    return false;
}

bool value_matches(std::string_view value, std::string_view wanted, How how) {
    if (wanted == "*") return true;
    switch (how) {
    case How::exact: return value == wanted;
    case How::contains: return contains_ignoring_case(value, wanted);
    case How::token:
        for (std::size_t start = 0; start < value.size();) {
            const auto end = value.find_first_of(";,- ", start);
            if (value.substr(start, end - start) == wanted) return true;
            if (end == std::string_view::npos) break;
            start = end + 1;
        }
        return false;
    }
    return false;
}

bool holds(const TagTest& test, const osmium::TagList& tags) {
    if (test.keys == nullptr) return true;
    return any_of_list(test.keys, '|', [&](std::string_view key) {
        const char* value = tags.get_value_by_key(std::string(key).c_str());
        return any_of_list(test.values, '|', [&](std::string_view wanted) {
            if (wanted == "-") return value == nullptr;
            return value != nullptr && value_matches(value, wanted, test.how);
        });
    });
}

bool refused(const osmium::TagList& tags) {
    for (const auto& r : refusals) {
        if (holds(r.match, tags) && holds(r.also, tags)) return true;
    }
    return false;
}

} // namespace

const PlaceCategory* classify_place(const osmium::TagList& tags) {
    if (tags.empty() || refused(tags)) return nullptr;
    for (const auto& rule : rules) {
        if (holds(rule.match, tags) && holds(rule.also, tags) && (rule.unless.keys == nullptr || !holds(rule.unless, tags))) {
            return &place_category(rule.category);
        }
    }
    return nullptr;
}

} // namespace alentour::detail
