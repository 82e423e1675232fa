#pragma once

#include <functional>
#include <string_view>

namespace alentour {

// Long operations report how far they are: fraction in [0,1] and what they are doing.
using Progress = std::function<void(double fraction, std::string_view message)>;

inline void report(const Progress& progress, double fraction, std::string_view message) {
    if (progress) progress(fraction, message);
}

} // namespace alentour
