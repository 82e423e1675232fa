#include "text.hpp"

#include "core/words.hpp"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace alentour::detail {

bool is_valid_utf8(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        if (!next_code_point(text, i)) return false;
    }
    return true;
}

std::string recode_windows1252(std::string_view text) {
    const std::string source(text);
    std::unique_ptr<char, decltype(&CPLFree)> recoded(CPLRecode(source.c_str(), "CP1252", CPL_ENC_UTF8), &CPLFree);
    if (recoded && is_valid_utf8(recoded.get())) return recoded.get();
    // Without iconv GDAL knows Latin-1 only: the same letters, the € and ’ aside.
    recoded.reset(CPLRecode(source.c_str(), CPL_ENC_ISO8859_1, CPL_ENC_UTF8));
    return recoded ? std::string(recoded.get()) : source;
}

std::string as_utf8(std::string_view text) {
    return is_valid_utf8(text) ? std::string(text) : recode_windows1252(text);
}

std::string normalise_words(std::string_view text) { return fold_words(text, ' '); }

std::string normalise_column(std::string_view name) { return fold_words(name, '_'); }

std::string_view trim(std::string_view text) noexcept {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    // No-break spaces around a value, from spreadsheets.
    while (text.starts_with("\xC2\xA0")) text.remove_prefix(2);
    while (text.ends_with("\xC2\xA0")) text.remove_suffix(2);
    return text;
}

std::optional<double> parse_number(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    text = trim(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\'') continue;  // thousands separators
        if (text.substr(i).starts_with("\xC2\xA0")) {  // no-break space
            ++i;
            continue;
        }
        if (text.substr(i).starts_with("\xE2\x80\xAF")) {  // narrow no-break space
            i += 2;
            continue;
        }
        clean += c;
    }
    const auto comma = clean.find(',');
    if (comma != std::string::npos) {
        // A decimal comma; several commas or a comma and a point are not a number.
        if (clean.find(',', comma + 1) != std::string::npos || clean.find('.') != std::string::npos) return std::nullopt;
        clean[comma] = '.';
    }
    if (clean.empty()) return std::nullopt;
    if (clean.front() == '+') clean.erase(0, 1);
    char* end = nullptr;
    const double value = std::strtod(clean.c_str(), &end);
    if (end == clean.c_str() || *end != '\0' || !std::isfinite(value)) return std::nullopt;
    // strtod also reads hexadecimal and "inf"; people do not write those in a table.
    if (clean.find_first_of("xXnN") != std::string::npos) return std::nullopt;
    return value;
}

std::vector<std::string> split_list(std::string_view text, std::string_view separators) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find_first_of(separators, start);
        const auto item = trim(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (!item.empty()) items.emplace_back(item);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return items;
}

} // namespace alentour::detail
