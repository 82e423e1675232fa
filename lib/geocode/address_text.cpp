#include "geocode/address_text.hpp"

#include "core/words.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace alentour::detail {
namespace {

// The abbreviations of La Poste's norm (AFNOR NF Z 10-011) and of people's habits.
const std::unordered_map<std::string_view, std::string_view>& abbreviations() {
    static const std::unordered_map<std::string_view, std::string_view> table = {
        {"bd", "boulevard"}, {"bld", "boulevard"}, {"blvd", "boulevard"}, {"bvd", "boulevard"}, {"boul", "boulevard"},
        {"av", "avenue"}, {"ave", "avenue"}, {"aven", "avenue"}, {"r", "rue"}, {"pl", "place"}, {"imp", "impasse"},
        {"che", "chemin"}, {"ch", "chemin"}, {"chem", "chemin"}, {"chm", "chemin"}, {"all", "allee"}, {"al", "allee"},
        {"rte", "route"}, {"sq", "square"}, {"crs", "cours"}, {"pas", "passage"}, {"pass", "passage"}, {"psg", "passage"},
        {"qu", "quai"}, {"qua", "quai"}, {"res", "residence"}, {"resid", "residence"}, {"lot", "lotissement"},
        {"ham", "hameau"}, {"prom", "promenade"}, {"sen", "sentier"}, {"sent", "sentier"}, {"vla", "villa"},
        {"esp", "esplanade"}, {"rle", "ruelle"}, {"tra", "traverse"}, {"trav", "traverse"}, {"carr", "carrefour"},
        {"car", "carrefour"}, {"mte", "montee"}, {"parv", "parvis"}, {"fg", "faubourg"}, {"fbg", "faubourg"},
        {"dom", "domaine"}, {"rpt", "rond point"}, {"st", "saint"}, {"ste", "sainte"}, {"sts", "saints"},
        {"stes", "saintes"}, {"gal", "general"}, {"gen", "general"}, {"gl", "general"}, {"mal", "marechal"},
        {"mar", "marechal"}, {"pdt", "president"}, {"pres", "president"}, {"dr", "docteur"}, {"doct", "docteur"},
        {"prof", "professeur"}, {"cdt", "commandant"}, {"cmdt", "commandant"}, {"lt", "lieutenant"},
        {"cne", "capitaine"}, {"mgr", "monseigneur"}, {"nd", "notre dame"}, {"pte", "porte"}, {"gde", "grande"},
        {"grd", "grand"}, {"lcl", "lieutenant colonel"}, {"col", "colonel"}, {"adj", "adjudant"},
    };
    return table;
}

bool is_article(std::string_view word) {
    static const std::unordered_set<std::string_view> articles = {"de", "du", "des", "la", "le", "les", "l", "d", "au", "aux", "et"};
    return articles.contains(word);
}

const std::unordered_set<std::string_view>& street_types() {
    static const std::unordered_set<std::string_view> types = {
        "rue", "avenue", "boulevard", "place", "impasse", "chemin", "allee", "route", "square", "cours", "passage",
        "quai", "residence", "lotissement", "hameau", "promenade", "sentier", "villa", "cite", "esplanade", "ruelle",
        "traverse", "carrefour", "montee", "parvis", "faubourg", "domaine", "voie", "sente", "clos", "mail",
        "galerie", "chaussee", "rond", "venelle", "parc", "cour", "square", "jardin", "port", "pont", "placette",
    };
    return types;
}

bool is_street_type(std::string_view word) { return street_types().contains(word); }

// A street read with its first word taken for a misspelt type ("Avneue", "Setnier"), when
// one type is near enough; the reading as written is kept beside it.
std::optional<StreetGuess> with_type_mended(const StreetGuess& guess) {
    const auto space = guess.key.find(' ');
    if (guess.has_type || space == std::string::npos || space < 3) return std::nullopt;
    const std::string_view first = std::string_view(guess.key).substr(0, space);
    double best = 0.0;
    std::string_view type;
    for (const auto candidate : street_types()) {
        const double l = likeness(first, candidate);
        if (l > best || (l == best && candidate < type)) best = l, type = candidate;
    }
    if (best < 0.65) return std::nullopt;
    StreetGuess mended = guess;
    mended.key = std::string(type) + guess.key.substr(space);
    mended.has_type = true;
    mended.type_likeness = best;
    mended.signature = signature(mended.key);
    return mended;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    const std::string folded = fold_words(text, ' ');
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        words.emplace_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// The key of words already folded.
std::string key_of(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string key;
    for (std::size_t i = from; i < to; ++i) {
        if (is_article(words[i])) continue;
        const auto it = abbreviations().find(words[i]);
        key += (key.empty() ? "" : " ");
        key += it == abbreviations().end() ? std::string_view(words[i]) : it->second;
    }
    return key;
}

bool all_digits(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_suffix_word(std::string_view word) {
    static const std::unordered_set<std::string_view> suffixes = {"bis", "ter", "quater", "quinquies", "a", "b", "c", "d", "e", "f", "t", "q"};
    return suffixes.contains(word);
}

// "12", "12b", "12bis": digits (four at most, five are a postcode), then maybe a suffix.
bool is_house_number(std::string_view word) {
    const std::size_t digits = static_cast<std::size_t>(std::find_if(word.begin(), word.end(), [](char c) { return c < '0' || c > '9'; }) - word.begin());
    return digits > 0 && digits <= 4 && (digits == word.size() || is_suffix_word(word.substr(digits)));
}

std::uint64_t trigram_hash(std::string_view t) noexcept {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (const char c : t) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

// The house number at words[i] ("12", "12b", "12bis", "12 bis", "12 14" for 12-14);
// advances i past it.
void read_number(const std::vector<std::string>& words, std::size_t& i, StreetGuess& guess) {
    const std::string& w = words[i];
    const std::size_t digits = static_cast<std::size_t>(std::find_if(w.begin(), w.end(), [](char c) { return c < '0' || c > '9'; }) - w.begin());
    if (digits == 0 || digits > 4) return;
    const std::string rest = w.substr(digits);
    if (!rest.empty() && !is_suffix_word(rest)) return;  // "3eme", "1er": part of a name
    guess.number = static_cast<std::uint32_t>(std::stoul(w.substr(0, digits)));
    guess.suffix = suffix_code(rest);
    ++i;
    // A suffix word is one only when a street follows it: "12 b rue", not "12 b" alone.
    if (guess.suffix.empty() && i + 1 < words.size() && is_suffix_word(words[i]) && !abbreviations().contains(words[i])) {
        guess.suffix = suffix_code(words[i++]);
    }
    if (i < words.size() && all_digits(words[i]) && words[i].size() <= 4) ++i;  // 12-14: the first
}

StreetGuess street_guess(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    StreetGuess guess;
    std::size_t i = from;
    while (i < to && (words[i] == "n" || words[i] == "no" || words[i] == "numero")) ++i;
    if (i < to) read_number(words, i, guess);
    guess.key = key_of(words, i, to);
    const auto space = guess.key.find(' ');
    guess.has_type = is_street_type(std::string_view(guess.key).substr(0, space));
    guess.signature = signature(guess.key);
    return guess;
}

bool postal_box(const std::vector<std::string>& words) {
    return !words.empty() && (words[0] == "bp" || words[0] == "cs" || words[0] == "tsa" || words[0] == "cedex");
}

std::vector<std::string> parts_of(std::string_view address) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= address.size()) {
        std::size_t end = address.find_first_of(",;\n", start);
        if (end == std::string_view::npos) end = address.size();
        parts.emplace_back(address.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

void add_part(ParsedAddress& parsed, std::vector<std::string>& carried, std::vector<std::string> words, bool commune_given) {
    if (words.empty() || postal_box(words)) return;
    // A lone number ("12, rue de la Paix", "12b, rue…") goes with the next part.
    if (words.size() <= 2 && is_house_number(words[0]) && (words.size() == 1 || is_suffix_word(words[1]))) {
        carried = words;
        return;
    }
    words.insert(words.begin(), carried.begin(), carried.end());
    carried.clear();
    std::size_t end = words.size();
    const auto code = std::find_if(words.begin(), words.end(), [](const std::string& w) { return w.size() == 5 && all_digits(w); });
    if (code != words.end()) {
        end = static_cast<std::size_t>(code - words.begin());
        if (parsed.postcode.empty()) parsed.postcode = *code;
        std::string commune;
        for (auto w = code + 1; w != words.end() && *w != "cedex"; ++w) commune += (commune.empty() ? "" : " ") + *w;
        if (!commune_given && parsed.commune.empty()) parsed.commune = commune_key(commune);
    }
    if (end == 0) return;
    StreetGuess guess = street_guess(words, 0, end);
    if (guess.key.empty()) return;
    if (auto mended = with_type_mended(guess)) parsed.streets.push_back(std::move(*mended));
    parsed.streets.push_back(std::move(guess));
}

} // namespace

std::string street_key(std::string_view name) {
    const auto words = words_of(name);
    return key_of(words, 0, words.size());
}

std::string commune_key(std::string_view name) {
    auto words = words_of(name);
    const auto cedex = std::find(words.begin(), words.end(), "cedex");
    words.erase(cedex, words.end());
    while (!words.empty() && all_digits(words.back())) words.pop_back();  // "Paris 11", "Créteil Cedex 1"
    return key_of(words, 0, words.size());
}

std::string_view without_type(std::string_view key) noexcept {
    const auto space = key.find(' ');
    if (space == std::string_view::npos || !is_street_type(key.substr(0, space))) return key;
    return key.substr(space + 1);
}

std::string suffix_code(std::string_view rep) { return fold_words(rep, ' '); }

double suffix_agreement(std::string_view a, std::string_view b) noexcept {
    if (a == b) return 1.0;
    if (a.empty() || b.empty()) return 0.0;
    static constexpr std::array<std::string_view, 3> long_forms = {"bis", "ter", "quater"};
    for (const auto form : long_forms) {
        if ((a == form && b.size() == 1 && b[0] == form[0]) || (b == form && a.size() == 1 && a[0] == form[0])) return 0.98;
    }
    return 0.0;
}

Signature signature(std::string_view key) noexcept {
    Signature s;
    const std::string padded = " " + std::string(key) + " ";
    for (std::size_t i = 0; i + 3 <= padded.size(); ++i) {
        const std::uint64_t bit = trigram_hash(std::string_view(padded).substr(i, 3)) % 128;
        s.bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    return s;
}

// Run over every street on each query: built twice, the processor's popcnt instruction
// chosen where it has one (a generic x86-64 build would count bits in software).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("popcnt", "default")))
#endif
void signature_likenesses(std::span<const Signature> signatures, const Signature& query, std::vector<float>& out) {
    const int query_bits = std::popcount(query.bits[0]) + std::popcount(query.bits[1]);
    for (std::size_t s = 0; s < signatures.size(); ++s) {
        const Signature& b = signatures[s];
        const int shared = std::popcount(query.bits[0] & b.bits[0]) + std::popcount(query.bits[1] & b.bits[1]);
        const int all = query_bits + std::popcount(b.bits[0]) + std::popcount(b.bits[1]) - shared;
        const float likeness = all == 0 ? 1.0f : static_cast<float>(shared) / static_cast<float>(all);
        out[s] = std::max(out[s], likeness);
    }
}

double likeness(std::string_view a, std::string_view b) {
    if (a == b) return 1.0;
    if (a.empty() || b.empty()) return 0.0;
    // Optimal string alignment distance on three rolling rows, on the stack for the
    // lengths of names (it runs for every commune of the index on each query).
    constexpr std::size_t small = 96;
    const std::size_t n = b.size();
    std::array<std::size_t, 3 * small> stack{};
    std::vector<std::size_t> heap(n + 1 > small ? 3 * (n + 1) : 0);
    std::size_t* rows = heap.empty() ? stack.data() : heap.data();
    const std::size_t width = heap.empty() ? small : n + 1;
    std::size_t *before = rows, *previous = rows + width, *current = rows + 2 * width;
    for (std::size_t j = 0; j <= n; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= n; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return 1.0 - static_cast<double>(previous[n]) / static_cast<double>(std::max(a.size(), n));
}

ParsedAddress parse_address(std::string_view address, std::string_view postcode, std::string_view commune) {
    ParsedAddress parsed;
    std::string code;
    for (const char c : postcode) {
        if (c >= '0' && c <= '9') code += c;
    }
    if (code.size() == 4) code = "0" + code;  // a spreadsheet ate the leading zero
    if (code.size() == 5) parsed.postcode = code;
    parsed.commune = commune_key(commune);
    std::vector<std::string> carried;
    for (const auto& part : parts_of(address)) add_part(parsed, carried, words_of(part), !parsed.commune.empty());
    return parsed;
}

} // namespace alentour::detail
