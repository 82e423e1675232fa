#pragma once

#include <functional>
#include <string_view>

namespace alentour {

// Long operations report how far they are: fraction in [0,1] and what they are doing.
using Progress = std::function<void(double fraction, std::string_view message)>;

inline void report(const Progress& progress, double fraction, std::string_view message) {
    if (progress) progress(fraction, message);
}

// The progress of one stage of a longer job, mapped onto [from, to] of the job's.
inline Progress sub_progress(const Progress& progress, double from, double to) {
    if (!progress) return {};
    return [progress, from, to](double fraction, std::string_view message) { progress(from + (to - from) * fraction, message); };
}

} // namespace alentour
