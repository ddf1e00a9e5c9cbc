#include "resolve/gazetteer_builder.h"

#include <gtest/gtest.h>

namespace sitrep::places {
namespace {

PlaceRecord City(uint32_t id, std::string name, double lat, double lon, uint32_t population,
                 std::string country, std::string admin1) {
  PlaceRecord p;
  p.geonames_id = id;
  p.name = std::move(name);
  p.lat = lat;
  p.lon = lon;
  p.population = population;
  p.country = std::move(country);
  p.admin1_code = std::move(admin1);
  p.feature_class = 'P';
  p.feature_code = "PPL";
  return p;
}

TEST(GazetteerBuilder, RegionsTakeTheirCitiesExtentAndPopulation) {
  GazetteerBuilder b;
  b.Add(City(1, "Alpha", 48.0, 37.0, 1000, "UA", "05"));
  b.Add(City(2, "Beta", 49.0, 39.0, 3000, "UA", "05"));
  PlaceRecord region;
  region.name = "Donetsk";
  region.country = "UA";
  region.admin1_code = "05";
  region.kind = FeatureKind::kAdmin1;
  b.Add(region);
  ASSERT_TRUE(b.AddNames("UA.05", {"Donetsk Oblast"}));
  EXPECT_FALSE(b.AddNames("UA.99", {"Nowhere"}));
  b.Finish();
  Result<Gazetteer> g = Gazetteer::FromBytes(b.Serialise("test"));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const auto found = g.value().LookupName("Donetsk Oblast");
  ASSERT_EQ(found.size(), 1u);
  const Place r = g.value().Get(found[0]);
  EXPECT_EQ(r.kind, FeatureKind::kAdmin1);
  EXPECT_FLOAT_EQ(r.box.south, 48.0f);
  EXPECT_FLOAT_EQ(r.box.east, 39.0f);
  EXPECT_NEAR(r.lat, 48.5, 1e-6);
  EXPECT_NEAR(r.lon, 38.0, 1e-6);
  EXPECT_EQ(r.population, 4000u);
  const Place alpha = g.value().Get(g.value().LookupName("Alpha")[0]);
  EXPECT_EQ(alpha.admin1_name, "Donetsk");
  EXPECT_EQ(alpha.admin1, r.index);
}

TEST(GazetteerBuilder, ThePeopleOfARegionOrContinentStandForIt) {
  GazetteerBuilder b;
  b.Add(City(1, "Alpha", 31.0, -97.0, 5000, "US", "TX"));
  PlaceRecord texas;
  texas.name = "Texas";
  texas.country = "US";
  texas.admin1_code = "TX";
  texas.kind = FeatureKind::kAdmin1;
  b.Add(texas);
  PlaceRecord europe;
  europe.name = "Europe";
  europe.lat = 48.7;
  europe.lon = 9.1;
  europe.kind = FeatureKind::kContinent;
  b.Add(europe);
  ASSERT_TRUE(b.AddDemonym("US.TX", {"Texan"}));
  ASSERT_TRUE(b.AddDemonym("Europe", {"European"}));
  EXPECT_FALSE(b.AddDemonym("Atlantis", {"Atlantean"}));
  b.Finish();
  Result<Gazetteer> g = Gazetteer::FromBytes(b.Serialise("test"));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const Gazetteer& gaz = g.value();
  const Place texan = gaz.Get(gaz.LookupName("Texan")[0]);
  EXPECT_EQ(texan.kind, FeatureKind::kDemonym);
  EXPECT_EQ(texan.country, "US");
  EXPECT_EQ(gaz.Get(texan.admin1).name, "Texas");
  const Place european = gaz.Get(gaz.LookupName("European")[0]);
  EXPECT_EQ(european.kind, FeatureKind::kDemonym);
  EXPECT_TRUE(european.country.empty());
  EXPECT_EQ(gaz.Get(european.admin1).name, "Europe");
  EXPECT_NEAR(european.lat, 48.7, 1e-5);
}

TEST(GazetteerBuilder, SecondLevelRegionsArePlacedByTheirCitiesOrLeftOut) {
  GazetteerBuilder b;
  PlaceRecord seat = City(1, "Alpha", 31.0, -92.0, 5000, "US", "LA");
  seat.admin2_code = "079";
  PlaceRecord village = City(2, "Beta", 31.4, -92.6, 1000, "US", "LA");
  village.admin2_code = "079";
  b.Add(seat);
  b.Add(village);
  PlaceRecord state;
  state.name = "Louisiana";
  state.country = "US";
  state.admin1_code = "LA";
  state.kind = FeatureKind::kAdmin1;
  b.Add(state);
  const auto county = [](std::string name, std::string code) {
    PlaceRecord p;
    p.name = std::move(name);
    p.country = "US";
    p.admin1_code = "LA";
    p.admin2_code = std::move(code);
    p.kind = FeatureKind::kAdmin2;
    return p;
  };
  b.Add(county("Gamma Parish", "079"));
  b.Add(county("Empty Parish", "081"));  // no city lies in it
  ASSERT_TRUE(b.AddNames("US.LA.079", {"Gamma"}));
  b.Finish();
  Result<Gazetteer> g = Gazetteer::FromBytes(b.Serialise("test"));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_TRUE(g.value().LookupName("Empty Parish").empty());
  const auto found = g.value().LookupName("Gamma Parish");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(g.value().LookupName("Gamma").size(), 1u);
  const Place parish = g.value().Get(found[0]);
  EXPECT_EQ(parish.kind, FeatureKind::kAdmin2);
  EXPECT_NEAR(parish.lat, 31.2, 1e-5);
  EXPECT_NEAR(parish.lon, -92.3, 1e-5);
  EXPECT_EQ(parish.population, 6000u);
  EXPECT_EQ(parish.admin1_name, "Louisiana");
  EXPECT_EQ(g.value().Get(g.value().LookupName("Beta")[0]).admin1_name, "Louisiana");
}

TEST(GazetteerBuilder, CountriesComeBeforeTownsOfTheSameNameThenPopulation) {
  GazetteerBuilder b;
  b.Add(City(10, "Georgia", 10, 10, 500, "US", ""));
  b.Add(City(11, "Georgia", 11, 11, 2000, "US", ""));
  PlaceRecord country;
  country.name = "Georgia";
  country.country = "GE";
  country.kind = FeatureKind::kCountry;
  country.lat = 42;
  country.lon = 43.5;
  b.Add(country);
  b.Finish();
  Result<Gazetteer> g = Gazetteer::FromBytes(b.Serialise(""));
  ASSERT_TRUE(g.ok());
  const auto found = g.value().LookupName("georgia");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(g.value().Get(found[0]).kind, FeatureKind::kCountry);
  EXPECT_EQ(g.value().Get(found[1]).geonames_id, 11u);
  EXPECT_EQ(g.value().Get(found[2]).geonames_id, 10u);
  ASSERT_TRUE(g.value().Country("GE").has_value());
  EXPECT_EQ(*g.value().Country("GE"), found[0]);
  EXPECT_FALSE(g.value().Country("FR").has_value());
  EXPECT_FALSE(g.value().Country("g").has_value());
}

}  // namespace
}  // namespace sitrep::places
