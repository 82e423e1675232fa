#include "mapped_file.hpp"

#include <alentour/error.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace alentour::detail {

MappedFile::MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(std::string("cannot open: ") + std::strerror(errno), {path, 0, {}});
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw InputError("not a regular file", {path, 0, {}});
    }
    m_size = static_cast<std::size_t>(info.st_size);
    if (m_size > 0) {
        void* mapping = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (mapping == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            throw InputError(std::string("cannot map into memory: ") + std::strerror(error), {path, 0, {}});
        }
        m_data = static_cast<const unsigned char*>(mapping);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (m_data != nullptr) ::munmap(const_cast<unsigned char*>(m_data), m_size);
}

} // namespace alentour::detail
