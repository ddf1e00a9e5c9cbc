#include "resolve/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "resolve/gazetteer_builder.h"

namespace sitrep::places {
namespace {

// A gazetteer of a few places written for these tests (GeoNames ids and points are the real
// ones, so a reader can check them).
std::string SmallGazetteer() {
  GazetteerBuilder b;
  PlaceRecord bakhmut;
  bakhmut.geonames_id = 713174;
  bakhmut.name = "Bakhmut";
  bakhmut.alternates = {"Artemivs'k", "Artemivsk", "Artemovsk", "Бахмут"};
  bakhmut.lat = 48.59441;
  bakhmut.lon = 37.99983;
  bakhmut.population = 80500;
  bakhmut.country = "UA";
  bakhmut.admin1_code = "05";
  bakhmut.feature_class = 'P';
  bakhmut.feature_code = "PPLA2";
  b.Add(bakhmut);
  PlaceRecord kramatorsk = bakhmut;
  kramatorsk.geonames_id = 704508;
  kramatorsk.name = "Kramators’k";
  kramatorsk.alternates = {"Kramatorsk"};
  kramatorsk.lat = 48.72305;
  kramatorsk.lon = 37.55629;
  kramatorsk.feature_code = "PPL";
  b.Add(kramatorsk);
  PlaceRecord kyiv = bakhmut;
  kyiv.geonames_id = 703448;
  kyiv.name = "Kyiv";
  kyiv.alternates = {"Kiev", "Kyiv", "Kijów"};
  kyiv.lat = 50.45466;
  kyiv.lon = 30.5238;
  kyiv.population = 2797553;
  kyiv.admin1_code = "12";
  kyiv.feature_code = "PPLC";
  b.Add(kyiv);
  PlaceRecord chasiv_yar = bakhmut;
  chasiv_yar.geonames_id = 710915;
  chasiv_yar.name = "Chasiv Yar";
  chasiv_yar.alternates = {"Chasov Yar", "Часів Яр"};
  chasiv_yar.lat = 48.59348;
  chasiv_yar.lon = 37.85724;
  chasiv_yar.feature_code = "PPL";
  b.Add(chasiv_yar);
  b.Finish();
  return b.Serialise("test gazetteer");
}

std::string WriteTemp(const std::string& bytes) {
  char path[] = "/tmp/sitrep_gazetteer_XXXXXX";
  const int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(write(fd, bytes.data(), bytes.size()), ssize_t(bytes.size()));
  close(fd);
  return path;
}

std::vector<uint32_t> Ids(const Gazetteer& g, std::string_view name) {
  std::vector<uint32_t> ids;
  for (uint32_t i : g.LookupName(name)) ids.push_back(g.Get(i).geonames_id);
  return ids;
}

TEST(Gazetteer, AlternateNamesAndFoldedSpellingsFindThePlace) {
  Result<Gazetteer> g = Gazetteer::FromBytes(SmallGazetteer());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  using Ids_ = std::vector<uint32_t>;
  EXPECT_EQ(Ids(g.value(), "Kyiv"), Ids_{703448});
  EXPECT_EQ(Ids(g.value(), "Kiev"), Ids_{703448});
  EXPECT_EQ(Ids(g.value(), "KIEV"), Ids_{703448});
  EXPECT_EQ(Ids(g.value(), "Kijow"), Ids_{703448});
  EXPECT_EQ(Ids(g.value(), "Bakhmut"), Ids_{713174});
  EXPECT_EQ(Ids(g.value(), "Artemivsk"), Ids_{713174});
  EXPECT_EQ(Ids(g.value(), "Artemivs’k"), Ids_{713174});
  EXPECT_EQ(Ids(g.value(), "Бахмут"), Ids_{713174});
  EXPECT_EQ(Ids(g.value(), "Kramatorsk"), Ids_{704508});
  EXPECT_EQ(Ids(g.value(), "Kramators'k"), Ids_{704508});
  EXPECT_EQ(Ids(g.value(), "Chasov Yar"), Ids_{710915});
  EXPECT_EQ(Ids(g.value(), "chasiv  yar"), Ids_{710915});
  EXPECT_TRUE(g.value().LookupName("Chasiv").empty());
  EXPECT_TRUE(g.value().LookupName("Paris").empty());
  EXPECT_TRUE(g.value().LookupName("").empty());
  EXPECT_EQ(g.value().longest_name_words(), 2u);
}

TEST(Gazetteer, EntriesKeepTheirFields) {
  Result<Gazetteer> g = Gazetteer::FromBytes(SmallGazetteer());
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g.value().description(), "test gazetteer");
  const Place p = g.value().Get(g.value().LookupName("Artemovsk")[0]);
  EXPECT_EQ(p.name, "Bakhmut");
  EXPECT_NEAR(p.lat, 48.59441, 1e-5);
  EXPECT_NEAR(p.lon, 37.99983, 1e-5);
  EXPECT_EQ(p.country, "UA");
  EXPECT_EQ(p.population, 80500u);
  EXPECT_EQ(p.kind, FeatureKind::kCity);
  EXPECT_EQ(p.feature_class, 'P');
  EXPECT_EQ(p.feature_code, "PPLA2");
  EXPECT_EQ(FeatureKindName(p.kind), "city");
}

TEST(Gazetteer, LoadsFromAFileAndMissingFileIsAClearError) {
  const std::string path = WriteTemp(SmallGazetteer());
  Result<Gazetteer> g = Gazetteer::Load(path);
  std::remove(path.c_str());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(Ids(g.value(), "Kiev"), std::vector<uint32_t>{703448});
  Result<Gazetteer> missing = Gazetteer::Load("/nonexistent/gazetteer.bin");
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/gazetteer.bin"), std::string::npos);
  EXPECT_NE(missing.status().message().find("make gazetteer"), std::string::npos);
}

TEST(Gazetteer, DamagedFilesAreRefusedWithAReason) {
  const std::string good = SmallGazetteer();
  ASSERT_TRUE(Gazetteer::FromBytes(good).ok());
  const auto reason = [](const std::string& bytes) {
    Result<Gazetteer> g = Gazetteer::FromBytes(bytes);
    EXPECT_FALSE(g.ok());
    EXPECT_EQ(g.status().code(), ErrorCode::kParseError);
    return g.status().message();
  };
  EXPECT_NE(reason("not a gazetteer at all, just text").find("magic"), std::string::npos);
  EXPECT_NE(reason(good.substr(0, good.size() - 9)).find("truncated"), std::string::npos);
  EXPECT_NE(reason(good + "x").find("truncated"), std::string::npos);
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x10;
  EXPECT_NE(reason(flipped).find("checksum"), std::string::npos);
  std::string newer = good;
  newer[8] = char(kGazetteerFormatVersion + 1);
  EXPECT_NE(reason(newer).find("format version"), std::string::npos);
  // Every single-byte change to the header is caught, never a crash.
  for (size_t i = 0; i < 48; ++i) {
    std::string bad = good;
    bad[i] ^= 0x5a;
    EXPECT_FALSE(Gazetteer::FromBytes(bad).ok()) << "byte " << i;
  }
  EXPECT_FALSE(Gazetteer::FromBytes("").ok());
}

// The real gazetteer, when `make gazetteer` has built it: the spellings the issue names.
TEST(Gazetteer, BuiltFileFindsNewsSpellings) {
  Result<Gazetteer> g = Gazetteer::Load(DefaultGazetteerPath());
  if (!g.ok()) GTEST_SKIP() << g.status().ToString();
  const Gazetteer& gaz = g.value();
  const auto first_city = [&](std::string_view name) -> uint32_t {
    for (uint32_t i : gaz.LookupName(name)) {
      if (gaz.Get(i).kind == FeatureKind::kCity) return gaz.Get(i).geonames_id;
    }
    return 0;
  };
  EXPECT_EQ(first_city("Kyiv"), 703448u);
  EXPECT_EQ(first_city("Kiev"), 703448u);
  EXPECT_EQ(first_city("Bakhmut"), 713174u);
  EXPECT_EQ(first_city("Artemivsk"), 713174u);
  EXPECT_EQ(first_city("Chasiv Yar"), 710915u);
  EXPECT_EQ(first_city("Chasov Yar"), 710915u);
  EXPECT_EQ(first_city("Kramatorsk"), 704508u);
  EXPECT_EQ(first_city("Kramators'k"), 704508u);
  const Place bakhmut = gaz.Get(gaz.LookupName("Bakhmut")[0]);
  EXPECT_EQ(bakhmut.country, "UA");
  EXPECT_EQ(bakhmut.admin1_name, "Donetsk");
  const auto ukraine = gaz.LookupName("Ukraine");
  ASSERT_FALSE(ukraine.empty());
  EXPECT_EQ(gaz.Get(ukraine[0]).kind, FeatureKind::kCountry);
  EXPECT_EQ(gaz.Get(ukraine[0]).country, "UA");
  const auto donbas = gaz.LookupName("Donbas");
  ASSERT_FALSE(donbas.empty());
  EXPECT_EQ(gaz.Get(donbas[0]).kind, FeatureKind::kRegion);
  const auto oblast = gaz.LookupName("Donetsk Oblast");
  ASSERT_FALSE(oblast.empty());
  EXPECT_EQ(gaz.Get(oblast[0]).kind, FeatureKind::kAdmin1);
  const auto ukrainian = gaz.LookupName("Ukrainian");
  ASSERT_FALSE(ukrainian.empty());
  EXPECT_EQ(gaz.Get(ukrainian[0]).kind, FeatureKind::kDemonym);
}

// Names news uses for countries, regions and waters that the packages lack, from the hand-kept
// list: each must find a place of the right kind before any namesake town.
TEST(Gazetteer, BuiltFileFindsShortCountryNamesRegionsAndWaters) {
  Result<Gazetteer> g = Gazetteer::Load(DefaultGazetteerPath());
  if (!g.ok()) GTEST_SKIP() << g.status().ToString();
  const Gazetteer& gaz = g.value();
  const auto first = [&](std::string_view name) -> Place {
    const auto ids = gaz.LookupName(name);
    return ids.empty() ? Place{} : gaz.Get(ids[0]);
  };
  EXPECT_EQ(first("Bosnia").kind, FeatureKind::kCountry);
  EXPECT_EQ(first("Bosnia").country, "BA");
  EXPECT_EQ(first("Republika Srpska").kind, FeatureKind::kAdmin1);
  EXPECT_EQ(first("Republika Srpska").country, "BA");
  EXPECT_EQ(first("the Gambia").country, "GM");
  EXPECT_EQ(first("West Africa").kind, FeatureKind::kRegion);
  EXPECT_EQ(first("Sub-Saharan Africa").kind, FeatureKind::kRegion);
  EXPECT_EQ(first("Lake Michigan").kind, FeatureKind::kPhysical);
  EXPECT_EQ(first("the Suez Canal").kind, FeatureKind::kPhysical);
  EXPECT_EQ(first("Sava River").kind, FeatureKind::kPhysical);
  EXPECT_EQ(first("the Rockies").kind, FeatureKind::kPhysical);
  const auto eu = gaz.LookupName("EU");
  EXPECT_TRUE(std::any_of(eu.begin(), eu.end(), [&](uint32_t e) {
    return gaz.Get(e).name == "European Union";
  })) << "the union, beside the town of Eu";
}

}  // namespace
}  // namespace sitrep::places
