// The few lines the command line prints after a ranking: what was read, and where the
// structures fell. Not a data file (those are written in lib/io).

#include "core/french.hpp"

#include <alentour/partners_rank.hpp>

namespace alentour {
namespace {

std::string read_line(const PartnerTable& t) {
    std::string s = "read " + std::to_string(t.partners.size()) + " structures from " + t.path + " (" + t.format_label;
    if (!t.layer.empty()) s += ", layer " + t.layer;
    s += ", " + t.encoding;
    if (!t.separator.empty()) s += ", separator '" + t.separator + "'";
    s += "; coordinates: " + t.coordinates + ")\n";
    return s;
}

std::string lists_line(const Ranking& r) {
    const RankOptions& o = r.options;
    std::string s = "ranked by " + o.modes.front() + " time to the space (" + std::string(decay_name(o.decay)) + " decay): " +
                    std::to_string(r.count(PartnerList::prospect)) + " prospect (up to " + detail::french_number(o.near_minutes, 1) +
                    " min), " + std::to_string(r.count(PartnerList::outreach)) + " outreach (up to " +
                    detail::french_number(o.far_minutes, 1) + " min), " + std::to_string(r.count(PartnerList::beyond)) + " beyond, " +
                    std::to_string(r.count(PartnerList::unranked)) + " unranked";
    std::string problems;
    for (int code = static_cast<int>(PartnerStatus::missing_coordinates); code <= static_cast<int>(PartnerStatus::address_not_found); ++code) {
        const auto status = static_cast<PartnerStatus>(code);
        if (const std::size_t n = r.count(status)) problems += (problems.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(status_code(status));
    }
    if (!problems.empty()) s += " (" + problems + ")";
    return s + "\n";
}

} // namespace

std::string ranking_summary(const Ranking& r) {
    std::string s = read_line(r.table) + lists_line(r);
    for (const auto& note : r.table.notes) s += "note: " + note + "\n";
    return s;
}

} // namespace alentour
