#include "core/paths.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace alentour::detail {

std::string lower_extension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

} // namespace alentour::detail
