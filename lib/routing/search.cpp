#include <alentour/search.hpp>

#include <algorithm>
#include <cmath>

namespace alentour {
namespace {

struct Partial {
    double seconds;
    double metres;
};

// Travel along a fraction of an edge: edges have one speed, so time scales with length.
Partial part_of(const Edge& edge, double fraction) {
    return {fraction * edge.seconds, fraction * edge.metres};
}

struct Candidate {
    Arrival best;
    void offer(double seconds, double metres, std::uint32_t source) {
        if (seconds < best.seconds) best.seconds = seconds, best.metres = metres, best.source = source;
    }
};

} // namespace

Searcher::Searcher(const Graph& graph) : m_graph(&graph) {
    m_result.m_labels.assign(graph.node_count(), {});
}

void Searcher::reset() {
    for (const NodeId node : m_touched) m_result.m_labels[node] = {};
    m_touched.clear();
    m_result.m_settled.clear();
    m_queue.clear();
}

void Searcher::relax(NodeId node, float seconds, float metres, std::uint32_t source) {
    auto& label = m_result.m_labels[node];
    if (seconds >= label.seconds || seconds > m_result.m_max_seconds) return;
    if (label.seconds == unreached) m_touched.push_back(node);
    label.seconds = seconds;
    label.metres = metres;
    label.source = source;
    m_queue.push(seconds, node);
}

void Searcher::seed(std::span<const Snap> sources) {
    const Graph& g = *m_graph;
    const bool forward = m_result.m_direction == Direction::forward;
    for (std::uint32_t i = 0; i < sources.size(); ++i) {
        const Snap& s = sources[i];
        const GeometryEdges edges = g.edges_of(s.geometry);
        const NodeId start = g.geometry_start(s.geometry), end = g.geometry_end(s.geometry);
        if (edges.along != invalid_id) {
            // forward: from the point on to the end; reverse: from the start up to the point
            const Partial p = part_of(g.edge(edges.along), forward ? 1.0 - s.fraction : s.fraction);
            relax(forward ? end : start, static_cast<float>(p.seconds), static_cast<float>(p.metres), i);
        }
        if (edges.against != invalid_id) {
            const Partial p = part_of(g.edge(edges.against), forward ? s.fraction : 1.0 - s.fraction);
            relax(forward ? start : end, static_cast<float>(p.seconds), static_cast<float>(p.metres), i);
        }
        // A point on a node is that node, whichever way its snapped edge runs.
        if (s.fraction <= 0.0) relax(start, 0.0f, 0.0f, i);
        if (s.fraction >= 1.0) relax(end, 0.0f, 0.0f, i);
    }
}

void Searcher::expand_forward(NodeId node) {
    const SearchResult::Label label = m_result.m_labels[node];
    const float seconds = label.seconds, metres = label.metres;
    const std::uint32_t source = label.source;
    for (const Edge& e : m_graph->out_edges(node)) relax(e.target, seconds + e.seconds, metres + e.metres, source);
}

void Searcher::expand_reverse(NodeId node) {
    const SearchResult::Label label = m_result.m_labels[node];
    const float seconds = label.seconds, metres = label.metres;
    const std::uint32_t source = label.source;
    for (const InEdge& e : m_graph->in_edges(node)) {
        const Edge& edge = m_graph->edge(e.edge);
        relax(e.source, seconds + edge.seconds, metres + edge.metres, source);
    }
}

const SearchResult& Searcher::run(std::span<const Snap> sources, const SearchOptions& options) {
    reset();
    m_result.m_direction = options.direction;
    m_result.m_max_seconds = options.max_seconds;
    m_result.m_sources.assign(sources.begin(), sources.end());
    seed(sources);
    while (!m_queue.empty()) {
        const auto [key, node] = m_queue.pop();
        // an entry left behind when the node was pushed again with a shorter time
        if (detail::RadixQueue::seconds_of(key) > m_result.m_labels[node].seconds) continue;
        m_result.m_settled.push_back(node);
        if (options.direction == Direction::forward) {
            expand_forward(node);
        } else {
            expand_reverse(node);
        }
    }
    return m_result;
}

SearchResult SearchResult::from_node_times(std::vector<float> seconds, std::vector<Snap> sources, Direction direction,
                                           double max_seconds) {
    SearchResult result;
    result.m_labels.resize(seconds.size());
    for (NodeId node = 0; node < seconds.size(); ++node) {
        result.m_labels[node].seconds = seconds[node];
        if (seconds[node] <= max_seconds) result.m_settled.push_back(node);
    }
    std::sort(result.m_settled.begin(), result.m_settled.end(), [&](NodeId a, NodeId b) { return seconds[a] < seconds[b]; });
    result.m_sources = std::move(sources);
    result.m_direction = direction;
    result.m_max_seconds = max_seconds;
    return result;
}

SearchResult search(const Graph& graph, std::span<const Snap> sources, const SearchOptions& options) {
    Searcher searcher(graph);
    return searcher.run(sources, options);
}

Arrival arrival_at(const Graph& graph, const SearchResult& result, const Snap& destination) {
    const bool forward = result.direction() == Direction::forward;
    const GeometryEdges edges = graph.edges_of(destination.geometry);
    const NodeId start = graph.geometry_start(destination.geometry), end = graph.geometry_end(destination.geometry);
    const double g = destination.fraction;
    Candidate candidate;
    const auto through = [&](NodeId node, EdgeId edge, double fraction) {
        if (edge == invalid_id || result.seconds(node) == unreached) return;
        const Partial p = part_of(graph.edge(edge), fraction);
        candidate.offer(result.seconds(node) + p.seconds, result.metres(node) + p.metres, result.source(node));
    };
    // forward: reach the start, then go along; reverse: go along to the end, then on to the source
    through(forward ? start : end, edges.along, forward ? g : 1.0 - g);
    through(forward ? end : start, edges.against, forward ? 1.0 - g : g);
    // A destination on a node is that node, whichever way its snapped edge runs.
    const auto at_node = [&](NodeId node) {
        if (result.seconds(node) != unreached) candidate.offer(result.seconds(node), result.metres(node), result.source(node));
    };
    if (g <= 0.0) at_node(start);
    if (g >= 1.0) at_node(end);

    // A source on the same geometry reaches the destination directly along it.
    const auto sources = result.sources();
    for (std::uint32_t i = 0; i < sources.size(); ++i) {
        if (sources[i].geometry != destination.geometry) continue;
        const double from = forward ? sources[i].fraction : g, to = forward ? g : sources[i].fraction;
        const EdgeId edge = to >= from ? edges.along : edges.against;
        if (edge == invalid_id) continue;
        const Partial p = part_of(graph.edge(edge), std::abs(to - from));
        candidate.offer(p.seconds, p.metres, i);
    }
    candidate.best.reached = std::isfinite(candidate.best.seconds) && candidate.best.seconds <= result.max_seconds();
    return candidate.best;
}

} // namespace alentour
