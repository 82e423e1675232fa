#pragma once
// The positions of the nodes a build needs, and of no other: the file's node list is
// streamed past a sorted list of wanted OSM ids, so memory follows what is kept
// (highway and place nodes), not the file's node count.

#include <alentour/geo.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace alentour::detail {

class NodeLocations {
public:
    // The ids may come in any order and repeat.
    explicit NodeLocations(std::vector<std::int64_t> wanted_ids);

    std::size_t size() const noexcept { return m_ids.size(); }
    // Position of `id` among the wanted ids, or size() when it is not wanted.
    std::size_t index_of(std::int64_t id) const;

    // Keeps a wanted node's position; a node met twice keeps its first position.
    void offer(std::int64_t id, FixedPoint point);

    std::optional<FixedPoint> find(std::int64_t id) const;

    // The positions found, in id order, and for each wanted index its rank among them
    // (`absent` where the file lacked the node). Empties the store.
    struct Compacted {
        std::vector<FixedPoint> points;
        std::vector<std::uint32_t> rank;
    };
    Compacted compact(std::uint32_t absent);

private:
    std::size_t seek(std::int64_t id);

    std::vector<std::int64_t> m_ids;     // sorted, unique
    std::vector<FixedPoint> m_points;    // parallel to m_ids; unseen until offered
    std::size_t m_cursor = 0;            // where the last offered id would stand
};

} // namespace alentour::detail
