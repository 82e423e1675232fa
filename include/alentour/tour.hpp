#pragma once
// A tour of visits from the mediation space: the order in which to visit a list of
// places (partners, flyer places, mairies) by car or on foot, split into half-days that
// each start and end at the space, with the route on the streets. Travel times come from
// one forward search per point on the region's network (one-way streets make them
// asymmetric); the order from the field's heuristic (cheapest insertion, then 2-opt and
// Or-opt on the asymmetric matrix), as VROOM and pgr_TSP do.

#include <alentour/geo.hpp>
#include <alentour/map_content.hpp>
#include <alentour/network.hpp>
#include <alentour/progress.hpp>
#include <alentour/snap.hpp>

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

// ---------------------------------------------------------------- the matrix and the order

// Travel seconds (and metres) between points, row = from, column = to; index 0 is the
// space. Infinite when there is no way within the search's bound.
struct TimeMatrix {
    std::size_t size = 0;
    std::vector<double> seconds;
    std::vector<double> metres;

    double operator()(std::size_t from, std::size_t to) const noexcept { return seconds[from * size + to]; }
};

// One bounded forward search per point (in parallel), then the exact partial-edge time to
// every other point, as `alentour times` computes it.
TimeMatrix time_matrix(const Graph& graph, std::span<const Snap> points, double max_seconds, const Progress& progress = {});

// A loop 0 → order… → 0 through `stops` (indices of the matrix, 0 excluded): the best of
// cheapest-insertion, nearest-neighbour and farthest-insertion starts, each improved by
// 2-opt and Or-opt moves until none gains, then seeded double-bridge kicks each followed
// by the same search. Every entry between the stops and 0 must be finite.
std::vector<std::size_t> order_loop(const TimeMatrix& matrix, std::vector<std::size_t> stops);

// Driving seconds of the loop 0 → order… → 0.
double loop_seconds(const TimeMatrix& matrix, std::span<const std::size_t> order);

// A lower bound on the driving seconds of any set of at least `loops` loops from 0 that
// visits every one of `stops`: the best of the assignment bound (each point one way in
// and one way out, the space `loops` times) and the Held–Karp 1-tree bound on the
// cheaper direction of each pair. Shortest times obey the triangle inequality, so
// merging loops never costs more: a bound for `loops` loops holds for more loops too.
double tour_lower_bound(const TimeMatrix& matrix, std::span<const std::size_t> stops, std::size_t loops = 1);

// The assignment part alone, for callers that hold the 1-tree bound already.
double assignment_lower_bound(const TimeMatrix& matrix, std::span<const std::size_t> stops, std::size_t loops);

// The fewest loops that can hold the stops' visits and the driving into each of them.
std::size_t fewest_loops(const TimeMatrix& matrix, std::span<const std::size_t> stops, double visit_seconds, double day_seconds);

// Cuts the loop `order` into consecutive pieces, each a loop from 0 whose driving plus
// `visit_seconds` per stop fits `day_seconds`: the fewest pieces, then the least driving
// (an exact split of the given order, route first and cluster second). Each stop must
// fit alone.
std::vector<std::vector<std::size_t>> split_into_days(const TimeMatrix& matrix, std::span<const std::size_t> order,
                                                      double visit_seconds, double day_seconds);

// ---------------------------------------------------------------- the tour of a region

// "3h30", "3h", "210min", "210", "3:30", "90 min" → minutes. Throws InputError naming
// `option` and the text.
double parse_duration_minutes(std::string_view text, std::string_view option = "--day");

struct TourStop {
    std::string id;
    std::string name;
    std::string address;
    std::string category;
    std::optional<LatLon> position;
    std::size_t line = 0;       // of the input file
    std::string input_status;   // why the file gave no usable position; empty when it did
    std::string commune;        // from the file, or added from a communes file
    std::string insee;          // the commune's INSEE code, when the file has one
    std::optional<double> population;
};

// Where a stop ended: visited in a half-day, or why not.
enum class StopStatus {
    visited,
    no_position,        // the file gives no usable coordinates
    not_on_network,     // outside the region, or no usable way near it
    unreachable,        // no way there and back from the space (another component, one-way trap)
    too_far_for_a_day,  // there and back plus the visit is longer than a half-day
};

std::string_view stop_status_code(StopStatus status) noexcept;

struct TourVisit {
    std::size_t stop = 0;         // index into TourResult::stops
    double arrival_seconds = 0;   // from the half-day's start
    double departure_seconds = 0;
    double drive_seconds = 0;     // from the previous point
    double metres = 0;
};

struct TourLoop {
    std::vector<TourVisit> visits;
    double return_seconds = 0;  // back at the space, from the half-day's start
    double return_drive_seconds = 0;  // the last leg, back to the space
    double return_metres = 0;
    double drive_seconds = 0;
    double metres = 0;
    // The route on the streets: one line per leg (space → 1, 1 → 2, …, last → space),
    // from the point itself through its snapped place.
    std::vector<std::vector<LatLon>> legs;
};

struct TourOptions {
    std::string mode = "car";
    std::string space_name = "Espace";
    double stop_minutes = 20;
    double day_minutes = 210;
    SnapOptions snap;
};

struct TourResult {
    TourOptions options;
    LatLon space;
    std::vector<TourStop> stops;
    std::vector<StopStatus> status;        // one per stop
    std::vector<std::string> status_detail;  // in French, why a stop is not visited
    std::vector<TourLoop> loops;
    double drive_seconds = 0;        // of every loop
    double lower_bound_seconds = 0;  // on the driving of any half-days visiting the same stops
    // The one loop through every stop the half-days are cut from, and the bound on any one
    // loop: how far the ordering itself can be from the best.
    double one_loop_seconds = 0;
    double one_loop_bound_seconds = 0;
    double matrix_seconds = 0;       // time spent: the travel-time matrix
    double heuristic_seconds = 0;    // ordering, splitting and bounding
    double route_seconds = 0;        // the route lines
};

constexpr std::size_t max_tour_stops = 500;

// Throws InputError with zero or more than max_tour_stops stops, a space off the
// network, or bad durations.
TourResult plan_tour(const Region& region, LatLon space, std::vector<TourStop> stops, const TourOptions& options,
                     const Progress& progress = {});

// The stops of a points file (anything read_partners reads: rank's and places' outputs,
// partner lists).
std::vector<TourStop> read_tour_stops(const std::string& path);

// The space from a JSON file {"name": …, "lat": …, "lon": …} (data/espace.json).
struct SpaceFile {
    std::string name;
    LatLon position;
};
SpaceFile read_space_file(const std::string& path);

// Adds the commune's name and population to each stop whose INSEE code, commune or name
// (for a "Mairie de X") matches a row of the communes CSV (code_insee,nom,…,population),
// in that order. Returns how many stops matched.
std::size_t add_communes(std::vector<TourStop>& stops, const std::string& communes_csv);

// ---------------------------------------------------------------- writing

// The clock time (minutes after midnight) at which morning and afternoon half-days
// leave the space: the arrival and departure times of every output count from it.
struct TourClock {
    double morning_minutes = 9 * 60;
    double afternoon_minutes = 14 * 60;
};
// French Excel CSV (`;`, UTF-8 with BOM): per half-day the departure, one row per visit
// in order and the return; then the stops not visited with their status.
void write_tour_csv(const TourResult& tour, std::ostream& out, const TourClock& clock = {});
// A line per half-day on the streets, a numbered point per visit, the stops not visited
// in grey, the space; simplestyle and uMap styling.
void write_tour_geojson(const TourResult& tour, std::ostream& out, const TourClock& clock = {});
// GPX 1.1: a waypoint per visit, a track per half-day.
void write_tour_gpx(const TourResult& tour, std::ostream& out);
// One page per half-day: the route over `streets` (see write_tour), the timed list.
void write_tour_pdf(const TourResult& tour, const std::string& path, bool overwrite, const TourClock& clock = {},
                    const std::vector<MapStreet>& streets = {});

// `output` a folder (tournee.csv, tournee.geojson, tournee.gpx, tournee.pdf) or one
// file by its extension. Returns the files written. With `region`, the PDF's maps show
// its streets.
std::vector<std::string> write_tour(const TourResult& tour, const std::string& output, bool overwrite, const TourClock& clock = {},
                                    const Region* region = nullptr);

// Throws InputError for an output write_tour would refuse (an unknown extension, a file
// or folder already there without `overwrite`): checked before the long work.
void check_tour_output(const std::string& output, bool overwrite);

// A few French lines: half-days, driving, the bound, the stops left out.
std::string tour_summary(const TourResult& tour);

} // namespace alentour
