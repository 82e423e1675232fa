#include "core/interrupt.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <vector>
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
    if (::access(folder.c_str(), W_OK) != 0) throw InputError("the folder " + folder.string() + " is not writable", {m_path, 0, {}});
    // pid and a per-process count: several outputs open at once (a PDF, a PNG and an SVG
    // named affiche.*) must not share a temporary stem, or their sidecars would mix.
    static std::atomic<unsigned> opened{0};
    const std::string stem = target.stem().string();
    const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(opened++);
    m_temp = (folder / (".partial-" + tag + "-" + stem + target.extension().string())).string();
    m_guard = std::make_unique<detail::PartialGuard>(folder, ".partial-" + tag + "-", true);
    fs::remove_all(m_temp, ec);
}

namespace {

// A Shapefile is several files (.shp, .shx, .dbf, .prj) named after the one asked for:
// every file sharing the temporary stem belongs to the output.
std::vector<fs::path> temp_files(const fs::path& temp) {
    std::vector<fs::path> files;
    const std::string prefix = temp.stem().string() + ".";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(temp.parent_path().empty() ? fs::path(".") : temp.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name == temp.filename().string() || name.starts_with(prefix)) files.push_back(entry.path());
    }
    return files;
}

} // namespace

OutputFile::~OutputFile() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_temp, ec);
        for (const auto& file : temp_files(m_temp)) fs::remove_all(file, ec);
    }
}

void OutputFile::commit() {
    std::error_code ec;
    if (!m_overwrite && fs::exists(m_path, ec)) {
        throw InputError("appeared while writing; pass --overwrite to replace it", {m_path, 0, {}});
    }
    const fs::path target(m_path);
    const std::string temp_stem = fs::path(m_temp).stem().string();
    const auto files = temp_files(m_temp);
    if (files.empty()) throw Error("nothing was written to " + m_temp + " for " + m_path);
    for (const auto& file : files) {
        // .partial-123-name.shx → name.shx
        const std::string suffix = file.filename().string().substr(temp_stem.size());
        fs::rename(file, target.parent_path() / (target.stem().string() + suffix), ec);
        if (ec) throw InputError("cannot move the finished file into place: " + ec.message(), {m_path, 0, {}});
    }
    m_committed = true;
}

void check_not_an_input(const std::string& output, const std::vector<std::string>& inputs) {
    std::error_code ec;
    for (const auto& input : inputs) {
        if (!input.empty() && fs::equivalent(output, input, ec)) {
            throw InputError("is an input of this command (" + input + "): write the output elsewhere", {output, 0, {}});
        }
    }
}

void write_file(const std::string& path, bool overwrite, const std::function<void(std::ostream&)>& write) {
    OutputFile output(path, overwrite);
    {
        std::ofstream out(output.temp_path(), std::ios::binary | std::ios::trunc);
        write(out);
        out.close();
        if (!out) throw InputError("cannot write", {path, 0, {}});
    }
    output.commit();
}

void write_file(const std::string& path, bool overwrite, std::string_view content) {
    write_file(path, overwrite, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

} // namespace alentour
