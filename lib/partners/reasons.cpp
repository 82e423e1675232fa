#include "reasons.hpp"

#include "core/french.hpp"

namespace alentour::detail {
namespace {

std::string orientation_text(const Partner& p, const std::string& period) {
    if (!p.orientations) return "orientations non renseignées";
    const double n = *p.orientations;
    if (n == 0.0) return "aucune orientation " + period;
    return french_number(n, 1) + (n < 2.0 ? " orientation " : " orientations ") + period;
}

// "en transports en commun (médiane, arrivée 8h–9h, mardi 10 mars 2026)": a mode timed
// over a window says which of its times is given.
std::string mode_text(const Ranking& r, std::size_t m) {
    const std::string mode = french_mode(r.options.modes[m]);
    const bool qualified = m < r.qualifiers.size() && !r.qualifiers[m].empty();
    return qualified ? mode + " (" + r.qualifiers[m] + ")" : mode;
}

std::string times_text(const Ranking& r, const RankedPartner& row) {
    std::string text;
    for (std::size_t m = 0; m < r.options.modes.size(); ++m) {
        const auto& t = row.times[m];
        const std::string mode = mode_text(r, m);
        std::string piece;
        if (t.minutes) {
            piece = french_minutes(*t.minutes) + " " + mode;
        } else if (t.snap_metres || m == 0) {
            piece = "plus de " + french_minutes(r.options.far_minutes) + " " + mode;
        } else {
            piece = mode + " : non placé";
        }
        text += (text.empty() ? "" : ", ") + piece;
    }
    return text;
}

std::string score_text(const RankedPartner& row) {
    return french_number(row.decay, 2) + " × " + french_number(row.weight, 2) + " × " + french_number(row.boost, 2) + " = " +
           french_number(row.score, 3);
}

} // namespace

std::string reason_for(const Ranking& r, const RankedPartner& row) {
    const Partner& p = r.table.partners[row.partner];
    const RankOptions& o = r.options;
    const std::string label = r.table.categories.get(p.category).label;
    switch (row.list) {
    case PartnerList::unranked: return p.status_detail;
    case PartnerList::beyond:
        return "plus de " + french_minutes(o.far_minutes) + " " + mode_text(r, 0) + " (--far) : hors du territoire de prospection · " +
               label;
    case PartnerList::prospect:
    case PartnerList::outreach: break;
    }
    std::string text = times_text(r, row);
    if (row.list == PartnerList::outreach) text += ", au-delà de " + french_minutes(o.near_minutes) + " : pour un atelier itinérant";
    text += " · " + label;
    if (r.table.has_orientations) text += " · " + orientation_text(p, o.period);
    return text + " → " + score_text(row);
}

} // namespace alentour::detail
