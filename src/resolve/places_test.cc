#include "resolve/places.h"

#include <gtest/gtest.h>

#include "resolve/gazetteer_testing.h"

namespace sitrep::places {
namespace {

// A small world written for these tests: GeoNames ids and points as GeoNames has them,
// populations rounded.
Gazetteer SmallWorld() {
  GazetteerBuilder b;
  const auto area = [&](FeatureKind kind, std::string name, std::string country, std::string admin1,
                        double lat, double lon) {
    PlaceRecord p = AreaRecord(kind, std::move(name), std::move(country), std::move(admin1));
    p.lat = lat;
    p.lon = lon;
    b.Add(std::move(p));
  };
  b.Add(TownRecord(2988507, "Paris", 48.85341, 2.3488, 2138551, "FR", "11", "PPLC"));
  b.Add(TownRecord(4717560, "Paris", 33.66094, -95.55551, 24782, "US", "TX", "PPLA2"));
  b.Add(TownRecord(4699066, "Houston", 29.76328, -95.36327, 2296224, "US", "TX"));
  b.Add(TownRecord(4180439, "Atlanta", 33.749, -84.38798, 463878, "US", "GA"));
  b.Add(AlsoCalled(TownRecord(611717, "Tbilisi", 41.69411, 44.83368, 1049498, "GE", "51", "PPLC"),
                   {"Tiflis"}));
  b.Add(AlsoCalled(TownRecord(703448, "Kyiv", 50.45466, 30.5238, 2797553, "UA", "12", "PPLC"),
                   {"Kiev"}));
  b.Add(AlsoCalled(TownRecord(713174, "Bakhmut", 48.59441, 37.99983, 80500, "UA", "05", "PPLA2"),
                   {"Artemivsk"}));
  b.Add(AlsoCalled(TownRecord(710915, "Chasiv Yar", 48.59348, 37.85724, 14360, "UA", "05"),
                   {"Chasov Yar"}));
  area(FeatureKind::kAdmin1, "Texas", "US", "TX", 0, 0);
  area(FeatureKind::kAdmin1, "Georgia", "US", "GA", 0, 0);
  area(FeatureKind::kAdmin1, "Donetsk", "UA", "05", 0, 0);
  area(FeatureKind::kCountry, "Georgia", "GE", "", 42, 43.5);
  area(FeatureKind::kCountry, "Ukraine", "UA", "", 49, 32);
  area(FeatureKind::kCountry, "France", "FR", "", 46, 2);
  area(FeatureKind::kCountry, "United States", "US", "", 38, -97);
  area(FeatureKind::kDemonym, "Ukrainian", "UA", "", 49, 32);
  area(FeatureKind::kDemonym, "American", "US", "", 38, -97);
  SITREP_ASSERT(b.AddDemonym("US.TX", {"Texan"}));
  return LoadedGazetteer(b);
}

// Toponyms for every occurrence of |names| in |text| (body mentions).
std::vector<Toponym> Find(std::string_view text, std::vector<std::string_view> names) {
  std::vector<Toponym> out;
  for (std::string_view name : names) {
    for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      const Span span{uint32_t(at), uint32_t(at + name.size())};
      out.push_back(Toponym{Mention{TextField::kBody, 0, span}, span.Of(text), ""});
    }
  }
  return out;
}

uint32_t IdOf(const PlaceResolver& r, const Choice& c) {
  return c.entry == kNoEntry ? 0 : r.gazetteer().Get(c.entry).geonames_id;
}
std::string CountryOf(const PlaceResolver& r, const Choice& c) {
  return c.entry == kNoEntry ? "" : std::string(r.gazetteer().Get(c.entry).country);
}

TEST(PlaceResolver, AloneTheProminentPlaceWins) {
  const PlaceResolver r(SmallWorld());
  const std::string text = "Protests spread in Paris on Sunday.";
  const auto choices = r.Resolve(Find(text, {"Paris"}), text);
  EXPECT_EQ(IdOf(r, choices[0]), 2988507u);
  EXPECT_GT(choices[0].confidence, 0.5);
  EXPECT_LE(choices[0].confidence, 1.0);
}

TEST(PlaceResolver, TheSitesOtherArticlesSettleALoneTown) {
  // A Texan paper's story names only "Paris": when the site's other stories are about Texan
  // towns, it is the Texan town; a share of a quarter is too weak a hint to outweigh the capital.
  const PlaceResolver r(SmallWorld());
  const std::string text = "The council of Paris met on Monday.";
  const uint32_t texas = r.gazetteer().Lookup("texas").front();
  const std::vector<RegionShare> all_texan = {{texas, 1.0}}, a_quarter = {{texas, 0.25}};
  const auto alone = r.Resolve(Find(text, {"Paris"}), text);
  const auto texan = r.Resolve(Find(text, {"Paris"}), text, Ranking::kContext, "", "", all_texan);
  const auto hint = r.Resolve(Find(text, {"Paris"}), text, Ranking::kContext, "", "", a_quarter);
  EXPECT_EQ(IdOf(r, alone[0]), 2988507u);
  EXPECT_EQ(IdOf(r, texan[0]), 4717560u);
  EXPECT_EQ(IdOf(r, hint[0]), 2988507u);
  // A state's name is read as its town only on a qualifier, never for the site's region.
  const std::string georgia = "Georgia's governor spoke.";
  const uint32_t state = r.gazetteer().Lookup("georgia").front();
  const std::vector<RegionShare> in_georgia = {{state, 1.0}};
  const auto g =
      r.Resolve(Find(georgia, {"Georgia"}), georgia, Ranking::kContext, "", "", in_georgia);
  EXPECT_NE(r.gazetteer().Get(g[0].entry).kind, FeatureKind::kCity);
}

TEST(PlaceResolver, ALoneTownOnAnotherContinentIsNotCertain) {
  // "Arima" is a Syrian village the gazetteer lacks, and a Trinidadian town it has: the town is
  // the only reading, but in a story about Syrian towns it is no sure one.
  GazetteerBuilder b;
  b.Add(TownRecord(1, "Manbij", 36.53, 37.95, 100000, "SY"));
  b.Add(TownRecord(2, "Azaz", 36.59, 37.05, 66000, "SY"));
  b.Add(TownRecord(3, "Jarabulus", 36.82, 38.01, 25000, "SY"));
  b.Add(TownRecord(4, "Arima", 10.64, -61.28, 35000, "TT"));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string syria = "Convoys left Manbij and Azaz for Jarabulus and the village of Arima.";
  const auto in_syria = r.Resolve(Find(syria, {"Manbij", "Azaz", "Jarabulus", "Arima"}), syria);
  EXPECT_GT(in_syria[2].confidence, 0.5) << "Jarabulus lies among the story's other towns";
  EXPECT_EQ(IdOf(r, in_syria[3]), 4u) << "the only reading is still the one given";
  EXPECT_LT(in_syria[3].confidence, 0.5);
  const std::string alone = "Carnival crowds filled Arima.";
  const auto arima = r.Resolve(Find(alone, {"Arima"}), alone);
  EXPECT_GT(arima[0].confidence, 0.5) << "with no other place, nothing speaks against it";
  const std::string pair = "Flights from Arima to Manbij.";
  const auto two = r.Resolve(Find(pair, {"Arima", "Manbij"}), pair);
  EXPECT_GT(two[0].confidence, 0.5) << "one other place is no story about its country";
  EXPECT_GT(two[1].confidence, 0.5);
}

TEST(PlaceResolver, ALocalPapersOwnTownIsTheTownOfItsName) {
  GazetteerBuilder b;
  PlaceRecord palestine = AreaRecord(FeatureKind::kCountry, "Palestine", "PS");
  palestine.lat = 31.9;
  palestine.lon = 35.2;
  palestine.population = 5000000;
  b.Add(palestine);
  b.Add(TownRecord(4717232, "Palestine", 31.76, -95.63, 18000, "US", "", "PPLA2"));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "The school board of Palestine met on Monday.";
  const auto elsewhere = r.Resolve(Find(text, {"Palestine"}), text);
  EXPECT_EQ(r.gazetteer().Get(elsewhere[0].entry).kind, FeatureKind::kCountry);
  const auto herald =
      r.Resolve(Find(text, {"Palestine"}), text, Ranking::kContext, "", "palestine");
  EXPECT_EQ(IdOf(r, herald[0]), 4717232u) << "the Palestine Herald's Palestine is its town";
}

TEST(PlaceResolver, ALocalPaperIsNoCapitalsPaperUnlessItsDomainSaysSo) {
  const PlaceResolver r(SmallWorld());
  const std::string text = "The Paris school board met on Monday.";
  const auto toponyms = Find(text, {"Paris"});
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text, Ranking::kContext, "", "paris")[0]), 4717560u)
      << "a .com paper named for Paris is the Texan town's";
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text, Ranking::kContext, "FR", "paris")[0]), 2988507u)
      << "a .fr one is the capital's";
}

TEST(PlaceResolver, ALocalPapersTownPlacesTheTownsAroundIt) {
  GazetteerBuilder b;
  b.Add(AlsoCalled(TownRecord(170063, "Aleppo", 36.2, 37.16, 1600000, "SY"),
                   {"Berea"}));  // its ancient name
  b.Add(TownRecord(4282497, "Berea", 37.57, -84.3, 15000, "US"));
  b.Add(TownRecord(4305504, "Richmond", 37.75, -84.29, 33000, "US"));   // Kentucky
  b.Add(TownRecord(4781708, "Richmond", 37.55, -77.46, 220000, "US"));  // Virginia
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "The Berea council met on Tuesday.";
  const auto toponyms = Find(text, {"Berea"});
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text)[0]), 170063u) << "alone, the great city";
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text, Ranking::kContext, "", "richmond")[0]), 4282497u)
      << "in a Richmond paper, the town beside one of its Richmonds";
}

TEST(PlaceResolver, TheArticlesOtherPlacesDecideAmbiguousNames) {
  const PlaceResolver r(SmallWorld());
  const std::string texas = "Storms hit Paris and Houston, Texas, overnight.";
  const auto in_texas = r.Resolve(Find(texas, {"Paris", "Houston", "Texas"}), texas);
  EXPECT_EQ(IdOf(r, in_texas[0]), 4717560u) << "Paris, Texas";

  const std::string caucasus = "Georgia's president spoke in Tbilisi.";
  const auto ge = r.Resolve(Find(caucasus, {"Georgia", "Tbilisi"}), caucasus);
  EXPECT_EQ(r.gazetteer().Get(ge[0].entry).kind, FeatureKind::kCountry);
  EXPECT_EQ(CountryOf(r, ge[0]), "GE");

  const std::string south = "Georgia's governor met voters in Atlanta.";
  const auto us = r.Resolve(Find(south, {"Georgia", "Atlanta"}), south);
  EXPECT_EQ(r.gazetteer().Get(us[0].entry).kind, FeatureKind::kAdmin1);
  EXPECT_EQ(CountryOf(r, us[0]), "US");

  // Nationality words are context too.
  const std::string american = "American troops arrived in Georgia.";
  EXPECT_EQ(CountryOf(r, r.Resolve(Find(american, {"Georgia"}), american)[0]), "US");
  // The baseline ranking ignores all that.
  EXPECT_EQ(CountryOf(r, r.Resolve(Find(american, {"Georgia"}), american, Ranking::kProminence)[0]),
            "GE");
}

TEST(PlaceResolver, ANameWrittenWithItsRegionOrCountryLiesInIt) {
  const PlaceResolver r(SmallWorld());
  // "Texas" is no toponym here: the qualifier alone decides, for both mentions of the name.
  const std::string texas =
      "Crowds gathered in Paris, Texas, on Sunday. Paris police were pleased.";
  const auto tx = r.Resolve(Find(texas, {"Paris"}), texas);
  ASSERT_EQ(tx.size(), 2u);
  EXPECT_EQ(IdOf(r, tx[0]), 4717560u);
  EXPECT_EQ(IdOf(r, tx[1]), 4717560u);
  // Against an article full of American places.
  const std::string france =
      "Storms hit Houston and Atlanta before Paris, France, closed its parks.";
  const auto fr = r.Resolve(Find(france, {"Houston", "Atlanta", "Paris"}), france);
  EXPECT_EQ(IdOf(r, fr[2]), 2988507u);
  // A comma before a word that names no region is no qualifier.
  const std::string list = "Flights from Paris, Houston and Atlanta were cancelled.";
  EXPECT_EQ(IdOf(r, r.Resolve(Find(list, {"Paris"}), list)[0]), 2988507u);
}

TEST(PlaceResolver, TheOutletsCountryTipsNamesakesOfLikeSizeOnly) {
  GazetteerBuilder b;
  b.Add(TownRecord(2639389, "Richmond", 51.46, -0.3, 21000, "GB"));
  b.Add(TownRecord(4781708, "Richmond", 37.55, -77.46, 20000, "US"));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "Flooding closed roads in Richmond.";
  const auto toponyms = Find(text, {"Richmond"});
  EXPECT_EQ(CountryOf(r, r.Resolve(toponyms, text)[0]), "GB") << "the bigger, by a little";
  EXPECT_EQ(CountryOf(r, r.Resolve(toponyms, text, Ranking::kContext, "US")[0]), "US");
  // A capital stays a capital in a paper from a country with a small namesake.
  const PlaceResolver world(SmallWorld());
  const std::string paris = "Protests spread in Paris on Sunday.";
  EXPECT_EQ(IdOf(world, world.Resolve(Find(paris, {"Paris"}), paris, Ranking::kContext, "US")[0]),
            2988507u);
}

TEST(PlaceResolver, AHandKeptAreaBeatsASmallTownOfItsName) {
  GazetteerBuilder b;
  PlaceRecord eu = AlsoCalled(AreaRecord(FeatureKind::kRegion, "European Union", ""), {"EU"});
  eu.lat = 49.8;
  eu.lon = 9.9;
  eu.box = Box{34.8f, -10.5f, 70.1f, 34.6f};
  b.Add(eu);
  b.Add(TownRecord(3019329, "Eu", 0, 0, 8425, "FR"));  // Eu, Normandy
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "Leaders of the EU met on Monday.";
  EXPECT_EQ(r.gazetteer().Get(r.Resolve(Find(text, {"EU"}), text)[0].entry).kind,
            FeatureKind::kRegion);
}

// American states and the towns that share their names, points rounded from GeoNames.
Gazetteer StatesAndNamesakes() {
  GazetteerBuilder b;
  const auto state = [&](std::string name, std::string code) {
    b.Add(AreaRecord(FeatureKind::kAdmin1, std::move(name), "US", std::move(code)));
  };
  b.Add(AlsoCalled(
      TownRecord(4140963, "Washington, D.C.", 38.895, -77.037, 689545, "US", "DC", "PPLC"),
      {"Washington"}));
  b.Add(TownRecord(5809844, "Seattle", 47.606, -122.332, 737015, "US", "WA"));
  b.Add(TownRecord(5218802, "Washington", 40.174, -80.246, 13000, "US", "PA"));
  b.Add(TownRecord(5180225, "California", 40.066, -79.892, 6000, "US", "PA"));
  b.Add(TownRecord(4560349, "Philadelphia", 39.952, -75.164, 1567000, "US", "PA"));
  b.Add(TownRecord(5389489, "Sacramento", 38.582, -121.494, 490000, "US", "CA"));
  b.Add(TownRecord(5746545, "Portland", 45.523, -122.676, 650000, "US", "OR"));
  b.Add(TownRecord(4392388, "Jefferson City", 38.577, -92.174, 43000, "US", "MO", "PPLA"));
  b.Add(AlsoCalled(TownRecord(5641727, "Bozeman", 45.680, -111.039, 43405, "US", "MT"),
                   {"Missouri"}));  // as GeoNames has it
  b.Add(AlsoCalled(AreaRecord(FeatureKind::kAdmin1, "District of Columbia", "US", "DC"), {"D.C."}));
  PlaceRecord washington = AreaRecord(FeatureKind::kAdmin1, "Washington", "US", "WA");
  washington.population = 7700000;
  b.Add(washington);
  state("Pennsylvania", "PA");
  state("California", "CA");
  state("Missouri", "MO");
  state("Montana", "MT");
  state("Oregon", "OR");
  return LoadedGazetteer(b);
}

TEST(PlaceResolver, ARegionsOwnNameIsNoAlternateOfSomeTown) {
  const PlaceResolver r(StatesAndNamesakes());
  const auto missouri = r.Candidates("Missouri");
  ASSERT_EQ(missouri.size(), 1u) << "Bozeman, whose alternate Missouri is, is no reading";
  EXPECT_EQ(r.gazetteer().Get(missouri[0]).kind, FeatureKind::kAdmin1);
  const auto washington = r.Candidates("Washington");
  EXPECT_TRUE(std::any_of(washington.begin(), washington.end(), [&](uint32_t e) {
    return r.gazetteer().Get(e).geonames_id == 4140963u;
  })) << "a capital stays a reading of its alternate";
}

TEST(PlaceResolver, AnAbbreviationQualifiesARegionsName) {
  const PlaceResolver r(StatesAndNamesakes());
  const std::string dc = "The bill passed in Washington, D.C., on Tuesday.";
  EXPECT_EQ(IdOf(r, r.Resolve(Find(dc, {"Washington"}), dc)[0]), 4140963u);
  // The state, where the words say so (the bare name is the capital: the next test).
  const std::string state = "The bill passed in Washington state on Tuesday.";
  EXPECT_EQ(r.gazetteer().Get(r.Resolve(Find(state, {"Washington"}), state)[0].entry).kind,
            FeatureKind::kAdmin1);
}

TEST(PlaceResolver, ACapitalOrBigCityBeatsTheRegionOfItsName) {
  const PlaceResolver r(StatesAndNamesakes());
  const auto kind_of = [&](const std::string& text, std::string_view name) {
    return r.gazetteer().Get(r.Resolve(Find(text, {name}), text)[0].entry).kind;
  };
  EXPECT_EQ(kind_of("The senator flew back to Washington on Monday.", "Washington"),
            FeatureKind::kCity);
  EXPECT_EQ(kind_of("Wildfires spread across the state of Washington.", "Washington"),
            FeatureKind::kAdmin1);
  EXPECT_EQ(kind_of("Washington Gov. Lee signed it.", "Washington"), FeatureKind::kAdmin1);
  // A list of states, with the name first or last.
  const std::string listed = "Oregon and Washington passed similar laws.";
  EXPECT_EQ(
      r.gazetteer().Get(r.Resolve(Find(listed, {"Oregon", "Washington"}), listed)[1].entry).kind,
      FeatureKind::kAdmin1);
  // A town written with its region: "Seattle, Washington".
  const std::string seattle = "She grew up in Seattle, Washington, and moved east.";
  const auto sw = r.Resolve(Find(seattle, {"Seattle", "Washington"}), seattle);
  EXPECT_EQ(r.gazetteer().Get(sw[1].entry).kind, FeatureKind::kAdmin1);
  // After the capital, "D.C." is its qualifier, not the next region of a list.
  const std::string dc = "He moved to Washington, D.C. in May.";
  EXPECT_EQ(IdOf(r, r.Resolve(Find(dc, {"Washington", "D.C."}), dc)[0]), 4140963u);
}

TEST(PlaceResolver, ACitysNameForItsRegionHoldsOnlyWhereTheCityIsMuchOfIt) {
  // Genève is most of the canton of Geneva; Québec a fifth of the province of Quebec.
  GazetteerBuilder b;
  b.Add(AlsoCalled(TownRecord(2660646, "Genève", 0, 0, 184000, "CH", "GE", "PPLA"), {"Geneva"}));
  b.Add(TownRecord(2660376, "Carouge", 0, 0, 22000, "CH", "GE"));
  b.Add(TownRecord(4893591, "Geneva", 0, 0, 21000, "US", "IL"));
  b.Add(AlsoCalled(TownRecord(6325494, "Québec", 0, 0, 530000, "CA", "10", "PPLA"), {"Quebec"}));
  b.Add(TownRecord(6077243, "Montréal", 0, 0, 1760000, "CA", "10"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Geneva", "CH", "GE"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Quebec", "CA", "10"));
  const PlaceResolver r(LoadedGazetteer(b));
  const auto first = [&](const std::string& text, std::string_view name) {
    return r.gazetteer().Get(r.Resolve(Find(text, {name}), text)[0].entry);
  };
  EXPECT_EQ(first("Envoys met in Geneva on Monday.", "Geneva").geonames_id, 2660646u);
  EXPECT_EQ(first("Voters in the canton of Geneva said no.", "Geneva").kind, FeatureKind::kAdmin1);
  EXPECT_EQ(first("Geneva canton voters said no.", "Geneva").kind, FeatureKind::kAdmin1);
  EXPECT_EQ(first("Snow fell across Quebec overnight.", "Quebec").kind, FeatureKind::kAdmin1);
}

TEST(PlaceResolver, AListOfStatesIsStatesNotTheirNamesakeTowns) {
  const PlaceResolver r(StatesAndNamesakes());
  const std::string text = "Cases were found in Washington, Pennsylvania and California.";
  const auto choices = r.Resolve(Find(text, {"Washington", "Pennsylvania", "California"}), text);
  for (const Choice& c : choices)
    EXPECT_EQ(r.gazetteer().Get(c.entry).kind, FeatureKind::kAdmin1)
        << r.gazetteer().Get(c.entry).name;
}

// Two Huntsvilles, each with a Walker County beside it: the big one in Alabama (its county seat
// lies 110 km away) and the small one in Texas (the seat of its Walker County). Points rounded
TEST(PlaceResolver, ASiteFilingTheStoryUnderACountyPlacesItsTowns) {
  GazetteerBuilder b;
  const auto town = [&](uint32_t id, std::string name, double lat, double lon, uint32_t population,
                        std::string country, std::string admin1, std::string admin2) {
    PlaceRecord p = TownRecord(id, std::move(name), lat, lon, population, std::move(country),
                               std::move(admin1));
    p.admin2_code = std::move(admin2);
    b.Add(std::move(p));
  };
  town(4212888, "Milton", 34.13, -84.30, 40000, "US", "GA", "121");
  town(4221552, "Sandy Springs", 33.92, -84.38, 100000, "US", "GA", "121");
  town(6071618, "Milton", 43.51, -79.88, 110000, "CA", "08", "");
  b.Add(AlsoCalled(AreaRecord(FeatureKind::kAdmin2, "Fulton County", "US", "GA", "121"),
                   {"Fulton"}));  // as the gazetteer's sources index counties
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "The Milton council met on Monday.";
  const auto toponyms = Find(text, {"Milton"});
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text)[0]), 6071618u) << "alone, the larger Milton";
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text, Ranking::kContext, "", "fulton")[0]), 4212888u)
      << "filed under Fulton County, the Milton in it";
  const std::string county = "Fulton County commissioners met in Milton.";
  const auto both =
      r.Resolve(Find(county, {"Fulton County", "Milton"}), county, Ranking::kContext, "", "fulton");
  EXPECT_EQ(r.gazetteer().Get(both[0].entry).name, "Fulton County")
      << "the county's name with its word is the site's county";
  EXPECT_EQ(IdOf(r, both[1]), 4212888u);
}

TEST(PlaceResolver, ATownIsInTheStateMostOfTheArticlesTownsAreIn) {
  GazetteerBuilder b;
  const auto town = [&](uint32_t id, std::string name, double lat, double lon, uint32_t population,
                        std::string admin1) {
    b.Add(TownRecord(id, std::move(name), lat, lon, population, "US", std::move(admin1)));
  };
  town(4574324, "Conway", 33.84, -79.05, 24000, "SC");
  town(4110486, "Conway", 35.09, -92.44, 64000, "AR");
  town(4569298, "Aiken", 33.56, -81.72, 30000, "SC");
  town(4569802, "Beaufort", 32.43, -80.67, 13000, "SC");
  town(4578737, "Gaffney", 35.07, -81.65, 12000, "SC");
  b.Add(AreaRecord(FeatureKind::kAdmin1, "South Carolina", "US", "SC"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Arkansas", "US", "AR"));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "Crews from Aiken, Beaufort and Gaffney drove to Conway.";
  const auto toponyms = Find(text, {"Conway", "Aiken", "Beaufort", "Gaffney"});
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text)[0]), 4574324u)
      << "three towns of the article in South Carolina, none near Conway";
  const std::string one = "Crews from Aiken drove to Conway.";
  EXPECT_EQ(IdOf(r, r.Resolve(Find(one, {"Conway", "Aiken"}), one)[0]), 4110486u)
      << "one town is no region's vote";
  const std::vector<RegionShare> site = {RegionShare{r.Candidates("Arkansas")[0], 0.1}};
  EXPECT_EQ(IdOf(r, r.Resolve(toponyms, text, Ranking::kContext, "", "", site)[0]), 4110486u)
      << "where the site's other articles say where it writes about, they say it instead";
}

// from GeoNames.
Gazetteer TwoHuntsvilles() {
  GazetteerBuilder b;
  const auto city = [&](uint32_t id, std::string name, double lat, double lon, uint32_t population,
                        std::string admin1, std::string admin2) {
    PlaceRecord p = TownRecord(id, std::move(name), lat, lon, population, "US", std::move(admin1));
    p.admin2_code = std::move(admin2);
    b.Add(std::move(p));
  };
  city(4068590, "Huntsville", 34.73, -86.59, 200000, "AL", "089");
  city(4068148, "Jasper", 33.83, -87.28, 14000, "AL", "127");
  city(4696202, "Huntsville", 30.72, -95.55, 40000, "TX", "471");
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Madison County", "US", "AL", "089"));
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Walker County", "US", "AL", "127"));
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Walker County", "US", "TX", "471"));
  return LoadedGazetteer(b);
}

TEST(PlaceResolver, ARegionWrittenTwoWaysIsNamedOnce) {
  GazetteerBuilder b;
  b.Add(TownRecord(5153420, "Fairview", 41.44, -81.86, 9000, "US", "OH"));
  b.Add(TownRecord(5188843, "Fairview", 42.03, -80.26, 5000, "US", "PA"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Ohio", "US", "OH"));
  b.Add(AlsoCalled(AreaRecord(FeatureKind::kAdmin1, "Pennsylvania", "US", "PA"), {"Pa."}));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text =
      "The Fairview council wrote to Ohio and to Pennsylvania, and the Pa. delegation answered.";
  const auto choices = r.Resolve(Find(text, {"Fairview", "Ohio", "Pennsylvania", "Pa."}), text);
  EXPECT_EQ(IdOf(r, choices[0]), 5153420u)
      << "both states are named; Pennsylvania's two spellings are no second vote for its town";
}

TEST(PlaceResolver, AWordForAnAreasPeopleGivenAsAPlaceStandsForTheArea) {
  GazetteerBuilder b;
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Ohio", "US", "OH"));
  b.Add(AreaRecord(FeatureKind::kContinent, "Europe", ""));
  b.Add(AreaRecord(FeatureKind::kRegion, "South Ossetia", "GE"));
  b.Add(TownRecord(3117000, "Morga", 0, 0, 5000, "ES"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Abkhazia", "GE", "02"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Ontario", "CA", "08"));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text =
      "Ohioans and South Ossetians met European envoys; Morgan chaired the Abkhaz talks for "
      "Ontarians.";
  const auto choices = r.Resolve(
      Find(text, {"Ohioans", "South Ossetians", "European", "Morgan", "Abkhaz", "Ontarians"}),
      text);
  ASSERT_EQ(choices.size(), 6u);
  EXPECT_EQ(r.gazetteer().Get(choices[5].entry).name, "Ontario");
  EXPECT_EQ(r.gazetteer().Get(choices[4].entry).name, "Abkhazia");
  EXPECT_EQ(r.gazetteer().Get(choices[0].entry).name, "Ohio");
  EXPECT_EQ(r.gazetteer().Get(choices[1].entry).name, "South Ossetia");
  EXPECT_EQ(r.gazetteer().Get(choices[2].entry).name, "Europe");
  EXPECT_EQ(choices[3].entry, kNoEntry) << "a town's name is no adjective";
}

TEST(PlaceResolver, ATownAndTheCountyBesideItPickEachOther) {
  const PlaceResolver r(TwoHuntsvilles());
  const std::string text =
      "The burn ban for Walker County was lifted after the Huntsville fire chief met the county "
      "judge.";
  const auto choices = r.Resolve(Find(text, {"Walker County", "Huntsville"}), text);
  const Place county = r.gazetteer().Get(choices[0].entry);
  EXPECT_EQ(county.kind, FeatureKind::kAdmin2);
  EXPECT_EQ(PrecisionOf(county.kind), "admin2");
  EXPECT_EQ(county.admin1_name, "");  // no first-level regions in this small world
  EXPECT_NEAR(county.lat, 30.72, 0.01) << "the Texan county, placed by its seat";
  EXPECT_EQ(IdOf(r, choices[1]), 4696202u) << "Huntsville, Texas";
  // Alone, the bigger Huntsville is the likelier.
  const std::string alone = "Rain is expected in Huntsville.";
  EXPECT_EQ(IdOf(r, r.Resolve(Find(alone, {"Huntsville"}), alone)[0]), 4068590u);
}

// A page that is a directory of hundreds of namesake towns (each name in two countries): every
// name is still resolved, those past the names coherence looks at too.
TEST(PlaceResolver, ADirectoryOfManyNamesIsResolvedWhole) {
  GazetteerBuilder b;
  constexpr int kNames = 1500;
  for (int n = 0; n < kNames; ++n) {
    for (int c = 0; c < 2; ++c) {
      b.Add(TownRecord(uint32_t(2 * n + c + 1), "Town " + std::to_string(10000 + n),
                       c == 0 ? 40 + n % 5 * 0.01 : -30 + n % 7,
                       c == 0 ? -90 + n % 5 * 0.01 : 140 - n % 3, c == 0 ? 2000 : 3000,
                       c == 0 ? "US" : "AU"));
    }
  }
  const PlaceResolver r(LoadedGazetteer(b));
  std::string text;
  std::vector<Toponym> toponyms;
  for (int n = 0; n < kNames; ++n) {
    const uint32_t at = uint32_t(text.size());
    text += "Town " + std::to_string(10000 + n) + ", ";
    const Span span{at, at + 10};
    toponyms.push_back(Toponym{Mention{TextField::kBody, 0, span}, span.Of(text), ""});
  }
  for (Toponym& t : toponyms) t.surface = t.where.span.Of(text);  // |text| grew under them
  const std::vector<Choice> choices = r.Resolve(toponyms, text);
  ASSERT_EQ(choices.size(), toponyms.size());
  for (size_t i = 0; i < choices.size(); ++i) EXPECT_NE(IdOf(r, choices[i]), 0u) << i;
}

TEST(PlaceResolver, PlacesKeepEveryMentionAndItsSurfaceForm) {
  const PlaceResolver r(SmallWorld());
  const std::string text =
      "Kiev said Bakhmut would hold. Soldiers in Chasov Yar, near Bakhmut, agreed. Ukraine waits.";
  const auto toponyms = Find(text, {"Kiev", "Bakhmut", "Chasov Yar", "Ukraine", "Atlantis"});
  const auto choices = r.Resolve(toponyms, text);
  const std::vector<ResolvedPlace> places = r.ToPlaces(toponyms, choices);
  ASSERT_EQ(places.size(), 4u) << "Atlantis is nowhere, Bakhmut once";
  EXPECT_EQ(places[0].geonames_id, 703448u);
  EXPECT_EQ(places[0].name, "Kyiv");
  EXPECT_EQ(places[0].mentions[0].where.span.Of(text), "Kiev");
  EXPECT_EQ(places[0].precision, "city");
  const ResolvedPlace& bakhmut = places[1];
  EXPECT_EQ(bakhmut.mentions.size(), 2u);
  EXPECT_EQ(bakhmut.admin1, "Donetsk");
  EXPECT_LT(DistanceKm(bakhmut.lat, bakhmut.lon, 48.596, 38.000), 5);
  EXPECT_EQ(places[2].name, "Chasiv Yar");
  const ResolvedPlace& ukraine = places[3];
  EXPECT_EQ(ukraine.feature, "country");
  EXPECT_EQ(ukraine.precision, "country");
  EXPECT_EQ(ukraine.geonames_id, 0u);
  EXPECT_LT(ukraine.west, ukraine.east) << "a country keeps an extent, not a bare point";
}

TEST(PlaceResolver, CandidatesTryTheWaysNewsWritesNames) {
  const PlaceResolver r(SmallWorld());
  EXPECT_FALSE(r.Candidates("Ukraine's").empty());
  EXPECT_FALSE(r.Candidates("the Ukraine").empty());
  EXPECT_FALSE(r.Candidates("Houston County").empty());
  const auto ukrainian = r.Candidates("Ukrainian");
  ASSERT_EQ(ukrainian.size(), 1u) << "a nationality word given as a place is its country";
  EXPECT_EQ(r.gazetteer().Get(ukrainian[0]).kind, FeatureKind::kCountry);
  const auto texans = r.Candidates("Texans");
  ASSERT_EQ(texans.size(), 1u) << "a state's people given as a place are their state";
  EXPECT_EQ(r.gazetteer().Get(texans[0]).name, "Texas");
}

TEST(PlaceResolver, CandidatesReadCountiesAsLocalNewsWritesThem) {
  GazetteerBuilder b;
  const auto town = [&](uint32_t id, std::string name, std::string admin1, std::string admin2) {
    PlaceRecord p = TownRecord(id, std::move(name), 0, 0, 20000, "US", std::move(admin1));
    p.admin2_code = std::move(admin2);
    b.Add(std::move(p));
  };
  town(4212995, "Watkinsville", "GA", "219");
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Oconee County", "US", "GA", "219"));
  town(4946863, "Plymouth", "MA", "023");
  b.Add(AreaRecord(FeatureKind::kAdmin2, "Plymouth County", "US", "MA", "023"));
  town(4952629, "Tewksbury", "MA", "017");
  const PlaceResolver r(LoadedGazetteer(b));
  const auto name_of_first = [&](std::string_view surface) {
    const auto found = r.Candidates(surface);
    return found.empty() ? std::string() : std::string(r.gazetteer().Get(found[0]).name);
  };
  EXPECT_EQ(name_of_first("Oconee"), "Oconee County") << "in Clarke and Oconee";
  EXPECT_EQ(name_of_first("Plymouth Co."), "Plymouth County") << "the county first";
  EXPECT_EQ(name_of_first("Tewksbury Twp."), "Tewksbury");
  EXPECT_EQ(name_of_first("Plymouth"), "Plymouth") << "a name that is something else stays it";
}

TEST(PlaceResolver, AGivenNamesAbbreviatedWordsAreWrittenOut) {
  GazetteerBuilder b;
  b.Add(TownRecord(5170013, "Saint Paris", 0, 0, 2000, "US"));
  b.Add(TownRecord(4600541, "West Columbia", 0, 0, 2000, "US"));
  const PlaceResolver r(LoadedGazetteer(b));
  const std::string text = "Buses ran from St. Paris to W. Columbia.";
  const auto choices = r.Resolve(Find(text, {"St. Paris", "W. Columbia"}), text);
  EXPECT_EQ(IdOf(r, choices[0]), 5170013u);
  EXPECT_EQ(IdOf(r, choices[1]), 4600541u);
  EXPECT_TRUE(r.Candidates("St. Paris").empty())
      << "running text's saints are no towns: only given names are written out";
}

TEST(PlaceResolver, AGivenPartOfATownIsWithinReachOfTheTown) {
  const PlaceResolver r(SmallWorld());
  const std::string text =
      "Storms hit North Houston, the Town of Atlanta, the Greater Atlanta Area and southern "
      "Ukraine.";
  const auto choices = r.Resolve(
      Find(text, {"North Houston", "Town of Atlanta", "southern Ukraine", "Greater Atlanta Area"}),
      text);
  EXPECT_EQ(IdOf(r, choices[0]), 4699066u);
  EXPECT_EQ(IdOf(r, choices[1]), 4180439u);
  EXPECT_EQ(choices[2].entry, kNoEntry) << "a part of a country is not near its middle";
  EXPECT_EQ(IdOf(r, choices[3]), 4180439u);
  EXPECT_TRUE(choices[0].vicinity) << "North Houston is in Houston, not Houston";
  EXPECT_FALSE(choices[1].vicinity) << "the Town of Atlanta is Atlanta itself";
  EXPECT_TRUE(choices[3].vicinity) << "a town's greater area reaches past the town";
}

TEST(PlaceResolver, AGivenWaterOrParkNamedAfterATownIsWithinReachOfIt) {
  const PlaceResolver r(SmallWorld());
  const std::string text =
      "Boats left the Port of Houston for Lake Paris, past the Atlanta River and Houston Park, "
      "under Mount Atlanta and off the Ukraine Islands.";
  const auto choices = r.Resolve(Find(text, {"Port of Houston", "Lake Paris", "Atlanta River",
                                             "Houston Park", "Mount Atlanta", "Ukraine Islands"}),
                                 text);
  EXPECT_EQ(IdOf(r, choices[0]), 4699066u);
  EXPECT_EQ(r.gazetteer().Get(choices[1].entry).name, "Paris")
      << "a lake named after a town: one of the towns of its name";
  EXPECT_EQ(IdOf(r, choices[2]), 4180439u);
  EXPECT_EQ(IdOf(r, choices[3]), 4699066u);
  EXPECT_EQ(choices[4].entry, kNoEntry) << "mountains are named after people more than towns";
  EXPECT_EQ(choices[5].entry, kNoEntry) << "nor islands after towns, nor waters after countries";
  for (size_t i = 0; i < 4; ++i) EXPECT_TRUE(choices[i].vicinity) << i;
}

TEST(PlaceResolver, APlaceInOrByATownIsItsOwnPlaceAtTheTownsPoint) {
  const PlaceResolver r(SmallWorld());
  const std::string text = "Houston Park flooded, and Houston closed its schools.";
  std::vector<Toponym> toponyms = Find(text, {"Houston Park", "Houston"});
  toponyms.erase(toponyms.begin() + 1);  // the town's name inside the park's
  ASSERT_EQ(toponyms.size(), 2u);
  const std::vector<ResolvedPlace> places = r.ToPlaces(toponyms, r.Resolve(toponyms, text));
  ASSERT_EQ(places.size(), 2u) << "the park is not passed off as the town";
  EXPECT_EQ(places[0].geonames_id, 4699066u);
  EXPECT_EQ(places[0].precision, "vicinity");
  EXPECT_TRUE(places[0].DrawnAsPoint());
  EXPECT_EQ(places[0].mentions.at(0).where.span.begin, 0u);
  EXPECT_EQ(places[1].geonames_id, 4699066u);
  EXPECT_EQ(places[1].precision, "city");
  EXPECT_DOUBLE_EQ(places[0].lat, places[1].lat);
}

// The places stage over an ASCII article of one sentence with the given entity mentions.
std::vector<std::string> StagePlaces(Gazetteer g, const std::string& text,
                                     std::vector<std::pair<std::string, std::string>> entities) {
  Article a;
  a.text = text;
  a.sentences.push_back(Span{0, uint32_t(text.size())});
  for (const auto& [surface, type] : entities) {
    Entity e;
    e.type = type;
    e.name = surface;
    const size_t at = text.find(surface);
    SITREP_ASSERT(at != std::string::npos);
    e.mentions.push_back(
        Mention{TextField::kBody, 0, Span{uint32_t(at), uint32_t(at + surface.size())}});
    a.entities.push_back(std::move(e));
  }
  const PlaceStage stage(std::move(g));
  SITREP_ASSERT(stage.Run(a).ok());
  std::vector<std::string> out;
  for (const ResolvedPlace& p : a.places) {
    for (const PlaceMention& m : p.mentions) out.push_back(std::string(m.where.span.Of(text)));
  }
  return out;
}

TEST(PlaceStage, PlacesInsideOrganisationNamesAreFound) {
  const auto found =
      StagePlaces(SmallWorld(), "Officers of the Houston Police Department searched the house.",
                  {{"Houston Police Department", "ORG"}});
  EXPECT_EQ(found, std::vector<std::string>{"Houston"});
}

TEST(PlaceStage, AnAbbreviatedStateKeepsItsFullStop) {
  // "Tex." is an alternate of Texas, and no word of its name; "Texas." is the name ending a
  // sentence.
  GazetteerBuilder b;
  PlaceRecord texas = AlsoCalled(AreaRecord(FeatureKind::kAdmin1, "Texas", "US", "TX"), {"Tex."});
  texas.lat = 31.25;
  texas.lon = -99.25;
  b.Add(texas);
  PlaceRecord west_virginia = texas;
  west_virginia.name = "West Virginia";
  west_virginia.alternates = {"W. Va."};
  west_virginia.admin1_code = "WV";
  b.Add(west_virginia);
  const Gazetteer g = LoadedGazetteer(b);
  EXPECT_EQ(StagePlaces(g, "He was born in Tex. and raised there.", {{"Tex", "GPE"}}),
            std::vector<std::string>{"Tex."});
  EXPECT_EQ(StagePlaces(g, "He was born in Texas.", {{"Texas", "GPE"}}),
            std::vector<std::string>{"Texas"});
  EXPECT_EQ(StagePlaces(g, "She moved to W. Va. in May.", {{"W. Va", "GPE"}}),
            std::vector<std::string>{"W. Va."})
      << "the abbreviation's last word decides";
}

TEST(PlaceStage, AnAlternateSpellingEndingASentenceLeavesItsStop) {
  // GeoNames writes the Syrian town I'zaz; "Azaz" is an alternate spelling, not an abbreviation.
  GazetteerBuilder b;
  b.Add(AlsoCalled(TownRecord(172082, "I\u2018z\u0101z", 36.59, 37.05, 66000, "SY", "", "PPLA2"),
                   {"Azaz"}));
  const Gazetteer g = LoadedGazetteer(b);
  EXPECT_EQ(StagePlaces(g, "Trucks crossed north of Azaz.", {{"Azaz", "GPE"}}),
            std::vector<std::string>{"Azaz"});
}

TEST(PlaceStage, SentenceOpeningTheAndCompassWordsAreNoPartOfPlaces) {
  GazetteerBuilder b;
  PlaceRecord ukraine = AreaRecord(FeatureKind::kCountry, "Ukraine", "UA");
  ukraine.lat = 49;
  ukraine.lon = 32;
  b.Add(ukraine);
  PlaceRecord north = ukraine;  // Cameroon's North Region is called North in GeoNames
  north.kind = FeatureKind::kAdmin1;
  north.name = "North";
  north.country = "CM";
  north.admin1_code = "12";
  b.Add(north);
  const Gazetteer g = LoadedGazetteer(b);
  const auto found =
      StagePlaces(g, "The Ukraine team met North delegates in Kyiv on Ukraine Day.", {});
  EXPECT_EQ(found, (std::vector<std::string>{"Ukraine", "Ukraine"}));
}

TEST(PlaceStage, ACompassWordMakesARegionWhereTheGazetteerHasOne) {
  GazetteerBuilder b;
  PlaceRecord ukraine = AreaRecord(FeatureKind::kCountry, "Ukraine", "UA");
  ukraine.lat = 49;
  ukraine.lon = 32;
  b.Add(ukraine);
  PlaceRecord east = ukraine;
  east.kind = FeatureKind::kRegion;
  east.name = "eastern Ukraine";
  east.lat = 48.8;
  east.lon = 37;
  b.Add(east);
  const Gazetteer g = LoadedGazetteer(b);
  // The tagger marks the country alone; the region is the place the text names.
  EXPECT_EQ(StagePlaces(g, "Shelling went on in eastern Ukraine and in western Ukraine.",
                        {{"Ukraine", "GPE"}}),
            (std::vector<std::string>{"eastern Ukraine", "Ukraine"}));
}

// Towns around Atlanta and their namesakes far away, points rounded from GeoNames.
Gazetteer GeorgiaTowns() {
  GazetteerBuilder b;
  b.Add(TownRecord(4180439, "Atlanta", 33.749, -84.388, 463878, "US", "GA"));
  b.Add(TownRecord(4191124, "Decatur", 33.775, -84.296, 20000, "US", "GA"));
  b.Add(TownRecord(5780557, "Tucker", 40.64, -111.9, 3000, "US",
                   "UT"));  // no Tucker near Atlanta in this world
  b.Add(TownRecord(4835003, "Cromwell", 41.595, -72.645, 14000, "US", "CT"));
  return LoadedGazetteer(b);
}

TEST(PlaceStage, ASmallTownNearTheArticlesPlacesIsAPlaceWhateverTheTaggerSaid) {
  // Decatur lies 9 km from Atlanta; the only Tucker is in Utah.
  EXPECT_EQ(StagePlaces(GeorgiaTowns(), "In the final, Decatur beat Tucker near Atlanta.",
                        {{"Atlanta", "GPE"}, {"Decatur", "ORG"}, {"Tucker", "ORG"}}),
            (std::vector<std::string>{"Decatur", "Atlanta"}));
  // Without a place near it, a small town's name is left alone.
  EXPECT_TRUE(StagePlaces(GeorgiaTowns(), "In the final, Decatur beat Tucker.", {}).empty());
  // A person named in full is no town, even near one: "Decatur" is her name's short form.
  Article a;
  a.text = "Ann Decatur spoke near Atlanta. On Monday, Decatur said the vote was close.";
  a.sentences = {Span{0, 31}, Span{32, uint32_t(a.text.size())}};
  Entity person;
  person.type = "PERSON";
  person.mentions = {Mention{TextField::kBody, 0, Span{0, 11}},
                     Mention{TextField::kBody, 0, Span{43, 50}}};
  Entity atlanta;
  atlanta.type = "GPE";
  atlanta.mentions = {Mention{TextField::kBody, 0, Span{23, 30}}};
  a.entities = {person, atlanta};
  ASSERT_TRUE(PlaceStage(GeorgiaTowns()).Run(a).ok());
  ASSERT_EQ(a.places.size(), 1u);
  EXPECT_EQ(a.places[0].name, "Atlanta");
}

TEST(PlaceStage, ADatelinesTownIsAPlace) {
  EXPECT_EQ(StagePlaces(GeorgiaTowns(), "CROMWELL - Police said the road reopened.",
                        {{"CROMWELL", "ORG"}}),
            std::vector<std::string>{"CROMWELL"});
  EXPECT_EQ(StagePlaces(GeorgiaTowns(), "CROMWELL police said the road reopened.", {}),
            std::vector<std::string>{})
      << "capitals alone make no dateline";
}

}  // namespace
}  // namespace sitrep::places
