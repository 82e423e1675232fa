#include "core/french.hpp"
#include "itinerary.hpp"
#include "timetable.hpp"

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>

namespace alentour {
namespace {

// The feed read and linked, the walk network's snapping index built: once per job.
struct Linked {
    Snapper snapper;
    LinkedFeed linked;
};

Linked link(const Graph& walk, const TransitJobOptions& options, const Progress& progress) {
    Snapper snapper(walk, "walk");
    LinkedFeed linked = link_feed(walk, snapper, options.feed, options.links, progress);
    return {std::move(snapper), std::move(linked)};
}

void add_remarks(ReasonCounts* out, const ReasonCounts& in) {
    if (out == nullptr) return;
    for (const auto& [reason, count] : in) (*out)[reason] += count;
}

// Stop names may hold commas and quotes.
std::string csv_quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string hour_text(TransitTime t) {
    const int minutes = ((t / 60) % (24 * 60) + 24 * 60) % (24 * 60);
    char text[16];
    std::snprintf(text, sizeof text, minutes % 60 == 0 ? "%dh" : "%dh%02d", minutes / 60, minutes % 60);
    return text;
}

} // namespace

LinkedFeed link_feed(const Graph& walk, const Snapper& walk_snapper, const std::string& feed, const TransitLinkOptions& options,
                     const Progress& progress) {
    if (feed.empty()) throw InputError("give the timetable with --gtfs FEED.zip", {"", 0, "--gtfs"});
    report(progress, 0.0, "reading the timetable");
    LinkedFeed linked{read_gtfs(feed), {}, options};
    linked.links = link_stops(linked.feed, walk, walk_snapper, options, sub_progress(progress, 0.1, 0.4));
    return linked;
}

TransitFeedInfo describe_feed(const Graph& walk, const std::string& feed, const TransitLinkOptions& options) {
    const Linked job = link(walk, {feed, {}, options}, {});
    const TransitFeed& f = job.linked.feed;
    const StopLinks& links = job.linked.links;
    TransitFeedInfo info{f.source, f.agencies, f.first_day, f.last_day, f.stops.size(), f.routes.size(), f.trips.size(),
                         f.stop_times.size(), f.frequencies.size(), f.transfers.size(), links.linked, links.unlinked, f.remarks};
    add_remarks(&info.remarks, links.remarks);
    return info;
}

std::string transit_qualifier(const TransitOptions& options, double percentile) {
    const std::string which = percentile == 50 ? "médiane" : std::to_string(static_cast<int>(std::lround(percentile))) + "e centile";
    const bool reverse = options.direction == Direction::reverse;
    // The window's minutes end at `time` when reverse: said as the hour they fill, like departures.
    const TransitTime from = reverse ? options.time - 60 * options.window_minutes : options.time;
    const TransitTime to = reverse ? options.time : options.time + 60 * options.window_minutes;
    return which + ", " + (reverse ? "arrivée " : "départ ") + hour_text(from) + "–" + hour_text(to) + ", " + detail::french_day(options.date);
}

std::vector<TransitTravelTime> transit_travel_times(const Graph& walk, const std::vector<NamedPoint>& origins,
                                                    const std::vector<NamedPoint>& destinations, const TransitJobOptions& options,
                                                    ReasonCounts* remarks, const Progress& progress) {
    const Linked job = link(walk, options, progress);
    return transit_travel_times(walk, job.snapper, job.linked, origins, destinations, options, remarks, sub_progress(progress, 0.4, 1.0));
}

std::vector<TransitTravelTime> transit_travel_times(const Graph& walk, const Snapper& walk_snapper, const LinkedFeed& linked,
                                                    const std::vector<NamedPoint>& origins, const std::vector<NamedPoint>& destinations,
                                                    const TransitJobOptions& options, ReasonCounts* remarks, const Progress& progress) {
    add_remarks(remarks, linked.feed.remarks);
    add_remarks(remarks, linked.links.remarks);
    std::vector<Snap> places;
    for (const NamedPoint& d : destinations) places.push_back(walk_snapper.snap_named(d, options.search.snap, "destination"));
    const bool reverse = options.search.direction == Direction::reverse;
    if (reverse && options.itineraries) throw InputError("itineraries are told for departures: leave out --reverse", {"", 0, "--itineraries"});
    ReasonCounts unused;
    const detail::Timetable timetable =
        options.itineraries ? detail::build_timetable(linked.feed, options.search.date, false, unused) : detail::Timetable{};
    const detail::JourneyQuestion question{walk, linked.feed, linked.links, timetable, options.search};
    const TransitTime middle = options.search.time + 60 * (options.search.window_minutes / 2);
    std::vector<TransitTravelTime> out;
    for (std::size_t o = 0; o < origins.size(); ++o) {
        const TransitResult result = transit_search(walk, walk_snapper, linked.feed, linked.links, {origins[o]}, options.search,
                                                    sub_progress(progress, static_cast<double>(o) / origins.size(), static_cast<double>(o + 1) / origins.size()));
        if (o == 0) add_remarks(remarks, result.remarks);
        std::vector<SearchResult> per_percentile;
        for (const auto& seconds : result.seconds) {
            per_percentile.push_back(SearchResult::from_node_times(seconds, result.origins, result.direction, result.max_seconds));
        }
        for (std::size_t d = 0; d < destinations.size(); ++d) {
            TransitTravelTime t{reverse ? destinations[d].id : origins[o].id, reverse ? origins[o].id : destinations[d].id, {}, {}};
            for (const SearchResult& times : per_percentile) {
                const Arrival a = arrival_at(walk, times, places[d]);
                t.minutes.push_back(a.reached ? std::optional<double>(a.seconds / 60.0) : std::nullopt);
            }
            if (options.itineraries) t.itinerary = detail::describe_journey(question, result.origins, places[d], middle);
            out.push_back(std::move(t));
        }
    }
    return out;
}

void write_transit_times_csv(const std::vector<double>& percentiles, const std::vector<TransitTravelTime>& times, bool itineraries,
                             std::ostream& out) {
    out << "from_id,to_id";
    for (const double p : percentiles) out << ",minutes_p" << std::lround(p);
    out << (itineraries ? ",itinerary\n" : "\n");
    char number[32];
    for (const TransitTravelTime& t : times) {
        out << t.from_id << "," << t.to_id;
        for (const auto& minutes : t.minutes) {
            out << ",";
            if (minutes) std::snprintf(number, sizeof number, "%.2f", *minutes), out << number;
        }
        if (itineraries) out << "," << csv_quoted(t.itinerary);
        out << "\n";
    }
}

Catchment transit_catchment(const Graph& walk, const std::vector<NamedPoint>& origins, const CatchmentOptions& bands,
                            const TransitJobOptions& options, ReasonCounts* remarks, const Progress& progress) {
    if (bands.per_origin) throw InputError("transit catchments merge their origins: leave out --per-origin", {"", 0, "--per-origin"});
    const Linked job = link(walk, options, progress);
    return transit_catchment(walk, job.snapper, job.linked, origins, bands, options.search, remarks, sub_progress(progress, 0.4, 1.0));
}

Catchment transit_catchment(const Graph& walk, const Snapper& walk_snapper, const LinkedFeed& linked, const std::vector<NamedPoint>& origins,
                            const CatchmentOptions& bands, const TransitOptions& options, ReasonCounts* remarks, const Progress& progress) {
    if (bands.per_origin) throw InputError("transit catchments merge their origins: leave out --per-origin", {"", 0, "--per-origin"});
    add_remarks(remarks, linked.feed.remarks);
    add_remarks(remarks, linked.links.remarks);
    TransitOptions search = options;
    search.percentiles.resize(1);
    search.max_minutes = bands.minutes.empty() ? search.max_minutes : bands.minutes.back();
    const TransitResult result = transit_search(walk, walk_snapper, linked.feed, linked.links, origins, search, sub_progress(progress, 0.0, 0.8));
    add_remarks(remarks, result.remarks);
    std::vector<CatchmentOrigin> placed;
    for (std::size_t i = 0; i < origins.size(); ++i) placed.push_back({origins[i].id, origins[i].position, result.origins[i]});
    const auto times = SearchResult::from_node_times(result.seconds[0], result.origins, result.direction, result.max_seconds);
    CatchmentOptions look = bands;
    look.mode = "transit";
    look.direction = search.direction;
    if (look.reach_metres < 0.0) look.reach_metres = default_reach_metres("walk");  // the last leg is on foot
    Catchment catchment = catchment_from_times(walk, times, std::move(placed), look);
    catchment.qualifier = transit_qualifier(search, search.percentiles[0]);
    report(progress, 1.0, "catchment");
    return catchment;
}

} // namespace alentour
