// A program of someone else's: builds a two-street world and times a walk on it.
#include <alentour/alentour.hpp>  // the umbrella header must build on its own

#include <iostream>

int main() {
    const alentour::Region region = alentour::build_region_from_data(
        "n1 v1 x2.0 y48.0\nn2 v1 x2.001 y48.0\nn3 v1 x2.002 y48.0\n"
        "w1 v1 Thighway=residential Nn1,n2\nw2 v1 Thighway=residential Nn2,n3\n",
        "opl");
    const auto& graph = region.graph("walk");
    const alentour::Snapper snapper(graph, "walk");
    const alentour::Snap from = snapper.snap({48.0, 2.0});
    const alentour::Snap to = snapper.snap({48.0, 2.002});
    const auto result = alentour::search(graph, {&from, 1});
    std::cout << "walk edges: " << graph.edge_count() << ", minutes: " << alentour::arrival_at(graph, result, to).seconds / 60 << '\n';
}
