#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <filesystem>
#include <unistd.h>

namespace alentour {
namespace fs = std::filesystem;

OutputFile::OutputFile(std::string path, bool overwrite) : m_path(std::move(path)), m_overwrite(overwrite) {
    const fs::path target(m_path);
    std::error_code ec;
    if (fs::exists(target, ec) && !overwrite) {
        throw InputError("exists already; pass --overwrite to replace it", {m_path, 0, {}});
    }
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) throw InputError("the folder " + folder.string() + " does not exist", {m_path, 0, {}});
    const std::string stem = target.stem().string();
    m_temp = (folder / ("." + stem + ".partial-" + std::to_string(::getpid()) + target.extension().string())).string();
    fs::remove_all(m_temp, ec);
}

OutputFile::~OutputFile() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_temp, ec);
    }
}

void OutputFile::commit() {
    std::error_code ec;
    if (!m_overwrite && fs::exists(m_path, ec)) {
        throw InputError("appeared while writing; pass --overwrite to replace it", {m_path, 0, {}});
    }
    fs::rename(m_temp, m_path, ec);
    if (ec) throw InputError("cannot move the finished file into place: " + ec.message(), {m_path, 0, {}});
    m_committed = true;
}

} // namespace alentour
