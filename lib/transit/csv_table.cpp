#include "csv_table.hpp"

namespace alentour::detail {
namespace {

// Splits one record starting at `pos`, following RFC 4180 quoting; counts the line ends
// it crosses (a quoted field may hold one) into `lines`.
std::vector<std::string> next_record(std::string_view text, std::size_t& pos, std::size_t& lines) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    while (pos < text.size()) {
        const char c = text[pos++];
        if (quoted) {
            if (c == '"' && pos < text.size() && text[pos] == '"') {
                fields.back() += '"';
                ++pos;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++lines;
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c == '\n') {
            ++lines;
            break;
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

} // namespace

CsvTable::CsvTable(std::string file, std::string_view text) : m_file(std::move(file)) { parse(text); }

void CsvTable::parse(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::size_t pos = 0, line = 1;
    if (text.empty()) throw InputError("the file is empty: a GTFS file starts with a line naming its columns", {m_file, 1, ""});
    for (auto& name : next_record(text, pos, line)) m_header.emplace_back(trimmed(name));
    while (pos < text.size()) {
        const std::size_t start_line = line;
        auto fields = next_record(text, pos, line);
        if (fields.size() == 1 && trimmed(fields[0]).empty()) continue;  // a blank line
        m_rows.push_back(std::move(fields));
        m_lines.push_back(start_line);
    }
}

int CsvTable::column(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < m_header.size(); ++i) {
        if (m_header[i] == name) return static_cast<int>(i);
    }
    return -1;
}

int CsvTable::required_column(std::string_view name) const {
    const int index = column(name);
    if (index < 0) throw InputError("the required column '" + std::string(name) + "' is missing", {m_file, 1, std::string(name)});
    return index;
}

std::string_view CsvTable::field(std::size_t row, int column) const noexcept {
    if (column < 0 || static_cast<std::size_t>(column) >= m_rows[row].size()) return {};
    return trimmed(m_rows[row][static_cast<std::size_t>(column)]);
}

std::string_view CsvTable::required_field(std::size_t row, int column) const {
    const std::string_view value = field(row, column);
    if (value.empty()) throw InputError("this field must not be empty", where(row, column));
    return value;
}

ErrorContext CsvTable::where(std::size_t row, int column) const {
    const std::string name = column >= 0 && static_cast<std::size_t>(column) < m_header.size() ? m_header[static_cast<std::size_t>(column)] : "";
    return {m_file, m_lines[row], name};
}

} // namespace alentour::detail
