#pragma once
// Several spaces and the people they serve: one multi-source search gives every place its
// nearest space; the bands of the nearest space, the people each space serves per band
// (everyone counted once, by the nearest space), the populated gaps beyond the last band,
// partner structures allocated to their nearest space, and where new stops of an
// itinerant workshop would serve the most people not yet served.

#include <alentour/catchment.hpp>
#include <alentour/geo.hpp>
#include <alentour/network.hpp>
#include <alentour/population.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace alentour {

struct CoverageOptions {
    std::string mode = "walk";
    std::vector<double> minutes = {15, 30, 45};
    // Reverse: the time from each place to the space, as its public travels.
    Direction direction = Direction::reverse;
    double reach_metres = -1;  // negative: the mode's default
    double min_area_m2 = 10000;
    SnapOptions snap;
    std::vector<NamedPoint> spaces;      // id: the space's name
    std::vector<NamedPoint> partners;    // allocated to their nearest space when given
    std::vector<NamedPoint> candidates;  // itinerant stops to choose among
    std::size_t new_stops = 0;
    // With no candidate given, the populated places themselves are the candidates.
    bool candidates_from_population = false;
};

// The part of one band that one space serves (nearest by travel time).
struct CoverageZone {
    std::string space;
    double minutes_from = 0;
    double minutes = 0;
    double area_km2 = 0;
    double population = 0;
    std::vector<std::uint8_t> wkb;  // MultiPolygon, WGS84, ISO WKB
};

// A populated area beyond the last band.
struct CoverageGap {
    double area_km2 = 0;
    double population = 0;
    std::vector<std::uint8_t> wkb;
};

struct PartnerAllocation {
    std::string id;
    std::string space;  // empty when no space is reached within the last band
    double minutes = 0;
};

struct StopChoice {
    std::string id;
    LatLon position;
    double added_population = 0;  // people not served before, within the last band of it
};

struct Coverage {
    std::string mode;
    Direction direction = Direction::reverse;
    std::vector<CatchmentOrigin> spaces;
    std::vector<CoverageZone> zones;  // by space (given order), then band
    std::vector<CoverageGap> gaps;    // most populated first
    double region_population = 0;     // everyone in the region's box
    std::vector<PartnerAllocation> partners;
    std::vector<StopChoice> stops;    // in the order chosen
};

// Places from any table read_partners() reads (CSV, spreadsheet, GeoJSON…), named by
// their `nom`/`name` column, else their id. Throws InputError for a row without position.
std::vector<NamedPoint> read_places(const std::string& path);

// Throws InputError for no space, bad minutes, a space or partner off the network.
Coverage compute_coverage(const Region& region, const PopulationLayer& population, const CoverageOptions& options,
                          const Progress& progress = {});

// Greedy maximum coverage: `k` times, the set adding the most weight not yet covered.
// Its total is at least (1 − 1/e) ≈ 63 % of the best possible (Nemhauser, Wolsey and
// Fisher 1978). Returns the chosen sets in order with what each added.
struct GreedyPick {
    std::size_t set = 0;
    double added = 0;
};
std::vector<GreedyPick> greedy_max_coverage(const std::vector<std::vector<std::uint32_t>>& sets, const std::vector<double>& weights,
                                            std::size_t k);

// The table per space and band: space,minutes_from,minutes,population,share_of_region,area_km2,
// then one line for the gaps.
std::string coverage_table_csv(const Coverage& coverage);

// The zones (`space`, `minutes`, `population`…) and the gaps as GeoJSON, or any GDAL
// vector format (a `gaps` layer where the format holds several); nothing is left
// half-written.
void write_coverage(const Coverage& coverage, const std::string& path, bool overwrite);

} // namespace alentour
