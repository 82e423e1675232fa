#pragma once
// Flat arrays written one after another into a byte buffer and read back in the same
// order, each checked against what is left: the timetable's section of the cache.

#include <alentour/error.hpp>

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace alentour::detail {

class ByteWriter {
public:
    // The count, the record size, then the records.
    template <typename T>
    void records(const std::vector<T>& rows) {
        static_assert(std::is_trivially_copyable_v<T>);
        put(static_cast<std::uint64_t>(rows.size()));
        put(static_cast<std::uint64_t>(sizeof(T)));
        const auto* begin = reinterpret_cast<const unsigned char*>(rows.data());
        m_bytes.insert(m_bytes.end(), begin, begin + rows.size() * sizeof(T));
    }
    // The end offset of each string, then their characters.
    void strings(const std::vector<std::string>& texts) {
        std::vector<std::uint64_t> ends;
        std::vector<char> blob;
        for (const auto& t : texts) blob.insert(blob.end(), t.begin(), t.end()), ends.push_back(blob.size());
        records(ends);
        records(blob);
    }
    const std::vector<unsigned char>& bytes() const noexcept { return m_bytes; }

private:
    void put(std::uint64_t value) {
        const auto* p = reinterpret_cast<const unsigned char*>(&value);
        m_bytes.insert(m_bytes.end(), p, p + sizeof value);
    }
    std::vector<unsigned char> m_bytes;
};

class ByteReader {
public:
    ByteReader(std::span<const unsigned char> bytes, std::string where) : m_bytes(bytes), m_where(std::move(where)) {}

    template <typename T>
    std::vector<T> records() {
        const std::uint64_t count = get(), size = get();
        if (size != sizeof(T) || count > (m_bytes.size() - m_at) / sizeof(T)) fail("array sizes");
        std::vector<T> rows(count);
        if (count > 0) std::memcpy(rows.data(), m_bytes.data() + m_at, count * sizeof(T));
        m_at += count * sizeof(T);
        return rows;
    }
    // Throws when there are not `expected` of them.
    std::vector<std::string> strings(std::optional<std::size_t> expected = std::nullopt) {
        const auto ends = records<std::uint64_t>();
        const auto blob = records<char>();
        if (expected && ends.size() != *expected) fail("string counts");
        std::vector<std::string> texts;
        texts.reserve(ends.size());
        std::uint64_t from = 0;
        for (const std::uint64_t end : ends) {
            if (end < from || end > blob.size()) fail("string offsets");
            texts.push_back(end == from ? std::string() : std::string(blob.data() + from, blob.data() + end));
            from = end;
        }
        return texts;
    }
    void expect_end() const {
        if (m_at != m_bytes.size()) fail("its length");
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw CacheError("damaged timetable (" + what + "); rebuild it with 'alentour build --gtfs'", {m_where, 0, {}});
    }

private:
    std::uint64_t get() {
        std::uint64_t value = 0;
        if (m_bytes.size() - m_at < sizeof value) fail("truncated");
        std::memcpy(&value, m_bytes.data() + m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    std::span<const unsigned char> m_bytes;
    std::size_t m_at = 0;
    std::string m_where;
};

} // namespace alentour::detail
