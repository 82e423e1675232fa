#include "gtfs_read.hpp"

#include "gtfs_values.hpp"

#include <alentour/error.hpp>

#include <algorithm>

namespace alentour::detail {
namespace {

std::uint32_t add_id(IdIndex& ids, const CsvTable& table, std::size_t row, int column) {
    const std::string id(table.required_field(row, column));
    const auto [it, fresh] = ids.emplace(id, static_cast<std::uint32_t>(ids.size()));
    if (!fresh) throw InputError("'" + id + "' appears twice", table.where(row, column));
    return it->second;
}

double coordinate(const CsvTable& table, std::size_t row, int column, double limit) {
    const auto value = parse_decimal(table.required_field(row, column));
    if (!value || *value < -limit || *value > limit) {
        throw InputError("'" + std::string(table.field(row, column)) + "' is not a coordinate", table.where(row, column));
    }
    return *value;
}

int small_integer(const CsvTable& table, std::size_t row, int column, int default_value, int max_value) {
    const std::string_view text = table.field(row, column);
    if (text.empty()) return default_value;
    const auto value = parse_integer(text);
    if (!value || *value < 0 || *value > max_value) {
        throw InputError("'" + std::string(text) + "' is not a number from 0 to " + std::to_string(max_value), table.where(row, column));
    }
    return static_cast<int>(*value);
}

Day date_field(const CsvTable& table, std::size_t row, int column) {
    const auto day = parse_gtfs_date(table.required_field(row, column));
    if (!day) throw InputError("'" + std::string(table.field(row, column)) + "' is not a date (YYYYMMDD)", table.where(row, column));
    return *day;
}

TransitService& service_for(TransitFeed& feed, FeedIndex& index, const std::string& id) {
    const auto [it, fresh] = index.services.emplace(id, static_cast<std::uint32_t>(feed.services.size()));
    if (fresh) feed.services.push_back({id, 0, 0, -1, {}, {}});
    return feed.services[it->second];
}

} // namespace

std::uint32_t lookup(const IdIndex& ids, const CsvTable& table, std::size_t row, int column, std::string_view what) {
    const std::string id(table.required_field(row, column));
    const auto it = ids.find(id);
    if (it == ids.end()) throw InputError(std::string(what) + " '" + id + "' is not in the feed", table.where(row, column));
    return it->second;
}

void read_agencies(const CsvTable& table, TransitFeed& feed) {
    const int name = table.required_column("agency_name");
    for (std::size_t row = 0; row < table.row_count(); ++row) feed.agencies.emplace_back(table.field(row, name));
}

void read_stops(const CsvTable& table, TransitFeed& feed, FeedIndex& index) {
    const int id = table.required_column("stop_id"), lat = table.required_column("stop_lat"), lon = table.required_column("stop_lon");
    const int name = table.column("stop_name"), type = table.column("location_type"), parent = table.column("parent_station");
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        add_id(index.stops, table, row, id);
        TransitStop stop{std::string(table.field(row, id)), std::string(table.field(row, name)), {}, invalid_id,
                         small_integer(table, row, type, 0, 4)};
        // Generic nodes and boarding areas may leave their position out.
        if (stop.location_type < 3 || !table.field(row, lat).empty()) {
            stop.position = {coordinate(table, row, lat, 90.0), coordinate(table, row, lon, 180.0)};
        }
        feed.stops.push_back(std::move(stop));
    }
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        if (!table.field(row, parent).empty()) feed.stops[row].parent = lookup(index.stops, table, row, parent, "parent station");
    }
}

void read_routes(const CsvTable& table, TransitFeed& feed, FeedIndex& index) {
    const int id = table.required_column("route_id"), type = table.required_column("route_type");
    const int short_name = table.column("route_short_name"), long_name = table.column("route_long_name");
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        add_id(index.routes, table, row, id);
        // Extended route types (100–1702) are allowed by most consumers.
        feed.routes.push_back({std::string(table.field(row, id)), std::string(table.field(row, short_name)),
                               std::string(table.field(row, long_name)), small_integer(table, row, type, 3, 1702)});
    }
}

void read_calendar(const CsvTable& table, TransitFeed& feed, FeedIndex& index) {
    static const char* const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const int id = table.required_column("service_id");
    const int start = table.required_column("start_date"), end = table.required_column("end_date");
    int columns[7];
    for (int d = 0; d < 7; ++d) columns[d] = table.required_column(days[d]);
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        TransitService& service = service_for(feed, index, std::string(table.required_field(row, id)));
        for (int d = 0; d < 7; ++d) {
            if (small_integer(table, row, columns[d], 0, 1) == 1) service.weekdays |= static_cast<std::uint8_t>(1u << d);
        }
        service.start = date_field(table, row, start);
        service.end = date_field(table, row, end);
    }
}

void read_calendar_dates(const CsvTable& table, TransitFeed& feed, FeedIndex& index) {
    const int id = table.required_column("service_id"), date = table.required_column("date");
    const int type = table.required_column("exception_type");
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        TransitService& service = service_for(feed, index, std::string(table.required_field(row, id)));
        const Day day = date_field(table, row, date);
        const int exception = small_integer(table, row, type, 0, 2);
        if (exception == 0) throw InputError("must be 1 (service added) or 2 (service removed)", table.where(row, type));
        (exception == 1 ? service.added : service.removed).push_back(day);
    }
}

void read_trips(const CsvTable& table, TransitFeed& feed, FeedIndex& index) {
    const int id = table.required_column("trip_id"), route = table.required_column("route_id");
    const int service = table.required_column("service_id");
    std::uint64_t unknown_service = 0;
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        add_id(index.trips, table, row, id);
        const auto it = index.services.find(std::string(table.required_field(row, service)));
        if (it == index.services.end()) ++unknown_service;
        feed.trips.push_back({std::string(table.field(row, id)), lookup(index.routes, table, row, route, "route"),
                              it == index.services.end() ? invalid_id : it->second, 0, 0});
    }
    if (unknown_service > 0) feed.remarks["trips whose service_id is in neither calendar.txt nor calendar_dates.txt (never run)"] += unknown_service;
}

void read_frequencies(const CsvTable& table, TransitFeed& feed, const FeedIndex& index) {
    const int trip = table.required_column("trip_id"), start = table.required_column("start_time");
    const int end = table.required_column("end_time"), headway = table.required_column("headway_secs");
    const int exact = table.column("exact_times");
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        TransitFrequency f{lookup(index.trips, table, row, trip, "trip"), 0, 0, 0, small_integer(table, row, exact, 0, 1) == 1};
        for (const auto& [column, value] : {std::pair{start, &f.start}, std::pair{end, &f.end}}) {
            const auto time = parse_time(table.required_field(row, column));
            if (!time) throw InputError("'" + std::string(table.field(row, column)) + "' is not a time (HH:MM:SS)", table.where(row, column));
            *value = *time;
        }
        const auto seconds = parse_integer(table.required_field(row, headway));
        if (!seconds || *seconds <= 0 || *seconds > 86400) throw InputError("must be a number of seconds above 0", table.where(row, headway));
        f.headway = static_cast<TransitTime>(*seconds);
        if (f.end <= f.start) throw InputError("end_time must come after start_time", table.where(row, end));
        feed.frequencies.push_back(f);
    }
}

void read_transfers(const CsvTable& table, TransitFeed& feed, const FeedIndex& index) {
    const int from = table.required_column("from_stop_id"), to = table.required_column("to_stop_id");
    const int type = table.required_column("transfer_type"), min_time = table.column("min_transfer_time");
    for (std::size_t row = 0; row < table.row_count(); ++row) {
        TransitTransfer t{lookup(index.stops, table, row, from, "stop"), lookup(index.stops, table, row, to, "stop"),
                          small_integer(table, row, type, 0, 5), 0};
        if (t.type > 3) {
            feed.remarks["transfers.txt rows between trips (types 4 and 5), not used"] += 1;
            continue;
        }
        if (t.type == 2) t.min_seconds = small_integer(table, row, min_time, 0, 86400);
        feed.transfers.push_back(t);
    }
}

} // namespace alentour::detail
