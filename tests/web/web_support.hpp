#pragma once
// The world of the web page tests: a mediation space in Créteil, three bands of two
// modes, partners of three categories whose names and colours try to break the page.

#include <alentour/map_content.hpp>

#include <ogr_geometry.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace alentour::test {

inline std::vector<std::uint8_t> wkb_of(const std::string& wkt) {
    OGRGeometry* geometry = nullptr;
    REQUIRE(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &geometry) == OGRERR_NONE);
    const std::unique_ptr<OGRGeometry> owned(geometry);
    std::vector<std::uint8_t> wkb(static_cast<std::size_t>(geometry->WkbSize()));
    REQUIRE(geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso) == OGRERR_NONE);
    return wkb;
}

// A ring around the space, `half` degrees each way, as WKT (longitude first).
inline std::string square_ring(LatLon centre, double half) {
    const auto corner = [&](double dlat, double dlon) {
        return std::to_string(centre.lon + dlon) + " " + std::to_string(centre.lat + dlat);
    };
    return "(" + corner(-half, -half) + ", " + corner(-half, half) + ", " + corner(half, half) + ", " +
           corner(half, -half) + ", " + corner(-half, -half) + ")";
}

inline MapBand band(double minutes, const std::string& mode, const std::string& label, const std::string& colour,
                    const std::string& wkt) {
    MapBand b;
    b.minutes = minutes;
    b.mode = mode;
    b.label = label;
    b.colour = colour;
    b.area_km2 = minutes / 10.0;
    b.wkb = wkb_of(wkt);
    return b;
}

inline MapPartner partner(int number, const std::string& name, const std::string& category, const std::string& label,
                          const std::string& colour, LatLon position, std::optional<double> minutes) {
    MapPartner p;
    p.number = number;
    p.name = name;
    p.address = "1 rue de la Paix, Créteil";
    p.category = category;
    p.category_label = label;
    p.colour = colour;
    p.position = position;
    p.minutes = minutes;
    p.time_text = minutes ? "à " + std::to_string(static_cast<int>(*minutes)) + " min à pied" : "hors de portée à pied";
    p.list = minutes ? "prospect" : "beyond";
    return p;
}

inline const std::string tricky_partner_name = "Secours \"populaire\" <Créteil> & Cie";

inline MapContent web_content() {
    MapContent content;
    content.title = "Nos partenaires </script><script>window.casse = 1</script> <!-- & \"tout\"";
    content.space_name = "Emmaüs Connect <Créteil>";
    content.space = {48.7904, 2.4556};
    content.date_text = "29 novembre 2026";
    // Largest first, as MapContent orders them; a hole in the 20-minute walk.
    content.bands = {
        band(20, "walk", "Zone à 20 min à pied", "#d9ef8b",
             "MULTIPOLYGON((" + square_ring(content.space, 0.012) + ", " + square_ring(content.space, 0.002) + "))"),
        band(20, "car", "Zone à 20 min en voiture", "#fc8d59", "MULTIPOLYGON((" + square_ring(content.space, 0.011) + "))"),
        band(10, "walk", "Zone à 10 min à pied", "#1a9850", "POLYGON(" + square_ring(content.space, 0.006) + ")"),
    };
    content.partners = {
        partner(1, tricky_partner_name, "association", "Association", "#e6ab02", {48.7950, 2.4490}, 6.5),
        partner(2, "CCAS de Créteil", "ccas", "CCAS / CIAS", "#c3a", {48.7850, 2.4620}, 9.25),
        partner(3, "Agence France Travail Créteil", "france_travail", "France Travail", "red;background:url(x)",
                {48.7990, 2.4650}, 15.0),
        partner(4, "Mission Locale des Bords de Marne", "association", "Association", "#e6ab02", {48.7810, 2.4420}, std::nullopt),
    };
    // Eight east-west streets, the fourth a main road, and one path.
    for (int i = 0; i < 8; ++i) {
        const double lat = 48.780 + 0.003 * i;
        content.streets.push_back({{{lat, 2.440}, {lat, 2.470}}, i == 3 ? 2 : 1});
    }
    content.streets.push_back({{{48.780, 2.455}, {48.800, 2.4551234567}}, 0});
    for (const MapPartner& p : content.partners) content.bounds.extend(p.position);
    content.bounds.extend({48.778, 2.441});
    content.bounds.extend({48.803, 2.468});
    return content;
}

} // namespace alentour::test
