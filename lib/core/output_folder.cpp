#include "core/output_folder.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <unistd.h>

namespace alentour::detail {
namespace fs = std::filesystem;
namespace {

// "out/", "./out" and "out" are one folder; "." and ".." are resolved.
fs::path normalised(const std::string& folder) {
    fs::path path = fs::absolute(fs::path(folder)).lexically_normal();
    if (!path.has_filename()) path = path.parent_path();
    return path;
}

// True when `folder` is `inner` or one of its ancestors.
bool holds(const fs::path& folder, const fs::path& inner) {
    const auto mismatch = std::mismatch(folder.begin(), folder.end(), inner.begin(), inner.end());
    return mismatch.first == folder.end();
}

std::vector<std::string> foreign_files(const fs::path& folder, const std::vector<std::string>& ours) {
    std::vector<std::string> foreign;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (std::find(ours.begin(), ours.end(), name) == ours.end()) foreign.push_back(name);
    }
    std::sort(foreign.begin(), foreign.end());
    return foreign;
}

std::string first_names(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < 3; ++i) text += (i ? ", " : "") + names[i];
    return names.size() > 3 ? text + "…" : text;
}

} // namespace

OutputFolder::OutputFolder(const std::string& folder, bool overwrite, const std::vector<std::string>& ours)
    : m_target(normalised(folder)) {
    const ErrorContext where{folder, 0, {}};
    std::error_code ec;
    if (holds(m_target, normalised("."))) throw InputError("is the current folder or holds it; give a new folder for the maps", where);
    if (fs::exists(m_target, ec) && !fs::is_directory(m_target, ec)) throw InputError("exists and is not a folder", where);
    if (fs::is_directory(m_target, ec) && !fs::is_empty(m_target, ec)) {
        if (!overwrite) throw InputError("exists already and is not empty; pass --overwrite to replace it", where);
        const auto foreign = foreign_files(m_target, ours);
        if (!foreign.empty()) {
            throw InputError("holds files alentour did not write (" + first_names(foreign) +
                                 "), so --overwrite will not replace it; give another folder",
                             where);
        }
    }
    const fs::path parent = m_target.parent_path();
    if (!fs::is_directory(parent, ec)) throw InputError("the folder " + parent.string() + " does not exist", where);
    m_temp = parent / (".partial-" + std::to_string(::getpid()) + "-" + m_target.filename().string());
    m_guard = std::make_unique<PartialGuard>(parent, m_temp.filename().string(), false);
    fs::remove_all(m_temp, ec);
    fs::create_directory(m_temp, ec);
    if (ec) throw InputError("cannot create a folder beside it: " + ec.message(), where);
}

OutputFolder::~OutputFolder() {
    std::error_code ec;
    if (!m_committed) fs::remove_all(m_temp, ec);
}

void OutputFolder::commit() {
    const ErrorContext where{m_target.string(), 0, {}};
    std::error_code ec;
    const fs::path old = m_target.parent_path() / (".replaced-" + std::to_string(::getpid()) + "-" + m_target.filename().string());
    const bool replacing = fs::exists(m_target, ec);
    const RestoreGuard restore_on_signal(old, m_target);
    if (replacing) {
        fs::remove_all(old, ec);
        fs::rename(m_target, old, ec);
        if (ec) throw InputError("cannot move the previous folder aside: " + ec.message(), where);
    }
    fs::rename(m_temp, m_target, ec);
    if (ec) {
        std::error_code restore;
        if (replacing) fs::rename(old, m_target, restore);
        throw InputError("cannot move the finished folder into place: " + ec.message(), where);
    }
    m_committed = true;
    if (replacing) fs::remove_all(old, ec);
}

} // namespace alentour::detail
