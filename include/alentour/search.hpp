#pragma once
// Bounded Dijkstra on a Graph: from one or several snapped points to every node up to
// a time limit, forward ("from the space") or reverse ("to the space").

#include <alentour/graph.hpp>
#include <alentour/radix_queue.hpp>
#include <alentour/snap.hpp>

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace alentour {

enum class Direction { forward, reverse };

struct SearchOptions {
    double max_seconds = std::numeric_limits<double>::infinity();
    Direction direction = Direction::forward;
};

constexpr float unreached = std::numeric_limits<float>::infinity();

// The time to (forward) or from (reverse) one of the sources for every node.
class SearchResult {
public:
    float seconds(NodeId node) const noexcept { return m_labels[node].seconds; }
    float metres(NodeId node) const noexcept { return m_labels[node].metres; }
    // Index into the sources of the source that reached the node first, invalid_id if none.
    std::uint32_t source(NodeId node) const noexcept { return m_labels[node].source; }
    bool reached(NodeId node) const noexcept { return seconds(node) != unreached && seconds(node) <= m_max_seconds; }

    Direction direction() const noexcept { return m_direction; }
    double max_seconds() const noexcept { return m_max_seconds; }
    std::span<const Snap> sources() const noexcept { return m_sources; }
    std::span<const NodeId> settled() const noexcept { return m_settled; }

    // A result made of node times computed elsewhere (a transit search's percentile),
    // so catchments and arrival_at() read them like a search's; `sources` are where it
    // started. Distances are unknown (infinite).
    static SearchResult from_node_times(std::vector<float> seconds, std::vector<Snap> sources, Direction direction,
                                        double max_seconds);

private:
    friend class Searcher;
    // One record per node, so that relaxing an edge touches one place in memory.
    struct Label {
        float seconds = unreached;
        float metres = unreached;
        std::uint32_t source = invalid_id;
    };
    static_assert(sizeof(Label) == 12);
    std::vector<Label> m_labels;
    std::vector<NodeId> m_settled;  // nodes in the order they were settled
    std::vector<Snap> m_sources;
    Direction m_direction = Direction::forward;
    double m_max_seconds = 0.0;
};

// Reuses its buffers from one search to the next: keep one per thread.
class Searcher {
public:
    explicit Searcher(const Graph& graph);

    const SearchResult& run(std::span<const Snap> sources, const SearchOptions& options);

private:
    void reset();
    void seed(std::span<const Snap> sources);
    void relax(NodeId node, float seconds, float metres, std::uint32_t source);
    void expand_forward(NodeId node);
    void expand_reverse(NodeId node);

    const Graph* m_graph;
    SearchResult m_result;
    detail::RadixQueue m_queue;
    std::vector<NodeId> m_touched;  // labels to clear before the next run
};

SearchResult search(const Graph& graph, std::span<const Snap> sources, const SearchOptions& options = {});

struct Arrival {
    double seconds = std::numeric_limits<double>::infinity();
    double metres = std::numeric_limits<double>::infinity();
    std::uint32_t source = invalid_id;
    bool reached = false;
};

// The exact time between the sources of `result` and a point part-way along an edge:
// through either end of the destination's edge, or directly along it when a source
// lies on the same edge.
Arrival arrival_at(const Graph& graph, const SearchResult& result, const Snap& destination);

} // namespace alentour
