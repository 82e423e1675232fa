#include "io/ranking_style.hpp"

#include "core/french.hpp"
#include "partners/place.hpp"

namespace alentour::detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* space_colour = "#000000";

bool is_ranked(PartnerList list) { return list == PartnerList::prospect || list == PartnerList::outreach; }

std::string list_label(PartnerList list, const RankOptions& o) {
    switch (list) {
    case PartnerList::prospect: return "à prospecter";
    case PartnerList::outreach: return "atelier itinérant";
    case PartnerList::beyond: return "au-delà de " + french_minutes(o.far_minutes);
    case PartnerList::unranked: return "non classée";
    }
    return {};
}

std::string marker_size(PartnerList list) {
    switch (list) {
    case PartnerList::prospect: return "large";
    case PartnerList::outreach: return "medium";
    default: return "small";
    }
}

Json umap_options(const std::string& colour, PartnerList list) {
    return Json{{"color", colour}, {"iconClass", is_ranked(list) ? "Drop" : "Circle"}};
}

std::string partner_description(const Ranking& r, const RankedPartner& row) {
    const Partner& p = r.table.partners[row.partner];
    std::string d = "**" + (p.name.empty() ? std::string("(sans nom)") : p.name) + "**\n";
    d += r.table.categories.get(p.category).label;
    d += " · " + list_label(row.list, r.options);
    if (row.rank) d += " n° " + std::to_string(row.rank);
    d += "\n";
    if (const std::string place = postal_address(p); !place.empty()) d += place + "\n";
    if (!p.phone.empty()) d += "Tél. " + p.phone + "\n";
    if (!p.email.empty()) d += p.email + "\n";
    d += (row.list == PartnerList::unranked ? "Non classée : " : "Pourquoi : ") + row.reason;
    return d;
}

std::string space_description(const Ranking& r) {
    const RankOptions& o = r.options;
    std::string d = "**" + space_name(o) + "**\n";
    d += "Espace de médiation numérique\n";
    d += std::to_string(r.count(PartnerList::prospect)) + " structures à moins de " + french_minutes(o.near_minutes) + " " +
         french_mode(o.modes.front()) + ", " + std::to_string(r.count(PartnerList::outreach)) +
         " pour un atelier itinérant (moins de " + french_minutes(o.far_minutes) + ")";
    return d;
}

} // namespace

std::string space_name(const RankOptions& options) {
    return options.space_name.empty() ? std::string("Espace de médiation") : options.space_name;
}

MarkerStyle space_marker(std::string description) {
    return {space_colour, "large", umap_options(space_colour, PartnerList::prospect), std::move(description)};
}

MarkerStyle space_style(const Ranking& ranking) { return space_marker(space_description(ranking)); }

MarkerStyle partner_style(const Ranking& ranking, const RankedPartner& row) {
    const Partner& p = ranking.table.partners[row.partner];
    const std::string colour = ranking.table.categories.get(p.category).color;
    return {colour, marker_size(row.list), umap_options(colour, row.list), partner_description(ranking, row)};
}

} // namespace alentour::detail
