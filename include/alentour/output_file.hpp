#pragma once
// Every file alentour writes goes through an OutputFile: the content is written to a
// temporary file beside the target and renamed into place only once complete, so a
// failure never leaves a partial file; an existing file is replaced only on request.

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

namespace detail {
class PartialGuard;
}

class OutputFile {
public:
    // Throws InputError when `path` exists and `overwrite` is false, or when its folder
    // does not exist.
    OutputFile(std::string path, bool overwrite);
    ~OutputFile();  // removes the temporary file unless committed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Where to write: same folder and extension as the target, so format detection by
    // extension (GDAL) still works.
    const std::string& temp_path() const noexcept { return m_temp; }
    const std::string& path() const noexcept { return m_path; }

    // Renames the temporary file onto the target.
    void commit();

private:
    std::string m_path;
    std::string m_temp;
    bool m_overwrite;
    bool m_committed = false;
    std::unique_ptr<detail::PartialGuard> m_guard;  // for clean_up_on_interrupt
};

// The one way a file is written whole: `write` streams into the temporary file, which
// is renamed into place once the stream is closed without error. Throws InputError
// naming `path` when it cannot be written (a full disk, a read-only folder).
void write_file(const std::string& path, bool overwrite, const std::function<void(std::ostream&)>& write);

// The same for text (or bytes) already in memory.
void write_file(const std::string& path, bool overwrite, std::string_view content);

// Throws InputError when `output` is one of `inputs` (the same file by any path; empty
// paths are skipped): even with --overwrite a command must not write over what it reads.
void check_not_an_input(const std::string& output, const std::vector<std::string>& inputs);

// For programs (the alentour tool): on SIGINT, SIGTERM or SIGHUP, removes the temporary
// files and folders of the outputs being written, puts back a folder being replaced,
// then ends the process as the signal would. What was there before stays intact. A
// host application with signal handlers of its own (Python) calls nothing: it stops a
// job by an exception, and the destructors clean up the same way.
void clean_up_on_interrupt();

} // namespace alentour
