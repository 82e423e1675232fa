#include "file_layout.hpp"
#include "checksum.hpp"

#include <ostream>
#include <stdexcept>

namespace alentour::detail {
namespace {

constexpr unsigned char zeros[64] = {};

} // namespace

void FileLayout::pad_to(std::size_t alignment) {
    if (alignment > sizeof zeros) throw std::logic_error("FileLayout: alignment over 64 bytes");
    const std::size_t gap = (alignment - m_size % alignment) % alignment;
    if (gap > 0) add({zeros, gap});
}

std::uint64_t FileLayout::add(std::span<const unsigned char> bytes) {
    const std::uint64_t offset = m_size;
    if (!bytes.empty()) m_pieces.push_back(bytes);
    m_size += bytes.size();
    return offset;
}

std::uint64_t FileLayout::add_owned(std::string bytes) {
    m_owned.push_back(std::move(bytes));
    const std::string& kept = m_owned.back();
    return add({reinterpret_cast<const unsigned char*>(kept.data()), kept.size()});
}

std::uint64_t FileLayout::checksum_after_header() const noexcept {
    Checksum64 sum;
    for (const auto& piece : m_pieces) sum.update(piece.data(), piece.size());
    return sum.finish();
}

void FileLayout::write(std::ostream& out, std::span<const unsigned char> header) const {
    if (header.size() != m_header_size) throw std::logic_error("FileLayout: header of the wrong size");
    out.write(reinterpret_cast<const char*>(header.data()), static_cast<std::streamsize>(header.size()));
    for (const auto& piece : m_pieces) out.write(reinterpret_cast<const char*>(piece.data()), static_cast<std::streamsize>(piece.size()));
}

} // namespace alentour::detail
