// Matching an address against the index. Every street is first given a quick likeness
// (shared trigrams, weighted by how well its commune and postcode agree); the best few
// are then scored exactly: the street's name, its commune and postcode, the house number.

#include "geocode/address_text.hpp"
#include "geocode/index.hpp"

#include "core/french.hpp"

#include <alentour/geocode.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <queue>
#include <unordered_map>

namespace alentour {
namespace {

using detail::GeocodeIndex;
using detail::ParsedAddress;
using detail::StreetGuess;
using detail::StreetRecord;

constexpr std::size_t shortlist = 32;

std::uint32_t postcode_number(const std::string& code) { return code.empty() ? 0 : static_cast<std::uint32_t>(std::stoul(code)); }

std::string postcode_text(std::uint32_t code) {
    if (code == 0) return {};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%05u", code);
    return buffer;
}

// How well the locality of a street agrees with the query's postcode and commune: a
// postcode or commune that disagrees lowers the score, both together more.
struct Locality {
    bool postcode_given = false, commune_given = false;
    std::uint32_t postcode = 0;
    std::vector<double> commune;  // likeness of the query's commune to each commune of the index

    double factor(const StreetRecord& s) const {
        const bool postcode_ok = s.postcode == postcode;
        const double c = commune_given ? commune[s.commune] : 0.0;
        const double commune_ok = c >= 0.75 ? c : 0.0;
        if (postcode_given && commune_given) return 0.5 + 0.25 * (postcode_ok ? 1.0 : 0.0) + 0.25 * commune_ok;
        if (postcode_given) return postcode_ok ? 1.0 : 0.7;
        if (commune_given) return commune_ok > 0 ? 0.7 + 0.3 * commune_ok : 0.6;
        return 0.8;
    }
};

Locality locality_of(const GeocodeIndex& index, const ParsedAddress& parsed) {
    Locality l;
    l.postcode_given = !parsed.postcode.empty();
    l.postcode = postcode_number(parsed.postcode);
    l.commune_given = !parsed.commune.empty();
    if (!l.commune_given) return l;
    l.commune.resize(index.communes.size(), 0.0);
    const std::string_view q = parsed.commune;
    // Many communes share a name or a postal name: each distinct key is compared once.
    std::unordered_map<std::string_view, double> seen;
    for (std::size_t c = 0; c < index.communes.size(); ++c) {
        for (const auto& key : index.communes[c].keys) {
            const std::string_view k = index.str(key);
            if (k.empty()) continue;
            auto [it, added] = seen.try_emplace(k, 0.0);
            // Likeness is at most 1 − (length difference)/(longer length): skip what cannot reach 0.75.
            const double longer = static_cast<double>(std::max(q.size(), k.size()));
            if (added && std::fabs(static_cast<double>(q.size()) - static_cast<double>(k.size())) <= 0.25 * longer) {
                it->second = detail::likeness(q, k);
            }
            l.commune[c] = std::max(l.commune[c], it->second);
        }
    }
    return l;
}

// The street's words against the query's: its type (rue, avenue…) counts little, its
// name much, and an edit costs more in a short name than in a long one.
double street_likeness(const StreetGuess& guess, std::string_view key) {
    if (guess.key == key) return 1.0;
    const std::string_view name = detail::without_type(key);
    const std::string_view asked = guess.has_type ? detail::without_type(guess.key) : std::string_view(guess.key);
    double type = 0.7;  // the query names no type
    if (guess.has_type) {
        const std::string_view asked_type = std::string_view(guess.key).substr(0, guess.key.size() - asked.size());
        type = key.substr(0, key.size() - name.size()) == asked_type ? guess.type_likeness : 0.0;
    }
    return 0.15 * type + 0.85 * std::pow(detail::likeness(asked, name), 1.5);
}

struct Scored {
    double score = 0.0;
    std::uint32_t street = 0;
    const StreetGuess* guess = nullptr;
    GeocodeCandidate candidate;
    std::vector<std::string> notes;
};

std::string label_of(const GeocodeIndex& index, const StreetRecord& s, std::string_view number) {
    std::string label(number);
    if (!label.empty()) label += ' ';
    label += index.str(s.name);
    if (s.postcode) label += " " + postcode_text(s.postcode);
    return label + " " + std::string(index.str(index.communes[s.commune].name));
}

// A point's suffix; the index pads it with NULs, and a file is not trusted to end it.
std::string_view suffix_of(const detail::PointRecord& p) noexcept { return {p.suffix, ::strnlen(p.suffix, sizeof p.suffix)}; }

// The house number on the street: its point and how well it answers.
void place_number(const GeocodeIndex& index, const StreetRecord& s, const StreetGuess& guess, Scored& out) {
    const auto middle = [&](double factor, std::string note) {
        out.candidate.position = to_lat_lon(s.middle);
        out.candidate.label = label_of(index, s, "");
        out.score *= factor;
        out.notes.push_back(std::move(note));
    };
    if (!guess.number) return middle(0.9, "pas de numéro : milieu de la voie");
    const auto begin = index.points.begin() + s.first_point, end = begin + s.point_count;
    auto it = std::lower_bound(begin, end, *guess.number, [](const detail::PointRecord& p, std::uint32_t n) { return p.number < n; });
    const std::string asked = std::to_string(*guess.number) + (guess.suffix.empty() ? "" : " " + guess.suffix);
    if (it == end || it->number != *guess.number) return middle(0.8, "numéro " + asked + " absent de la voie : milieu de la voie");
    double agreement = -1.0;
    auto chosen = it;
    for (auto p = it; p != end && p->number == *guess.number; ++p) {
        const double a = detail::suffix_agreement(guess.suffix, suffix_of(*p));
        if (a > agreement) agreement = a, chosen = p;
    }
    const std::string_view suffix = suffix_of(*chosen);
    const std::string found = std::to_string(chosen->number) + (suffix.empty() ? "" : " " + std::string(suffix));
    out.candidate.position = to_lat_lon(chosen->position);
    out.candidate.label = label_of(index, s, found);
    out.candidate.housenumber = true;
    if (agreement <= 0.0) {
        out.score *= 0.9;
        out.notes.push_back("numéro " + asked + " absent : " + found);
    } else {
        out.score *= agreement;
    }
}

void note_locality(const GeocodeIndex& index, const ParsedAddress& parsed, const Locality& l, const StreetRecord& s, Scored& out) {
    if (l.postcode_given && s.postcode != l.postcode) {
        out.notes.push_back("code postal " + postcode_text(s.postcode) + " au lieu de " + parsed.postcode);
    }
    if (l.commune_given && l.commune[s.commune] < 1.0) {
        out.notes.push_back("commune " + std::string(index.str(index.communes[s.commune].name)) + " pour « " + parsed.commune + " »");
    }
}

Scored score_street(const GeocodeIndex& index, const ParsedAddress& parsed, const Locality& l, std::uint32_t street) {
    const StreetRecord& s = index.streets[street];
    Scored best;
    for (const auto& guess : parsed.streets) {
        const double likeness = street_likeness(guess, index.str(s.key));
        if (!best.guess || likeness > best.score) best.score = likeness, best.guess = &guess;
    }
    best.street = street;
    if (best.score < 1.0) best.notes.push_back("voie « " + std::string(index.str(s.name)) + " »");
    best.score *= l.factor(s);
    note_locality(index, parsed, l, s, best);
    place_number(index, s, *best.guess, best);
    return best;
}

std::vector<std::uint32_t> shortlist_streets(const GeocodeIndex& index, const ParsedAddress& parsed, const Locality& l) {
    // The best few kept in a min-heap; a street whose likeness alone (the locality factor
    // is at most 1) cannot beat the weakest kept is passed over.
    using Entry = std::pair<double, std::uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> best;
    std::vector<float> likenesses(index.streets.size(), 0.0f);
    for (const auto& guess : parsed.streets) detail::signature_likenesses(index.signatures, guess.signature, likenesses);
    for (std::uint32_t s = 0; s < index.streets.size(); ++s) {
        const double likeness = likenesses[s];
        if (likeness <= 0.0 || (best.size() == shortlist && likeness <= best.top().first)) continue;
        const double quick = likeness * l.factor(index.streets[s]);
        if (best.size() < shortlist) {
            best.emplace(quick, s);
        } else if (quick > best.top().first) {
            best.pop();
            best.emplace(quick, s);
        }
    }
    std::vector<std::uint32_t> streets;
    for (; !best.empty(); best.pop()) streets.push_back(best.top().second);
    std::reverse(streets.begin(), streets.end());
    return streets;
}

// Two places that answer as well as each other (Rue and Avenue Jules Ferry for "Jules
// Ferry", one street name in two communes and no postcode): a guess would be silent.
void lower_if_ambiguous(const GeocodeIndex& index, std::vector<Scored>& scored) {
    const Scored& best = scored.front();
    const StreetRecord& a = index.streets[best.street];
    for (std::size_t i = 1; i < scored.size() && scored[i].score >= best.score - 0.03; ++i) {
        const StreetRecord& b = index.streets[scored[i].street];
        // One street split by a postcode or a commune's border is not two places.
        const bool same_name = index.str(a.key) == index.str(b.key);
        if (same_name && (a.commune == b.commune || haversine_metres(best.candidate.position, scored[i].candidate.position) < 300.0)) continue;
        scored.front().score *= 0.5;
        scored.front().notes.push_back("ambigu : aussi « " + scored[i].candidate.label + " » (score " +
                                       detail::french_number(scored[i].score, 2) + ")");
        return;
    }
}

} // namespace

std::string_view geocode_status_code(GeocodeStatus status) noexcept {
    switch (status) {
    case GeocodeStatus::housenumber: return "housenumber";
    case GeocodeStatus::street: return "street";
    case GeocodeStatus::address_not_found: return "address_not_found";
    case GeocodeStatus::no_address: return "no_address";
    }
    return "?";
}

Geocoder Geocoder::load(const std::string& path) { return Geocoder(detail::load_geocode_index(path)); }

std::size_t Geocoder::address_count() const noexcept { return m_index->points.size(); }
std::size_t Geocoder::street_count() const noexcept { return m_index->streets.size(); }
std::size_t Geocoder::commune_count() const noexcept { return m_index->communes.size(); }

GeocodeResult Geocoder::geocode(const AddressQuery& query, const GeocodeOptions& options) const {
    const GeocodeIndex& index = *m_index;
    GeocodeResult result;
    const ParsedAddress parsed = detail::parse_address(query.address, query.postcode, query.commune);
    if (parsed.streets.empty()) {
        result.notes.push_back("pas d'adresse (numéro et voie) à chercher");
        return result;
    }
    const Locality locality = locality_of(index, parsed);
    std::vector<Scored> scored;
    for (const auto street : shortlist_streets(index, parsed, locality)) scored.push_back(score_street(index, parsed, locality, street));
    if (scored.empty()) {
        result.status = GeocodeStatus::address_not_found;
        result.notes.push_back("aucune voie approchante dans l'index");
        return result;
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    lower_if_ambiguous(index, scored);
    Scored& best = scored.front();
    best.candidate.score = std::clamp(best.score, 0.0, 1.0);
    result.best = best.candidate;
    result.notes = std::move(best.notes);
    if (best.candidate.score < options.min_score) {
        result.status = GeocodeStatus::address_not_found;
        result.notes.insert(result.notes.begin(), "meilleur candidat : « " + best.candidate.label + " » (score " +
                                                      detail::french_number(best.candidate.score, 2) + ")");
    } else {
        result.status = best.candidate.housenumber ? GeocodeStatus::housenumber : GeocodeStatus::street;
    }
    return result;
}

} // namespace alentour
