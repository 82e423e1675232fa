// The timetable kept in a region's cache (`alentour build --gtfs`): the merged feed and
// its stops' links to the walk network, as flat arrays of fixed-size records and string
// blobs in one section of the cache file, so that a transit command reloads them without
// reading a feed or placing its stops again.

#include "byte_io.hpp"

#include <alentour/error.hpp>
#include <alentour/transit.hpp>

#include <nlohmann/json.hpp>

namespace alentour {
namespace {

using nlohmann::json;
using detail::ByteReader;
using detail::ByteWriter;

constexpr const char* section_name = "transit";

// Fixed-size records with no padding, so the bytes written are the same on every run.
struct StopRecord {
    double lat, lon;
    std::uint32_t parent;
    std::int32_t location_type;
};
struct TripRecord {
    std::uint32_t route, service, first_stop_time, stop_time_count;
};
struct ServiceRecord {
    std::uint32_t weekdays;
    std::int32_t start, end;
    std::uint32_t added, removed;  // how many days of the shared list are its own, added then removed
};
struct FrequencyRecord {
    std::uint32_t trip;
    std::int32_t start, end, headway;
    std::uint32_t exact_times;
};
struct SnapRecord {
    double input_lat, input_lon, lat, lon, distance_metres, fraction;
    std::uint32_t geometry, unused;
};
struct TransferRecord {
    std::uint32_t to;
    float seconds;
    std::uint32_t walked;
};
static_assert(sizeof(StopRecord) == 24 && sizeof(TripRecord) == 16 && sizeof(ServiceRecord) == 20 && sizeof(FrequencyRecord) == 20 &&
              sizeof(SnapRecord) == 56 && sizeof(TransferRecord) == 12 && sizeof(TransitStopTime) == 12 && sizeof(TransitTransfer) == 16);

template <typename Row, typename Field>
std::vector<std::string> column(const std::vector<Row>& rows, Field field) {
    std::vector<std::string> out;
    out.reserve(rows.size());
    for (const Row& row : rows) out.push_back(row.*field);
    return out;
}

void write_feed(ByteWriter& out, const TransitFeed& f) {
    std::vector<StopRecord> stops;
    for (const auto& s : f.stops) stops.push_back({s.position.lat, s.position.lon, s.parent, s.location_type});
    out.records(stops), out.strings(column(f.stops, &TransitStop::id)), out.strings(column(f.stops, &TransitStop::name));
    std::vector<std::int32_t> route_types;
    for (const auto& r : f.routes) route_types.push_back(r.type);
    out.records(route_types), out.strings(column(f.routes, &TransitRoute::id));
    out.strings(column(f.routes, &TransitRoute::short_name)), out.strings(column(f.routes, &TransitRoute::long_name));
    std::vector<TripRecord> trips;
    for (const auto& t : f.trips) trips.push_back({t.route, t.service, t.first_stop_time, t.stop_time_count});
    out.records(trips), out.strings(column(f.trips, &TransitTrip::id)), out.records(f.stop_times);
    std::vector<ServiceRecord> services;
    std::vector<Day> days;
    for (const auto& s : f.services) {
        services.push_back({s.weekdays, s.start, s.end, static_cast<std::uint32_t>(s.added.size()), static_cast<std::uint32_t>(s.removed.size())});
        days.insert(days.end(), s.added.begin(), s.added.end()), days.insert(days.end(), s.removed.begin(), s.removed.end());
    }
    out.records(services), out.records(days), out.strings(column(f.services, &TransitService::id));
    std::vector<FrequencyRecord> frequencies;
    for (const auto& q : f.frequencies) frequencies.push_back({q.trip, q.start, q.end, q.headway, q.exact_times ? 1u : 0u});
    out.records(frequencies), out.records(f.transfers), out.strings(f.agencies);
}

void read_stops_and_routes(ByteReader& in, TransitFeed& f) {
    const auto stops = in.records<StopRecord>();
    const auto ids = in.strings(stops.size()), names = in.strings(stops.size());
    for (std::size_t i = 0; i < stops.size(); ++i) {
        f.stops.push_back({ids[i], names[i], {stops[i].lat, stops[i].lon}, stops[i].parent, stops[i].location_type});
    }
    const auto types = in.records<std::int32_t>();
    const auto route_ids = in.strings(types.size()), short_names = in.strings(types.size()), long_names = in.strings(types.size());
    for (std::size_t i = 0; i < types.size(); ++i) f.routes.push_back({route_ids[i], short_names[i], long_names[i], types[i]});
}

void read_services(ByteReader& in, TransitFeed& f) {
    const auto services = in.records<ServiceRecord>();
    const auto days = in.records<Day>();
    const auto ids = in.strings(services.size());
    std::size_t at = 0;
    for (std::size_t i = 0; i < services.size(); ++i) {
        const ServiceRecord& r = services[i];
        if (at + r.added + r.removed > days.size()) in.fail("service days");
        TransitService s{ids[i], static_cast<std::uint8_t>(r.weekdays), r.start, r.end, {}, {}};
        s.added.assign(days.begin() + static_cast<std::ptrdiff_t>(at), days.begin() + static_cast<std::ptrdiff_t>(at + r.added));
        at += r.added;
        s.removed.assign(days.begin() + static_cast<std::ptrdiff_t>(at), days.begin() + static_cast<std::ptrdiff_t>(at + r.removed));
        at += r.removed;
        f.services.push_back(std::move(s));
    }
}

TransitFeed read_feed(ByteReader& in) {
    TransitFeed f;
    read_stops_and_routes(in, f);
    const auto trips = in.records<TripRecord>();
    const auto trip_ids = in.strings(trips.size());
    for (std::size_t i = 0; i < trips.size(); ++i) {
        f.trips.push_back({trip_ids[i], trips[i].route, trips[i].service, trips[i].first_stop_time, trips[i].stop_time_count});
    }
    f.stop_times = in.records<TransitStopTime>();
    read_services(in, f);
    for (const auto& q : in.records<FrequencyRecord>()) f.frequencies.push_back({q.trip, q.start, q.end, q.headway, q.exact_times != 0});
    f.transfers = in.records<TransitTransfer>();
    f.agencies = in.strings();
    return f;
}

void write_links(ByteWriter& out, const StopLinks& links) {
    std::vector<SnapRecord> snaps;
    for (const Snap& s : links.snaps) {
        snaps.push_back({s.input.lat, s.input.lon, s.position.lat, s.position.lon, s.distance_metres, s.fraction, s.geometry, 0});
    }
    std::vector<TransferRecord> transfers;
    for (const StopTransfer& t : links.transfers) transfers.push_back({t.to, t.seconds, t.walked ? 1u : 0u});
    out.records(snaps), out.records(links.transfer_offsets), out.records(transfers);
}

StopLinks read_links(ByteReader& in) {
    StopLinks links;
    for (const auto& s : in.records<SnapRecord>()) {
        links.snaps.push_back({{s.input_lat, s.input_lon}, {s.lat, s.lon}, s.distance_metres, s.geometry, s.fraction});
    }
    links.transfer_offsets = in.records<std::uint32_t>();
    for (const auto& t : in.records<TransferRecord>()) links.transfers.push_back({t.to, t.seconds, t.walked != 0});
    return links;
}

// Sizes that must agree, so that a search never reads past an array.
void check_consistency(const LinkedFeed& t, const std::string& where) {
    const TransitFeed& f = t.feed;
    bool ok = t.links.snaps.size() == f.stops.size() && t.links.transfer_offsets.size() == f.stops.size() + 1 &&
              t.links.transfer_offsets.back() == t.links.transfers.size();
    for (const auto& trip : f.trips) ok = ok && trip.route < f.routes.size() && std::uint64_t(trip.first_stop_time) + trip.stop_time_count <= f.stop_times.size();
    for (const auto& st : f.stop_times) ok = ok && st.stop < f.stops.size();
    for (const auto& q : f.frequencies) ok = ok && q.trip < f.trips.size();
    for (const auto& tr : t.links.transfers) ok = ok && tr.to < f.stops.size();
    if (!ok) throw CacheError("inconsistent timetable arrays; rebuild it with 'alentour build --gtfs'", {where, 0, {}});
}

json info_json(const TransitFeedInfo& f) {
    return {{"source", f.source}, {"agencies", f.agencies}, {"first_day", f.first_day}, {"last_day", f.last_day}, {"stops", f.stops},
            {"routes", f.routes}, {"trips", f.trips}, {"stop_times", f.stop_times}, {"frequencies", f.frequencies},
            {"transfers", f.transfers}, {"linked", f.linked}, {"unlinked", f.unlinked}, {"remarks", f.remarks}};
}

TransitFeedInfo info_from_json(const json& j) {
    TransitFeedInfo f;
    f.source = j.at("source").get<std::string>();
    f.agencies = j.at("agencies").get<std::vector<std::string>>();
    f.first_day = j.at("first_day").get<Day>(), f.last_day = j.at("last_day").get<Day>();
    f.stops = j.at("stops").get<std::size_t>(), f.routes = j.at("routes").get<std::size_t>(), f.trips = j.at("trips").get<std::size_t>();
    f.stop_times = j.at("stop_times").get<std::size_t>(), f.frequencies = j.at("frequencies").get<std::size_t>();
    f.transfers = j.at("transfers").get<std::size_t>();
    f.linked = j.at("linked").get<std::uint32_t>(), f.unlinked = j.at("unlinked").get<std::uint32_t>();
    f.remarks = j.at("remarks").get<ReasonCounts>();
    return f;
}

} // namespace

void store_timetable(Region& region, const LinkedFeed& linked, const std::vector<TransitFeedInfo>& feeds) {
    auto buffer = std::make_shared<ByteWriter>();
    write_feed(*buffer, linked.feed);
    write_links(*buffer, linked.links);
    json meta = {{"source", linked.feed.source}, {"first_day", linked.feed.first_day}, {"last_day", linked.feed.last_day},
                 {"remarks", linked.feed.remarks}, {"linked", linked.links.linked}, {"unlinked", linked.links.unlinked},
                 {"link_remarks", linked.links.remarks}, {"max_stop_distance_metres", linked.options.max_stop_distance_metres},
                 {"max_transfer_walk_metres", linked.options.max_transfer_walk_metres}, {"feeds", json::array()}};
    for (const auto& f : feeds) meta["feeds"].push_back(info_json(f));
    const std::span<const unsigned char> bytes(buffer->bytes());
    region.set_section(section_name, {meta.dump(), bytes, std::move(buffer)});
}

std::optional<LinkedFeed> stored_timetable(const Region& region) {
    const RegionSection* section = region.section(section_name);
    if (section == nullptr) return std::nullopt;
    const std::string where = region.stats().source + " (timetable)";
    try {
        const json meta = json::parse(section->meta);
        ByteReader in(section->bytes, where);
        LinkedFeed t{read_feed(in), read_links(in), {}};
        in.expect_end();
        check_consistency(t, where);
        t.feed.source = meta.at("source").get<std::string>();
        t.feed.first_day = meta.at("first_day").get<Day>(), t.feed.last_day = meta.at("last_day").get<Day>();
        t.feed.remarks = meta.at("remarks").get<ReasonCounts>();
        t.links.linked = meta.at("linked").get<std::uint32_t>(), t.links.unlinked = meta.at("unlinked").get<std::uint32_t>();
        t.links.remarks = meta.at("link_remarks").get<ReasonCounts>();
        t.options = {meta.at("max_stop_distance_metres").get<double>(), meta.at("max_transfer_walk_metres").get<double>()};
        return t;
    } catch (const json::exception& e) {
        throw CacheError(std::string("damaged timetable description (") + e.what() + "); rebuild it with 'alentour build --gtfs'", {where, 0, {}});
    }
}

std::vector<TransitFeedInfo> stored_feeds(const Region& region) {
    std::vector<TransitFeedInfo> feeds;
    const RegionSection* section = region.section(section_name);
    if (section == nullptr) return feeds;
    try {
        const json meta = json::parse(section->meta);  // kept: the loop walks inside it
        for (const auto& f : meta.at("feeds")) feeds.push_back(info_from_json(f));
    } catch (const json::exception& e) {
        throw CacheError(std::string("damaged timetable description (") + e.what() + ")", {region.stats().source, 0, {}});
    }
    return feeds;
}

} // namespace alentour
