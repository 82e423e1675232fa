// The short codes of the ranking's enumerations, as the outputs and options spell them.

#include <alentour/error.hpp>
#include <alentour/partners_rank.hpp>

#include <algorithm>

namespace alentour {

Decay parse_decay(std::string_view text) {
    if (text == "step") return Decay::step;
    if (text == "linear") return Decay::linear;
    if (text == "exp" || text == "exponential") return Decay::exponential;
    throw InputError("'" + std::string(text) + "' is not a decay (step, linear or exp)", {"", 0, "--decay"});
}

std::string_view decay_name(Decay decay) noexcept {
    switch (decay) {
    case Decay::step: return "step";
    case Decay::linear: return "linear";
    case Decay::exponential: return "exp";
    }
    return "?";
}

std::string_view list_code(PartnerList list) noexcept {
    switch (list) {
    case PartnerList::prospect: return "prospect";
    case PartnerList::outreach: return "outreach";
    case PartnerList::beyond: return "beyond";
    case PartnerList::unranked: return "unranked";
    }
    return "?";
}

std::string_view status_code(PartnerStatus status) noexcept {
    switch (status) {
    case PartnerStatus::ok: return "ok";
    case PartnerStatus::missing_coordinates: return "missing_coordinates";
    case PartnerStatus::bad_coordinates: return "bad_coordinates";
    case PartnerStatus::swapped_coordinates: return "swapped_coordinates";
    case PartnerStatus::outside_region: return "outside_region";
    case PartnerStatus::far_from_network: return "far_from_network";
    case PartnerStatus::duplicate: return "duplicate";
    case PartnerStatus::unknown_category: return "unknown_category";
    case PartnerStatus::space_itself: return "space_itself";
    case PartnerStatus::address_not_found: return "address_not_found";
    }
    return "?";
}

std::size_t Ranking::count(PartnerList list) const noexcept {
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [&](const RankedPartner& r) { return r.list == list; }));
}

std::size_t Ranking::count(PartnerStatus status) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(table.partners.begin(), table.partners.end(), [&](const Partner& p) { return p.status == status; }));
}

} // namespace alentour
