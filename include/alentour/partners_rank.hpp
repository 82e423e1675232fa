#pragma once
// Ranking partner structures by the travel time from each of them to the mediation
// space (people go from the structure to the space: one reverse search per mode), with
// a score a team can read and tune, and writing the result for spreadsheets and maps.

#include <alentour/network.hpp>
#include <alentour/partners.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

// How travel time lowers the score: 1 at the door of the space, then
//   step:        1 up to --near minutes, 0 beyond;
//   linear:      down to 0 at --far minutes;
//   exponential: halved every --half-life minutes.
enum class Decay { step, linear, exponential };

// Throws InputError on anything but step, linear, exp/exponential.
Decay parse_decay(std::string_view text);
std::string_view decay_name(Decay decay) noexcept;

// prospect: within --near minutes, best first; outreach: beyond --near but within
// --far, where an itinerant workshop makes sense; beyond: farther than --far;
// unranked: a data check failed (see the status).
enum class PartnerList { prospect, outreach, beyond, unranked };
std::string_view list_code(PartnerList list) noexcept;

struct RankOptions {
    std::vector<std::string> modes = {"walk"};  // the first one ranks, the others are shown
    LatLon space;
    std::string space_name;
    double near_minutes = 30.0;
    double far_minutes = 120.0;
    Decay decay = Decay::exponential;
    double half_life_minutes = 15.0;
    // A structure that sends nobody today is worth (1 + boost); the bonus shrinks
    // linearly to nothing at `orientations_full` orientations. Only when the file has an
    // orientations column.
    double orientation_boost = 0.5;
    double orientations_full = 10.0;
    std::string period = "ce trimestre";  // what the orientations count, for the reasons
    SnapOptions snap;
    // A structure farther than this outside the rectangle the network covers lies where
    // the extract has no streets: "outside_region", not placed on the border street.
    double region_margin_metres = 50.0;
    double same_place_metres = 50.0;  // a structure named like the space this close is the space
};

struct ModeTime {
    std::optional<double> minutes;  // empty when not reached within --far or not placed
    std::optional<double> metres;
    std::optional<double> snap_metres;  // how far the structure lies from the way it was placed on
};

struct RankedPartner {
    std::size_t partner = 0;  // index into Ranking::table.partners
    PartnerList list = PartnerList::unranked;
    std::size_t rank = 0;     // 1-based within its list (prospect, outreach); 0 otherwise
    std::vector<ModeTime> times;  // one per RankOptions::modes
    double decay = 0.0, weight = 0.0, boost = 1.0, score = 0.0;  // score = decay × weight × boost
    std::string reason;       // in French: why it is ranked there, or why it is not
};

struct RankTimings {
    double indexing_seconds = 0.0;   // the spatial index of each network (what any query pays)
    double snapping_seconds = 0.0;   // the space and every structure placed on each network
    double searching_seconds = 0.0;  // the reverse searches and the time of each structure
    double scoring_seconds = 0.0;    // scores, lists, reasons
};

struct Ranking {
    RankOptions options;
    PartnerTable table;
    std::vector<Snap> space_snaps;     // the space placed on each mode's network
    std::vector<std::string> qualifiers;  // per mode, said after it in the reasons (RankSearch::qualifier)
    std::vector<RankedPartner> rows;   // prospect, outreach, beyond, then unranked
    RankTimings timings;

    std::size_t count(PartnerList list) const noexcept;
    std::size_t count(PartnerStatus status) const noexcept;
};

// One reverse search per mode from the space, bounded at --far minutes, then the exact
// time of each structure. Throws InputError on bad options, an unknown mode, or a space
// that cannot be placed on a network; structures that cannot be placed get a status.
Ranking rank_partners(const Region& region, PartnerTable table, const RankOptions& options, const Progress& progress = {});

// The same on snapping indexes shared with other stages of a job (a map's catchments).
Ranking rank_partners(RegionSnappers& snappers, PartnerTable table, const RankOptions& options, const Progress& progress = {});

// A mode timed by a search of its own rather than by the street search of its graph
// (transit: a timetable searched over a window of arrivals). The structures and the space
// are placed on the `network` graph, and `times` gives every node of it its time to the
// space, bounded at --far (`far_minutes`).
struct RankSearch {
    std::string network;  // "walk" for transit: the last and first legs are walked
    std::function<SearchResult(const Snapper& snapper, const Snap& space, double far_minutes)> times;
    std::string qualifier;  // "médiane, arrivée 8h–9h, mardi 10 mars 2026"
};
using RankSearches = std::map<std::string, RankSearch>;  // by mode name

// With modes timed by searches of their own; the other modes as above.
Ranking rank_partners(RegionSnappers& snappers, PartnerTable table, const RankOptions& options, const RankSearches& searches,
                      const Progress& progress = {});

// excel_fr: UTF-8 with a byte-order mark, ';' and decimal commas (what French Excel
// opens right); comma: plain UTF-8, ',' and decimal points.
enum class CsvDialect { excel_fr, comma };
CsvDialect parse_csv_dialect(std::string_view text);

struct RankWriteOptions {
    CsvDialect csv_dialect = CsvDialect::excel_fr;
    bool overwrite = false;
};

// .csv: a table; .geojson/.json: RFC 7946 points with simplestyle and uMap styling and a
// popup-ready description; any other extension GDAL writes (.gpkg, .shp, .fgb, .kml…):
// the same attributes. Written to a temporary file, then renamed. Returns warnings: a
// format that cannot hold a feature without a position (FlatGeobuf) leaves those out.
std::vector<std::string> write_ranking(const Ranking& ranking, const std::string& path, const RankWriteOptions& options = {});

// Throws InputError when `path` exists (without overwrite), its folder is missing, or
// its extension names no known format: checks to run before any long work.
void check_ranking_output(const std::string& path, const RankWriteOptions& options = {});

void write_ranking_csv(const Ranking& ranking, std::ostream& out, CsvDialect dialect);
std::string ranking_geojson(const Ranking& ranking);

// A few lines saying what was read and how many structures fall in each list.
std::string ranking_summary(const Ranking& ranking);

} // namespace alentour
