// Greedy maximum coverage against the exact optimum, found by trying every choice.

#include "support.hpp"

#include <alentour/coverage.hpp>

#include <cmath>
#include <random>

using namespace alentour;

namespace {

using Sets = std::vector<std::vector<std::uint32_t>>;

double covered_weight(const Sets& sets, const std::vector<double>& weights, const std::vector<std::size_t>& chosen) {
    std::vector<bool> covered(weights.size(), false);
    for (const std::size_t s : chosen) {
        for (const std::uint32_t e : sets[s]) covered[e] = true;
    }
    double total = 0;
    for (std::size_t e = 0; e < weights.size(); ++e) total += covered[e] ? weights[e] : 0.0;
    return total;
}

// Every choice of k sets among n (n ≤ 20), by bit masks.
double brute_force(const Sets& sets, const std::vector<double>& weights, std::size_t k) {
    double best = 0;
    for (std::uint32_t mask = 0; mask < (1u << sets.size()); ++mask) {
        if (static_cast<std::size_t>(__builtin_popcount(mask)) != k) continue;
        std::vector<std::size_t> chosen;
        for (std::size_t s = 0; s < sets.size(); ++s) {
            if (mask & (1u << s)) chosen.push_back(s);
        }
        best = std::max(best, covered_weight(sets, weights, chosen));
    }
    return best;
}

double greedy_total(const Sets& sets, const std::vector<double>& weights, std::size_t k) {
    double total = 0;
    for (const auto& pick : greedy_max_coverage(sets, weights, k)) total += pick.added;
    return total;
}

} // namespace

TEST_CASE("greedy equals the optimum on 12 candidates whose reaches do not overlap") {
    // Disjoint reaches: each pick adds its own weight, so the greedy takes the k heaviest,
    // which is the optimum.
    Sets sets(12);
    std::vector<double> weights;
    for (std::uint32_t s = 0; s < 12; ++s) {
        for (std::uint32_t j = 0; j <= s % 4; ++j) {
            sets[s].push_back(static_cast<std::uint32_t>(weights.size()));
            weights.push_back(100.0 + 37.0 * ((s * 7 + j) % 11));
        }
    }
    for (std::size_t k = 1; k <= 5; ++k) CHECK(greedy_total(sets, weights, k) == brute_force(sets, weights, k));
    const auto picks = greedy_max_coverage(sets, weights, 3);
    CHECK(picks[0].added >= picks[1].added);
    CHECK(picks[1].added >= picks[2].added);
}

TEST_CASE("greedy can miss the optimum, never by more than 1 - 1/e") {
    // The classic trap: the biggest set first leaves two halves that each add little.
    const Sets trap{{0, 1, 2, 3}, {0, 1, 4}, {2, 3, 5}};
    const std::vector<double> unit(6, 1.0);
    CHECK(greedy_total(trap, unit, 2) == 5);
    CHECK(brute_force(trap, unit, 2) == 6);
    std::mt19937 random(20261207);
    std::uniform_int_distribution<std::uint32_t> element(0, 29);
    std::uniform_real_distribution<double> weight(0.0, 1000.0);
    std::size_t worse = 0;
    for (int instance = 0; instance < 300; ++instance) {
        std::vector<double> weights(30);
        for (auto& w : weights) w = weight(random);
        Sets sets(12);
        for (auto& set : sets) {
            for (int j = 0; j < 6; ++j) set.push_back(element(random));
        }
        for (std::size_t k : {2u, 3u, 4u}) {
            const double optimum = brute_force(sets, weights, k);
            const double greedy = greedy_total(sets, weights, k);
            CHECK(greedy <= optimum + 1e-9);
            CHECK(greedy >= (1 - 1 / std::exp(1.0)) * optimum - 1e-9);
            worse += greedy < optimum - 1e-9 ? 1 : 0;
        }
    }
    CHECK(worse > 0);  // the instances do test the bound, not only easy cases
}

TEST_CASE("greedy stops when the sets run out") {
    const Sets sets{{0}, {1}};
    CHECK(greedy_max_coverage(sets, {5, 3}, 4).size() == 2);
}
