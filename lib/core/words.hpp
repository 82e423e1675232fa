#pragma once
// Text compared the way people mean it: UTF-8 decoded, accents dropped, words apart. Shared
// by the partner files (column names, structure names) and the address matching.

#include <optional>
#include <string>
#include <string_view>

namespace alentour::detail {

// Decodes one UTF-8 sequence at text[i]; returns the code point and advances i, or
// returns nothing (and advances by one byte) on an invalid sequence.
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& i) noexcept;

// Lower case ASCII words joined by `separator`: accents dropped (é→e, œ→oe), punctuation,
// hyphens and apostrophes turned into separators. Other scripts are kept as they are.
std::string fold_words(std::string_view text, char separator);

} // namespace alentour::detail
