// Place names from the gazetteer as the tagger's features see them: which token spans of a
// sentence spell a known place name, and what kinds of place it names (a city, a big city, a
// country, a region...). Ratinov and Roth's gazetteer features; the kinds are what the issue
// asks the tagger to know (GeoNames names from the gazetteer the places stage builds).
//
// The names travel inside the model file as a keyed table (keyed_table.h): key the chained hash
// of the name's folded words, values the kinds (a bit set of PlaceKind) and the word count. So
// the tagger needs no gazetteer at run time, and recognise does not depend on resolve (a later
// stage): the CLI reads the gazetteer and hands the names over when training.
//
// Folding matches the gazetteer's own (resolve/name_fold.h) for ASCII text: lower case, no full
// stops or apostrophes, hyphens, slashes, commas and brackets between words. A token with other
// than ASCII in it never matches; the gazetteer's names that are not ASCII once folded are left
// out for the same reason.
//
// The same table carries the tagger's word lists of people's names and company names (npm
// packages, read by the CLI like the gazetteer): single words, matched and turned into features
// exactly as one-word place names are, so a token learns "is a known given name" beside "is a
// known city" at no extra cost per token.
//
// Not for: resolving places (the places stage does that with the gazetteer itself).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recognise/keyed_table.h"

namespace sitrep::ner {

enum PlaceKind : uint32_t {
  kPlaceCity = 1 << 0,
  kPlaceBigCity = 1 << 1,  // 100,000 people or more
  kPlaceRegion = 1 << 2,   // a first-level administrative region
  kPlaceCountry = 1 << 3,
  kPlaceContinent = 1 << 4,
  kPlacePhysical = 1 << 5,  // seas, rivers, mountains
  kPlaceArea = 1 << 6,      // named areas that are no administrative unit
  kPlaceDemonym = 1 << 7,   // nationality words
  // Not places: word lists from other sources, matched the same way (see above).
  kNameFirst = 1 << 8,    // a given name ("Sergei", "Antonio")
  kNamePart = 1 << 9,     // a word of some person's name, given or family ("Shoigu", "Smith")
  kNameCompany = 1 << 10  // a word of some company's name ("Pirelli", "Bank")
};
inline constexpr int kPlaceKindBits = 11;
inline constexpr int kLongestPlaceName = 5;  // tokens tried from each start

// A token's folded words, hashed; |count| -1 when the token can never be part of a name.
struct PlaceWords {
  std::array<uint64_t, 4> hash{};
  int count = -1;
};
PlaceWords FoldPlaceToken(std::string_view token);

// Chained key of a name's words: start from kPlaceKeySeed and extend token by token.
inline constexpr uint64_t kPlaceKeySeed = 0x5bd1e9955bd1e995ull;
uint64_t ExtendPlaceKey(uint64_t key, const PlaceWords& words);
// The key a stored name is filed under (|folded| as the gazetteer folds names: words joined by
// single spaces), or 0 when it is not ASCII or has no words.
uint64_t PlaceKeyOf(std::string_view folded);

struct PlaceName {
  std::string folded;
  uint32_t kinds = 0;  // PlaceKind bits
};
// The keyed table of |names|; kinds of names whose keys meet are merged.
std::string BuildPlaceTable(const std::vector<PlaceName>& names);

// A match: tokens [begin, end) spell a name of these kinds.
struct PlaceMatch {
  uint32_t begin = 0, end = 0;
  uint32_t kinds = 0;
};
// Every span of |words| (one sentence's tokens, folded) that starts and ends on a token with
// |capitalised| set and spells a name in |table|, up to kLongestPlaceName tokens.
void FindPlaceNames(const KeyedTable& table, const std::vector<PlaceWords>& words,
                    const std::vector<bool>& capitalised, std::vector<PlaceMatch>* out);

}  // namespace sitrep::ner
