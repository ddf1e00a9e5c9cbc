#include "resolve/gazetteer_builder.h"

#include <gtest/gtest.h>

#include "resolve/gazetteer_testing.h"

namespace sitrep::places {
namespace {

TEST(GazetteerBuilder, RegionsTakeTheirCitiesExtentAndPopulation) {
  GazetteerBuilder b;
  b.Add(TownRecord(1, "Alpha", 48.0, 37.0, 1000, "UA", "05"));
  b.Add(TownRecord(2, "Beta", 49.0, 39.0, 3000, "UA", "05"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Donetsk", "UA", "05"));
  ASSERT_TRUE(b.AddNames("UA.05", {"Donetsk Oblast"}));
  EXPECT_FALSE(b.AddNames("UA.99", {"Nowhere"}));
  const Gazetteer g = LoadedGazetteer(b);
  const auto found = g.LookupName("Donetsk Oblast");
  ASSERT_EQ(found.size(), 1u);
  const Place r = g.Get(found[0]);
  EXPECT_EQ(r.kind, FeatureKind::kAdmin1);
  EXPECT_FLOAT_EQ(r.box.south, 48.0f);
  EXPECT_FLOAT_EQ(r.box.east, 39.0f);
  EXPECT_NEAR(r.lat, 48.5, 1e-6);
  EXPECT_NEAR(r.lon, 38.0, 1e-6);
  EXPECT_EQ(r.population, 4000u);
  const Place alpha = g.Get(g.LookupName("Alpha")[0]);
  EXPECT_EQ(alpha.admin1_name, "Donetsk");
  EXPECT_EQ(alpha.admin1, r.index);
}

TEST(GazetteerBuilder, NamesBeginningWithMountOrFortAreFoundAbbreviated) {
  GazetteerBuilder b;
  b.Add(TownRecord(1, "Mount Pleasant", 40.96, -91.55, 8500, "US", "IA"));
  b.Add(TownRecord(2, "Fort Smith", 35.39, -94.40, 89000, "US", "AR"));
  b.Add(TownRecord(3, "Mountain View", 37.39, -122.08, 80000, "US", "CA"));
  b.Add(TownRecord(4, "Saint Michael", 45.21, -93.66, 18000, "US", "MN"));
  const Gazetteer g = LoadedGazetteer(b);
  ASSERT_EQ(g.LookupName("Mt. Pleasant").size(), 1u);
  EXPECT_EQ(g.Get(g.LookupName("Mt. Pleasant")[0]).geonames_id, 1u);
  ASSERT_EQ(g.LookupName("Ft. Smith").size(), 1u);
  EXPECT_EQ(g.Get(g.LookupName("Ft Smith")[0]).geonames_id, 2u);
  EXPECT_TRUE(g.LookupName("Mt. View").empty()) << "Mountain is no Mount";
  EXPECT_TRUE(g.LookupName("St. Michael").empty()) << "in running text a saint";
}

TEST(GazetteerBuilder, ThePeopleOfARegionOrContinentStandForIt) {
  GazetteerBuilder b;
  b.Add(TownRecord(1, "Alpha", 31.0, -97.0, 5000, "US", "TX"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Texas", "US", "TX"));
  PlaceRecord europe = AreaRecord(FeatureKind::kContinent, "Europe", "");
  europe.lat = 48.7;
  europe.lon = 9.1;
  b.Add(europe);
  ASSERT_TRUE(b.AddDemonym("US.TX", {"Texan"}));
  ASSERT_TRUE(b.AddDemonym("Europe", {"European"}));
  EXPECT_FALSE(b.AddDemonym("Atlantis", {"Atlantean"}));
  const Gazetteer g = LoadedGazetteer(b);
  const Place texan = g.Get(g.LookupName("Texan")[0]);
  EXPECT_EQ(texan.kind, FeatureKind::kDemonym);
  EXPECT_EQ(texan.country, "US");
  EXPECT_EQ(g.Get(texan.admin1).name, "Texas");
  const Place european = g.Get(g.LookupName("European")[0]);
  EXPECT_EQ(european.kind, FeatureKind::kDemonym);
  EXPECT_TRUE(european.country.empty());
  EXPECT_EQ(g.Get(european.admin1).name, "Europe");
  EXPECT_NEAR(european.lat, 48.7, 1e-5);
}

TEST(GazetteerBuilder, SecondLevelRegionsArePlacedByTheirCitiesOrLeftOut) {
  GazetteerBuilder b;
  PlaceRecord seat = TownRecord(1, "Alpha", 31.0, -92.0, 5000, "US", "LA");
  seat.admin2_code = "079";
  PlaceRecord village = TownRecord(2, "Beta", 31.4, -92.6, 1000, "US", "LA");
  village.admin2_code = "079";
  b.Add(seat);
  b.Add(village);
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Louisiana", "US", "LA"));
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Gamma Parish", "US", "LA", "079"));
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Empty Parish", "US", "LA", "081"));  // no city in it
  ASSERT_TRUE(b.AddNames("US.LA.079", {"Gamma"}));
  const Gazetteer g = LoadedGazetteer(b);
  EXPECT_TRUE(g.LookupName("Empty Parish").empty());
  const auto found = g.LookupName("Gamma Parish");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(g.LookupName("Gamma").size(), 1u);
  const Place parish = g.Get(found[0]);
  EXPECT_EQ(parish.kind, FeatureKind::kAdmin2);
  EXPECT_NEAR(parish.lat, 31.2, 1e-5);
  EXPECT_NEAR(parish.lon, -92.3, 1e-5);
  EXPECT_EQ(parish.population, 6000u);
  EXPECT_EQ(parish.admin1_name, "Louisiana");
  EXPECT_EQ(g.Get(g.LookupName("Beta")[0]).admin1_name, "Louisiana");
}

TEST(GazetteerBuilder, CountriesComeBeforeTownsOfTheSameNameThenPopulation) {
  GazetteerBuilder b;
  b.Add(TownRecord(10, "Georgia", 10, 10, 500, "US", ""));
  b.Add(TownRecord(11, "Georgia", 11, 11, 2000, "US", ""));
  PlaceRecord country = AreaRecord(FeatureKind::kCountry, "Georgia", "GE");
  country.lat = 42;
  country.lon = 43.5;
  b.Add(country);
  const Gazetteer g = LoadedGazetteer(b);
  const auto found = g.LookupName("georgia");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(g.Get(found[0]).kind, FeatureKind::kCountry);
  EXPECT_EQ(g.Get(found[1]).geonames_id, 11u);
  EXPECT_EQ(g.Get(found[2]).geonames_id, 10u);
  ASSERT_TRUE(g.Country("GE").has_value());
  EXPECT_EQ(*g.Country("GE"), found[0]);
  EXPECT_FALSE(g.Country("FR").has_value());
  EXPECT_FALSE(g.Country("g").has_value());
}

}  // namespace
}  // namespace sitrep::places
