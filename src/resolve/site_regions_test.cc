#include "resolve/site_regions.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/article.h"
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
  s.Add("paper.com", two_towns_in_1_one_in_2);
  s.Add("paper.com", one_in_1);
  s.Add("paper.com", none);  // names no town
  s.Add("other.com", one_in_3);
  s.Add("", one_in_1);  // no address

  const std::vector<RegionShare> of0 = s.Of("paper.com", two_towns_in_1_one_in_2);
  ASSERT_EQ(of0.size(), 1u) << "its own towns are left out";
  EXPECT_DOUBLE_EQ(ShareOf(of0, 1), 1.0);
  const std::vector<RegionShare> of1 = s.Of("paper.com", one_in_1);
  EXPECT_DOUBLE_EQ(ShareOf(of1, 1), 2.0 / 3);
  EXPECT_DOUBLE_EQ(ShareOf(of1, 2), 1.0 / 3);
  const std::vector<RegionShare> of2 = s.Of("paper.com", none);
  EXPECT_DOUBLE_EQ(ShareOf(of2, 1), (2.0 / 3 + 1) / 2) << "an article without towns has no say";
  EXPECT_DOUBLE_EQ(ShareOf(of2, 2), 1.0 / 6);
  EXPECT_TRUE(s.Of("other.com", one_in_3).empty()) << "a site's only article learns nothing";
  EXPECT_TRUE(s.Of("").empty()) << "articles without an address are no site's";
  EXPECT_TRUE(s.Of("unknown.com").empty());
  EXPECT_EQ(s.site_count(), 2u);
}

TEST(SiteRegions, AStreamAsksBeforeItAdds) {
  // In order: each article gets what the site's earlier ones taught, and the same articles in
  // another order are taught otherwise (earlier ones only), whatever comes after.
  const std::vector<uint32_t> in_1 = {1}, in_2 = {2};
  SiteRegions s;
  EXPECT_TRUE(s.Of("paper.com").empty()) << "the first article has nothing to learn from";
  s.Add("paper.com", in_1);
  const std::vector<RegionShare> second = s.Of("paper.com");
  ASSERT_EQ(second.size(), 1u);
  EXPECT_DOUBLE_EQ(ShareOf(second, 1), 1.0);
  s.Add("paper.com", in_2);
  const std::vector<RegionShare> third = s.Of("paper.com");
  EXPECT_DOUBLE_EQ(ShareOf(third, 1), 0.5);
  EXPECT_DOUBLE_EQ(ShareOf(third, 2), 0.5);
}

// A gazetteer with two states, a town in each, and a state whose GeoNames id says which.
Gazetteer TwoStates() {
  GazetteerBuilder b;
  b.Add(TownRecord(1, "Kearney", 40.70, -99.08, 33000, "US", "NE", "PPLA2"));
  b.Add(TownRecord(2, "Dayton", 39.76, -84.19, 137000, "US", "OH"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Nebraska", "US", "NE"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Ohio", "US", "OH"));
  return LoadedGazetteer(b);
}

TEST(SiteRegions, TheMemoryFileReadsBackAsTheSameMemory) {
  const Gazetteer g = TwoStates();
  const uint32_t ne = g.Lookup("nebraska").front(), oh = g.Lookup("ohio").front();
  SiteRegions s;
  const std::vector<uint32_t> both = {ne, oh, oh}, nebraska = {ne};
  s.Add("plattepaper.com", both, "story-1");
  s.Add("plattepaper.com", nebraska);  // no id
  s.Add("daytonnews.com", std::vector<uint32_t>{oh}, "story-2");
  const std::string text = s.ToText(g);
  EXPECT_EQ(text.substr(0, text.find('\n')), "sitrep-site-memory\t2");
  // Ohio after Nebraska in the site's regions: Nebraska once and Ohio twice is 0,1,1.
  EXPECT_NE(text.find("article\t" + HashHex("story-1") + "\t0,1,1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("site\tplattepaper.com\t2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\tNebraska\t"), std::string::npos) << "regions by name, not by entry";
  const Result<SiteRegions> back = SiteRegions::FromText(text, g, "memory.tsv");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back.value().ToText(g), text);
  EXPECT_EQ(std::vector<uint32_t>(back.value().Learned("plattepaper.com", "story-1").begin(),
                                  back.value().Learned("plattepaper.com", "story-1").end()),
            both);
  for (const char* site : {"plattepaper.com", "daytonnews.com"}) {
    const std::vector<RegionShare> a = s.Of(site), b = back.value().Of(site);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].region, b[i].region);
      EXPECT_EQ(a[i].share, b[i].share) << "to the last bit, so a resumed run adds up the same";
    }
  }
}

TEST(SiteRegions, ABadMemoryFileIsAClearError) {
  const Gazetteer g = TwoStates();
  SiteRegions s;
  s.Add("plattepaper.com", std::vector<uint32_t>{g.Lookup("nebraska").front()});
  const std::string good = s.ToText(g);
  const auto error = [&](std::string_view text) {
    const Result<SiteRegions> r = SiteRegions::FromText(text, g, "m.tsv");
    return r.ok() ? std::string("(read)") : r.status().ToString();
  };
  EXPECT_NE(error("").find("m.tsv: empty"), std::string::npos) << error("");
  // Cut short anywhere, it is refused: no end line, or half a line.
  for (size_t n = 1; n < good.size(); ++n) {
    EXPECT_NE(error(good.substr(0, n)), "(read)") << "cut after " << n << " bytes";
  }
  EXPECT_NE(error("{\"sites\": []}\n").find("not a site memory file"), std::string::npos);
  EXPECT_NE(error("sitrep-site-memory\t3\nend\t0\n").find("version 3; this sitrep reads 1 to 2"),
            std::string::npos);
  const std::string site = "sitrep-site-memory\t2\nsite\ta.com\t2\nregion\tUS\t0\tNebraska\t2\n";
  const std::string id = "\t00000000000000ab\t";
  EXPECT_EQ(error(site + "article" + id + "0\narticle\t00000000000000cd\t0\nend\t1\n"), "(read)");
  EXPECT_NE(error("sitrep-site-memory\t2\narticle" + id + "0\nend\t0\n")
                .find("m.tsv:2: an article before any site"),
            std::string::npos);
  EXPECT_NE(error(site + "article" + id + "1\nend\t1\n")
                .find("m.tsv:4: article 00000000000000ab: expected places among the site's 1 "
                      "regions above, not '1'"),
            std::string::npos);
  EXPECT_NE(error(site + "article" + id + "0,\nend\t1\n").find("expected places"),
            std::string::npos);
  EXPECT_NE(error(site + "article\tab\t0\nend\t1\n").find("m.tsv:4: expected article<TAB>ID"),
            std::string::npos);
  EXPECT_NE(error(site + "article" + id + "0\narticle" + id + "0\nend\t1\n").find("listed twice"),
            std::string::npos);
  EXPECT_NE(error(site + "article" + id +
                  "0\narticle\t00000000000000cd\t0\narticle\t"
                  "00000000000000ef\t0\nend\t1\n")
                .find("m.tsv:6: more articles than site a.com counts"),
            std::string::npos);
  EXPECT_NE(error("sitrep-site-memory\t1\nregion\tUS\t0\tNebraska\t1\nend\t0\n")
                .find("m.tsv:2: a region before any site"),
            std::string::npos);
  EXPECT_NE(error("sitrep-site-memory\t1\nsite\ta.com\t1\nregion\tUS\t0\tAtlantis\t1\nend\t1\n")
                .find("m.tsv:3: region US Atlantis (0) is not in this gazetteer"),
            std::string::npos);
  EXPECT_NE(error("sitrep-site-memory\t1\nsite\ta.com\t1\nregion\tUS\t0\tNebraska\t7\nend\t1\n")
                .find("holds more than"),
            std::string::npos);
  EXPECT_NE(error("sitrep-site-memory\t1\nsite\ta.com\t1\nregion\tUS\t0\tNebraska\tx\nend\t1\n")
                .find("m.tsv:3: expected region"),
            std::string::npos);
  EXPECT_NE(
      error("sitrep-site-memory\t1\nsite\ta.com\t1\nsite\ta.com\t1\nend\t2\n").find("listed twice"),
      std::string::npos);
  EXPECT_NE(error(good + "site\tb.com\t1\n").find("after the end line"), std::string::npos);
  EXPECT_NE(error("sitrep-site-memory\t1\nend\t3\n").find("counts 3 sites"), std::string::npos);
}

TEST(SiteRegions, AVersionOneFileIsReadAsItIs) {
  const Gazetteer g = TwoStates();
  const Result<SiteRegions> old = SiteRegions::FromText(
      "sitrep-site-memory\t1\nsite\ta.com\t2\nregion\tUS\t0\tNebraska\t2\nend\t1\n", g, "m.tsv");
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  ASSERT_EQ(old.value().Of("a.com").size(), 1u);
  EXPECT_EQ(old.value().Of("a.com")[0].share, 1.0);
}

// A rerun after a killed run meets articles the memory file already holds.
TEST(SiteRegions, AnArticleIsLearnedOnceByItsIdAndAskedAboutWithoutItself) {
  const Gazetteer g = TwoStates();
  const uint32_t ne = g.Lookup("nebraska").front(), oh = g.Lookup("ohio").front();
  const std::vector<uint32_t> nebraska = {ne}, ohio = {oh}, ohio_twice = {oh, oh};
  SiteRegions s;
  s.Add("paper.com", nebraska, "a");
  s.Add("paper.com", ohio, "b");
  const std::string once = s.ToText(g);
  s.Add("paper.com", nebraska, "a");
  s.Add("paper.com", ohio_twice, "b");  // read again, even if it were resolved otherwise
  EXPECT_EQ(s.ToText(g), once) << "nothing is learned twice";
  EXPECT_EQ(s.Learned("paper.com", "a").size(), 1u);
  EXPECT_EQ(s.Learned("paper.com", "a")[0], ne);
  EXPECT_TRUE(s.Learned("paper.com", "c").empty());
  EXPECT_TRUE(s.Learned("other.com", "a").empty());
  EXPECT_TRUE(s.Learned("paper.com", "").empty());
  // Article a asked about without itself: b's Ohio alone, all of it.
  const std::vector<RegionShare> without_a = s.Of("paper.com", s.Learned("paper.com", "a"));
  ASSERT_EQ(without_a.size(), 1u);
  EXPECT_EQ(without_a[0].region, oh);
  EXPECT_EQ(without_a[0].share, 1.0);
  // Without an id an article is never recognised, so it is learned each time.
  s.Add("paper.com", nebraska);
  s.Add("paper.com", nebraska);
  EXPECT_NE(s.ToText(g).find("site\tpaper.com\t4\n"), std::string::npos) << s.ToText(g);
}

TEST(SiteRegions, TheMemoryFileIsWrittenWholeAndAMissingOneIsEmpty) {
  const Gazetteer g = TwoStates();
  const std::string dir = ::testing::TempDir() + "/sitrep_site_memory_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/memory.tsv";
  const Result<SiteRegions> first = SiteRegions::Load(path, g);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first.value().site_count(), 0u);
  SiteRegions s;
  s.Add("plattepaper.com", std::vector<uint32_t>{g.Lookup("nebraska").front()});
  ASSERT_TRUE(s.Save(path, g).ok());
  ASSERT_TRUE(s.Save(path, g).ok()) << "over an older file";
  const Result<SiteRegions> back = SiteRegions::Load(path, g);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back.value().ToText(g), s.ToText(g));
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u) << "no temporary file is left beside it";
  std::filesystem::remove_all(dir);
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
