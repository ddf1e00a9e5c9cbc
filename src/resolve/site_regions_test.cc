#include "resolve/site_regions.h"

#include <gtest/gtest.h>

#include "resolve/gazetteer_testing.h"

namespace sitrep::places {
namespace {

double ShareOf(const std::vector<RegionShare>& shares, uint32_t region) {
  for (const RegionShare& s : shares) {
    if (s.region == region) return s.share;
  }
  return 0;
}

TEST(SiteRegions, EachOtherArticleOfTheSiteWeighsOne) {
  SiteRegions s;
  const std::vector<uint32_t> two_towns_in_1_one_in_2 = {1, 1, 2}, one_in_1 = {1}, none = {},
                              one_in_3 = {3};
  s.Add("paper.com", two_towns_in_1_one_in_2);  // 0
  s.Add("paper.com", one_in_1);                 // 1
  s.Add("paper.com", none);                     // 2: names no town
  s.Add("other.com", one_in_3);                 // 3
  s.Add("", one_in_1);                          // 4: no address

  const std::vector<RegionShare> of0 = s.OfOthers(0);
  ASSERT_EQ(of0.size(), 1u) << "its own towns are left out";
  EXPECT_DOUBLE_EQ(ShareOf(of0, 1), 1.0);
  const std::vector<RegionShare> of1 = s.OfOthers(1);
  EXPECT_DOUBLE_EQ(ShareOf(of1, 1), 2.0 / 3);
  EXPECT_DOUBLE_EQ(ShareOf(of1, 2), 1.0 / 3);
  const std::vector<RegionShare> of2 = s.OfOthers(2);
  EXPECT_DOUBLE_EQ(ShareOf(of2, 1), (2.0 / 3 + 1) / 2) << "an article without towns has no say";
  EXPECT_DOUBLE_EQ(ShareOf(of2, 2), 1.0 / 6);
  EXPECT_TRUE(s.OfOthers(3).empty()) << "a site's only article learns nothing";
  EXPECT_TRUE(s.OfOthers(4).empty()) << "articles without an address are no site's";
  EXPECT_TRUE(s.OfOthers(99).empty());
}

TEST(SiteRegions, AnArticlesRegionsAreThoseOfItsTownsAndCountiesButCapitals) {
  GazetteerBuilder b;
  b.Add(TownRecord(1, "Paris", 33.66, -95.56, 24782, "US", "TX", "PPLA2"));
  b.Add(TownRecord(2, "Houston", 29.76, -95.36, 2296224, "US", "TX"));
  b.Add(TownRecord(3, "Lyon", 45.75, 4.85, 500000, "FR"));  // no region in this gazetteer
  b.Add(TownRecord(4, "Washington", 38.9, -77.04, 600000, "US", "DC", "PPLC"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Texas", "US", "TX"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "District of Columbia", "US", "DC"));
  b.Add(AreaRecord(FeatureKind::kCountry, "United States", "US"));
  const Gazetteer g = LoadedGazetteer(b);
  const auto entry = [&](std::string_view name) { return g.Lookup(name).front(); };
  const std::vector<Choice> choices = {{entry("paris"), 1},      {entry("houston"), 1},
                                       {entry("paris"), 1},      {entry("lyon"), 1},
                                       {entry("texas"), 1},      {entry("united states"), 1},
                                       {entry("washington"), 1}, {kNoEntry, 0}};
  EXPECT_EQ(ArticleRegions(g, choices), (std::vector<uint32_t>{entry("texas"), entry("texas")}));
}

}  // namespace
}  // namespace sitrep::places
