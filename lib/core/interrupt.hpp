#pragma once
// What a signal handler needs to leave no temporary output behind: the outputs being
// written are registered here (their folder and the name, or name prefix, of their
// temporary files), and a folder being swapped into place with the one it replaces.
// The handler only makes system calls on memory set aside beforehand, as a handler
// must (no allocation, no locks).

#include <filesystem>
#include <string>

namespace alentour::detail {

// Registers the entries of `folder` named `name` (or starting with it, when `prefix`)
// as temporary while the guard lives: removed on a signal, a folder with its files.
class PartialGuard {
public:
    PartialGuard(const std::filesystem::path& folder, const std::string& name, bool prefix);
    ~PartialGuard();
    PartialGuard(const PartialGuard&) = delete;
    PartialGuard& operator=(const PartialGuard&) = delete;

private:
    int m_slot;
};

// While it lives, `aside` holds the folder that `target` replaces: on a signal, when
// `target` is missing, `aside` is moved back.
class RestoreGuard {
public:
    RestoreGuard(const std::filesystem::path& aside, const std::filesystem::path& target);
    ~RestoreGuard();
    RestoreGuard(const RestoreGuard&) = delete;
    RestoreGuard& operator=(const RestoreGuard&) = delete;

private:
    int m_slot;
};

} // namespace alentour::detail
