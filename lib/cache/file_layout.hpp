#pragma once
// A file made of pieces of memory it does not copy (a region's graph arrays), each at
// the offset given when it was added: a cache is written, and its checksum computed,
// without holding a second copy of the graphs (for a large region, the build's peak).

#include <cstdint>
#include <deque>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace alentour::detail {

class FileLayout {
public:
    // The file starts with `header_size` bytes given to write().
    explicit FileLayout(std::size_t header_size) : m_header_size(header_size), m_size(header_size) {}

    std::uint64_t size() const noexcept { return m_size; }
    // Zeros up to the next multiple of `alignment` (at most 64).
    void pad_to(std::size_t alignment);
    // Bytes that must stay alive, unchanged, until write(); returns their offset.
    std::uint64_t add(std::span<const unsigned char> bytes);
    // Bytes made for the file, kept by the layout; returns their offset.
    std::uint64_t add_owned(std::string bytes);

    // The checksum of everything after the header (checksum.hpp).
    std::uint64_t checksum_after_header() const noexcept;
    void write(std::ostream& out, std::span<const unsigned char> header) const;

private:
    std::size_t m_header_size;
    std::uint64_t m_size;
    std::vector<std::span<const unsigned char>> m_pieces;
    std::deque<std::string> m_owned;  // a deque never moves what it holds: the pieces stay valid
};

} // namespace alentour::detail
