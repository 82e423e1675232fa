#pragma once
// Every file alentour writes goes through an OutputFile: the content is written to a
// temporary file beside the target and renamed into place only once complete, so a
// failure never leaves a partial file; an existing file is replaced only on request.

#include <string>

namespace alentour {

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
};

} // namespace alentour
