// The gazetteer at run time: every place sitrep can put on a map (GeoNames cities, countries,
// first-level regions, and the hand-kept places news names that no city list has), in one
// memory-mapped, read-only file with an index from folded names (name_fold.h) to entries.
//
// File layout, all little-endian (format version kGazetteerFormatVersion):
//   magic "SRGAZETR", u32 format version, u32 entries, u32 keys, u32 postings, u32 buckets,
//   u32 string bytes, u32 key-string bytes, u32 longest name in words, u32 description
//   length, description (UTF-8: sources and command), zero padding to 64 bytes; then, each
//   padded to 64: Entry[entries]; u32 country[26*26] (entry index by ISO 3166-1 alpha-2 code);
//   Key[keys + 1] (the last one ends the postings); u32 postings (entry indices, each key's
//   run ordered most prominent first); u32 buckets (open addressing, key index + 1, 0 empty);
//   the entries' strings; the folded keys' strings (both NUL-terminated); then a u64 checksum
//   of every byte before it.
// Loading checks magic, version, sizes and checksum, then every offset and index in the file,
// so a damaged or foreign file is a clear error and never a crash; then it is used in place.
//
// Lifetime: a Gazetteer is a cheap handle; copies share one mapping. Lookups are const and
// allocate nothing, so one gazetteer serves every thread.
//
// Not for: building the file (gazetteer_builder.h, gazetteer_sources.h) or choosing between
// candidates (places.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/mapped_file.h"
#include "core/result.h"

namespace sitrep::places {

inline constexpr uint32_t kGazetteerFormatVersion = 2;  // 2: second-level regions
inline constexpr char kGazetteerMagic[8] = {'S', 'R', 'G', 'A', 'Z', 'E', 'T', 'R'};
inline constexpr size_t kGazetteerAlign = 64;  // every section starts on a cache line
inline constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

// What kind of place an entry is; the record's `feature`.
enum class FeatureKind : uint8_t {
  kCity = 0,    // a populated place (GeoNames class P)
  kAdmin1 = 1,  // a first-level administrative region (an oblast, a US state)
  kCountry = 2,
  kContinent = 3,
  kPhysical = 4,  // a sea, river, mountain range, island...
  kRegion = 5,    // a named area that is no administrative unit (the Donbas, eastern Ukraine)
  kDemonym = 6,   // a nationality word (Ukrainian): country context, never a place
  kAdmin2 = 7,    // a second-level administrative region (a US county or parish, a raion)
};
inline constexpr int kFeatureKinds = 8;
// "city", "admin region", "country", "continent", "physical feature", "region", "demonym",
// "second-level region".
std::string_view FeatureKindName(FeatureKind kind);

// An area's extent in degrees; a point's box is the point. west > east crosses the 180th meridian.
struct Box {
  float south = 0, west = 0, north = 0, east = 0;
};

// One entry as stored in the file (read in place, so its layout is the format's).
struct Entry {
  uint32_t geonames_id;  // 0 when the entry is not from GeoNames
  uint32_t name;         // offset in the strings
  float lat, lon;
  Box box;
  uint32_t population;   // for regions and countries, the sum over their cities
  uint32_t admin1;       // entry index of the first-level region it lies in (of a demonym, the
                         // region or continent it stands for), or kNoEntry
  char country[2];       // ISO 3166-1 alpha-2; zeros when none (seas, continents)
  uint8_t kind;          // FeatureKind
  char feature_class;    // GeoNames feature class (P, A, H, L, T...)
  char feature_code[8];  // GeoNames feature code (PPLA2, ADM1, PCLI, SEA...), NUL-padded
};
static_assert(sizeof(Entry) == 52, "Entry is the file's layout");

struct Key {
  uint32_t text;   // offset in the key strings
  uint32_t begin;  // first posting; the next key's begin ends the run
};

// An entry as callers see it: views into the mapped file.
struct Place {
  uint32_t index = kNoEntry;
  uint32_t geonames_id = 0;
  std::string_view name;
  double lat = 0, lon = 0;
  Box box;
  uint32_t population = 0;
  std::string_view country;  // "UA"; empty when none
  uint32_t admin1 = kNoEntry;
  std::string_view admin1_name;  // "Donetsk"; empty when none
  FeatureKind kind = FeatureKind::kCity;
  char feature_class = 0;
  std::string_view feature_code;
};

// Where the gazetteer is looked for when no path is given: $SITREP_GAZETTEER when set, else
// models/gazetteer.bin in the source tree this sitrep was built from (`make gazetteer`).
std::string DefaultGazetteerPath();

class Gazetteer {
 public:
  static Result<Gazetteer> Load(const std::string& path);
  // For tests and the builder: the same checks, over bytes in memory.
  static Result<Gazetteer> FromBytes(std::string bytes);

  // Entry indices whose name or an alternate name folds to |folded|, most prominent first;
  // empty when none. |folded| must already be folded (FoldName).
  std::span<const uint32_t> Lookup(std::string_view folded) const;
  // The same for a name as written.
  std::span<const uint32_t> LookupName(std::string_view name) const;

  // Key |k| (< key_count()): its folded text and its entries, for a reader of every name (the
  // tagger's place name features).
  std::string_view KeyText(uint32_t k) const { return key_strings_ + keys_[k].text; }
  std::span<const uint32_t> KeyEntries(uint32_t k) const {
    return {postings_ + keys_[k].begin, postings_ + keys_[k + 1].begin};
  }

  Place Get(uint32_t index) const;
  // The country entry for an ISO alpha-2 code ("UA"), if the gazetteer has it.
  std::optional<uint32_t> Country(std::string_view iso2) const;

  uint32_t size() const { return entry_count_; }
  uint32_t key_count() const { return key_count_; }
  // The most words in any indexed name, so a scanner knows how long a span to try.
  uint32_t longest_name_words() const { return longest_words_; }
  size_t file_bytes() const { return storage_.size(); }
  std::string_view description() const { return description_; }

 private:
  static Result<Gazetteer> Parse(MappedBytes storage);

  MappedBytes storage_;
  std::string_view description_;
  const Entry* entries_ = nullptr;
  const uint32_t* countries_ = nullptr;
  const Key* keys_ = nullptr;
  const uint32_t* postings_ = nullptr;
  const uint32_t* buckets_ = nullptr;
  const char* strings_ = nullptr;
  const char* key_strings_ = nullptr;
  uint32_t entry_count_ = 0, key_count_ = 0, bucket_mask_ = 0, longest_words_ = 0;
};

// The hash of a folded key, shared by the builder and the lookup.
uint64_t KeyHash(std::string_view folded);

}  // namespace sitrep::places
