#pragma once
// Where a structure lies relative to one mode's network: placed on a way, or why not,
// said in French for the reason column.

#include <alentour/geo.hpp>
#include <alentour/partners.hpp>
#include <alentour/snap.hpp>

#include <optional>
#include <string>

namespace alentour::detail {

struct Placement {
    std::optional<Snap> snap;
    PartnerStatus problem = PartnerStatus::ok;
    std::string detail;  // in French, when not placed
};

// Swapped coordinates and points outside the network's rectangle (by more than
// `margin_metres`) are recognised before snapping; beyond `options.radius_metres` the
// detail says how far the nearest way is.
Placement place(const Snapper& snapper, const BoundingBox& bounds, const std::string& mode, LatLon p, const SnapOptions& options,
                double margin_metres);

// The street, then postcode and commune: "148 Rue du Marché, 36000 Villeneuve".
std::string postal_address(const Partner& p);

// "250 m", "1,2 km".
std::string distance_text(double metres);

} // namespace alentour::detail
