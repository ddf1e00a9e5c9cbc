// Record makers for the tests' hand-written gazetteers. See gazetteer_testing.h.
#include "resolve/gazetteer_testing.h"

#include <utility>

#include "core/error_codes.h"

namespace sitrep::places {

PlaceRecord TownRecord(uint32_t geonames_id, std::string name, double lat, double lon,
                       uint32_t population, std::string country, std::string admin1,
                       std::string code) {
  PlaceRecord p;
  p.geonames_id = geonames_id;
  p.name = std::move(name);
  p.lat = lat;
  p.lon = lon;
  p.population = population;
  p.country = std::move(country);
  p.admin1_code = std::move(admin1);
  p.feature_class = 'P';
  p.feature_code = std::move(code);
  return p;
}

PlaceRecord AreaRecord(FeatureKind kind, std::string name, std::string country, std::string admin1,
                       std::string admin2) {
  PlaceRecord p;
  p.kind = kind;
  p.name = std::move(name);
  p.country = std::move(country);
  p.admin1_code = std::move(admin1);
  p.admin2_code = std::move(admin2);
  return p;
}

PlaceRecord AlsoCalled(PlaceRecord place, std::vector<std::string> alternates) {
  place.alternates = std::move(alternates);
  return place;
}

Gazetteer LoadedGazetteer(GazetteerBuilder& b) {
  b.Finish();
  Result<Gazetteer> g = Gazetteer::FromBytes(b.Serialise("test gazetteer"));
  SITREP_ASSERT(g.ok());
  return std::move(g).value();
}

void AddTwoColumbuses(GazetteerBuilder& b) {
  b.Add(TownRecord(1, "Columbus", 39.96, -83.0, 850000, "US", "OH", "PPLA"));
  b.Add(TownRecord(2, "Columbus", 41.43, -97.37, 23000, "US", "NE", "PPLA2"));
  b.Add(TownRecord(3, "Kearney", 40.70, -99.08, 33000, "US", "NE", "PPLA2"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Ohio", "US", "OH"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Nebraska", "US", "NE"));
}

}  // namespace sitrep::places
