// Ranking: place the space and every structure on each mode's network, one reverse
// search per mode from the space (people travel from the structure to the space),
// then the exact time of each structure, a score, a list and a reason in French.

#include "core/french.hpp"
#include "core/parallel.hpp"
#include "place.hpp"
#include "reasons.hpp"
#include "text.hpp"

#include <alentour/error.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/search.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <limits>

namespace alentour {
namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void check_modes(const std::vector<std::string>& modes) {
    if (modes.empty()) throw InputError("give at least one mode", {"", 0, "--mode"});
    for (std::size_t i = 0; i < modes.size(); ++i) {
        if (std::find(modes.begin(), modes.begin() + static_cast<std::ptrdiff_t>(i), modes[i]) != modes.begin() + static_cast<std::ptrdiff_t>(i)) {
            throw InputError("mode '" + modes[i] + "' given twice", {"", 0, "--mode"});
        }
    }
}

void check_options(const RankOptions& o) {
    check_modes(o.modes);
    const auto positive = [](double value, const char* option, const std::string& unit) {
        if (!(value > 0.0)) throw InputError("must be a positive number" + unit, {"", 0, option});
    };
    positive(o.near_minutes, "--near", " of minutes");
    if (!(o.far_minutes >= o.near_minutes)) {
        throw InputError("must be at least --near (" + detail::french_number(o.near_minutes, 2) + " min)", {"", 0, "--far"});
    }
    positive(o.half_life_minutes, "--half-life", " of minutes");
    if (!(o.orientation_boost >= 0.0)) throw InputError("must be zero or more", {"", 0, "--boost"});
    positive(o.orientations_full, "--orientations-full", "");
    if (!(o.region_margin_metres >= 0.0)) throw InputError("must be zero or more metres", {"", 0, "region margin"});
    positive(o.snap.radius_metres, "--snap-radius", " of metres");
    if (std::abs(o.space.lat) > 90.0 || std::abs(o.space.lon) > 180.0) throw InputError("is not a position in degrees", {"", 0, "--space"});
}

double decay_of(const RankOptions& o, double minutes) {
    switch (o.decay) {
    case Decay::step: return minutes <= o.near_minutes ? 1.0 : 0.0;
    case Decay::linear: return std::max(0.0, 1.0 - minutes / o.far_minutes);
    case Decay::exponential: return std::pow(0.5, minutes / o.half_life_minutes);
    }
    return 0.0;
}

// The space itself may be in the list: it is not its own partner.
void mark_space_itself(std::vector<Partner>& partners, const RankOptions& options) {
    const std::string space_key = normalise_name(options.space_name);
    if (space_key.empty()) return;
    for (auto& p : partners) {
        if (p.status != PartnerStatus::ok || !p.position || normalise_name(p.name) != space_key) continue;
        const double metres = haversine_metres(*p.position, options.space);
        if (metres <= options.same_place_metres) {
            p.status = PartnerStatus::space_itself;
            p.status_detail = "c'est l'espace de médiation lui-même (« " + options.space_name + " », à " + detail::distance_text(metres) + ")";
        }
    }
}

using Times = std::vector<std::vector<ModeTime>>;  // per structure, per mode

// Every structure placed on one mode's network (on the machine's cores: independent work
// on a read-only index). A structure the first mode cannot place is unranked; one another
// mode cannot place only gets a note.
std::vector<std::optional<Snap>> place_structures(const Snapper& snapper, const Graph& graph, const std::string& mode, std::size_t m,
                                                  std::vector<Partner>& partners, Times& times, const RankOptions& options) {
    const BoundingBox bounds = graph.bounds();
    std::vector<detail::Placement> placements(partners.size());
    detail::parallel_for(partners.size(), [&](std::size_t i) {
        const Partner& p = partners[i];
        if (p.status == PartnerStatus::ok) placements[i] = detail::place(snapper, bounds, mode, *p.position, options.snap, options.region_margin_metres);
    });
    std::vector<std::optional<Snap>> snaps(partners.size());
    for (std::size_t i = 0; i < partners.size(); ++i) {
        Partner& p = partners[i];
        if (p.status != PartnerStatus::ok) continue;
        detail::Placement& placed = placements[i];
        if (placed.snap) {
            snaps[i] = placed.snap;
            times[i][m].snap_metres = placed.snap->distance_metres;
        } else if (m == 0) {
            p.status = placed.problem;
            p.status_detail = placed.detail;
        } else {
            p.notes.push_back(placed.detail);
        }
    }
    return snaps;
}

Snap place_space(const Snapper& snapper, const RankOptions& options, const std::string& mode) {
    try {
        return snapper.snap(options.space, options.snap);
    } catch (const SnapError& e) {
        throw SnapError("the space cannot be placed on the " + mode + " network: " + e.reason(), {"", 0, "--space"});
    }
}

// The exact time of each placed structure from the times of a reverse search from the space.
void time_structures(const Graph& graph, const SearchResult& result, const std::vector<std::optional<Snap>>& snaps, std::size_t m,
                     const std::vector<Partner>& partners, Times& times) {
    for (std::size_t i = 0; i < partners.size(); ++i) {
        if (!snaps[i] || partners[i].status != PartnerStatus::ok) continue;
        const Arrival a = arrival_at(graph, result, *snaps[i]);
        if (a.reached) {
            times[i][m].minutes = a.seconds / 60.0;
            // A timetable's times carry no distance.
            if (std::isfinite(a.metres)) times[i][m].metres = a.metres;
        }
    }
}

const RankSearch* own_search(const RankSearches& searches, const std::string& mode) {
    const auto found = searches.find(mode);
    return found == searches.end() ? nullptr : &found->second;
}

// The graph a mode's structures are placed on: its own, or the one its search walks.
const std::string& network_of(const RankSearches& searches, const std::string& mode) {
    const RankSearch* own = own_search(searches, mode);
    return own != nullptr ? own->network : mode;
}

// One reverse search from the space bounded at --far, by the street network or by the mode's own search.
void search_mode(const Graph& graph, const Snapper& snapper, const Snap& space, const RankSearch* own, const std::vector<std::optional<Snap>>& snaps,
                 std::size_t m, const std::vector<Partner>& partners, Times& times, const RankOptions& options) {
    if (own != nullptr) return time_structures(graph, own->times(snapper, space, options.far_minutes), snaps, m, partners, times);
    Searcher searcher(graph);
    time_structures(graph, searcher.run({&space, 1}, {options.far_minutes * 60.0, Direction::reverse}), snaps, m, partners, times);
}

void time_mode(RegionSnappers& snappers, const RankSearches& searches, std::size_t m, Ranking& ranking, Times& times, const Progress& progress) {
    const RankOptions& options = ranking.options;
    const std::string& mode = options.modes[m];
    const RankSearch* own = own_search(searches, mode);
    const std::string& network = network_of(searches, mode);
    const Graph& graph = snappers.region().graph(network);
    const double share = 1.0 / static_cast<double>(options.modes.size());
    const double base = share * static_cast<double>(m);

    auto start = Clock::now();
    report(progress, base, "placing the structures (" + mode + ")");
    const Snapper& snapper = snappers.get(network, sub_progress(progress, base, base + share / 4));
    ranking.timings.indexing_seconds += seconds_since(start);

    start = Clock::now();
    const Snap space = place_space(snapper, options, network);
    ranking.space_snaps.push_back(space);
    const auto snaps = place_structures(snapper, graph, network, m, ranking.table.partners, times, options);
    ranking.timings.snapping_seconds += seconds_since(start);

    start = Clock::now();
    report(progress, base + share / 2, "searching (" + mode + ")");
    search_mode(graph, snapper, space, own, snaps, m, ranking.table.partners, times, options);
    ranking.qualifiers.push_back(own != nullptr ? own->qualifier : std::string());
    ranking.timings.searching_seconds += seconds_since(start);
}

RankedPartner scored_row(const Ranking& ranking, std::size_t i, std::vector<ModeTime> times) {
    const Partner& p = ranking.table.partners[i];
    const RankOptions& options = ranking.options;
    RankedPartner row;
    row.partner = i;
    row.times = std::move(times);
    if (p.status != PartnerStatus::ok) return row;  // unranked
    row.weight = ranking.table.categories.get(p.category).weight;
    if (ranking.table.has_orientations) {
        const double sent = p.orientations.value_or(0.0);
        row.boost = 1.0 + options.orientation_boost * std::max(0.0, 1.0 - sent / options.orientations_full);
    }
    const auto& minutes = row.times.front().minutes;
    if (!minutes) {
        row.list = PartnerList::beyond;
        return row;
    }
    row.list = *minutes <= options.near_minutes ? PartnerList::prospect : PartnerList::outreach;
    row.decay = decay_of(options, *minutes);
    row.score = row.decay * row.weight * row.boost;
    return row;
}

// Within a list: best score first; on a tie (a step decay beyond --near), the category
// and the prospecting boost, then the nearer one.
bool better(const RankedPartner& a, const RankedPartner& b, const Ranking& r) {
    if (a.score != b.score) return a.score > b.score;
    if (a.weight * a.boost != b.weight * b.boost) return a.weight * a.boost > b.weight * b.boost;
    const double ta = a.times.front().minutes.value_or(std::numeric_limits<double>::infinity());
    const double tb = b.times.front().minutes.value_or(std::numeric_limits<double>::infinity());
    if (ta != tb) return ta < tb;
    return r.table.partners[a.partner].line < r.table.partners[b.partner].line;
}

// The rows in list order (prospect, outreach, beyond, unranked), ranked within each list.
void score_and_sort(Ranking& ranking, Times& times) {
    const auto& partners = ranking.table.partners;
    std::array<std::vector<RankedPartner>, 4> lists;
    for (std::size_t i = 0; i < partners.size(); ++i) {
        RankedPartner row = scored_row(ranking, i, std::move(times[i]));
        lists[static_cast<std::size_t>(row.list)].push_back(std::move(row));
    }
    for (const PartnerList list : {PartnerList::prospect, PartnerList::outreach}) {
        auto& rows = lists[static_cast<std::size_t>(list)];
        std::sort(rows.begin(), rows.end(), [&](const RankedPartner& a, const RankedPartner& b) { return better(a, b, ranking); });
        for (std::size_t k = 0; k < rows.size(); ++k) rows[k].rank = k + 1;
    }
    // The unranked ones grouped by what to fix, in file order within each group.
    auto& unranked = lists[static_cast<std::size_t>(PartnerList::unranked)];
    std::stable_sort(unranked.begin(), unranked.end(), [&](const RankedPartner& a, const RankedPartner& b) {
        return partners[a.partner].status < partners[b.partner].status;
    });
    for (auto& rows : lists) {
        for (auto& row : rows) {
            row.reason = detail::reason_for(ranking, row);
            ranking.rows.push_back(std::move(row));
        }
    }
}

} // namespace

Ranking rank_partners(const Region& region, PartnerTable table, const RankOptions& options, const Progress& progress) {
    RegionSnappers snappers(region);
    return rank_partners(snappers, std::move(table), options, progress);
}

Ranking rank_partners(RegionSnappers& snappers, PartnerTable table, const RankOptions& options, const Progress& progress) {
    return rank_partners(snappers, std::move(table), options, {}, progress);
}

Ranking rank_partners(RegionSnappers& snappers, PartnerTable table, const RankOptions& options, const RankSearches& searches,
                      const Progress& progress) {
    check_options(options);
    for (const auto& mode : options.modes) snappers.region().graph(network_of(searches, mode));  // throws naming the modes there are

    Ranking ranking;
    ranking.options = options;
    ranking.table = std::move(table);
    mark_space_itself(ranking.table.partners, options);
    Times times(ranking.table.partners.size(), std::vector<ModeTime>(options.modes.size()));
    for (std::size_t m = 0; m < options.modes.size(); ++m) time_mode(snappers, searches, m, ranking, times, progress);

    const auto start = Clock::now();
    report(progress, 1.0, "scoring");
    score_and_sort(ranking, times);
    ranking.timings.scoring_seconds = seconds_since(start);
    return ranking;
}

} // namespace alentour
