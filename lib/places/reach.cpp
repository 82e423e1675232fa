// Flyer places within a travel time: one bounded search from the spaces, then the exact
// partial-edge time to each place of the chosen categories.

#include <alentour/error.hpp>
#include <alentour/places_reach.hpp>

#include <algorithm>
#include <set>

namespace alentour {
namespace {

void check(const Region& region, const PlacesOptions& options) {
    region.network(options.mode);  // an unknown mode fails here, naming the region's modes
    if (options.spaces.empty()) throw InputError("give the space with --at LAT,LON or --space FILE", {"", 0, "--at"});
    if (!(options.minutes > 0)) throw InputError("the time limit must be positive", {"", 0, "--minutes"});
    for (const auto& id : options.categories) place_category(id);
}

std::vector<Snap> snap_spaces(const Snapper& snapper, const PlacesOptions& options) {
    std::vector<Snap> snaps;
    for (const auto& space : options.spaces) snaps.push_back(snapper.snap_named(space, options.snap, "space"));
    return snaps;
}

} // namespace

PlacesInReach places_in_reach(RegionSnappers& snappers, const PlacesOptions& options, const Progress& progress) {
    const Region& region = snappers.region();
    check(region, options);
    const Graph& graph = region.graph(options.mode);
    const Snapper& snapper = snappers.get(options.mode, sub_progress(progress, 0.0, 0.5));
    const std::vector<Snap> spaces = snap_spaces(snapper, options);
    const SearchResult result = search(graph, spaces, {options.minutes * 60.0, options.direction});
    report(progress, 0.7, "timing the places");

    const std::set<std::string, std::less<>> wanted(options.categories.begin(), options.categories.end());
    PlacesInReach out;
    out.options = options;
    for (const auto& place : region.places()) {
        if (!wanted.empty() && !wanted.count(place.category)) continue;
        Snap snap;
        try {
            snap = snapper.snap(place.position, options.snap);
        } catch (const SnapError&) {
            ++out.not_placed;  // a place in a park or a clipped corner: no street leads to it
            continue;
        }
        const Arrival arrival = arrival_at(graph, result, snap);
        if (!arrival.reached || arrival.seconds > options.minutes * 60.0) continue;
        out.places.push_back({place, arrival.seconds / 60.0, arrival.metres, options.spaces[arrival.source].id});
    }
    std::stable_sort(out.places.begin(), out.places.end(), [](const PlaceInReach& a, const PlaceInReach& b) {
        return a.minutes != b.minutes ? a.minutes < b.minutes : a.place.name < b.place.name;
    });
    report(progress, 1.0, "done");
    return out;
}

PlacesInReach places_in_reach(const Region& region, const PlacesOptions& options, const Progress& progress) {
    RegionSnappers snappers(region);
    return places_in_reach(snappers, options, progress);
}

} // namespace alentour
