#pragma once
// Reading each GTFS file into a TransitFeed, resolving ids to indices as it goes.

#include "csv_table.hpp"

#include <alentour/transit.hpp>

#include <string>
#include <unordered_map>

namespace alentour::detail {

using IdIndex = std::unordered_map<std::string, std::uint32_t>;

struct FeedIndex {
    IdIndex stops, routes, trips, services;
};

void read_agencies(const CsvTable& table, TransitFeed& feed);
void read_stops(const CsvTable& table, TransitFeed& feed, FeedIndex& index);
void read_routes(const CsvTable& table, TransitFeed& feed, FeedIndex& index);
void read_calendar(const CsvTable& table, TransitFeed& feed, FeedIndex& index);
void read_calendar_dates(const CsvTable& table, TransitFeed& feed, FeedIndex& index);
void read_trips(const CsvTable& table, TransitFeed& feed, FeedIndex& index);
// Also checks each trip's times and fills the times GTFS lets a feed leave out.
void read_stop_times(const CsvTable& table, TransitFeed& feed, const FeedIndex& index);
void read_frequencies(const CsvTable& table, TransitFeed& feed, const FeedIndex& index);
void read_transfers(const CsvTable& table, TransitFeed& feed, const FeedIndex& index);

// The index of an id, throwing InputError (file, line, field) when unknown.
std::uint32_t lookup(const IdIndex& ids, const CsvTable& table, std::size_t row, int column, std::string_view what);

} // namespace alentour::detail
