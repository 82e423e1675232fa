// Ranking: place the space and every structure on each mode's network, one reverse
// search per mode from the space (people travel from the structure to the space),
// then the exact time of each structure, a score, a list and a reason in French.

#include "core/french.hpp"
#include "text.hpp"

#include <alentour/error.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/search.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <thread>

namespace alentour {
namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string number(double value, int decimals = 2) { return detail::french_number(value, decimals); }

std::string position_text(LatLon p) { return number(p.lat, 6) + ", " + number(p.lon, 6); }

// Metres from a point to a bounding box (0 inside).
double metres_to_box(LatLon p, const BoundingBox& box) {
    const LatLon nearest{std::clamp(p.lat, box.min_lat, box.max_lat), std::clamp(p.lon, box.min_lon, box.max_lon)};
    return haversine_metres(p, nearest);
}

std::string distance_text(double metres) {
    return metres < 1000.0 ? std::to_string(std::lround(metres)) + " m" : number(metres / 1000.0, 1) + " km";
}

void check_options(const RankOptions& o) {
    if (o.modes.empty()) throw InputError("give at least one mode", {"", 0, "--mode"});
    if (!(o.near_minutes > 0.0)) throw InputError("must be a positive number of minutes", {"", 0, "--near"});
    if (!(o.far_minutes >= o.near_minutes)) throw InputError("must be at least --near (" + number(o.near_minutes) + " min)", {"", 0, "--far"});
    if (!(o.half_life_minutes > 0.0)) throw InputError("must be a positive number of minutes", {"", 0, "--half-life"});
    if (!(o.orientation_boost >= 0.0)) throw InputError("must be zero or more", {"", 0, "--boost"});
    if (!(o.orientations_full > 0.0)) throw InputError("must be a positive number", {"", 0, "--orientations-full"});
    if (!(o.region_margin_metres >= 0.0)) throw InputError("must be zero or more metres", {"", 0, "region margin"});
    if (!(o.snap.radius_metres > 0.0)) throw InputError("must be a positive number of metres", {"", 0, "--snap-radius"});
    for (std::size_t i = 0; i < o.modes.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (o.modes[i] == o.modes[j]) throw InputError("mode '" + o.modes[i] + "' given twice", {"", 0, "--mode"});
        }
    }
}

double decay_of(const RankOptions& o, double minutes) {
    switch (o.decay) {
    case Decay::step: return minutes <= o.near_minutes ? 1.0 : 0.0;
    case Decay::linear: return std::max(0.0, 1.0 - minutes / o.far_minutes);
    case Decay::exponential: return std::pow(0.5, minutes / o.half_life_minutes);
    }
    return 0.0;
}

// Where a structure lies relative to one mode's network.
struct Placement {
    std::optional<Snap> snap;
    PartnerStatus problem = PartnerStatus::ok;
    std::string detail;  // in French
};

Placement place(const Snapper& snapper, const BoundingBox& bounds, const std::string& mode, LatLon p, const SnapOptions& options,
                double margin_metres) {
    Placement out;
    const std::string network = "réseau " + detail::french_mode(mode);
    if (!bounds.contains(p, margin_metres)) {
        const LatLon swapped{p.lon, p.lat};
        if (std::abs(swapped.lat) <= 90.0 && bounds.contains(swapped, margin_metres)) {
            out.problem = PartnerStatus::swapped_coordinates;
            out.detail = "latitude et longitude inversées ? " + position_text(p) + " est hors de la zone du " + network + ", " +
                         position_text(swapped) + " y serait ; corrigez le fichier";
        } else {
            out.problem = PartnerStatus::outside_region;
            out.detail = position_text(p) + " est hors de la zone du " + network + ", à " + distance_text(metres_to_box(p, bounds)) +
                         " de son bord";
        }
        return out;
    }
    // Placed without a limit, so that the message can say how far the nearest way is.
    SnapOptions unlimited = options;
    unlimited.radius_metres = 1e7;
    try {
        Snap s = snapper.snap(p, unlimited);
        if (s.distance_metres > options.radius_metres) {
            out.problem = PartnerStatus::far_from_network;
            out.detail = "la voie praticable " + detail::french_mode(mode) + " la plus proche est à " + distance_text(s.distance_metres) +
                         " (limite " + distance_text(options.radius_metres) + ", --snap-radius)";
        } else {
            out.snap = s;
        }
    } catch (const SnapError&) {
        out.problem = PartnerStatus::far_from_network;
        out.detail = "aucune voie praticable " + detail::french_mode(mode) + " dans la zone";
    }
    return out;
}

// Runs body(i) for i in [0, count) on the machine's cores: placing thousands of
// structures is independent work on a read-only index. The first exception is rethrown.
template <typename Body>
void parallel_for(std::size_t count, const Body& body) {
    const std::size_t threads = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 8, count / 512 + 1});
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) body(i);
        return;
    }
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            try {
                const std::size_t chunk = (count + threads - 1) / threads;
                for (std::size_t i = t * chunk; i < std::min(count, (t + 1) * chunk); ++i) body(i);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    }
    for (auto& thread : pool) thread.join();
    for (const auto& e : errors) {
        if (e) std::rethrow_exception(e);
    }
}

std::string orientation_text(const Partner& p, const std::string& period) {
    if (!p.orientations) return "orientations non renseignées";
    const double n = *p.orientations;
    if (n == 0.0) return "aucune orientation " + period;
    return number(n, 1) + (n < 2.0 ? " orientation " : " orientations ") + period;
}

std::string times_text(const Ranking& r, const RankedPartner& row) {
    std::string text;
    for (std::size_t m = 0; m < r.options.modes.size(); ++m) {
        const auto& t = row.times[m];
        const std::string mode = detail::french_mode(r.options.modes[m]);
        std::string piece;
        if (t.minutes) {
            piece = detail::french_minutes(*t.minutes) + " " + mode;
        } else if (t.snap_metres || m == 0) {
            piece = "plus de " + detail::french_minutes(r.options.far_minutes) + " " + mode;
        } else {
            piece = mode + " : non placé";
        }
        text += (text.empty() ? "" : ", ") + piece;
    }
    return text;
}

std::string reason_for(const Ranking& r, const RankedPartner& row) {
    const Partner& p = r.table.partners[row.partner];
    const RankOptions& o = r.options;
    const std::string label = r.table.categories.get(p.category).label;
    switch (row.list) {
    case PartnerList::unranked: return p.status_detail;
    case PartnerList::beyond:
        return "plus de " + detail::french_minutes(o.far_minutes) + " " + detail::french_mode(o.modes.front()) +
               " (--far) : hors du territoire de prospection · " + label;
    case PartnerList::prospect:
    case PartnerList::outreach: break;
    }
    std::string text = times_text(r, row);
    if (row.list == PartnerList::outreach) {
        text += ", au-delà de " + detail::french_minutes(o.near_minutes) + " : pour un atelier itinérant";
    }
    text += " · " + label;
    if (r.table.has_orientations) text += " · " + orientation_text(p, o.period);
    text += " → " + number(row.decay) + " × " + number(row.weight) + " × " + number(row.boost) + " = " + number(row.score, 3);
    return text;
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

} // namespace

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

Ranking rank_partners(const Region& region, PartnerTable table, const RankOptions& options, const Progress& progress) {
    RegionSnappers snappers(region);
    return rank_partners(snappers, std::move(table), options, progress);
}

Ranking rank_partners(RegionSnappers& snappers, PartnerTable table, const RankOptions& options, const Progress& progress) {
    const Region& region = snappers.region();
    check_options(options);
    if (std::abs(options.space.lat) > 90.0 || std::abs(options.space.lon) > 180.0) {
        throw InputError("is not a position in degrees", {"", 0, "--space"});
    }
    std::vector<const Graph*> graphs;
    for (const auto& mode : options.modes) graphs.push_back(&region.graph(mode));  // throws naming the modes there are

    Ranking ranking;
    ranking.options = options;
    ranking.table = std::move(table);
    auto& partners = ranking.table.partners;
    const std::size_t mode_count = options.modes.size();

    // The space itself may be in the list: it is not its own partner.
    const std::string space_key = normalise_name(options.space_name);
    if (!space_key.empty()) {
        for (auto& p : partners) {
            if (p.status != PartnerStatus::ok || !p.position || normalise_name(p.name) != space_key) continue;
            const double metres = haversine_metres(*p.position, options.space);
            if (metres <= options.same_place_metres) {
                p.status = PartnerStatus::space_itself;
                p.status_detail = "c'est l'espace de médiation lui-même (« " + options.space_name + " », à " + distance_text(metres) + ")";
            }
        }
    }

    std::vector<std::vector<ModeTime>> times(partners.size(), std::vector<ModeTime>(mode_count));
    for (std::size_t m = 0; m < mode_count; ++m) {
        const std::string& mode = options.modes[m];
        const Graph& graph = *graphs[m];
        const double base = static_cast<double>(m) / static_cast<double>(mode_count);
        const double share = 1.0 / static_cast<double>(mode_count);

        auto start = Clock::now();
        report(progress, base, "placing the structures (" + mode + ")");
        const Snapper& snapper = snappers.get(mode, sub_progress(progress, base, base + share / 4));
        const BoundingBox bounds = graph.bounds();
        ranking.timings.indexing_seconds += seconds_since(start);
        start = Clock::now();
        Snap space;
        try {
            space = snapper.snap(options.space, options.snap);
        } catch (const SnapError& e) {
            throw SnapError("the space cannot be placed on the " + mode + " network: " + e.reason(), {"", 0, "--space"});
        }
        ranking.space_snaps.push_back(space);
        std::vector<Placement> placements(partners.size());
        parallel_for(partners.size(), [&](std::size_t i) {
            const Partner& p = partners[i];
            if (p.status == PartnerStatus::ok) placements[i] = place(snapper, bounds, mode, *p.position, options.snap, options.region_margin_metres);
        });
        std::vector<std::optional<Snap>> snaps(partners.size());
        for (std::size_t i = 0; i < partners.size(); ++i) {
            Partner& p = partners[i];
            if (p.status != PartnerStatus::ok) continue;
            Placement& placed = placements[i];
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
        ranking.timings.snapping_seconds += seconds_since(start);

        start = Clock::now();
        report(progress, base + share / 2, "searching (" + mode + ")");
        Searcher searcher(graph);
        const SearchResult& result = searcher.run({&space, 1}, {options.far_minutes * 60.0, Direction::reverse});
        for (std::size_t i = 0; i < partners.size(); ++i) {
            if (!snaps[i] || partners[i].status != PartnerStatus::ok) continue;
            const Arrival a = arrival_at(graph, result, *snaps[i]);
            if (a.reached) {
                times[i][m].minutes = a.seconds / 60.0;
                times[i][m].metres = a.metres;
            }
        }
        ranking.timings.searching_seconds += seconds_since(start);
    }

    const auto start = Clock::now();
    report(progress, 1.0, "scoring");
    std::vector<RankedPartner> lists[4];
    for (std::size_t i = 0; i < partners.size(); ++i) {
        const Partner& p = partners[i];
        RankedPartner row;
        row.partner = i;
        row.times = std::move(times[i]);
        if (p.status != PartnerStatus::ok) {
            row.list = PartnerList::unranked;
        } else {
            row.weight = ranking.table.categories.get(p.category).weight;
            if (ranking.table.has_orientations) {
                const double sent = p.orientations.value_or(0.0);
                row.boost = 1.0 + options.orientation_boost * std::max(0.0, 1.0 - sent / options.orientations_full);
            }
            const auto& minutes = row.times.front().minutes;
            if (!minutes) {
                row.list = PartnerList::beyond;
            } else {
                row.list = *minutes <= options.near_minutes ? PartnerList::prospect : PartnerList::outreach;
                row.decay = decay_of(options, *minutes);
                row.score = row.decay * row.weight * row.boost;
            }
        }
        lists[static_cast<int>(row.list)].push_back(std::move(row));
    }
    for (const PartnerList list : {PartnerList::prospect, PartnerList::outreach}) {
        auto& rows = lists[static_cast<int>(list)];
        std::sort(rows.begin(), rows.end(), [&](const RankedPartner& a, const RankedPartner& b) { return better(a, b, ranking); });
        for (std::size_t k = 0; k < rows.size(); ++k) rows[k].rank = k + 1;
    }
    // The unranked ones grouped by what to fix, in file order within each group.
    std::stable_sort(lists[3].begin(), lists[3].end(), [&](const RankedPartner& a, const RankedPartner& b) {
        return partners[a.partner].status < partners[b.partner].status;
    });
    for (auto& rows : lists) {
        for (auto& row : rows) {
            row.reason = reason_for(ranking, row);
            ranking.rows.push_back(std::move(row));
        }
    }
    ranking.timings.scoring_seconds = seconds_since(start);
    return ranking;
}

} // namespace alentour
