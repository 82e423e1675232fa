#include "core/paths.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace alentour::detail {

std::string lower_extension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

void check_table_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return;
    if (std::filesystem::file_size(path, ec) == 0) throw InputError("is empty: a table has a header line, then one row per line", {path, 0, {}});
    const std::string extension = lower_extension(path);
    if (extension != ".csv" && extension != ".tsv" && extension != ".txt") return;
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.find('\0') != std::string::npos) {
        throw InputError("holds binary data (a zero byte), not the text of a table: is it the file you meant?", {path, 0, {}});
    }
}

} // namespace alentour::detail
