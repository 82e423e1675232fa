#include "map/content.hpp"

#include "core/french.hpp"
#include "geometry/multipolygon.hpp"

#include <algorithm>
#include <cmath>

namespace alentour::detail {

namespace {

// What the legend says of a band once its people are counted: "18 400 habitants à moins
// de 20 min à pied", the figure a team quotes.
std::string population_label(const Catchment& catchment, const CatchmentBand& band) {
    const std::string span = band.minutes_from > 0 ? "de " + french_number(band.minutes_from, 1) + " à " + french_number(band.minutes, 1)
                                                   : "à moins de " + french_number(band.minutes, 1);
    return french_count(*band.population) + " habitants " + span + " min " + french_mode(catchment.mode) +
           (catchment.qualifier.empty() ? "" : " (" + catchment.qualifier + ")");
}

} // namespace

std::vector<MapBand> map_bands(const std::vector<Catchment>& catchments) {
    std::vector<MapBand> bands;
    for (const auto& catchment : catchments) {
        std::vector<const CatchmentBand*> order;
        for (const auto& band : catchment.bands) order.push_back(&band);
        // Largest first: the drawing order, smaller bands on top.
        std::stable_sort(order.begin(), order.end(), [](const CatchmentBand* a, const CatchmentBand* b) { return a->minutes > b->minutes; });
        for (const CatchmentBand* band : order) {
            const BandLook look = band_look(catchment, *band);
            const std::string label = band->population ? population_label(catchment, *band) : look.name;
            bands.push_back({band->minutes, catchment.mode, label, look.colour, band->area_km2, band->wkb, band->population});
        }
    }
    return bands;
}

namespace {

std::string address_of(const Partner& p) {
    if (p.address.empty()) return p.commune;
    return p.commune.empty() ? p.address : p.address + ", " + p.commune;
}

std::string time_text(const RankedPartner& row, const std::string& mode) {
    if (row.times.empty() || !row.times[0].minutes) return row.reason;
    return "à " + std::to_string(static_cast<int>(std::lround(*row.times[0].minutes))) + " min " + french_mode(mode);
}

} // namespace

std::vector<MapPartner> map_partners(const Ranking& ranking, const CategoryTable& categories) {
    std::vector<MapPartner> partners;
    for (const auto& row : ranking.rows) {
        if (row.list != PartnerList::prospect && row.list != PartnerList::outreach) continue;
        const Partner& p = ranking.table.partners[row.partner];
        if (!p.position) continue;
        const PartnerCategory& category = categories.get(p.category);
        MapPartner m;
        m.number = static_cast<int>(partners.size()) + 1;
        m.name = p.name;
        m.address = address_of(p);
        m.category = category.id;
        m.category_label = category.label;
        m.colour = category.color;
        m.position = *p.position;
        m.minutes = row.times.empty() ? std::nullopt : row.times[0].minutes;
        m.time_text = time_text(row, ranking.options.modes[0]);
        m.list = std::string(list_code(row.list));
        partners.push_back(std::move(m));
    }
    return partners;
}

std::vector<MapPlace> map_places(const PlacesInReach& found) {
    std::vector<MapPlace> places;
    for (const auto& r : found.places) {
        const PlaceCategory& category = place_category(r.place.category);
        places.push_back({r.place.name, category.id, category.label_fr, category.colour, r.place.position, r.minutes,
                          "à " + std::to_string(static_cast<int>(std::lround(r.minutes))) + " min " + french_mode(found.options.mode)});
    }
    return places;
}

std::string bands_heading(Direction direction) {
    return direction == Direction::reverse ? "Temps pour venir ici" : "Temps pour aller d'ici";
}

void extend_with_bands(BoundingBox& box, const std::vector<MapBand>& bands, const std::string& mode) {
    for (const auto& band : bands) {
        if (band.mode == mode) extend(box, read_multipolygon(band.wkb, band.label));
    }
}

} // namespace alentour::detail
