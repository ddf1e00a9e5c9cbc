// Gazetteer loading and lookup. Tested by gazetteer_test.cc.
//
// The tables are used where the mapping puts them, so the host must be little-endian (checked
// at compile time); the header is decoded field by field.
#include "resolve/gazetteer.h"

#include <bit>
#include <cstdlib>
#include <cstring>

#include "resolve/name_fold.h"

namespace sitrep::places {

static_assert(std::endian::native == std::endian::little,
              "the gazetteer's tables are read in place; a big-endian host needs a swapping load");

namespace {

constexpr size_t kHeader = sizeof kGazetteerMagic + 9 * 4;

Status Corrupt(const std::string& why) {
  return Status(ErrorCode::kParseError, "gazetteer: " + why + "; rebuild it with `make gazetteer`");
}

}  // namespace

std::string_view FeatureKindName(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kCity: return "city";
    case FeatureKind::kAdmin1: return "admin region";
    case FeatureKind::kCountry: return "country";
    case FeatureKind::kContinent: return "continent";
    case FeatureKind::kPhysical: return "physical feature";
    case FeatureKind::kRegion: return "region";
    case FeatureKind::kDemonym: return "demonym";
    case FeatureKind::kAdmin2: return "second-level region";
  }
  return "city";
}

uint64_t KeyHash(std::string_view folded) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h ^ (h >> 32);
}

std::string DefaultGazetteerPath() {
  const char* env = std::getenv("SITREP_GAZETTEER");
  if (env && *env) return env;
  return SITREP_MODEL_DIR "/gazetteer.bin";
}

Result<Gazetteer> Gazetteer::Parse(MappedBytes storage) {
  const unsigned char* p = storage.data();
  const size_t n = storage.size();
  if (n < kHeader + 8 || std::memcmp(p, kGazetteerMagic, sizeof kGazetteerMagic) != 0) {
    return Corrupt("not a sitrep gazetteer (bad magic number)");
  }
  const uint32_t format = GetU32(p + 8);
  if (format != kGazetteerFormatVersion) {
    return Corrupt("format version " + std::to_string(format) + ", this sitrep reads " +
                   std::to_string(kGazetteerFormatVersion));
  }
  const uint32_t entries = GetU32(p + 12), keys = GetU32(p + 16), postings = GetU32(p + 20),
                 buckets = GetU32(p + 24), string_bytes = GetU32(p + 28),
                 key_bytes = GetU32(p + 32), longest = GetU32(p + 36), described = GetU32(p + 40);
  if (buckets == 0 || (buckets & (buckets - 1)) != 0 || buckets <= keys) {
    return Corrupt("unexpected table sizes");
  }
  // Section offsets, in 64-bit arithmetic so that no size in a damaged header can wrap.
  const uint64_t entries_at = RoundUp(kHeader + uint64_t(described), kGazetteerAlign);
  const uint64_t countries_at =
      RoundUp(entries_at + uint64_t(entries) * sizeof(Entry), kGazetteerAlign);
  const uint64_t keys_at = RoundUp(countries_at + 26 * 26 * 4, kGazetteerAlign);
  const uint64_t postings_at =
      RoundUp(keys_at + (uint64_t(keys) + 1) * sizeof(Key), kGazetteerAlign);
  const uint64_t buckets_at = RoundUp(postings_at + uint64_t(postings) * 4, kGazetteerAlign);
  const uint64_t strings_at = RoundUp(buckets_at + uint64_t(buckets) * 4, kGazetteerAlign);
  const uint64_t key_strings_at = RoundUp(strings_at + string_bytes, kGazetteerAlign);
  const uint64_t checksum_at = RoundUp(key_strings_at + key_bytes, kGazetteerAlign);
  if (n != checksum_at + 8) return Corrupt("truncated or oversized file");
  if (Checksum64(p, checksum_at) != GetU64(p + checksum_at)) {
    return Corrupt("checksum mismatch (damaged file)");
  }

  Gazetteer g;
  g.description_ = std::string_view(reinterpret_cast<const char*>(p + kHeader), described);
  g.entries_ = reinterpret_cast<const Entry*>(p + entries_at);
  g.countries_ = reinterpret_cast<const uint32_t*>(p + countries_at);
  g.keys_ = reinterpret_cast<const Key*>(p + keys_at);
  g.postings_ = reinterpret_cast<const uint32_t*>(p + postings_at);
  g.buckets_ = reinterpret_cast<const uint32_t*>(p + buckets_at);
  g.strings_ = reinterpret_cast<const char*>(p + strings_at);
  g.key_strings_ = reinterpret_cast<const char*>(p + key_strings_at);
  g.entry_count_ = entries;
  g.key_count_ = keys;
  g.bucket_mask_ = buckets - 1;
  g.longest_words_ = longest;

  // Every offset and index must point inside its table: a file that passes the checksum but
  // was written wrongly must not make a lookup read out of bounds.
  if ((string_bytes && g.strings_[string_bytes - 1] != '\0') ||
      (key_bytes && g.key_strings_[key_bytes - 1] != '\0')) {
    return Corrupt("unterminated strings");
  }
  for (uint32_t i = 0; i < entries; ++i) {
    const Entry& e = g.entries_[i];
    if (e.name >= string_bytes || (e.admin1 != kNoEntry && e.admin1 >= entries) ||
        e.kind >= kFeatureKinds) {
      return Corrupt("entry " + std::to_string(i) + " points outside the file");
    }
  }
  for (uint32_t i = 0; i < 26 * 26; ++i) {
    if (g.countries_[i] != kNoEntry && g.countries_[i] >= entries)
      return Corrupt("bad country table");
  }
  for (uint32_t k = 0; k <= keys; ++k) {
    const Key& key = g.keys_[k];
    if (key.text > key_bytes || key.begin > postings ||
        (k > 0 && key.begin < g.keys_[k - 1].begin) || (k < keys && key.text >= key_bytes)) {
      return Corrupt("name index points outside the file");
    }
  }
  if (g.keys_[keys].begin != postings) return Corrupt("name index does not cover its postings");
  for (uint32_t i = 0; i < postings; ++i) {
    if (g.postings_[i] >= entries) return Corrupt("name index names a missing entry");
  }
  for (uint32_t b = 0; b < buckets; ++b) {
    if (g.buckets_[b] > keys) return Corrupt("name hash table points outside the index");
  }
  g.storage_ = std::move(storage);
  return g;
}

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  Result<MappedBytes> bytes = MappedBytes::Map(path, "gazetteer (build it with `make gazetteer`)");
  if (!bytes.ok()) return bytes.status();
  Result<Gazetteer> g = Parse(std::move(bytes).value());
  if (!g.ok()) return Status(g.status().code(), path + ": " + g.status().message());
  return g;
}

Result<Gazetteer> Gazetteer::FromBytes(std::string bytes) {
  return Parse(MappedBytes::Own(std::move(bytes)));
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view folded) const {
  if (folded.empty() || !buckets_) return {};
  uint32_t b = uint32_t(KeyHash(folded)) & bucket_mask_;
  // The table is at most half full, so a probe ends at an empty bucket; the bound guards a
  // file whose table is full all the same.
  for (uint32_t probes = 0; probes <= bucket_mask_; ++probes, b = (b + 1) & bucket_mask_) {
    const uint32_t slot = buckets_[b];
    if (slot == 0) return {};
    const Key& key = keys_[slot - 1];
    const char* text = key_strings_ + key.text;
    if (std::strncmp(text, folded.data(), folded.size()) == 0 && text[folded.size()] == '\0') {
      return {postings_ + key.begin, postings_ + keys_[slot].begin};
    }
  }
  return {};
}

std::span<const uint32_t> Gazetteer::LookupName(std::string_view name) const {
  return Lookup(FoldName(name));
}

Place Gazetteer::Get(uint32_t index) const {
  SITREP_ASSERT(index < entry_count_);
  const Entry& e = entries_[index];
  Place place;
  place.index = index;
  place.geonames_id = e.geonames_id;
  place.name = strings_ + e.name;
  place.lat = e.lat;
  place.lon = e.lon;
  place.box = e.box;
  place.population = e.population;
  if (e.country[0]) place.country = std::string_view(e.country, 2);
  place.admin1 = e.admin1;
  if (e.admin1 != kNoEntry) place.admin1_name = strings_ + entries_[e.admin1].name;
  place.kind = static_cast<FeatureKind>(e.kind);
  place.feature_class = e.feature_class;
  place.feature_code = std::string_view(e.feature_code, strnlen(e.feature_code, 8));
  return place;
}

std::optional<uint32_t> Gazetteer::Country(std::string_view iso2) const {
  if (iso2.size() != 2 || iso2[0] < 'A' || iso2[0] > 'Z' || iso2[1] < 'A' || iso2[1] > 'Z') {
    return std::nullopt;
  }
  const uint32_t i = countries_[(iso2[0] - 'A') * 26 + (iso2[1] - 'A')];
  if (i == kNoEntry) return std::nullopt;
  return i;
}

}  // namespace sitrep::places
