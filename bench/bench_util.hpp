#pragma once
// Small helpers shared by the benchmarks: timing, order statistics, number formatting,
// and the key/value summary file that run_benchmarks.sh reads back.

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds of the calling thread: what a measure costs even when other processes
// share the cores (wall time then overstates it).
inline double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
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

// The command line every benchmark takes: `--summary FILE` for the runner script,
// counts (`--runs N`, at least 1), flags, and input files. Bad use prints the usage
// line and exits with 1.
class CommandLine {
public:
    // `files`: how the usage line shows the inputs, e.g. "[FILE.osm.pbf]".
    CommandLine(std::string program, std::string purpose, std::string files)
        : m_program(std::move(program)), m_purpose(std::move(purpose)), m_files(std::move(files)) {}

    CommandLine& count(const std::string& name, int& target) {
        m_counts.emplace_back(name, &target);
        return *this;
    }
    CommandLine& flag(const std::string& name, bool& target) {
        m_flags.emplace_back(name, &target);
        return *this;
    }
    CommandLine& text(const std::string& name, std::string& target) {
        m_texts.emplace_back(name, &target);
        return *this;
    }

    // Sets the options given and `summary`; returns the input files, in order.
    std::vector<std::string> parse(int argc, char** argv, std::string& summary) const {
        std::vector<std::string> files;
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc) usage("missing value after " + arg);
                return argv[++i];
            };
            if (arg == "--summary") {
                summary = value();
            } else if (int* count = find(m_counts, arg)) {
                *count = std::max(1, std::atoi(value().c_str()));
            } else if (bool* flag = find(m_flags, arg)) {
                *flag = true;
            } else if (std::string* text = find(m_texts, arg)) {
                *text = value();
            } else if (arg == "-h" || arg == "--help") {
                usage(m_purpose);
            } else if (arg.starts_with("--")) {
                usage("unknown option " + arg);
            } else {
                files.push_back(arg);
            }
        }
        return files;
    }

private:
    template <typename T>
    static T* find(const std::vector<std::pair<std::string, T*>>& options, const std::string& name) {
        for (const auto& [option, target] : options) {
            if (option == name) return target;
        }
        return nullptr;
    }

    [[noreturn]] void usage(const std::string& why) const {
        std::cerr << m_program << ": " << why << "\nusage: " << m_program << " [--summary FILE]";
        for (const auto& count : m_counts) std::cerr << " [" << count.first << " N]";
        for (const auto& flag : m_flags) std::cerr << " [" << flag.first << "]";
        for (const auto& text : m_texts) std::cerr << " [" << text.first << " TEXT]";
        std::cerr << " " << m_files << "\n";
        std::exit(1);
    }

    std::string m_program, m_purpose, m_files;
    std::vector<std::pair<std::string, int*>> m_counts;
    std::vector<std::pair<std::string, bool*>> m_flags;
    std::vector<std::pair<std::string, std::string*>> m_texts;
};

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
