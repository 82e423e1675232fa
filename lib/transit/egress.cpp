#include "egress.hpp"

#include <algorithm>
#include <limits>

namespace alentour::detail {
namespace {

bool later(const auto& a, const auto& b) { return a.arrival > b.arrival || (a.arrival == b.arrival && a.walk > b.walk); }

} // namespace

Egress::Egress(const Graph& walk, Direction direction, double max_walk_seconds, const std::vector<float>& direct)
    : m_walk(walk), m_direction(direction), m_max_walk(max_walk_seconds), m_direct(direct), m_labels(walk.node_count()),
      m_best(walk.node_count(), std::numeric_limits<double>::infinity()) {}

void Egress::add(const StopLinks& links, const std::vector<std::uint32_t>& stops, const std::vector<TransitTime>& arrivals, double departure,
                 double latest) {
    m_departure = departure;
    m_latest = latest;
    for (const std::uint32_t s : stops) {
        if (arrivals[s] < never && links.is_linked(s)) seed(links.snaps[s], arrivals[s]);
    }
    while (!m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), [](const Item& a, const Item& b) { return later(a, b); });
        const Item top = m_heap.back();
        m_heap.pop_back();
        if (dominated(top.node, {top.arrival, top.walk})) continue;
        auto& labels = m_labels[top.node];
        if (labels.empty()) m_reached.push_back(top.node);
        // Labels of later minutes that this one beats on both counts are dropped, so
        // each node keeps a short list over the whole window.
        std::erase_if(labels, [&](const Label& l) { return l.arrival >= top.arrival && l.walk >= top.walk; });
        labels.push_back({top.arrival, top.walk});
        m_best[top.node] = std::min(m_best[top.node], top.arrival);
        expand(top);
    }
}

// The walk from a stop part-way along an edge to the edge's ends, the same way a
// search from a snapped point starts (see Searcher::seed).
void Egress::seed(const Snap& stop, double arrival) {
    const bool forward = m_direction == Direction::forward;
    const GeometryEdges edges = m_walk.edges_of(stop.geometry);
    const NodeId start = m_walk.geometry_start(stop.geometry), end = m_walk.geometry_end(stop.geometry);
    const auto part = [&](EdgeId edge, double fraction) { return static_cast<float>(fraction * m_walk.edge(edge).seconds); };
    if (edges.along != invalid_id) {
        const float walk = part(edges.along, forward ? 1.0 - stop.fraction : stop.fraction);
        push(forward ? end : start, arrival + walk, walk);
    }
    if (edges.against != invalid_id) {
        const float walk = part(edges.against, forward ? stop.fraction : 1.0 - stop.fraction);
        push(forward ? start : end, arrival + walk, walk);
    }
    if (stop.fraction <= 0.0) push(start, arrival, 0.0f);
    if (stop.fraction >= 1.0) push(end, arrival, 0.0f);
}

void Egress::push(NodeId node, double arrival, float walk) {
    if (walk > m_max_walk || arrival > m_latest || arrival - m_departure >= m_direct[node] || dominated(node, {arrival, walk})) return;
    m_heap.push_back({arrival, walk, node});
    std::push_heap(m_heap.begin(), m_heap.end(), [](const Item& a, const Item& b) { return later(a, b); });
}

bool Egress::dominated(NodeId node, const Label& label) const {
    for (const Label& l : m_labels[node]) {
        if (l.arrival <= label.arrival && l.walk <= label.walk) return true;
    }
    return false;
}

void Egress::expand(const Item& item) {
    if (m_direction == Direction::forward) {
        for (const Edge& e : m_walk.out_edges(item.node)) push(e.target, item.arrival + e.seconds, item.walk + e.seconds);
    } else {
        for (const InEdge& e : m_walk.in_edges(item.node)) {
            const float seconds = m_walk.edge(e.edge).seconds;
            push(e.source, item.arrival + seconds, item.walk + seconds);
        }
    }
}

} // namespace alentour::detail
