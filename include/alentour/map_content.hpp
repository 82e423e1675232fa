#pragma once
// Everything a published map shows, gathered once by `alentour map` and drawn by each
// writer (poster, web page, uMap): plain values, no network or GEOS types.

#include <alentour/geo.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace alentour {

// A street drawn from the network itself; `rank` 0 paths and minor ways, 1 streets,
// 2 main roads (by the speed cars may drive on it).
struct MapStreet {
    std::vector<LatLon> line;
    int rank = 1;
};

struct MapBand {
    double minutes = 0;
    std::string mode;                // walk, bike, car
    std::string label;               // "Zone à 20 min à pied"
    std::string colour;              // "#66bd63"
    double area_km2 = 0;
    std::vector<std::uint8_t> wkb;   // MultiPolygon, WGS84 (longitude, latitude)
    std::optional<double> population;  // people within `minutes` (the whole nested band), once counted
};

struct MapPartner {
    int number = 0;                  // the number on the marker and in the list, from 1
    std::string name;
    std::string address;             // street and commune, may be empty
    std::string category;            // short code: ccas, france_travail, association…
    std::string category_label;      // "CCAS / CIAS", "France Travail"…
    std::string colour;              // one colour per category
    LatLon position;
    std::optional<double> minutes;   // by the first mode, to the space
    std::string time_text;           // "à 12 min à pied", or why there is no time
    std::string list;                // prospect, outreach, beyond
};

// A flyer place (pharmacy, mairie, library…) within the map's largest band, drawn as a
// small marker coloured by its category: where the team can leave flyers.
struct MapPlace {
    std::string name;
    std::string category;            // pharmacie, mairie… (places.hpp)
    std::string category_label;      // "Pharmacie"
    std::string colour;
    LatLon position;
    double minutes = 0;              // by the first mode, in the map's direction
    std::string time_text;           // "à 6 min à pied"
};

struct MapContent {
    std::string title;               // "Nos partenaires autour de l'Espace numérique"
    std::string space_name;
    LatLon space;
    std::vector<MapBand> bands;      // largest first (drawing order)
    std::string bands_heading = "Temps de trajet";  // the question the bands answer: "Temps pour venir ici"
    // Which of a window's times the first mode's bands show (transit): "médiane, arrivée
    // 8h–9h, mardi 10 mars 2026"; empty for a street mode.
    std::string bands_qualifier;
    std::vector<MapPartner> partners;  // ranked ones, numbered in list order
    std::vector<MapPlace> places;    // empty unless asked for (`map --places`), nearest first
    std::vector<MapStreet> streets;
    BoundingBox bounds;              // what the map must show: the bands and the partners
    std::string date_text;           // "29 novembre 2026"
    std::string attribution = "Fond : © les contributeurs d'OpenStreetMap (ODbL)";
};

} // namespace alentour
