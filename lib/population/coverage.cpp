// Several spaces: one merged catchment, one multi-source search, the territory of each
// space, and the people of each band and territory counted once.

#include "population/coverage_stops.hpp"
#include "population/data.hpp"
#include "population/projected.hpp"
#include "population/territories.hpp"

#include <alentour/coverage.hpp>
#include <alentour/error.hpp>

#include <algorithm>

namespace alentour {
namespace {

using detail::Geometry;
using detail::GeosContext;

// The bands of the merged catchment, nested, in projected metres.
std::vector<Geometry> projected_bands(const GeosContext& geos, const Catchment& catchment, const detail::LocalProjection& projection) {
    std::vector<Geometry> bands;
    for (const auto& band : catchment.bands) {
        const Geometry shape = detail::read_wkb(geos, band.wkb.data(), band.wkb.size());
        bands.push_back(detail::projected(geos, *shape, projection));
    }
    return bands;
}

Geometry difference(const GeosContext& geos, const GEOSGeometry& a, const GEOSGeometry& b) {
    return detail::own(geos, GEOSDifference_r(geos.handle(), &a, &b), "difference");
}

Geometry intersection(const GeosContext& geos, const GEOSGeometry& a, const GEOSGeometry& b) {
    return detail::own(geos, GEOSIntersection_r(geos.handle(), &a, &b), "intersection");
}

struct Overlay {
    std::vector<CoverageZone> zones;
    std::vector<CoverageGap> gaps;
};

void add_zones(const GeosContext& geos, const std::vector<Geometry>& bands, const std::vector<Geometry>& lands, const Coverage& coverage,
               const CoverageOptions& options, const detail::LocalProjection& projection, Overlay& overlay) {
    for (std::size_t s = 0; s < lands.size(); ++s) {
        // The territory is cut by the last band once, then by the others, and each piece
        // loses the one before: overlays of one space's share, not of a whole city's bands.
        std::vector<Geometry> nested(bands.size());
        nested.back() = intersection(geos, *lands[s], *bands.back());
        for (std::size_t k = 0; k + 1 < bands.size(); ++k) nested[k] = intersection(geos, *nested.back(), *bands[k]);
        for (std::size_t k = 0; k < bands.size(); ++k) {
            const Geometry part = k == 0 ? detail::clone(geos, *nested[0]) : difference(geos, *nested[k], *nested[k - 1]);
            CoverageZone zone;
            zone.space = coverage.spaces[s].id;
            zone.minutes_from = k == 0 ? 0.0 : options.minutes[k - 1];
            zone.minutes = options.minutes[k];
            zone.area_km2 = detail::area(geos, *part) / 1e6;
            zone.wkb = detail::wgs84_wkb(geos, *part, projection);
            overlay.zones.push_back(std::move(zone));
        }
    }
}

// The pieces of the region's box beyond the last band.
void add_gaps(const GeosContext& geos, const GEOSGeometry& frame, const GEOSGeometry& last_band, const detail::LocalProjection& projection,
              Overlay& overlay) {
    const Geometry beyond = detail::polygons_only(geos, difference(geos, frame, last_band));
    for (int i = 0; i < GEOSGetNumGeometries_r(geos.handle(), beyond.get()); ++i) {
        const GEOSGeometry* piece = GEOSGetGeometryN_r(geos.handle(), beyond.get(), i);
        overlay.gaps.push_back({detail::area(geos, *piece) / 1e6, 0.0, detail::wgs84_wkb(geos, *piece, projection)});
    }
}

// Zones first: a person on the edge of a zone and a gap is served.
void count_people(const PopulationLayer& layer, Overlay& overlay) {
    std::vector<std::vector<std::uint8_t>> all;
    for (const auto& zone : overlay.zones) all.push_back(zone.wkb);
    for (const auto& gap : overlay.gaps) all.push_back(gap.wkb);
    const std::vector<double> people = people_within(layer, all, Zones::disjoint);
    for (std::size_t i = 0; i < overlay.zones.size(); ++i) overlay.zones[i].population = people[i];
    for (std::size_t i = 0; i < overlay.gaps.size(); ++i) overlay.gaps[i].population = people[overlay.zones.size() + i];
    std::erase_if(overlay.gaps, [](const CoverageGap& gap) { return gap.population <= 0; });
    std::stable_sort(overlay.gaps.begin(), overlay.gaps.end(), [](const CoverageGap& a, const CoverageGap& b) { return a.population > b.population; });
}

void check_options(const CoverageOptions& options) {
    if (options.spaces.empty()) throw InputError("give at least one space (--space LAT,LON or --spaces FILE)", {"", 0, "--space"});
    if (options.new_stops > 0 && options.candidates.empty() && !options.candidates_from_population) {
        throw InputError("--new-stops needs places to choose among (--candidates FILE)", {"", 0, "--candidates"});
    }
}

Catchment merged_catchment(const Graph& graph, const Snapper& snapper, const CoverageOptions& options, const Progress& progress) {
    CatchmentOptions c;
    c.mode = options.mode;
    c.minutes = options.minutes;
    c.direction = options.direction;
    c.reach_metres = options.reach_metres;
    c.min_area_m2 = options.min_area_m2;
    c.snap = options.snap;
    return compute_catchment(graph, snapper, options.spaces, c, progress);
}

std::vector<PartnerAllocation> allocate(const Graph& graph, const Snapper& snapper, const SearchResult& result, const Coverage& coverage,
                                        const CoverageOptions& options) {
    std::vector<PartnerAllocation> allocations;
    for (const auto& partner : options.partners) {
        PartnerAllocation allocation{partner.id, "", 0.0};
        try {
            const Arrival arrival = arrival_at(graph, result, snapper.snap(partner.position, options.snap));
            if (arrival.reached && arrival.seconds <= result.max_seconds()) {
                allocation.space = coverage.spaces[arrival.source].id;
                allocation.minutes = arrival.seconds / 60.0;
            }
        } catch (const SnapError&) {
            // off the network: allocated to no space, which the output shows
        }
        allocations.push_back(std::move(allocation));
    }
    return allocations;
}

} // namespace

Coverage compute_coverage(const Region& region, const PopulationLayer& population, const CoverageOptions& options, const Progress& progress) {
    check_options(options);
    const Graph& graph = region.graph(options.mode);
    const BoundingBox box = region.bounds();
    population_overlap(population, box);  // throws when the layer misses the region
    const Snapper snapper(graph, options.mode);
    const Catchment catchment = merged_catchment(graph, snapper, options, sub_progress(progress, 0.0, 0.5));
    Coverage coverage;
    coverage.mode = options.mode;
    coverage.direction = options.direction;
    coverage.spaces = catchment.origins;
    std::vector<Snap> sources;
    for (const auto& origin : catchment.origins) sources.push_back(origin.snap);
    Searcher searcher(graph);
    const SearchResult result = searcher.run(sources, {options.minutes.back() * 60.0, options.direction});
    report(progress, 0.6, "territories");
    const GeosContext geos;
    const detail::LocalProjection projection({(box.min_lat + box.max_lat) / 2, (box.min_lon + box.max_lon) / 2});
    const auto frame_wkb = detail::box_wkb(box);
    const Geometry frame = detail::projected(geos, *detail::read_wkb(geos, frame_wkb.data(), frame_wkb.size()), projection);
    const std::vector<Geometry> bands = projected_bands(geos, catchment, projection);
    const std::vector<Geometry> lands = detail::territories(geos, graph, result, projection, *frame);
    Overlay overlay;
    add_zones(geos, bands, lands, coverage, options, projection, overlay);
    add_gaps(geos, *frame, *bands.back(), projection, overlay);
    report(progress, 0.8, "population");
    count_people(population, overlay);
    coverage.zones = std::move(overlay.zones);
    coverage.gaps = std::move(overlay.gaps);
    coverage.region_population = people_in_box(population, box);
    coverage.partners = allocate(graph, snapper, result, coverage, options);
    if (options.new_stops > 0) coverage.stops = detail::choose_stops(graph, snapper, population, catchment.bands.back().wkb, options);
    report(progress, 1.0, "done");
    return coverage;
}

} // namespace alentour
