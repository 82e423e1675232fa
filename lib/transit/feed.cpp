#include "gtfs_read.hpp"
#include "gtfs_source.hpp"

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <algorithm>
#include <limits>

namespace alentour {
namespace {

detail::CsvTable table_of(const std::string& feed_path, const std::string& name, const std::string& text) {
    return detail::CsvTable(feed_path + "/" + name, text);
}

// The days some service runs: from the first calendar period or added date to the last.
void find_service_days(TransitFeed& feed) {
    Day first = std::numeric_limits<Day>::max(), last = std::numeric_limits<Day>::min();
    for (const TransitService& s : feed.services) {
        if (s.weekdays != 0 && s.start <= s.end) first = std::min(first, s.start), last = std::max(last, s.end);
        for (const Day d : s.added) first = std::min(first, d), last = std::max(last, d);
    }
    if (first <= last) feed.first_day = first, feed.last_day = last;
}

} // namespace

bool TransitService::runs_on(Day day) const {
    if (std::find(removed.begin(), removed.end(), day) != removed.end()) return false;
    if (std::find(added.begin(), added.end(), day) != added.end()) return true;
    if (day < start || day > end) return false;
    // 1970-01-01 was a Thursday: bit 3 when Monday is bit 0.
    const int weekday = ((day % 7) + 7 + 3) % 7;
    return (weekdays >> weekday) & 1u;
}

TransitFeed read_gtfs(const std::string& path) {
    const detail::GtfsSource source(path);
    const auto table = [&](const std::string& name) { return table_of(path, name, source.read_required(name)); };
    TransitFeed feed;
    feed.source = path;
    detail::FeedIndex index;
    detail::read_agencies(table("agency.txt"), feed);
    detail::read_stops(table("stops.txt"), feed, index);
    detail::read_routes(table("routes.txt"), feed, index);
    const auto calendar = source.read("calendar.txt"), calendar_dates = source.read("calendar_dates.txt");
    if (!calendar && !calendar_dates) {
        throw InputError("the feed lacks calendar.txt and calendar_dates.txt: GTFS requires at least one", {path, 0, "calendar.txt"});
    }
    if (calendar) detail::read_calendar(table_of(path, "calendar.txt", *calendar), feed, index);
    if (calendar_dates) detail::read_calendar_dates(table_of(path, "calendar_dates.txt", *calendar_dates), feed, index);
    detail::read_trips(table("trips.txt"), feed, index);
    detail::read_stop_times(table("stop_times.txt"), feed, index);
    if (const auto text = source.read("frequencies.txt")) detail::read_frequencies(table_of(path, "frequencies.txt", *text), feed, index);
    if (const auto text = source.read("transfers.txt")) detail::read_transfers(table_of(path, "transfers.txt", *text), feed, index);
    find_service_days(feed);
    return feed;
}

} // namespace alentour
