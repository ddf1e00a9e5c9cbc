#include "resolve/namesakes.h"

#include <gtest/gtest.h>

#include "resolve/gazetteer_testing.h"

namespace sitrep::places {
namespace {

// Regions and the cities named like them, populations rounded from GeoNames.
Gazetteer RegionsAndCities() {
  GazetteerBuilder b;
  const auto city = [&](uint32_t id, std::string name, std::vector<std::string> alternates,
                        uint32_t population, std::string country, std::string admin1,
                        std::string code = "PPL") {
    b.Add(AlsoCalled(TownRecord(id, std::move(name), 0, 0, population, std::move(country),
                                std::move(admin1), std::move(code)),
                     std::move(alternates)));
  };
  const auto region = [&](std::string name, std::string country, std::string code) {
    b.Add(AreaRecord(FeatureKind::kAdmin1, std::move(name), std::move(country), std::move(code)));
  };
  city(1, "Genève", {"Geneva"}, 184000, "CH", "GE", "PPLA");
  city(2, "Carouge", {}, 22000, "CH", "GE");
  city(3, "Québec", {"Quebec City", "Quebec"}, 530000, "CA", "10", "PPLA");
  city(4, "Montréal", {}, 1760000, "CA", "10");
  city(5, "Fortaleza", {"Ceara"}, 2400000, "BR", "06", "PPLA");
  city(6, "Sobral", {}, 190000, "BR", "06");
  city(7, "Washington, D.C.", {"Washington"}, 690000, "US", "DC", "PPLC");
  city(8, "Seattle", {}, 740000, "US", "WA");
  city(9, "Hong Kong", {"Victoria"}, 7000000, "HK", "", "PPLC");
  city(10, "Ballarat", {}, 100000, "AU", "07");
  region("Geneva", "CH", "GE");
  region("Quebec", "CA", "10");
  region("Ceará", "BR", "06");
  region("Washington", "US", "WA");
  region("Victoria", "AU", "07");
  return LoadedGazetteer(b);
}

Place ByName(const Gazetteer& g, std::string_view name, FeatureKind kind) {
  for (uint32_t e : g.LookupName(name)) {
    const Place p = g.Get(e);
    if (p.kind == kind) return p;
  }
  ADD_FAILURE() << "no " << name;
  return Place();
}

TEST(Namesakes, ACityThatIsMuchOfItsRegionOrTheCapitalIsItsNamesake) {
  const Gazetteer g = RegionsAndCities();
  const auto namesake = [&](std::string_view city, std::string_view region) {
    return IsNamesakeCity(ByName(g, city, FeatureKind::kCity),
                          ByName(g, region, FeatureKind::kAdmin1));
  };
  EXPECT_TRUE(namesake("Genève", "Geneva")) << "most of the canton's people; Genève, Geneva";
  EXPECT_FALSE(namesake("Québec", "Quebec")) << "a fifth of the province's people";
  EXPECT_FALSE(namesake("Fortaleza", "Ceará")) << "an old name of the city, not the region's";
  EXPECT_TRUE(namesake("Washington, D.C.", "Washington")) << "the country's capital";
  EXPECT_FALSE(namesake("Hong Kong", "Victoria")) << "another country's capital";
  EXPECT_FALSE(namesake("Carouge", "Geneva")) << "a small town of the canton";
}

TEST(Namesakes, FoundAmongAnamesCandidates) {
  const Gazetteer g = RegionsAndCities();
  const std::span<const uint32_t> geneva = g.LookupName("Geneva");
  const std::optional<NamesakePair> pair = FindNamesakes(g, geneva);
  ASSERT_TRUE(pair.has_value());
  EXPECT_EQ(g.Get(geneva[pair->region]).kind, FeatureKind::kAdmin1);
  EXPECT_EQ(g.Get(geneva[pair->city]).name, "Genève");
  EXPECT_FALSE(FindNamesakes(g, g.LookupName("Quebec")).has_value());
  EXPECT_FALSE(FindNamesakes(g, g.LookupName("Seattle")).has_value());
}

TEST(Namesakes, TheWordsAroundANameSayARegionIsMeant) {
  const auto around = [](std::string_view text, std::string_view name) {
    return RegionWordsAround(text, text.substr(text.find(name), name.size()));
  };
  EXPECT_TRUE(around("A farm in Washington state was closed.", "Washington"));
  EXPECT_TRUE(around("Voters in the canton of Geneva said no.", "Geneva"));
  EXPECT_TRUE(around("The state of New York sued.", "New York"));
  EXPECT_TRUE(around("New York Gov. Smith spoke.", "New York"));
  EXPECT_TRUE(around("Geneva's governor resigned.", "Geneva"));
  EXPECT_TRUE(around("Odesa Oblast lost power.", "Odesa Oblast"));
  EXPECT_FALSE(around("Talks resumed in Geneva on Monday.", "Geneva"));
  EXPECT_FALSE(around("The Washington government denied it.", "Washington"));
  EXPECT_FALSE(around("The mayor of New York spoke.", "New York"));
  EXPECT_TRUE(RegionWordsAround("", "Washington State")) << "the word inside the name";
}

TEST(Namesakes, OnlyAListsJoiningWordsJoin) {
  const std::string_view text = "Oregon and Washington, Texas or Ohio; Utah then Idaho";
  const auto at = [&](std::string_view name) { return text.substr(text.find(name), name.size()); };
  EXPECT_TRUE(Joined(text, at("Oregon"), at("Washington")));
  EXPECT_TRUE(Joined(text, at("Washington"), at("Texas")));
  EXPECT_TRUE(Joined(text, at("Texas"), at("Ohio")));
  EXPECT_FALSE(Joined(text, at("Ohio"), at("Utah")));
  EXPECT_FALSE(Joined(text, at("Utah"), at("Idaho")));
  EXPECT_FALSE(Joined(text, at("Washington"), at("Oregon"))) << "out of order";
}

}  // namespace
}  // namespace sitrep::places
