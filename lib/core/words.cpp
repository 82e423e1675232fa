#include "core/words.hpp"

namespace alentour::detail {
namespace {

// ASCII spelling of Latin-1 and Latin Extended-A letters; nullptr for others.
const char* ascii_letters(char32_t cp) noexcept {
    static const char* const latin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0–CF
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0–DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0–EF
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",   // F0–FF
    };
    if (cp >= 0xC0 && cp <= 0xFF) return latin1[cp - 0xC0];
    struct Range {
        char32_t first, last;
        const char* letters;
    };
    static constexpr Range extended[] = {
        {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"},
        {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"},
        {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"},
        {0x15A, 0x161, "s"}, {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
        {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
    };
    for (const auto& r : extended) {
        if (cp >= r.first && cp <= r.last) return r.letters;
    }
    return nullptr;
}

} // namespace

std::optional<char32_t> next_code_point(std::string_view text, std::size_t& i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return static_cast<char32_t>(text[i++]);
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) length = 2, cp = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0) length = 3, cp = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0) length = 4, cp = c & 0x07, min = 0x10000;
    else {
        ++i;
        return std::nullopt;
    }
    if (i + length > text.size()) {
        ++i;
        return std::nullopt;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return std::nullopt;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return std::nullopt;
    }
    i += length;
    return cp;
}

std::string fold_words(std::string_view text, char separator) {
    std::string out;
    out.reserve(text.size());
    bool pending = false;  // a separator is due before the next letter
    const auto put = [&](std::string_view letters) {
        if (pending && !out.empty()) out += separator;
        pending = false;
        out += letters;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const auto cp = next_code_point(text, i);
        if (!cp) {
            pending = true;
            continue;
        }
        if (*cp < 0x80) {
            const char c = static_cast<char>(*cp);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                put(std::string_view(&c, 1));
            } else if (c >= 'A' && c <= 'Z') {
                const char lower = static_cast<char>(c - 'A' + 'a');
                put(std::string_view(&lower, 1));
            } else {
                pending = true;
            }
        } else if (const char* letters = ascii_letters(*cp)) {
            put(letters);
        } else if (*cp < 0x250 || (*cp >= 0x2000 && *cp <= 0x206F) || *cp == 0xA0) {
            pending = true;  // symbols, punctuation, quotes, dashes, spaces
        } else {
            put(text.substr(start, i - start));  // other scripts, as they are
        }
    }
    return out;
}


} // namespace alentour::detail
