#pragma once
// What a file's name says about it.

#include <string>

namespace alentour::detail {

// A file's extension with its dot, in lower case: people name files .CSV as often as .csv.
std::string lower_extension(const std::string& path);

} // namespace alentour::detail
