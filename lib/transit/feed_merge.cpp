// Several feeds as one timetable (a city's buses and the region's trains): each feed's
// indices shifted past the ones before it, its ids prefixed with its name so that two
// agencies' stop "1" stay two stops.

#include <alentour/transit.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace alentour {
namespace {

std::uint32_t shifted(std::uint32_t index, std::size_t by) { return index == invalid_id ? index : index + static_cast<std::uint32_t>(by); }

template <typename Row>
void prefix_ids(std::vector<Row>& rows, const std::string& prefix) {
    for (Row& row : rows) row.id = prefix + row.id;
}

// Appends `from` to `into`, every index moved past what `into` held.
void append(TransitFeed& into, TransitFeed from) {
    const std::size_t stops = into.stops.size(), routes = into.routes.size(), trips = into.trips.size(),
                      stop_times = into.stop_times.size(), services = into.services.size();
    for (TransitStop& s : from.stops) s.parent = shifted(s.parent, stops);
    for (TransitTrip& t : from.trips) {
        t.route = shifted(t.route, routes), t.service = shifted(t.service, services);
        t.first_stop_time = shifted(t.first_stop_time, stop_times);
    }
    for (TransitStopTime& st : from.stop_times) st.stop = shifted(st.stop, stops);
    for (TransitFrequency& f : from.frequencies) f.trip = shifted(f.trip, trips);
    for (TransitTransfer& t : from.transfers) t.from = shifted(t.from, stops), t.to = shifted(t.to, stops);
    const auto move_all = [](auto& to, auto& rows) { to.insert(to.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end())); };
    move_all(into.agencies, from.agencies), move_all(into.stops, from.stops), move_all(into.routes, from.routes);
    move_all(into.trips, from.trips), move_all(into.stop_times, from.stop_times), move_all(into.services, from.services);
    move_all(into.frequencies, from.frequencies), move_all(into.transfers, from.transfers);
    into.first_day = into.first_day > into.last_day ? from.first_day : std::min(into.first_day, from.first_day);
    into.last_day = std::max(into.last_day, from.last_day);
    for (const auto& [reason, count] : from.remarks) into.remarks[reason] += count;
    into.source += (into.source.empty() ? "" : " + ") + from.source;
}

} // namespace

std::string feed_name(const std::string& path) {
    std::filesystem::path p(path);
    if (p.filename().empty()) p = p.parent_path();  // a folder given with its trailing slash
    return p.stem().string();
}

TransitFeed merge_feeds(std::vector<TransitFeed> feeds) {
    if (feeds.size() == 1) return std::move(feeds.front());
    TransitFeed merged;
    std::set<std::string> names;
    for (TransitFeed& feed : feeds) {
        // Two feeds of the same name (two folders called "gtfs") are told apart by their rank.
        std::string name = feed_name(feed.source);
        if (!names.insert(name).second) name += "-" + std::to_string(names.size() + 1);
        names.insert(name);
        const std::string prefix = name + ":";
        prefix_ids(feed.stops, prefix), prefix_ids(feed.routes, prefix), prefix_ids(feed.trips, prefix), prefix_ids(feed.services, prefix);
        append(merged, std::move(feed));
    }
    return merged;
}

} // namespace alentour
