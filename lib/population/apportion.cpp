// People inside zones. Points are tested where they lie, in WGS84 as the zones are
// written; polygons and raster cells are cut by each zone in a Lambert azimuthal
// equal-area projection centred on the zones, and count the share of their area inside.

#include "population/data.hpp"

#include "population/projected.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace alentour {
namespace detail {
namespace {

bool boxes_meet(const BoundingBox& a, const BoundingBox& b) noexcept {
    return !a.empty() && !b.empty() && a.min_lat <= b.max_lat && b.min_lat <= a.max_lat && a.min_lon <= b.max_lon && b.min_lon <= a.max_lon;
}

BoundingBox box_of(const GeosContext& geos, const GEOSGeometry& g) {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    BoundingBox box;
    if (GEOSGeom_getXMin_r(geos.handle(), &g, &min_x) == 0 || GEOSGeom_getYMin_r(geos.handle(), &g, &min_y) == 0 ||
        GEOSGeom_getXMax_r(geos.handle(), &g, &max_x) == 0 || GEOSGeom_getYMax_r(geos.handle(), &g, &max_y) == 0) {
        return box;  // empty: a zone with no polygon holds nobody
    }
    box.extend({min_y, min_x});
    box.extend({max_y, max_x});
    return box;
}

struct Zone {
    Geometry wgs84;
    PreparedGeometry prepared_wgs84;
    BoundingBox box;
    Geometry equal_area;  // made only when the layer holds polygons
    PreparedGeometry prepared_equal_area;
};

class Apportioner {
public:
    Apportioner(const PopulationData& data, std::span<const std::vector<std::uint8_t>> zones) : m_data(data) {
        BoundingBox all;
        for (const auto& wkb : zones) {
            Zone zone;
            zone.wgs84 = read_wkb(m_geos, wkb.data(), wkb.size());
            zone.prepared_wgs84 = prepare(m_geos, *zone.wgs84);
            zone.box = box_of(m_geos, *zone.wgs84);
            if (!zone.box.empty()) {
                all.extend({zone.box.min_lat, zone.box.min_lon});
                all.extend({zone.box.max_lat, zone.box.max_lon});
            }
            m_zones.push_back(std::move(zone));
        }
        m_projection.emplace(all.empty() ? LatLon{} : LatLon{(all.min_lat + all.max_lat) / 2, (all.min_lon + all.max_lon) / 2});
        if (m_data.polygons.empty()) return;
        for (auto& zone : m_zones) {
            zone.equal_area = projected(m_geos, *zone.wgs84, *m_projection);
            zone.prepared_equal_area = prepare(m_geos, *zone.equal_area);
        }
    }

    std::vector<double> count(Zones kind) {
        std::vector<double> people(m_zones.size(), 0.0);
        for (const auto& point : m_data.points) count_point(point, kind, people);
        for (const auto& polygon : m_data.polygons) count_polygon(polygon, people);
        return people;
    }

    // The people of each unit (points, then polygons) inside the first zone.
    std::vector<double> per_unit() {
        std::vector<double> people;
        std::vector<double> one(m_zones.size(), 0.0);
        for (const auto& point : m_data.points) {
            std::fill(one.begin(), one.end(), 0.0);
            count_point(point, Zones::overlapping, one);
            people.push_back(one.front());
        }
        for (const auto& polygon : m_data.polygons) {
            std::fill(one.begin(), one.end(), 0.0);
            count_polygon(polygon, one);
            people.push_back(one.front());
        }
        return people;
    }

private:
    void count_point(const PopulationPoint& point, Zones kind, std::vector<double>& people) const {
        std::optional<Geometry> geometry;
        for (std::size_t z = 0; z < m_zones.size(); ++z) {
            const Zone& zone = m_zones[z];
            if (zone.box.empty() || !zone.box.contains(point.position)) continue;
            if (!geometry) geometry = own(m_geos, GEOSGeom_createPointFromXY_r(m_geos.handle(), point.position.lon, point.position.lat), "point");
            if (GEOSPreparedCovers_r(m_geos.handle(), zone.prepared_wgs84.get(), geometry->get()) != 1) continue;
            people[z] += point.count;
            if (kind == Zones::disjoint) return;
        }
    }

    void count_polygon(const PopulationPolygon& polygon, std::vector<double>& people) {
        std::optional<Geometry> parcel;
        double parcel_area = 0;
        for (std::size_t z = 0; z < m_zones.size(); ++z) {
            const Zone& zone = m_zones[z];
            if (!boxes_meet(zone.box, polygon.box)) continue;
            if (!parcel) {
                const Geometry read = read_wkb(m_geos, polygon.wkb.data(), polygon.wkb.size());
                parcel = projected(m_geos, *read, *m_projection);
                parcel_area = area(m_geos, **parcel);
            }
            people[z] += polygon.count * share_inside(zone, **parcel, parcel_area);
        }
    }

    double share_inside(const Zone& zone, const GEOSGeometry& parcel, double parcel_area) const {
        if (parcel_area <= 0) return 0;
        const auto ctx = m_geos.handle();
        if (GEOSPreparedContains_r(ctx, zone.prepared_equal_area.get(), &parcel) == 1) return 1;
        if (GEOSPreparedIntersects_r(ctx, zone.prepared_equal_area.get(), &parcel) != 1) return 0;
        const Geometry inside = own(m_geos, GEOSIntersection_r(ctx, zone.equal_area.get(), &parcel), "intersection");
        return std::min(1.0, area(m_geos, *inside) / parcel_area);
    }

    const PopulationData& m_data;
    GeosContext m_geos;
    std::vector<Zone> m_zones;
    std::optional<LocalProjection> m_projection;
};

} // namespace

std::vector<double> unit_people_within(const PopulationData& data, const std::vector<std::uint8_t>& zone) {
    const std::vector<std::vector<std::uint8_t>> zones{zone};
    Apportioner apportioner(data, zones);
    return apportioner.per_unit();
}

} // namespace detail

std::vector<double> people_within(const PopulationLayer& layer, std::span<const std::vector<std::uint8_t>> zones, Zones zones_kind) {
    detail::Apportioner apportioner(layer.data(), zones);
    return apportioner.count(zones_kind);
}

double people_in_box(const PopulationLayer& layer, const BoundingBox& box) {
    if (box.empty()) return 0;
    const std::vector<std::vector<std::uint8_t>> zone{detail::box_wkb(box)};
    return people_within(layer, zone, Zones::overlapping).front();
}

PopulationOverlap population_overlap(const PopulationLayer& layer, const BoundingBox& region) {
    PopulationOverlap overlap;
    overlap.total = layer.total();
    overlap.inside = people_in_box(layer, region);
    if (overlap.inside <= 0) {
        throw InputError("the population layer does not overlap the region (the layer lies within " + format_lat_lon({layer.bounds().min_lat, layer.bounds().min_lon}) +
                             " – " + format_lat_lon({layer.bounds().max_lat, layer.bounds().max_lon}) + ")",
                         {layer.file(), 0, {}});
    }
    overlap.share_outside = overlap.total > 0 ? std::max(0.0, 1.0 - overlap.inside / overlap.total) : 0.0;
    return overlap;
}

void add_population(Catchment& catchment, const PopulationLayer& layer, const BoundingBox& region) {
    const double in_region = people_in_box(layer, region);
    const Zones kind = catchment.style == BandStyle::rings ? Zones::disjoint : Zones::overlapping;
    // Bands of different origins overlap; only the rings of one origin tile.
    std::map<std::string, std::vector<std::size_t>> by_origin;
    for (std::size_t i = 0; i < catchment.bands.size(); ++i) by_origin[catchment.bands[i].origin].push_back(i);
    for (const auto& [origin, indices] : by_origin) {
        std::vector<std::vector<std::uint8_t>> zones;
        for (const std::size_t i : indices) zones.push_back(catchment.bands[i].wkb);
        const std::vector<double> people = people_within(layer, zones, kind);
        for (std::size_t k = 0; k < indices.size(); ++k) {
            CatchmentBand& band = catchment.bands[indices[k]];
            band.population = people[k];
            band.population_share = in_region > 0 ? people[k] / in_region : 0.0;
        }
    }
}

} // namespace alentour
