#include "gtfs_read.hpp"
#include "gtfs_values.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <optional>

namespace alentour::detail {
namespace {

constexpr TransitTime no_time = -1;

struct Record {
    std::uint32_t trip;
    std::uint32_t stop;
    long sequence;
    TransitTime arrival;
    TransitTime departure;
    std::uint32_t row;
};

struct Columns {
    int trip, stop, sequence, arrival, departure;
};

TransitTime time_field(const CsvTable& table, std::size_t row, int column) {
    const std::string_view text = table.field(row, column);
    if (text.empty()) return no_time;
    const auto time = parse_time(text);
    if (!time) throw InputError("'" + std::string(text) + "' is not a time (HH:MM:SS, hours may pass 24)", table.where(row, column));
    return *time;
}

Record read_record(const CsvTable& table, std::size_t row, const Columns& c, const FeedIndex& index) {
    Record r{lookup(index.trips, table, row, c.trip, "trip"), lookup(index.stops, table, row, c.stop, "stop"), 0,
             time_field(table, row, c.arrival), time_field(table, row, c.departure), static_cast<std::uint32_t>(row)};
    const auto sequence = parse_integer(table.required_field(row, c.sequence));
    if (!sequence || *sequence < 0) throw InputError("'" + std::string(table.field(row, c.sequence)) + "' is not a whole number", table.where(row, c.sequence));
    r.sequence = *sequence;
    // A stop given one of its two times is at the stop that long.
    if (r.arrival == no_time) r.arrival = r.departure;
    if (r.departure == no_time) r.departure = r.arrival;
    return r;
}

// Times GTFS lets a feed leave out between timepoints: spread by straight-line distance
// between the stops, the usual reading when shape_dist_traveled is absent.
void interpolate(std::vector<Record>& trip, const TransitFeed& feed) {
    std::size_t known = 0;
    for (std::size_t i = 1; i < trip.size(); ++i) {
        if (trip[i].arrival == no_time) continue;
        if (i > known + 1) {
            std::vector<double> along(i - known + 1, 0.0);
            for (std::size_t k = known + 1; k <= i; ++k) {
                along[k - known] = along[k - known - 1] + haversine_metres(feed.stops[trip[k - 1].stop].position, feed.stops[trip[k].stop].position);
            }
            const double total = along.back(), span = trip[i].arrival - trip[known].departure;
            for (std::size_t k = known + 1; k < i; ++k) {
                const double share = total > 0.0 ? along[k - known] / total : static_cast<double>(k - known) / static_cast<double>(i - known);
                trip[k].arrival = trip[k].departure = trip[known].departure + static_cast<TransitTime>(share * span + 0.5);
            }
        }
        known = i;
    }
}

void check_trip(const std::vector<Record>& trip, const CsvTable& table, const Columns& c) {
    for (std::size_t i = 0; i < trip.size(); ++i) {
        if (i > 0 && trip[i].sequence == trip[i - 1].sequence) throw InputError("this stop_sequence appears twice in the trip", table.where(trip[i].row, c.sequence));
        if (trip[i].departure < trip[i].arrival) throw InputError("the departure comes before the arrival", table.where(trip[i].row, c.departure));
    }
    if (trip.front().arrival == no_time) throw InputError("the first stop of a trip needs its times", table.where(trip.front().row, c.arrival));
    if (trip.back().arrival == no_time) throw InputError("the last stop of a trip needs its times", table.where(trip.back().row, c.arrival));
    TransitTime previous = trip.front().departure;
    std::uint32_t previous_row = trip.front().row;
    for (std::size_t i = 1; i < trip.size(); ++i) {
        if (trip[i].arrival == no_time) continue;
        if (trip[i].arrival < previous) {
            throw InputError("the time goes back: the trip left the stop on line " + std::to_string(table.line(previous_row)) +
                                 " later than it reaches this one", table.where(trip[i].row, c.arrival));
        }
        previous = trip[i].departure;
        previous_row = trip[i].row;
    }
}

} // namespace

void read_stop_times(const CsvTable& table, TransitFeed& feed, const FeedIndex& index) {
    const Columns c{table.required_column("trip_id"), table.required_column("stop_id"), table.required_column("stop_sequence"),
                    table.required_column("arrival_time"), table.required_column("departure_time")};
    std::vector<Record> records;
    records.reserve(table.row_count());
    for (std::size_t row = 0; row < table.row_count(); ++row) records.push_back(read_record(table, row, c, index));
    std::stable_sort(records.begin(), records.end(),
                     [](const Record& a, const Record& b) { return a.trip != b.trip ? a.trip < b.trip : a.sequence < b.sequence; });
    feed.stop_times.reserve(records.size());
    std::vector<Record> trip;
    for (std::size_t first = 0; first < records.size();) {
        std::size_t last = first;
        while (last < records.size() && records[last].trip == records[first].trip) ++last;
        trip.assign(records.begin() + static_cast<std::ptrdiff_t>(first), records.begin() + static_cast<std::ptrdiff_t>(last));
        check_trip(trip, table, c);
        interpolate(trip, feed);
        TransitTrip& t = feed.trips[trip.front().trip];
        t.first_stop_time = static_cast<std::uint32_t>(feed.stop_times.size());
        t.stop_time_count = static_cast<std::uint32_t>(trip.size());
        for (const Record& r : trip) feed.stop_times.push_back({r.stop, r.arrival, r.departure});
        first = last;
    }
    std::uint64_t short_trips = 0;
    for (const TransitTrip& t : feed.trips) short_trips += t.stop_time_count < 2 ? 1 : 0;
    if (short_trips > 0) feed.remarks["trips with fewer than two stop times (never ridden)"] += short_trips;
}

} // namespace alentour::detail
