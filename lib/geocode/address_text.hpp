#pragma once
// Addresses as words that compare: the BAN's "Avenue du Général de Gaulle" and a
// partner's "av. du Gal de Gaulle" become the same key; a free address is cut into house
// number, suffix, street, postcode and commune.

#include "geocode/index.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alentour::detail {

// Lower case ASCII words: abbreviations spelled out (bd → boulevard, st → saint, r → rue…),
// articles dropped (de, la, du, l', d'…), hyphens and apostrophes as spaces.
std::string street_key(std::string_view name);

// The same for a commune name, "cedex" and what follows dropped.
std::string commune_key(std::string_view name);

// The key without its leading street type ("rue paix" → "paix"); the key when it has none.
std::string_view without_type(std::string_view key) noexcept;

// A house number suffix as stored: "bis", "ter", "quater", or a letter; "B" → "b".
std::string suffix_code(std::string_view rep);

// How far two suffixes agree: 1 same, 0.98 one abbreviates the other (b/bis), 0 otherwise.
double suffix_agreement(std::string_view a, std::string_view b) noexcept;

Signature signature(std::string_view key) noexcept;
// For each signature, shared trigrams over all trigrams with the query's (an estimate,
// hashed), kept in `out` where higher than what it holds.
void signature_likenesses(std::span<const Signature> signatures, const Signature& query, std::vector<float>& out);

// 1 − edit distance (adjacent transpositions count one) / the longer length; 1 when equal.
double likeness(std::string_view a, std::string_view b);

// One way of reading the street part of an address.
struct StreetGuess {
    std::optional<std::uint32_t> number;
    std::string suffix;   // suffix_code
    std::string key;      // street_key of the street words
    bool has_type = false;  // the words start with a street type (rue, avenue…)
    double type_likeness = 1.0;  // < 1 when that type was read from a misspelt word
    Signature signature;
};

struct ParsedAddress {
    std::vector<StreetGuess> streets;  // one per comma-separated part that may be a street
    std::string postcode;              // five digits, or empty
    std::string commune;               // commune_key, or empty
};

// The address cell, with the postcode and commune cells when the file has them (they win
// over what the address cell holds).
ParsedAddress parse_address(std::string_view address, std::string_view postcode, std::string_view commune);

} // namespace alentour::detail
