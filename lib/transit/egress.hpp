#pragma once
// From the stops, on foot, to every node of the walk network. Each stop may be left
// on foot for at most the walk limit, so a node is not always best served through the
// stop it is reached from first: one reached late from a stop nearby can lead on past
// the limit of one reached early from a stop far off. Labels are therefore pairs
// (arrival, walk so far) kept while no other label is both earlier and shorter: an
// exact answer where a single time per node would cut the walk short.
//
// Over a departure window run from the latest minute to the earliest, stop arrivals
// only improve, and every walk found for a later minute is still a walk for an earlier
// one (rRAPTOR's argument again): the labels are kept, and each minute only walks
// from the stops whose arrival improved, as far as their labels are not dominated.

#include "raptor.hpp"

#include <alentour/graph.hpp>
#include <alentour/search.hpp>
#include <alentour/transit.hpp>

#include <vector>

namespace alentour::detail {

class Egress {
public:

    // `direct`: per node, the time of walking there straight from the origins. A walk
    // from a stop reaching a node no sooner than that is dropped: whatever lies beyond
    // is reached sooner on foot too.
    Egress(const Graph& walk, Direction direction, double max_walk_seconds, const std::vector<float>& direct);

    // Walks on from the stops given, arriving at `arrivals[stop]` after leaving the
    // origins at `departure`; walks arriving after `latest` are left out. `departure`
    // and `latest` may only decrease from one call to the next.
    void add(const StopLinks& links, const std::vector<std::uint32_t>& stops, const std::vector<TransitTime>& arrivals, double departure,
             double latest);

    // The nodes reached so far, and their earliest arrival.
    const std::vector<NodeId>& reached() const noexcept { return m_reached; }
    double arrival(NodeId node) const noexcept { return m_best[node]; }

private:
    struct Label {
        double arrival;
        float walk;
    };
    struct Item {
        double arrival;
        float walk;
        NodeId node;
    };
    void seed(const Snap& stop, double arrival);
    void push(NodeId node, double arrival, float walk);
    bool dominated(NodeId node, const Label& label) const;
    void expand(const Item& item);

    const Graph& m_walk;
    Direction m_direction;
    double m_max_walk = 0, m_departure = 0, m_latest = 0;
    const std::vector<float>& m_direct;
    std::vector<std::vector<Label>> m_labels;  // not dominated when settled
    std::vector<double> m_best;
    std::vector<NodeId> m_reached;
    std::vector<Item> m_heap;
};

} // namespace alentour::detail
