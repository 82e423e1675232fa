#include "place.hpp"

#include "core/french.hpp"

#include <alentour/error.hpp>
#include <alentour/partners.hpp>

#include <algorithm>
#include <cmath>

namespace alentour::detail {
namespace {

std::string position_text(LatLon p) { return french_number(p.lat, 6) + ", " + french_number(p.lon, 6); }

// Metres from a point to a bounding box (0 inside).
double metres_to_box(LatLon p, const BoundingBox& box) {
    const LatLon nearest{std::clamp(p.lat, box.min_lat, box.max_lat), std::clamp(p.lon, box.min_lon, box.max_lon)};
    return haversine_metres(p, nearest);
}

Placement outside(const BoundingBox& bounds, const std::string& mode, LatLon p, double margin_metres) {
    const std::string network = "réseau " + french_mode(mode);
    const LatLon swapped{p.lon, p.lat};
    if (std::abs(swapped.lat) <= 90.0 && bounds.contains(swapped, margin_metres)) {
        return {std::nullopt, PartnerStatus::swapped_coordinates,
                "latitude et longitude inversées ? " + position_text(p) + " est hors de la zone du " + network + ", " +
                    position_text(swapped) + " y serait ; corrigez le fichier"};
    }
    return {std::nullopt, PartnerStatus::outside_region,
            position_text(p) + " est hors de la zone du " + network + ", à " + distance_text(metres_to_box(p, bounds)) + " de son bord"};
}

} // namespace

std::string distance_text(double metres) {
    return metres < 1000.0 ? std::to_string(std::lround(metres)) + " m" : french_number(metres / 1000.0, 1) + " km";
}

Placement place(const Snapper& snapper, const BoundingBox& bounds, const std::string& mode, LatLon p, const SnapOptions& options,
                double margin_metres) {
    if (!bounds.contains(p, margin_metres)) return outside(bounds, mode, p, margin_metres);
    // Placed without a limit, so that the message can say how far the nearest way is.
    SnapOptions unlimited = options;
    unlimited.radius_metres = 1e7;
    try {
        const Snap s = snapper.snap(p, unlimited);
        if (s.distance_metres <= options.radius_metres) return {s, PartnerStatus::ok, {}};
        return {std::nullopt, PartnerStatus::far_from_network,
                "la voie praticable " + french_mode(mode) + " la plus proche est à " + distance_text(s.distance_metres) + " (limite " +
                    distance_text(options.radius_metres) + ", --snap-radius)"};
    } catch (const SnapError&) {
        return {std::nullopt, PartnerStatus::far_from_network, "aucune voie praticable " + french_mode(mode) + " dans la zone"};
    }
}

std::string postal_address(const Partner& p) {
    std::string place = p.address;
    const std::string town = p.postcode + (p.postcode.empty() || p.commune.empty() ? "" : " ") + p.commune;
    if (!town.empty()) place += (place.empty() ? "" : ", ") + town;
    return place;
}

} // namespace alentour::detail
