#include "geocoding.hpp"

#include "core/french.hpp"

namespace alentour::detail {

AddressPlacement place_by_address(Partner& p, const Geocoder& geocoder, const GeocodeOptions& options) {
    GeocodeResult result = geocoder.geocode({p.address, p.postcode, p.commune}, options);
    AddressPlacement placement;
    if (result.status == GeocodeStatus::housenumber || result.status == GeocodeStatus::street) {
        placement.position = result.best->position;
        for (const auto& note : result.notes) p.notes.push_back("géocodage : " + note);
    } else {
        placement.why_not = "adresse introuvable dans la Base Adresse Nationale";
        if (result.best) {
            placement.why_not += " (score " + french_number(result.best->score, 2) + " sous le seuil " + french_number(options.min_score, 2) + ")";
        }
        for (const auto& note : result.notes) p.notes.push_back(note);
    }
    p.geocode = std::move(result);
    return placement;
}

} // namespace alentour::detail
