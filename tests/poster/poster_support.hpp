#pragma once
// Inline worlds for the poster tests: a town's street grid, catchment bands as wobbly
// discs around the space, partners on a seeded spiral (some stacked on one spot).

#include "support.hpp"

#include <alentour/map_content.hpp>
#include <alentour/poster.hpp>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace alentour::test {

inline constexpr LatLon poster_space{48.7783, 2.4704};

inline LatLon offset_metres(LatLon from, double east, double north) {
    constexpr double metres_per_degree = 111'195.0;
    return {from.lat + north / metres_per_degree, from.lon + east / (metres_per_degree * std::cos(from.lat * std::numbers::pi / 180))};
}

// A closed ring whose radius wobbles, like a real catchment, as ISO WKB MultiPolygon.
inline std::vector<std::uint8_t> wobbly_disc_wkb(LatLon centre, double radius, int seed) {
    OGRLinearRing ring;
    for (int i = 0; i < 96; ++i) {
        const double angle = 2 * std::numbers::pi * i / 96;
        const double r = radius * (1 + 0.12 * std::sin(5 * angle + seed) + 0.05 * std::cos(11 * angle));
        const LatLon p = offset_metres(centre, r * std::cos(angle), r * std::sin(angle));
        ring.addPoint(p.lon, p.lat);
    }
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRMultiPolygon multi;
    multi.addGeometry(&polygon);
    std::vector<std::uint8_t> wkb(multi.WkbSize());
    multi.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    return wkb;
}

inline MapBand band(double minutes, const std::string& mode, const std::string& colour, double radius) {
    const std::string phrase = mode == "walk" ? "à pied" : mode == "bike" ? "à vélo" : "en voiture";
    return {minutes, mode, "Zone à " + std::to_string(static_cast<int>(minutes)) + " min " + phrase, colour, 0,
            wobbly_disc_wkb(poster_space, radius, static_cast<int>(minutes)), {}};
}

inline std::vector<MapStreet> street_grid(double half_size, double spacing) {
    std::vector<MapStreet> streets;
    int index = 0;
    for (double at = -half_size; at <= half_size; at += spacing, ++index) {
        const int rank = index % 6 == 3 ? 2 : 1;
        streets.push_back({{offset_metres(poster_space, at, -half_size), offset_metres(poster_space, at, half_size)}, rank});
        streets.push_back({{offset_metres(poster_space, -half_size, at), offset_metres(poster_space, half_size, at)}, rank});
    }
    for (double at = -half_size; at < half_size; at += 2 * spacing) {
        streets.push_back({{offset_metres(poster_space, at, -half_size), offset_metres(poster_space, at + spacing, half_size)}, 0});
    }
    return streets;
}

struct Category {
    const char* code;
    const char* label;
    const char* colour;
    const char* name;
};

inline const std::vector<Category>& categories() {
    static const std::vector<Category> all = {
        {"ccas", "CCAS / CIAS", "#1b9e77", "CCAS de Créteil"},
        {"france_travail", "France Travail", "#d95f02", "Agence France Travail"},
        {"association", "Associations", "#7570b3", "Association Les Amis de l'Échiquier"},
        {"mission_locale", "Missions Locales", "#e7298a", "Mission Locale des Bords de Marne"},
        {"eds", "Services sociaux du Département", "#66a61e", "Espace des solidarités"},
        {"mairie", "Mairies", "#e6ab02", "Mairie annexe du Mont-Mesly"},
    };
    return all;
}

// `count` partners on a seeded spiral up to `reach` metres; the first `stacked` share one spot.
inline std::vector<MapPartner> spiral_partners(std::size_t count, double reach = 2300, std::size_t stacked = 0) {
    std::mt19937 random(42);
    std::uniform_real_distribution<double> jitter(-60, 60);
    std::vector<MapPartner> partners;
    for (std::size_t i = 0; i < count; ++i) {
        const Category& category = categories()[(i * 7 + i / 5) % categories().size()];
        const double distance = i < stacked ? 500 : 150 + reach * std::sqrt((i + 1.0) / count);
        const double angle = i < stacked ? 1.0 : 2.39996 * i;
        MapPartner p;
        p.name = std::string(category.name) + " " + std::to_string(i + 1);
        p.address = std::to_string(1 + i % 90) + " rue de la République, 94000 Créteil";
        p.category = category.code;
        p.category_label = category.label;
        p.colour = category.colour;
        p.position = offset_metres(poster_space, distance * std::cos(angle) + (i < stacked ? 0 : jitter(random)),
                                   distance * std::sin(angle) + (i < stacked ? 0 : jitter(random)));
        p.minutes = distance / 80;
        p.time_text = "à " + std::to_string(static_cast<int>(*p.minutes)) + " min à pied";
        p.list = *p.minutes <= 20 ? "prospect" : "outreach";
        partners.push_back(p);
    }
    // Numbered in list order: by category as the list groups them, then by time.
    std::stable_sort(partners.begin(), partners.end(), [](const MapPartner& a, const MapPartner& b) {
        return a.category != b.category ? a.category < b.category : *a.minutes < *b.minutes;
    });
    for (std::size_t i = 0; i < partners.size(); ++i) partners[i].number = static_cast<int>(i + 1);
    return partners;
}

inline MapContent poster_content(std::size_t partners, std::size_t stacked = 0) {
    MapContent content;
    content.title = "Nos partenaires autour de l'Espace numérique";
    content.space_name = "Emmaüs Connect Créteil — Espace numérique";
    content.space = poster_space;
    content.bands = {band(30, "walk", "#d9ef8b", 2100), band(20, "walk", "#91cf60", 1450), band(10, "walk", "#1a9850", 750)};
    content.partners = spiral_partners(partners, 2300, stacked);
    content.streets = street_grid(2800, 160);
    content.date_text = "29 novembre 2026";
    for (const auto& p : content.partners) content.bounds.extend(p.position);
    content.bounds.extend(offset_metres(poster_space, -2500, -2500));
    content.bounds.extend(offset_metres(poster_space, 2500, 2500));
    return content;
}

} // namespace alentour::test
