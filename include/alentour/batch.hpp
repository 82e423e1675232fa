#pragma once
// Catchments for many places at once (`alentour batch`): a file of places × modes ×
// bands into one GeoPackage, on every core, resumable: a rerun skips the places already
// written, so a run killed at 80 % loses at most the chunk it was working on. Places
// that cannot be placed on a network are written to a layer of their own, with why.

#include <alentour/catchment.hpp>
#include <alentour/network.hpp>
#include <alentour/partners.hpp>
#include <alentour/progress.hpp>
#include <alentour/snap.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace alentour {

// A place and the attributes written beside its catchments.
struct BatchPlace {
    std::string id;
    std::string name;
    std::string commune;
    std::string postcode;
    std::string category;
    LatLon position;
    std::size_t line = 0;  // line or feature number in its file
    std::string problem;   // why it has no usable position (then it is reported, not computed)
};

struct BatchOptions {
    std::vector<std::string> modes = {"walk"};
    std::vector<double> minutes = {10, 20, 30};
    Direction direction = Direction::forward;
    double reach_metres = -1;    // negative: the mode's default
    double simplify_metres = 0;
    double min_area_m2 = 10000;
    SnapOptions snap;
    unsigned threads = 0;        // 0: one per core
    std::size_t chunk = 64;      // places computed, then committed to the file, together
};

// One place on one mode: its bands, or why it could not be placed.
struct BatchResult {
    std::size_t place = 0;       // index into the places given
    std::string mode;
    double snap_metres = 0;
    std::vector<CatchmentBand> bands;  // smallest first; empty when not placed
    std::string not_placed;      // the reason, in the CLI's words; empty when placed
};

// The places of a list read by read_partners (CSV, spreadsheets, GIS files, the national
// JSON lists): every structure, with or without a position (those without are reported).
std::vector<BatchPlace> batch_places(const PartnerTable& table);

// The catchments of every place on every mode, on `options.threads` threads (one
// Searcher each, inside compute_catchment), in place then mode order.
std::vector<BatchResult> compute_batch(RegionSnappers& snappers, const std::vector<BatchPlace>& places, const BatchOptions& options,
                                       const Progress& progress = {});

struct BatchReport {
    std::size_t places = 0;
    std::size_t computed = 0;     // place × mode pairs computed in this run
    std::size_t skipped = 0;      // pairs already in the output (resumed)
    std::size_t not_placed = 0;   // pairs reported in the not_placed layer in this run
};

// Reads the places, skips those the GeoPackage already holds, computes the others chunk
// by chunk and appends them (layers `catchments` and `not_placed`). With `overwrite`
// an existing output is started afresh. Throws InputError on a bad file or option.
BatchReport run_batch(const Region& region, const std::vector<BatchPlace>& places, const std::string& output_path,
                      const BatchOptions& options, bool overwrite = false, const Progress& progress = {});

} // namespace alentour
