// Builds the gazetteer file (gazetteer.h) from places described in memory: it folds and indexes
// every name, links places to their first-level region, derives regions' and countries' extent
// and population from their cities, and serialises the result.
//
// Not for: reading the source packages (gazetteer_sources.h) or loading (gazetteer.h).
// Tested by gazetteer_builder_test.cc and, through the file it writes, gazetteer_test.cc.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/gazetteer.h"

namespace sitrep::places {

struct PlaceRecord {
  uint32_t geonames_id = 0;
  std::string name;
  std::vector<std::string> alternates;
  double lat = 0, lon = 0;
  std::optional<Box> box;  // a point's box when absent
  uint32_t population = 0;
  std::string country;      // ISO alpha-2, or empty
  std::string admin1_code;  // GeoNames first-level code within the country ("05"), or empty
  std::string admin2_code;  // GeoNames second-level code within the region ("079"), or empty
  FeatureKind kind = FeatureKind::kCity;
  char feature_class = 0;
  std::string feature_code;
  // A demonym's place when it is no country's (a region's, "US.TX", or a continent's, "Europe"):
  // the key AddNames knows it by. Empty for a country's demonym and for places.
  std::string stands_for;
};

class GazetteerBuilder {
 public:
  // Adds a place. A region (kAdmin1) is known by country + admin1_code, a second-level region
  // (kAdmin2) by country + admin1_code + admin2_code; a country by country.
  void Add(PlaceRecord place);
  // Adds names to a place added before, found by |key|: "UA" (a country), "UA.05" (a
  // first-level region), "geonames:713174" or the name of a continent, named region or
  // physical feature ("Europe"). False when no place has that key.
  bool AddNames(std::string_view key, const std::vector<std::string>& names);
  // Adds the words for the people of a place added before, found by |key| as in AddNames
  // ("Texan" for "US.TX", "European" for "Europe"): a demonym entry that stands for that place,
  // at its point. False when no place has that key.
  bool AddDemonym(std::string_view key, const std::vector<std::string>& words);
  // Moves the point of a place added before, found by |key| as in AddNames, to where maps put
  // it when its source's point is elsewhere. False when no place has that key.
  bool SetPoint(std::string_view key, double lat, double lon);
  // Gives a place added before, found by |key| as in AddNames, the point maps label it at, its
  // extent and, when nonzero, its GeoNames id (a region its source names only by code). False
  // when no place has that key.
  bool SetArea(std::string_view key, double lat, double lon, const Box& box, uint32_t geonames_id);
  // The place added before that |key| finds as in AddNames, or null.
  const PlaceRecord* Find(std::string_view key) const;
  // The box of the cities added so far in each first-level region, by its key ("UA.05").
  std::map<std::string, Box, std::less<>> RegionCityBoxes() const;
  // Gives each region (first- and second-level) and each country without a box the box of its
  // cities, a point at that box's centre when it has none, and the sum of its cities'
  // population; drops second-level regions with no city (nothing to place them by); links every
  // place to its first-level region. Call once, after all Add and AddNames calls.
  void Finish();
  // The file's bytes; |description| says where the data came from.
  std::string Serialise(std::string_view description) const;

  size_t size() const { return places_.size(); }
  // The places added so far, for a source that adds only what the others lack.
  const std::vector<PlaceRecord>& places() const { return places_; }

 private:
  void IndexKeys(size_t i);  // by_key_ entries for places_[i]

  std::vector<PlaceRecord> places_;
  std::map<std::string, size_t, std::less<>> by_key_;
  std::vector<uint32_t> admin1_of_;  // filled by Finish
  bool finished_ = false;
};

}  // namespace sitrep::places
