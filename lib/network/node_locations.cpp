#include "node_locations.hpp"

#include <algorithm>
#include <limits>

namespace alentour::detail {
namespace {

// No valid latitude is this far south: marks a wanted node not seen (yet).
constexpr FixedPoint unseen{std::numeric_limits<std::int32_t>::min(), 0};

bool is_unseen(FixedPoint p) noexcept { return p.lat == unseen.lat; }

} // namespace

NodeLocations::NodeLocations(std::vector<std::int64_t> wanted_ids) : m_ids(std::move(wanted_ids)) {
    std::sort(m_ids.begin(), m_ids.end());
    m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    m_ids.shrink_to_fit();
    m_points.assign(m_ids.size(), unseen);
}

std::size_t NodeLocations::index_of(std::int64_t id) const {
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? static_cast<std::size_t>(it - m_ids.begin()) : m_ids.size();
}

// Files sorted by id (the usual case) come in increasing order: gallop forward from the
// last position, so the whole pass costs one merge instead of a binary search per node.
std::size_t NodeLocations::seek(std::int64_t id) {
    const std::size_t n = m_ids.size();
    if (m_cursor > 0 && m_ids[m_cursor - 1] >= id) {
        m_cursor = static_cast<std::size_t>(std::lower_bound(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
        return m_cursor;
    }
    std::size_t low = m_cursor, high = m_cursor, step = 1;
    while (high < n && m_ids[high] < id) {
        low = high + 1;
        high += step;
        step *= 2;
    }
    const auto last = m_ids.begin() + static_cast<std::ptrdiff_t>(std::min(high, n));
    m_cursor = static_cast<std::size_t>(std::lower_bound(m_ids.begin() + static_cast<std::ptrdiff_t>(low), last, id) - m_ids.begin());
    return m_cursor;
}

void NodeLocations::offer(std::int64_t id, FixedPoint point) {
    const std::size_t i = seek(id);
    if (i < m_ids.size() && m_ids[i] == id && is_unseen(m_points[i])) m_points[i] = point;
}

std::optional<FixedPoint> NodeLocations::find(std::int64_t id) const {
    const std::size_t i = index_of(id);
    if (i == m_ids.size() || is_unseen(m_points[i])) return std::nullopt;
    return m_points[i];
}

NodeLocations::Compacted NodeLocations::compact(std::uint32_t absent) {
    Compacted out;
    out.rank.resize(m_points.size(), absent);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (is_unseen(m_points[i])) continue;
        out.rank[i] = static_cast<std::uint32_t>(kept);
        m_points[kept++] = m_points[i];
    }
    m_points.resize(kept);
    m_points.shrink_to_fit();
    out.points = std::move(m_points);
    m_points.clear();
    std::vector<std::int64_t>().swap(m_ids);
    m_cursor = 0;
    return out;
}

} // namespace alentour::detail
