// Gazetteer building. Tested by gazetteer_builder_test.cc.
#include "resolve/gazetteer_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "core/mapped_file.h"
#include "resolve/name_fold.h"

namespace sitrep::places {
namespace {

constexpr size_t kAlign = kGazetteerAlign;

std::string RegionKey(std::string_view country, std::string_view code) {
  return std::string(country) + "." + std::string(code);
}

// The key a place is found by in AddNames, or empty.
std::string KeyOf(const PlaceRecord& p) {
  if (p.kind == FeatureKind::kCountry) return p.country;
  if (p.kind == FeatureKind::kAdmin1) return RegionKey(p.country, p.admin1_code);
  if (p.kind == FeatureKind::kAdmin2)
    return RegionKey(RegionKey(p.country, p.admin1_code), p.admin2_code);
  if (p.kind == FeatureKind::kContinent || p.kind == FeatureKind::kRegion ||
      p.kind == FeatureKind::kPhysical)
    return p.name;
  return {};
}

// Countries first among places of one name, then continents, then the rest by population (a
// region's is the sum of its cities'), nationality words last: a reader who sees "Georgia"
// alone means the country more often than the US state or a town of that name.
int KindRank(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kCountry: return 0;
    case FeatureKind::kContinent: return 1;
    case FeatureKind::kDemonym: return 3;
    default: return 2;
  }
}

// A folded name whose first word is one news abbreviates ("mount pleasant"), with that word
// as it is abbreviated ("mt pleasant": "Mt. Pleasant" folds so); else empty. GeoNames gives the
// abbreviation of some places only. Not Saint: in running text "St. Patrick" and "St. Michael"
// are saints, and the resolver writes the word out only for a name given as a place.
std::string AbbreviatedKey(std::string_view folded) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {{"mount ", "mt "},
                                                                             {"fort ", "ft "}};
  for (const auto& [word, abbreviation] : kWords) {
    if (folded.size() > word.size() && folded.starts_with(word))
      return std::string(abbreviation) + std::string(folded.substr(word.size()));
  }
  return {};
}

uint32_t CountWords(std::string_view folded) {
  return folded.empty() ? 0 : 1 + uint32_t(std::count(folded.begin(), folded.end(), ' '));
}

template <typename T>
void AppendArray(std::string& out, const std::vector<T>& items) {
  const size_t at = out.size();
  out.resize(at + items.size() * sizeof(T));
  if (!items.empty()) std::memcpy(out.data() + at, items.data(), items.size() * sizeof(T));
  PadTo(out, kAlign);
}

}  // namespace

void GazetteerBuilder::Add(PlaceRecord place) {
  SITREP_ASSERT(!finished_);
  places_.push_back(std::move(place));
  IndexKeys(places_.size() - 1);
}

void GazetteerBuilder::IndexKeys(size_t i) {
  const PlaceRecord& p = places_[i];
  const std::string key = KeyOf(p);
  if (!key.empty()) by_key_.emplace(key, i);
  if (p.geonames_id) by_key_.emplace("geonames:" + std::to_string(p.geonames_id), i);
}

bool GazetteerBuilder::AddNames(std::string_view key, const std::vector<std::string>& names) {
  SITREP_ASSERT(!finished_);
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  auto& alternates = places_[it->second].alternates;
  alternates.insert(alternates.end(), names.begin(), names.end());
  return true;
}

bool GazetteerBuilder::AddDemonym(std::string_view key, const std::vector<std::string>& words) {
  SITREP_ASSERT(!finished_);
  const auto it = by_key_.find(key);
  if (it == by_key_.end() || words.empty()) return false;
  const PlaceRecord& place = places_[it->second];
  PlaceRecord d;
  d.name = words.front();
  d.alternates.assign(words.begin() + 1, words.end());
  d.lat = place.lat;
  d.lon = place.lon;
  d.country = place.country;
  d.kind = FeatureKind::kDemonym;
  if (place.kind != FeatureKind::kCountry) d.stands_for = KeyOf(place);
  Add(std::move(d));
  return true;
}

bool GazetteerBuilder::SetPoint(std::string_view key, double lat, double lon) {
  SITREP_ASSERT(!finished_);
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  places_[it->second].lat = lat;
  places_[it->second].lon = lon;
  return true;
}

bool GazetteerBuilder::SetArea(std::string_view key, double lat, double lon, const Box& box,
                               uint32_t geonames_id) {
  SITREP_ASSERT(!finished_);
  const auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  PlaceRecord& p = places_[it->second];
  p.lat = lat;
  p.lon = lon;
  p.box = box;
  if (geonames_id != 0 && p.geonames_id == 0) {
    p.geonames_id = geonames_id;
    IndexKeys(it->second);
  }
  return true;
}

const PlaceRecord* GazetteerBuilder::Find(std::string_view key) const {
  const auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &places_[it->second];
}

std::map<std::string, Box, std::less<>> GazetteerBuilder::RegionCityBoxes() const {
  std::map<std::string, Box, std::less<>> boxes;
  for (const PlaceRecord& p : places_) {
    if (p.kind != FeatureKind::kCity || p.country.empty() || p.admin1_code.empty()) continue;
    const auto [it, added] =
        boxes.try_emplace(RegionKey(p.country, p.admin1_code),
                          Box{float(p.lat), float(p.lon), float(p.lat), float(p.lon)});
    if (added) continue;
    Box& b = it->second;
    b.south = std::min(b.south, float(p.lat));
    b.north = std::max(b.north, float(p.lat));
    b.west = std::min(b.west, float(p.lon));
    b.east = std::max(b.east, float(p.lon));
  }
  return boxes;
}

void GazetteerBuilder::Finish() {
  SITREP_ASSERT(!finished_);
  finished_ = true;
  // Extent and population of each region and country from the cities in it.
  struct Extent {
    Box box{90, 180, -90, -180};
    uint64_t population = 0;
    bool any = false;
    void Add(const PlaceRecord& p) {
      box.south = std::min(box.south, float(p.lat));
      box.north = std::max(box.north, float(p.lat));
      box.west = std::min(box.west, float(p.lon));
      box.east = std::max(box.east, float(p.lon));
      population += p.population;
      any = true;
    }
  };
  std::unordered_map<std::string, Extent> extents;
  for (const PlaceRecord& p : places_) {
    if (p.kind != FeatureKind::kCity || p.country.empty()) continue;
    extents[p.country].Add(p);
    if (p.admin1_code.empty()) continue;
    const std::string region = RegionKey(p.country, p.admin1_code);
    extents[region].Add(p);
    if (!p.admin2_code.empty()) extents[RegionKey(region, p.admin2_code)].Add(p);
  }
  // A second-level region no city lies in has no point to give it.
  std::erase_if(places_, [&](const PlaceRecord& p) {
    return p.kind == FeatureKind::kAdmin2 && !extents.contains(KeyOf(p));
  });
  by_key_.clear();
  for (size_t i = 0; i < places_.size(); ++i) IndexKeys(i);
  admin1_of_.assign(places_.size(), kNoEntry);
  for (size_t i = 0; i < places_.size(); ++i) {
    PlaceRecord& p = places_[i];
    const bool region = p.kind == FeatureKind::kAdmin1 || p.kind == FeatureKind::kAdmin2;
    if (p.kind == FeatureKind::kCountry || region) {
      const auto e = extents.find(KeyOf(p));
      if (e != extents.end()) {
        if (!p.box) p.box = e->second.box;
        // The middle of its cities' box: closer to where maps put a region than their mean,
        // which leans to where people live (measured on bench/places).
        if (region && p.lat == 0 && p.lon == 0) {
          p.lat = (e->second.box.south + e->second.box.north) / 2;
          p.lon = (e->second.box.west + e->second.box.east) / 2;
        }
        if (p.population == 0)
          p.population = uint32_t(std::min<uint64_t>(e->second.population, 0xFFFFFFFFu));
      }
    }
    if (p.kind != FeatureKind::kAdmin1 && !p.admin1_code.empty()) {
      const auto r = by_key_.find(RegionKey(p.country, p.admin1_code));
      if (r != by_key_.end()) admin1_of_[i] = uint32_t(r->second);
    }
    if (p.kind == FeatureKind::kDemonym && !p.stands_for.empty()) {
      const auto r = by_key_.find(p.stands_for);
      if (r != by_key_.end()) admin1_of_[i] = uint32_t(r->second);
    }
  }
}

std::string GazetteerBuilder::Serialise(std::string_view description) const {
  SITREP_ASSERT(finished_);
  std::string strings;
  std::vector<Entry> entries(places_.size());
  std::vector<uint32_t> countries(26 * 26, kNoEntry);
  // Every folded name with the places it names.
  std::unordered_map<std::string, std::vector<uint32_t>> index;
  for (size_t i = 0; i < places_.size(); ++i) {
    const PlaceRecord& p = places_[i];
    Entry& e = entries[i];
    e = Entry{};
    e.geonames_id = p.geonames_id;
    e.name = uint32_t(strings.size());
    strings += p.name;
    strings.push_back('\0');
    e.lat = float(p.lat);
    e.lon = float(p.lon);
    e.box = p.box ? *p.box : Box{float(p.lat), float(p.lon), float(p.lat), float(p.lon)};
    e.population = p.population;
    e.admin1 = admin1_of_[i];
    if (p.country.size() == 2) std::memcpy(e.country, p.country.data(), 2);
    e.kind = uint8_t(p.kind);
    e.feature_class = p.feature_class;
    std::memcpy(e.feature_code, p.feature_code.data(), std::min<size_t>(p.feature_code.size(), 8));
    if (p.kind == FeatureKind::kCountry && p.country.size() == 2 && p.country[0] >= 'A' &&
        p.country[0] <= 'Z' && p.country[1] >= 'A' && p.country[1] <= 'Z') {
      countries[(p.country[0] - 'A') * 26 + (p.country[1] - 'A')] = uint32_t(i);
    }
    std::vector<std::string> keys;
    keys.push_back(FoldName(p.name));
    keys.push_back(AbbreviatedKey(keys.front()));
    for (const std::string& a : p.alternates) keys.push_back(FoldName(a));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (std::string& k : keys) {
      if (!k.empty()) index[std::move(k)].push_back(uint32_t(i));
    }
  }

  std::vector<std::string_view> sorted;
  sorted.reserve(index.size());
  for (const auto& [k, v] : index) sorted.push_back(k);
  std::sort(sorted.begin(), sorted.end());
  std::string key_strings;
  std::vector<Key> keys;
  std::vector<uint32_t> postings;
  uint32_t longest = 0;
  for (std::string_view k : sorted) {
    keys.push_back(Key{uint32_t(key_strings.size()), uint32_t(postings.size())});
    key_strings += k;
    key_strings.push_back('\0');
    longest = std::max(longest, CountWords(k));
    std::vector<uint32_t> run = index.find(std::string(k))->second;
    std::stable_sort(run.begin(), run.end(), [&](uint32_t a, uint32_t b) {
      const int ra = KindRank(places_[a].kind), rb = KindRank(places_[b].kind);
      if (ra != rb) return ra < rb;
      return places_[a].population > places_[b].population;
    });
    postings.insert(postings.end(), run.begin(), run.end());
  }
  keys.push_back(Key{uint32_t(key_strings.size()), uint32_t(postings.size())});

  uint32_t bucket_count = 1;
  while (bucket_count < 2 * sorted.size() + 2) bucket_count <<= 1;
  std::vector<uint32_t> buckets(bucket_count, 0);
  for (size_t k = 0; k < sorted.size(); ++k) {
    uint32_t b = uint32_t(KeyHash(sorted[k])) & (bucket_count - 1);
    while (buckets[b] != 0) b = (b + 1) & (bucket_count - 1);
    buckets[b] = uint32_t(k + 1);
  }

  std::string out(kGazetteerMagic, sizeof kGazetteerMagic);
  PutU32(out, kGazetteerFormatVersion);
  PutU32(out, uint32_t(entries.size()));
  PutU32(out, uint32_t(sorted.size()));
  PutU32(out, uint32_t(postings.size()));
  PutU32(out, bucket_count);
  PutU32(out, uint32_t(strings.size()));
  PutU32(out, uint32_t(key_strings.size()));
  PutU32(out, longest);
  PutU32(out, uint32_t(description.size()));
  out += description;
  PadTo(out, kAlign);
  AppendArray(out, entries);
  AppendArray(out, countries);
  AppendArray(out, keys);
  AppendArray(out, postings);
  AppendArray(out, buckets);
  out += strings;
  PadTo(out, kAlign);
  out += key_strings;
  PadTo(out, kAlign);
  PutU64(out, Checksum64(reinterpret_cast<const unsigned char*>(out.data()), out.size()));
  return out;
}

}  // namespace sitrep::places
