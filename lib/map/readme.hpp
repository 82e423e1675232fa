#pragma once
// LISEZMOI.txt: what each file of a map folder is and how to open it, in French.

#include <alentour/map_content.hpp>

#include <string>
#include <vector>

namespace alentour::detail {

// Every file a map folder may hold: what --overwrite may replace.
const std::vector<std::string>& map_file_names();

// Describes the `files` written, in that order.
std::string map_readme(const MapContent& content, const std::vector<std::string>& files);

} // namespace alentour::detail
