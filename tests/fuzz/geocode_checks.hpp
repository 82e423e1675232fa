#pragma once
// What the geocoding targets check beyond "no crash": an answer a partner file's row
// would be given is usable (a score in 0–1, a position on Earth, a label), and a placed
// address has a candidate that reached the threshold.

#include <alentour/geocode.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace alentour::fuzz {

inline void check_geocoded(const GeocodeResult& r, const GeocodeOptions& options, const std::string& address) {
    const auto wrong = [&](const char* what) {
        std::fprintf(stderr, "geocode('%s') gave %s\n", address.c_str(), what);
        std::abort();
    };
    const bool placed = r.status == GeocodeStatus::housenumber || r.status == GeocodeStatus::street;
    if (placed && !r.best) wrong("a placed address without a candidate");
    if (!r.best) return;
    const GeocodeCandidate& c = *r.best;
    if (!(c.score >= 0.0 && c.score <= 1.0)) wrong("a score outside 0-1");
    if (placed && c.score < options.min_score) wrong("a placed address under the threshold");
    if (!(std::abs(c.position.lat) <= 90 && std::abs(c.position.lon) <= 180)) wrong("a position outside the Earth");
    if (c.label.empty()) wrong("a candidate without a label");
}

// A few addresses as partner files write them, with and without postcode and commune.
inline void geocode_fixed_addresses(const Geocoder& geocoder) {
    static const AddressQuery queries[] = {
        {"400 Chemin du Moulin", "36252", "Chézelles-sur-Lieu"},
        {"401 ch. du Moulin, 36252 Chezelles sur Lieu", "", ""},
        {"12 bis av. du Gal de Gaulle", "", "Villeneuve"},
        {"Rue du Marché", "36250", ""},
        {"3 r victor hugo 36250", "", ""},
    };
    const GeocodeOptions options;
    for (const auto& q : queries) check_geocoded(geocoder.geocode(q, options), options, q.address);
}

} // namespace alentour::fuzz
