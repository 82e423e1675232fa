#pragma once
// Range RAPTOR (Delling, Pajor, Werneck, "Round-Based Public Transit Routing", 2012):
// round k holds the best arrivals with at most k rides. Searches are run from the
// latest departure of the window to the earliest, keeping the labels: a journey that
// leaves later can always be taken by someone leaving earlier and waiting, so each
// minute starts from the previous minute's answers and only improves them (rRAPTOR).

#include "timetable.hpp"

#include <alentour/transit.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace alentour::detail {

struct StopAccess {
    std::uint32_t stop;
    TransitTime seconds;  // walking from the origin
};

constexpr TransitTime never = std::numeric_limits<TransitTime>::max() / 2;

// How a label was reached, to tell a journey's legs back: the ride that got off at a
// stop (positions in its pattern), and where one came from to be ready at a stop.
struct Ride {
    std::uint32_t pattern = invalid_id, trip = 0, board = 0, alight = 0;
};
constexpr std::uint32_t from_access = invalid_id;       // ready after the walk from the origins
constexpr std::uint32_t from_fewer_rides = invalid_id - 1;  // ready as after the round before

class Raptor {
public:
    Raptor(const Timetable& timetable, const StopLinks& links, int max_transfers, TransitTime min_transfer_seconds);

    // One departure, earlier than the previous one run (labels are kept between runs).
    void run(TransitTime departure, std::span<const StopAccess> access);

    // Per stop: the earliest arrival by transit with at most max_transfers transfers,
    // leaving at the last departure run or later; `never` if none.
    const std::vector<TransitTime>& arrivals() const noexcept { return m_best; }
    TransitTime arrival(int round, std::uint32_t stop) const { return m_arrive[index(round, stop)]; }
    const Ride& ride(int round, std::uint32_t stop) const { return m_ride[index(round, stop)]; }
    // The stop got off at before walking or changing to `stop`, or from_access, from_fewer_rides.
    std::uint32_t ready_from(int round, std::uint32_t stop) const { return m_from[index(round, stop)]; }
    int rides() const noexcept { return m_rides; }

    // The stops whose arrival the last run improved.
    const std::vector<std::uint32_t>& improved_stops() const noexcept { return m_changed; }

private:
    std::size_t index(int round, std::uint32_t stop) const { return static_cast<std::size_t>(round) * m_stops + stop; }
    TransitTime& board(int round, std::uint32_t stop) { return m_board[index(round, stop)]; }
    TransitTime& arrive(int round, std::uint32_t stop) { return m_arrive[index(round, stop)]; }
    void collect_patterns();
    void scan_pattern(int round, std::uint32_t pattern, std::uint32_t from);
    std::uint32_t earliest_trip(const Pattern& pattern, std::uint32_t position, TransitTime ready, std::uint32_t before) const;
    void transfer(int round);
    void carry_forward(int round);

    const Timetable& m_timetable;
    const StopLinks& m_links;
    int m_rides;
    TransitTime m_min_transfer;
    std::size_t m_stops;
    std::vector<TransitTime> m_board;   // [round][stop]: ready to board, after round rides
    std::vector<TransitTime> m_arrive;  // [round][stop]: got off a vehicle, ride `round`
    std::vector<Ride> m_ride;             // [round][stop]: with m_arrive
    std::vector<std::uint32_t> m_from;    // [round][stop]: with m_board
    std::vector<TransitTime> m_best;
    std::vector<std::uint32_t> m_marked, m_improved, m_arrived;  // stops, this round
    std::vector<std::uint8_t> m_is_marked, m_has_arrived, m_is_changed;
    std::vector<std::uint32_t> m_changed;
    std::vector<std::uint32_t> m_queue_from;  // pattern → first position to scan, or invalid_id
    std::vector<std::uint32_t> m_queued;
};

} // namespace alentour::detail
