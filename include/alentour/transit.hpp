#pragma once
// Public transport: a GTFS feed read as it is, its stops linked to the walk network,
// and Range RAPTOR (Delling, Pajor, Werneck) over a departure window, giving every
// walk-network node a travel time for each minute of the window, then the chosen
// percentiles of those times (as R5 and r5py report them).

#include <alentour/catchment.hpp>
#include <alentour/graph.hpp>
#include <alentour/geo.hpp>
#include <alentour/network.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

// A calendar day as days since 1970-01-01, so that weekdays and "the day before" are
// plain arithmetic.
using Day = std::int32_t;

// "2026-03-10" (or GTFS "20260310"). Throws InputError naming `what`.
Day parse_day(std::string_view text, std::string_view what = "--date");
std::string format_day(Day day);  // "2026-03-10"

// Seconds after midnight of the service day: GTFS times past 24:00 are kept as they are
// (25:10:00 is 90 600), a trip after midnight belongs to the day its service runs.
using TransitTime = std::int32_t;

// "08:00" or "08:00:00" (hours may pass 24). Throws InputError naming `what`.
TransitTime parse_clock(std::string_view text, std::string_view what);

struct TransitStop {
    std::string id;
    std::string name;
    LatLon position;
    std::uint32_t parent = invalid_id;  // index of its parent station, if any
    int location_type = 0;              // 0 stop or platform, 1 station, 2+ entrances and nodes
};

struct TransitRoute {
    std::string id;
    std::string short_name;
    std::string long_name;
    int type = 3;  // GTFS route_type: 0 tram, 1 metro, 2 rail, 3 bus…
};

struct TransitStopTime {
    std::uint32_t stop;
    TransitTime arrival;
    TransitTime departure;
};

struct TransitTrip {
    std::string id;
    std::uint32_t route;
    std::uint32_t service;          // invalid_id when neither calendar file knows it
    std::uint32_t first_stop_time;  // its stop times, in stop_sequence order
    std::uint32_t stop_time_count;
};

struct TransitService {
    std::string id;
    std::uint8_t weekdays = 0;  // bit 0 Monday … bit 6 Sunday
    Day start = 0, end = -1;    // the calendar.txt period, empty when absent
    std::vector<Day> added;     // calendar_dates.txt exception_type 1
    std::vector<Day> removed;   // exception_type 2

    bool runs_on(Day day) const;
};

// Trips repeated every `headway` seconds from `start` to `end` (frequencies.txt).
struct TransitFrequency {
    std::uint32_t trip;
    TransitTime start, end, headway;
    bool exact_times = false;
};

// transfers.txt: 0 or 1 a recommended or timed transfer, 2 with `min_seconds`, 3 none.
struct TransitTransfer {
    std::uint32_t from, to;
    int type = 0;
    TransitTime min_seconds = 0;
};

struct TransitFeed {
    std::string source;
    std::vector<std::string> agencies;
    std::vector<TransitStop> stops;
    std::vector<TransitRoute> routes;
    std::vector<TransitTrip> trips;
    std::vector<TransitStopTime> stop_times;
    std::vector<TransitService> services;
    std::vector<TransitFrequency> frequencies;
    std::vector<TransitTransfer> transfers;
    Day first_day = 0, last_day = -1;  // the days some service runs
    ReasonCounts remarks;              // what was read but not used, and why
};

// Reads a GTFS feed from a .zip or a folder. Throws InputError naming the file, the
// line and the field for a feed that is not GTFS, a missing file or column, a reference
// to an unknown trip, stop or route, a time that does not parse, times going back.
TransitFeed read_gtfs(const std::string& path);

struct TransitLinkOptions {
    double max_stop_distance_metres = 300.0;   // a stop farther from a walkable way is unused
    double max_transfer_walk_metres = 1000.0;  // walking transfers between stops, on the walk network
};

struct StopTransfer {
    std::uint32_t to;
    float seconds;        // walking time, or the feed's min_transfer_time
    bool walked = true;   // walked: the minimum transfer time is added; from the feed: it is included
};

// The stops of a feed placed on the walk network, and the transfers between them.
struct StopLinks {
    std::vector<Snap> snaps;       // per stop; geometry invalid_id when not linked
    std::vector<std::uint32_t> transfer_offsets;  // stop → first transfer, one more than stops
    std::vector<StopTransfer> transfers;
    std::uint32_t linked = 0, unlinked = 0;
    ReasonCounts remarks;

    bool is_linked(std::uint32_t stop) const noexcept { return snaps[stop].geometry != invalid_id; }
};

StopLinks link_stops(const TransitFeed& feed, const Graph& walk, const Snapper& walk_snapper,
                     const TransitLinkOptions& options = {}, const Progress& progress = {});

struct TransitOptions {
    Day date = 0;
    TransitTime time = 8 * 3600;  // the first departure (forward) or the last arrival (reverse)
    int window_minutes = 60;      // one search per minute: time, time+1, … (reverse: time, time-1, …)
    std::vector<double> percentiles = {50};
    int max_transfers = 4;
    double max_walk_minutes = 20;  // access to the first stop and egress from the last one, each
    double max_minutes = 120;      // longest trip looked for
    TransitTime min_transfer_seconds = 60;
    Direction direction = Direction::forward;
    SnapOptions snap;
};

// Per walk-network node, one time per percentile: what a catchment is drawn from.
struct TransitResult {
    std::vector<double> percentiles;
    std::vector<std::vector<float>> seconds;  // [percentile][node], `unreached` when above max_minutes
    std::vector<Snap> origins;
    Direction direction = Direction::forward;
    double max_seconds = 0;
    ReasonCounts remarks;
};

// Throws InputError for bad options (naming the option) and SnapError for an origin
// that cannot be placed.
TransitResult transit_search(const Graph& walk, const Snapper& walk_snapper, const TransitFeed& feed, const StopLinks& links,
                             const std::vector<NamedPoint>& origins, const TransitOptions& options, const Progress& progress = {});

// A feed read and its stops linked to the walk network: once for a job that searches it
// several times (a map's catchment and its ranking).
struct LinkedFeed {
    TransitFeed feed;
    StopLinks links;
    TransitLinkOptions options;  // what the links were made with
};

// What the `times` and `catchment` commands run: a feed read and linked to the walk
// network, then searched.
struct TransitJobOptions {
    std::string feed;  // GTFS .zip or folder
    TransitOptions search;
    TransitLinkOptions links;
    bool itineraries = false;  // times: the legs of the fastest journey at the window's middle minute
};

struct TransitTravelTime {
    std::string from_id;  // where the trip starts (the destination point when reverse)
    std::string to_id;
    std::vector<std::optional<double>> minutes;  // per percentile; empty when not reached
    std::string itinerary;  // with TransitJobOptions::itineraries
};

// One Range RAPTOR per origin, then each destination's time per percentile (exact at
// network nodes, plus the walk along its edge). Throws InputError, SnapError.
std::vector<TransitTravelTime> transit_travel_times(const Graph& walk, const std::vector<NamedPoint>& origins,
                                                    const std::vector<NamedPoint>& destinations, const TransitJobOptions& options,
                                                    ReasonCounts* remarks = nullptr, const Progress& progress = {});

// The same on a timetable already linked (region_timetable) and the walk network's snapping index.
std::vector<TransitTravelTime> transit_travel_times(const Graph& walk, const Snapper& walk_snapper, const LinkedFeed& linked,
                                                    const std::vector<NamedPoint>& origins, const std::vector<NamedPoint>& destinations,
                                                    const TransitJobOptions& options, ReasonCounts* remarks = nullptr,
                                                    const Progress& progress = {});

// CSV `from_id,to_id,minutes_p50[,minutes_p75…][,itinerary]`, two decimals, empty when
// not reached.
void write_transit_times_csv(const std::vector<double>& percentiles, const std::vector<TransitTravelTime>& times, bool itineraries,
                             std::ostream& out);

// The bands of the first percentile's times from all origins together, drawn with the
// catchment method; named with the percentile and the window ("médiane, 8h–9h").
Catchment transit_catchment(const Graph& walk, const std::vector<NamedPoint>& origins, const CatchmentOptions& bands,
                            const TransitJobOptions& options, ReasonCounts* remarks = nullptr, const Progress& progress = {});

// Throws InputError for an empty path or a bad feed.
LinkedFeed link_feed(const Graph& walk, const Snapper& walk_snapper, const std::string& feed, const TransitLinkOptions& options = {},
                     const Progress& progress = {});

// transit_catchment on a feed already linked, with the walk network's snapping index.
Catchment transit_catchment(const Graph& walk, const Snapper& walk_snapper, const LinkedFeed& linked, const std::vector<NamedPoint>& origins,
                            const CatchmentOptions& bands, const TransitOptions& options, ReasonCounts* remarks = nullptr,
                            const Progress& progress = {});

// The ranking's time by transit (the mode "transit" of rank_partners): the first
// percentile of the arrivals at the space over the window (`options` must be reverse:
// people come from the structures), from every node of the walk network.
// Throws InputError when `options` are not reverse.
RankSearch transit_rank_search(const Graph& walk, const LinkedFeed& linked, const TransitOptions& options);

// Several feeds as one timetable: each feed's ids prefixed with its file name ("eptc:123")
// so that two agencies' stop "1" stay apart; a single feed keeps its ids.
TransitFeed merge_feeds(std::vector<TransitFeed> feeds);
std::string feed_name(const std::string& path);  // "poa_eptc" for ".../poa_eptc.zip"

// What `alentour info --gtfs` says of a feed: its size, its service days and how many
// of its served stops the walk network reaches.
struct TransitFeedInfo {
    std::string source;
    std::vector<std::string> agencies;
    Day first_day = 0, last_day = -1;
    std::size_t stops = 0, routes = 0, trips = 0, stop_times = 0, frequencies = 0, transfers = 0;
    std::uint32_t linked = 0, unlinked = 0;
    ReasonCounts remarks;
};
TransitFeedInfo describe_feed(const Graph& walk, const std::string& feed, const TransitLinkOptions& options = {});

// `alentour build --gtfs`: the feeds read, merged, linked to the region's walk network
// and kept in the region, saved with its cache (save_region). Returns each feed's info.
// Throws InputError for a bad feed or a region without a walk network.
std::vector<TransitFeedInfo> add_timetable(Region& region, const std::vector<std::string>& feeds, const TransitLinkOptions& options = {},
                                           const Progress& progress = {});

// Keeps a linked timetable in the region; `feeds` describes what it was made of.
void store_timetable(Region& region, const LinkedFeed& linked, const std::vector<TransitFeedInfo>& feeds);

// The timetable kept in a region (loaded from its cache), if any. Throws CacheError when damaged.
std::optional<LinkedFeed> stored_timetable(const Region& region);

// What `alentour info` says of the feeds kept in a region.
std::vector<TransitFeedInfo> stored_feeds(const Region& region);

// The timetable a transit command uses: the feed at `feed` when one is given, or else the
// one kept in the region (its links reused when made with the same `options`). Throws
// InputError when there is neither.
LinkedFeed region_timetable(const Region& region, const Snapper& walk_snapper, const std::string& feed, const TransitLinkOptions& options = {},
                            const Progress& progress = {});

// "médiane, départ 8h–9h, mardi 10 mars 2026", "75e centile, arrivée 13h–14h, mardi 10 mars 2026".
std::string transit_qualifier(const TransitOptions& options, double percentile);

// The nearest-rank percentile of some times (sorted or not): the smallest time such
// that at least p % of them are at most it. Unreached times count as the largest.
float nearest_rank_percentile(std::vector<float> times, double percentile);

} // namespace alentour
