#pragma once
// A folder of outputs written as one: the files go into a temporary folder beside the
// target, renamed into place once all are complete, so a failure never leaves half a
// set. An existing folder is replaced only on request, and only when everything in it
// is a file this kind of folder holds: --overwrite never deletes a user's own files.

#include "core/interrupt.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace alentour::detail {

class OutputFolder {
public:
    // `ours`: the names of the files such a folder holds. Throws InputError when the
    // folder is the current folder or holds it, exists as a file, is not empty and
    // `overwrite` is false, holds other files than `ours`, or its parent is missing.
    OutputFolder(const std::string& folder, bool overwrite, const std::vector<std::string>& ours);
    ~OutputFolder();  // removes the temporary folder unless committed
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    std::filesystem::path file(const std::string& name) const { return m_temp / name; }

    // Moves the finished folder into place; the folder it replaces is kept aside until
    // then, and put back if the move fails.
    void commit();

private:
    std::filesystem::path m_target, m_temp;
    bool m_committed = false;
    std::unique_ptr<PartialGuard> m_guard;  // the temporary folder, for clean_up_on_interrupt
};

} // namespace alentour::detail
