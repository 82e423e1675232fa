#pragma once
// A read-only memory mapping of a whole file, unmapped when the last user lets go.

#include <cstddef>
#include <string>

namespace alentour::detail {

class MappedFile {
public:
    explicit MappedFile(const std::string& path);  // throws InputError
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const unsigned char* data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }

private:
    const unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace alentour::detail
