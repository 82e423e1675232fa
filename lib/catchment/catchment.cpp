#include "geometry/geos.hpp"
#include "projection.hpp"
#include "reach_grid.hpp"
#include "vectorize.hpp"

#include <alentour/catchment.hpp>
#include <alentour/error.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace alentour {
namespace {

using detail::Geometry;
using detail::GeosContext;

constexpr double longest_band_minutes = 24 * 60;

void check_options(const CatchmentOptions& options) {
    const ErrorContext where{"", 0, "--minutes"};
    if (options.minutes.empty()) throw InputError("give at least one band, for example --minutes 10,20,30", where);
    for (const double m : options.minutes) {
        if (!(m > 0.0) || m > longest_band_minutes) {
            std::ostringstream text;  // "-10", "1e+05", "nan": as short as the user wrote it
            text << m;
            throw InputError("a band of " + text.str() + " minutes makes no sense: use minutes between 0 and 1440", where);
        }
    }
    if (!std::is_sorted(options.minutes.begin(), options.minutes.end()) ||
        std::adjacent_find(options.minutes.begin(), options.minutes.end()) != options.minutes.end()) {
        throw InputError("bands must be given in increasing order, each once (10,20,30)", where);
    }
    if (options.reach_metres > 1000.0) throw InputError("an off-network reach over 1000 m is not a catchment any more", {"", 0, "--reach"});
    if (options.simplify_metres < 0.0) throw InputError("must not be negative", {"", 0, "--simplify"});
    if (options.min_area_m2 < 0.0) throw InputError("must not be negative", {"", 0, "--min-area"});
}

std::vector<CatchmentOrigin> snap_origins(const Snapper& snapper, const std::vector<NamedPoint>& origins, const CatchmentOptions& options) {
    if (origins.empty()) throw InputError("give at least one origin with --from LAT,LON", {"", 0, "--from"});
    std::vector<CatchmentOrigin> out;
    for (const auto& origin : origins) out.push_back({origin.id, origin.position, snapper.snap_named(origin, options.snap, "origin")});
    return out;
}

// The centre of the local projection: the middle of the origins, on the network.
LatLon centre_of(const std::vector<Snap>& sources) {
    LatLon sum{0, 0};
    for (const auto& s : sources) sum.lat += s.position.lat, sum.lon += s.position.lon;
    return {sum.lat / static_cast<double>(sources.size()), sum.lon / static_cast<double>(sources.size())};
}

// Generalises from the largest band down, each band clipped to the one around it so
// they stay nested.
void generalise(const GeosContext& geos, std::vector<Geometry>& bands, double tolerance) {
    const auto ctx = geos.handle();
    for (std::size_t i = bands.size(); i-- > 0;) {
        Geometry simple = detail::own(geos, GEOSTopologyPreserveSimplify_r(ctx, bands[i].get(), tolerance), "simplify");
        if (GEOSisValid_r(ctx, simple.get()) != 1) simple = detail::own(geos, GEOSMakeValid_r(ctx, simple.get()), "make valid");
        if (i + 1 < bands.size()) simple = detail::own(geos, GEOSIntersection_r(ctx, simple.get(), bands[i + 1].get()), "intersection");
        bands[i] = detail::polygons_only(geos, std::move(simple));
    }
}

// A straight edge of the local projection is a slight curve in longitude/latitude:
// over a kilometre the chord drifts by centimetres, enough for a band's long edge to
// step outside the next band's. Points every 100 m keep the drift under a millimetre.
std::vector<double> densified_wgs84(const std::vector<double>& xy, const detail::LocalProjection& projection) {
    constexpr double spacing = 100.0;
    std::vector<double> out;
    out.reserve(xy.size());
    const auto add = [&](double x, double y) {
        const LatLon p = projection.inverse({x, y});
        out.insert(out.end(), {p.lon, p.lat});
    };
    for (std::size_t i = 0; i + 2 < xy.size(); i += 2) {
        const double x0 = xy[i], y0 = xy[i + 1], dx = xy[i + 2] - x0, dy = xy[i + 3] - y0;
        const int pieces = std::max(1, static_cast<int>(std::ceil(std::hypot(dx, dy) / spacing)));
        for (int k = 0; k < pieces; ++k) add(x0 + dx * k / pieces, y0 + dy * k / pieces);
    }
    if (xy.size() >= 2) add(xy[xy.size() - 2], xy.back());
    return out;
}

std::vector<std::uint8_t> to_wgs84_wkb(const GeosContext& geos, const GEOSGeometry& projected, const detail::LocalProjection& projection) {
    const Geometry wgs84 = detail::map_rings(geos, projected, [&](const std::vector<double>& xy) { return densified_wgs84(xy, projection); });
    return detail::write_wkb(geos, *wgs84);
}

// Draws the bands of one search result (whose sources are the origins it started
// from) and appends them to the catchment.
void add_bands(const GeosContext& geos, const Graph& graph, const SearchResult& result, const std::string& label,
               const CatchmentOptions& options, Catchment& catchment) {
    const std::vector<Snap> sources(result.sources().begin(), result.sources().end());
    const double longest = options.minutes.back() * 60.0;
    const detail::LocalProjection projection(centre_of(sources));
    const detail::ReachGrid grid(graph, result, projection, catchment.reach_metres, longest);
    std::vector<Geometry> bands;
    for (const double minutes : options.minutes) bands.push_back(detail::band_polygons(geos, grid, minutes * 60.0, options.min_area_m2));
    if (options.simplify_metres > 0.0) generalise(geos, bands, options.simplify_metres);
    for (std::size_t i = 0; i < bands.size(); ++i) {
        CatchmentBand band{label, 0.0, options.minutes[i], 0.0, {}, {}, {}};
        Geometry shape = detail::clone(geos, *bands[i]);
        if (options.bands == BandStyle::rings && i > 0) {
            band.minutes_from = options.minutes[i - 1];
            shape = detail::polygons_only(geos, detail::own(geos, GEOSDifference_r(geos.handle(), shape.get(), bands[i - 1].get()), "ring"));
        }
        band.area_km2 = detail::area(geos, *shape) / 1e6;
        band.wkb = to_wgs84_wkb(geos, *shape, projection);
        catchment.bands.push_back(std::move(band));
    }
}

} // namespace

double default_reach_metres(const std::string& mode) { return mode == "walk" ? 50.0 : 25.0; }

Catchment compute_catchment(const Graph& graph, const std::vector<NamedPoint>& origins, const CatchmentOptions& options,
                            const Progress& progress) {
    check_options(options);
    return compute_catchment(graph, Snapper(graph, options.mode), origins, options, progress);
}

Catchment compute_catchment(const Graph& graph, const Snapper& snapper, const std::vector<NamedPoint>& origins,
                            const CatchmentOptions& options, const Progress& progress) {
    check_options(options);
    Catchment catchment;
    catchment.mode = options.mode;
    catchment.direction = options.direction;
    catchment.style = options.bands;
    catchment.reach_metres = options.reach_metres >= 0.0 ? options.reach_metres : default_reach_metres(options.mode);
    catchment.origins = snap_origins(snapper, origins, options);

    std::vector<std::vector<std::size_t>> groups;
    if (options.per_origin) {
        for (std::size_t i = 0; i < catchment.origins.size(); ++i) groups.push_back({i});
    } else {
        groups.emplace_back(catchment.origins.size());
        for (std::size_t i = 0; i < catchment.origins.size(); ++i) groups.back()[i] = i;
    }

    const GeosContext geos;
    Searcher searcher(graph);
    for (std::size_t group = 0; group < groups.size(); ++group) {
        std::vector<Snap> sources;
        for (const auto i : groups[group]) sources.push_back(catchment.origins[i].snap);
        const std::string label = options.per_origin ? catchment.origins[groups[group][0]].id : std::string("all");
        const auto& result = searcher.run(sources, {options.minutes.back() * 60.0, options.direction});
        add_bands(geos, graph, result, label, options, catchment);
        report(progress, static_cast<double>(group + 1) / static_cast<double>(groups.size()), "catchment");
    }
    return catchment;
}


Catchment catchment_from_times(const Graph& graph, const SearchResult& times, std::vector<CatchmentOrigin> origins,
                               const CatchmentOptions& options) {
    check_options(options);
    if (origins.empty() || times.sources().empty()) throw InputError("give at least one origin with --from LAT,LON", {"", 0, "--from"});
    Catchment catchment;
    catchment.mode = options.mode;
    catchment.direction = options.direction;
    catchment.style = options.bands;
    catchment.reach_metres = options.reach_metres >= 0.0 ? options.reach_metres : default_reach_metres(options.mode);
    catchment.origins = std::move(origins);
    const GeosContext geos;
    add_bands(geos, graph, times, "all", options, catchment);
    return catchment;
}

} // namespace alentour
