#include "raptor.hpp"

#include <algorithm>
#include <cmath>

namespace alentour::detail {

Raptor::Raptor(const Timetable& timetable, const StopLinks& links, int max_transfers, TransitTime min_transfer_seconds)
    : m_timetable(timetable), m_links(links), m_rides(max_transfers + 1), m_min_transfer(min_transfer_seconds),
      m_stops(timetable.stop_count()) {
    const std::size_t rounds = static_cast<std::size_t>(m_rides) + 1;
    m_board.assign(rounds * m_stops, never);
    m_arrive.assign(rounds * m_stops, never);
    m_ride.assign(rounds * m_stops, Ride{});
    m_from.assign(rounds * m_stops, from_access);
    m_best.assign(m_stops, never);
    m_is_marked.assign(m_stops, 0);
    m_has_arrived.assign(m_stops, 0);
    m_is_changed.assign(m_stops, 0);
    m_queue_from.assign(timetable.patterns.size(), invalid_id);
}

void Raptor::run(TransitTime departure, std::span<const StopAccess> access) {
    for (const std::uint32_t s : m_marked) m_is_marked[s] = 0;  // left by the last round of the previous run
    m_marked.clear();
    m_improved.clear();
    for (const std::uint32_t s : m_changed) m_is_changed[s] = 0;
    m_changed.clear();
    for (const StopAccess& a : access) {
        const TransitTime ready = departure + a.seconds;
        if (ready >= board(0, a.stop)) continue;
        board(0, a.stop) = ready;
        m_marked.push_back(a.stop);
        m_improved.push_back(a.stop);
    }
    for (int round = 1; round <= m_rides && (!m_marked.empty() || !m_improved.empty()); ++round) {
        collect_patterns();
        for (const std::uint32_t p : m_queued) {
            scan_pattern(round, p, m_queue_from[p]);
            m_queue_from[p] = invalid_id;
        }
        m_queued.clear();
        transfer(round);
        carry_forward(round);
    }
}

void Raptor::collect_patterns() {
    for (const std::uint32_t s : m_marked) {
        for (std::uint32_t i = m_timetable.stop_offsets[s]; i < m_timetable.stop_offsets[s + 1]; ++i) {
            const PatternAt at = m_timetable.stop_patterns[i];
            if (m_queue_from[at.pattern] == invalid_id) m_queued.push_back(at.pattern);
            m_queue_from[at.pattern] = std::min(m_queue_from[at.pattern], at.position);
        }
    }
}

std::uint32_t Raptor::earliest_trip(const Pattern& pattern, std::uint32_t position, TransitTime ready, std::uint32_t before) const {
    std::uint32_t low = 0, high = before;
    while (low < high) {
        const std::uint32_t mid = low + (high - low) / 2;
        if (m_timetable.departures[pattern.first_event + mid * pattern.stop_count + position] >= ready) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    return low < before ? low : invalid_id;
}

void Raptor::scan_pattern(int round, std::uint32_t p, std::uint32_t from) {
    const Pattern& pattern = m_timetable.patterns[p];
    std::uint32_t trip = invalid_id, boarded_at = 0;
    for (std::uint32_t i = from; i < pattern.stop_count; ++i) {
        const std::uint32_t stop = m_timetable.pattern_stops[pattern.first_stop + i];
        const std::uint32_t event = trip == invalid_id ? 0 : pattern.first_event + trip * pattern.stop_count + i;
        if (trip != invalid_id && m_timetable.arrivals[event] < arrive(round, stop)) {
            arrive(round, stop) = m_timetable.arrivals[event];
            m_ride[index(round, stop)] = {p, trip, boarded_at, i};
            if (m_timetable.arrivals[event] < m_best[stop]) {
                m_best[stop] = m_timetable.arrivals[event];
                if (!m_is_changed[stop]) m_is_changed[stop] = 1, m_changed.push_back(stop);
            }
            if (!m_has_arrived[stop]) m_has_arrived[stop] = 1, m_arrived.push_back(stop);
        }
        const TransitTime ready = board(round - 1, stop);
        if (ready == never || (trip != invalid_id && ready > m_timetable.departures[event])) continue;
        const std::uint32_t earlier = earliest_trip(pattern, i, ready, trip == invalid_id ? pattern.trip_count : trip);
        if (earlier != invalid_id) trip = earlier, boarded_at = i;
    }
}

// After a ride, a change: on the spot or walking, then the minimum transfer time
// (unless transfers.txt gives the whole time).
void Raptor::transfer(int round) {
    for (const std::uint32_t s : m_marked) m_is_marked[s] = 0;
    m_marked.clear();
    const auto relax = [&](std::uint32_t stop, TransitTime ready, std::uint32_t from) {
        if (ready >= board(round, stop)) return;
        board(round, stop) = ready;
        m_from[index(round, stop)] = from;
        if (!m_is_marked[stop]) m_is_marked[stop] = 1, m_marked.push_back(stop);
    };
    for (const std::uint32_t s : m_arrived) {
        m_has_arrived[s] = 0;
        const TransitTime at = arrive(round, s);
        relax(s, at + m_min_transfer, s);
        if (!m_links.is_linked(s)) continue;
        for (std::uint32_t i = m_links.transfer_offsets[s]; i < m_links.transfer_offsets[s + 1]; ++i) {
            const StopTransfer& t = m_links.transfers[i];
            const TransitTime walk = static_cast<TransitTime>(std::ceil(t.seconds));
            relax(t.to, at + walk + (t.walked ? m_min_transfer : 0), s);
        }
    }
    m_arrived.clear();
}

// A stop ready for boarding after fewer rides is ready after this many too.
void Raptor::carry_forward(int round) {
    std::vector<std::uint32_t> improved(m_marked.begin(), m_marked.end());
    for (const std::uint32_t s : m_improved) {
        if (board(round - 1, s) < board(round, s)) {
            board(round, s) = board(round - 1, s);
            m_from[index(round, s)] = from_fewer_rides;
            if (!m_is_marked[s]) improved.push_back(s);
        }
    }
    m_improved = std::move(improved);
}

} // namespace alentour::detail
