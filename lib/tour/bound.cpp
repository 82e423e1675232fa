// Lower bounds on a tour's driving time, to say how far the heuristic's loop can be from
// the best one: the assignment bound, which sees asymmetry, and the Held–Karp 1-tree
// bound on the cheaper direction of each pair, which is tight on nearly symmetric roads.

#include <alentour/tour.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace alentour {
namespace {

constexpr double forbidden = 1e12;  // a point's way to itself

// The cheapest way to give every point one successor (Hungarian method with potentials,
// O(n³)): every loop is such an assignment, so it is a bound.
double assignment_bound(const std::vector<std::vector<double>>& cost) {
    const std::size_t n = cost.size();
    std::vector<double> u(n + 1, 0.0), v(n + 1, 0.0);
    std::vector<std::size_t> match(n + 1, 0), way(n + 1, 0);
    for (std::size_t row = 1; row <= n; ++row) {
        match[0] = row;
        std::size_t column = 0;
        std::vector<double> least(n + 1, std::numeric_limits<double>::infinity());
        std::vector<bool> used(n + 1, false);
        do {
            used[column] = true;
            const std::size_t r = match[column];
            double delta = std::numeric_limits<double>::infinity();
            std::size_t next = 0;
            for (std::size_t j = 1; j <= n; ++j) {
                if (used[j]) continue;
                const double reduced = cost[r - 1][j - 1] - u[r] - v[j];
                if (reduced < least[j]) least[j] = reduced, way[j] = column;
                if (least[j] < delta) delta = least[j], next = j;
            }
            for (std::size_t j = 0; j <= n; ++j) {
                if (used[j]) u[match[j]] += delta, v[j] -= delta;
                else least[j] -= delta;
            }
            column = next;
        } while (match[column] != 0);
        do {
            const std::size_t previous = way[column];
            match[column] = match[previous];
            column = previous;
        } while (column != 0);
    }
    double total = 0.0;
    for (std::size_t j = 1; j <= n; ++j) total += cost[match[j] - 1][j - 1];
    return total;
}

// A minimum spanning tree on points 1…n-1 plus point 0's two cheapest edges, under the
// penalties `pi`; fills each point's degree and returns the penalised cost.
double one_tree(const std::vector<std::vector<double>>& cost, const std::vector<double>& pi, std::vector<int>& degree) {
    const std::size_t n = cost.size();
    std::fill(degree.begin(), degree.end(), 0);
    const auto w = [&](std::size_t a, std::size_t b) { return cost[a][b] + pi[a] + pi[b]; };
    std::vector<double> key(n, std::numeric_limits<double>::infinity());
    std::vector<std::size_t> parent(n, 0);
    std::vector<bool> in_tree(n, false);
    double total = 0.0;
    key[1] = 0.0;
    for (std::size_t round = 1; round < n; ++round) {
        std::size_t best = 0;
        for (std::size_t v = 1; v < n; ++v) {
            if (!in_tree[v] && (best == 0 || key[v] < key[best])) best = v;
        }
        in_tree[best] = true;
        if (round > 1) total += key[best], ++degree[best], ++degree[parent[best]];
        for (std::size_t v = 1; v < n; ++v) {
            if (!in_tree[v] && w(best, v) < key[v]) key[v] = w(best, v), parent[v] = best;
        }
    }
    std::vector<std::size_t> others(n - 1);
    for (std::size_t v = 1; v < n; ++v) others[v - 1] = v;
    std::partial_sort(others.begin(), others.begin() + 2, others.end(), [&](std::size_t a, std::size_t b) { return w(0, a) < w(0, b); });
    for (std::size_t k = 0; k < 2; ++k) total += w(0, others[k]), ++degree[others[k]];
    degree[0] = 2;
    return total;
}

// A loop from 0 always on to the nearest point not yet visited.
double nearest_neighbour_length(const std::vector<std::vector<double>>& cost) {
    const std::size_t n = cost.size();
    std::vector<bool> seen(n, false);
    std::size_t here = 0;
    double length = 0.0;
    seen[0] = true;
    for (std::size_t round = 1; round < n; ++round) {
        std::size_t next = 0;
        for (std::size_t v = 1; v < n; ++v) {
            if (!seen[v] && (next == 0 || cost[here][v] < cost[here][next])) next = v;
        }
        length += cost[here][next];
        seen[next] = true;
        here = next;
    }
    return length + cost[here][0];
}

// Held–Karp: penalties moved by subgradient steps towards every degree being 2.
double held_karp_bound(const std::vector<std::vector<double>>& cost) {
    const std::size_t n = cost.size();
    const double upper = nearest_neighbour_length(cost);  // scales the steps
    std::vector<double> pi(n, 0.0);
    std::vector<int> degree(n, 0);
    double best = 0.0, step_scale = 2.0;
    int since_better = 0;
    const int iterations = 200 + static_cast<int>(std::min<std::size_t>(n, 400));
    for (int it = 0; it < iterations; ++it) {
        double penalties = 0.0;
        for (const double p : pi) penalties += p;
        const double bound = one_tree(cost, pi, degree) - 2.0 * penalties;
        if (bound > best + 1e-9) best = bound, since_better = 0;
        else if (++since_better >= 15) step_scale /= 2.0, since_better = 0;
        double norm = 0.0;
        for (std::size_t v = 0; v < n; ++v) norm += (degree[v] - 2.0) * (degree[v] - 2.0);
        if (norm == 0.0) break;  // the 1-tree is a loop: the bound is exact
        const double step = step_scale * std::max(upper - bound, 0.0) / norm;
        for (std::size_t v = 0; v < n; ++v) pi[v] += step * (degree[v] - 2.0);
        if (step_scale < 1e-6) break;
    }
    return best;
}

} // namespace

double assignment_lower_bound(const TimeMatrix& matrix, std::span<const std::size_t> stops, std::size_t loops) {
    if (stops.empty()) return 0.0;
    if (stops.size() == 1) return matrix(0, stops[0]) + matrix(stops[0], 0);
    loops = std::clamp<std::size_t>(loops, 1, stops.size());
    // the space once per loop, then the stops; a loop may not go from the space to the space
    std::vector<std::size_t> points(loops, 0);
    points.insert(points.end(), stops.begin(), stops.end());
    const std::size_t n = points.size();
    std::vector<std::vector<double>> directed(n, std::vector<double>(n));
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b < n; ++b) directed[a][b] = points[a] == points[b] ? forbidden : matrix(points[a], points[b]);
    }
    return assignment_bound(directed);
}

double tour_lower_bound(const TimeMatrix& matrix, std::span<const std::size_t> stops, std::size_t loops) {
    if (stops.size() <= 1) return assignment_lower_bound(matrix, stops, loops);
    std::vector<std::size_t> points{0};
    points.insert(points.end(), stops.begin(), stops.end());
    const std::size_t n = points.size();
    std::vector<std::vector<double>> cheaper(n, std::vector<double>(n));
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b < n; ++b) cheaper[a][b] = a == b ? 0.0 : std::min(matrix(points[a], points[b]), matrix(points[b], points[a]));
    }
    return std::max(assignment_lower_bound(matrix, stops, loops), held_karp_bound(cheaper));
}

std::size_t fewest_loops(const TimeMatrix& matrix, std::span<const std::size_t> stops, double visit_seconds, double day_seconds) {
    // every loop's time is its visits and its driving; the driving holds at least the
    // cheapest way into each stop
    double needed = 0.0;
    for (const std::size_t s : stops) {
        double cheapest = matrix(0, s);
        for (const std::size_t t : stops) {
            if (t != s) cheapest = std::min(cheapest, matrix(t, s));
        }
        needed += visit_seconds + cheapest;
    }
    return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(needed / day_seconds - 1e-9)));
}

} // namespace alentour
