#pragma once
// A structure without a position placed from its address, through the BAN index.

#include <alentour/geocode.hpp>
#include <alentour/partners.hpp>

#include <optional>
#include <string>

namespace alentour::detail {

struct AddressPlacement {
    std::optional<LatLon> position;  // nothing when under the threshold
    std::string why_not;             // in French, when not placed
};

// Looks up the address, postcode and commune of `p`; keeps the answer in p.geocode and
// adds to p.notes what differs from the query (or the best candidate when not found).
AddressPlacement place_by_address(Partner& p, const Geocoder& geocoder, const GeocodeOptions& options);

} // namespace alentour::detail
