#pragma once
// Catchments: the area from which a place can be reached in at most T minutes (or
// that can be reached from it), as polygons per time band.
//
// Method (faithfulness first, then speed): a bounded search gives the time of every
// node; every point along every edge then gets its exact time (edges are cut where the
// time runs out). A local grid of cells D/5 wide takes, in each cell, the time of the
// network point nearest to it if that point lies within the off-network reach D (an
// exact Euclidean distance transform), and each band is the set of cells within its
// time, traced into polygons. So every reached point lies inside its band; ground
// nearer to a street reached late or never (the far bank of a river, the other
// carriageway) stays out; ground farther than D from any street becomes a hole; a
// catchment in several pieces stays a MultiPolygon; bands nest by construction.

#include <alentour/graph.hpp>
#include <alentour/geo.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace alentour {

enum class BandStyle { nested, rings };

struct CatchmentOptions {
    std::string mode = "walk";
    std::vector<double> minutes = {10, 20, 30};
    BandStyle bands = BandStyle::nested;
    Direction direction = Direction::forward;
    double reach_metres = -1;     // negative: the mode's default (walk 50 m, others 25 m)
    double simplify_metres = 0;   // 0: no generalisation
    // Holes smaller than this are filled. Islands are never dropped: each one holds a
    // reached street, so it is no speck.
    double min_area_m2 = 10000;
    bool per_origin = false;      // one set of bands per origin instead of one merged catchment
    SnapOptions snap;
};

struct CatchmentOrigin {
    std::string id;
    LatLon input;
    Snap snap;
};

struct CatchmentBand {
    std::string origin;              // the origin's id, or "all" for a merged catchment
    double minutes_from = 0;         // lower bound: 0 for nested bands, the previous band for rings
    double minutes = 0;
    double area_km2 = 0;
    std::vector<std::uint8_t> wkb;   // MultiPolygon in WGS84 (longitude, latitude), ISO WKB
    // The people living in the band and their share of the region's, once counted
    // against a population layer (add_population() in population.hpp).
    std::optional<double> population;
    std::optional<double> population_share;
};

struct Catchment {
    std::string mode;
    Direction direction = Direction::forward;
    BandStyle style = BandStyle::nested;
    double reach_metres = 0;
    std::vector<CatchmentOrigin> origins;
    std::vector<CatchmentBand> bands;  // per origin (or merged), smallest band first
    std::string qualifier;             // said after each band's name: "médiane, 8h–9h" for transit
};

// The default off-network reach of a mode: 50 m on foot, 25 m otherwise.
double default_reach_metres(const std::string& mode);

// Throws InputError for bad minutes or options, SnapError for an origin that cannot
// be placed (naming it).
Catchment compute_catchment(const Graph& graph, const std::vector<NamedPoint>& origins, const CatchmentOptions& options,
                            const Progress& progress = {});

// The same with a Snapper built once for the graph: what an application computing many
// catchments on one network should call (building the snapping index costs more than
// a catchment).
Catchment compute_catchment(const Graph& graph, const Snapper& snapper, const std::vector<NamedPoint>& origins,
                            const CatchmentOptions& options, const Progress& progress = {});

// Bands drawn from node times another search gave (a transit search's percentile,
// say), with the same method; `times.sources()` are the origins' snaps, all merged
// into one set of bands ("all").
Catchment catchment_from_times(const Graph& graph, const SearchResult& times, std::vector<CatchmentOrigin> origins,
                               const CatchmentOptions& options);

// How a band is named and drawn, the same in every file that shows it.
struct BandLook {
    std::string name;           // "Zone à 20 min à pied"
    std::string description;    // "Lieux d'où l'on rejoint le lieu en 20 min au plus à pied (3,71 km²)."
    std::string colour;         // "#66bd63": green for the nearest band through yellow to red
    double fill_opacity = 0.25;  // nested bands overlap: each stays light
};
BandLook band_look(const Catchment& catchment, const CatchmentBand& band);

// RFC 7946 GeoJSON: largest band first, styled for geojson.io and uMap, the origins as points.
std::string catchment_geojson(const Catchment& catchment);

// Several catchments (one per mode, say) in one FeatureCollection, in the order given.
std::string catchments_geojson(const std::vector<Catchment>& catchments);

struct CatchmentWriteOptions {
    std::string format;   // GDAL driver; empty: from the extension (.geojson, .gpkg, .fgb, .kml, .shp…)
    bool overwrite = false;
};

// Throws InputError now, before any work, for an output write_catchment() would refuse:
// an unknown format or an existing file without `overwrite`.
void check_catchment_output(const std::string& path, const CatchmentWriteOptions& options);

// Writes the bands (and the origins, in a second layer where the format allows) to any
// vector format GDAL writes; .geojson goes through catchment_geojson().
void write_catchment(const Catchment& catchment, const std::string& path, const CatchmentWriteOptions& options = {});

} // namespace alentour
