#pragma once
// Small helpers shared by the benchmarks: timing, order statistics, number formatting,
// and the key/value summary file that run_benchmarks.sh reads back.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Nearest-rank percentile (q in [0,1]) of a copy of the values; median is q = 0.5
// (the upper middle for an even count, so that the figure is one actually measured).
template <typename T>
T percentile(std::vector<T> values, double q) {
    if (values.empty()) return T{};
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

template <typename T>
T median(std::vector<T> values) {
    if (values.empty()) return T{};
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// 1234567 → "1 234 567", as the figures are read by people.
inline std::string grouped(std::uint64_t value) {
    std::string digits = std::to_string(value), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

inline std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// `key value` lines for the runner script; a no-op when no path was given.
class Summary {
public:
    explicit Summary(const std::string& path) {
        if (!path.empty()) m_out.open(path, std::ios::app);
    }
    void put(const std::string& key, double value) {
        if (m_out) m_out << key << ' ' << fixed(value, 6) << '\n' << std::flush;
    }

private:
    std::ofstream m_out;
};

// The file name without folders, used as a key in the summary.
inline std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

} // namespace bench
