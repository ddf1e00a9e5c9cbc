#include "resolve/outlet_town.h"

#include <gtest/gtest.h>

#include "resolve/gazetteer_testing.h"

namespace sitrep::places {
namespace {

Gazetteer Towns() {
  GazetteerBuilder b;
  uint32_t id = 1;
  for (const char* name :
       {"Palestine", "Athens", "Augusta", "Paris", "Springfield", "Echo", "Kansas City", "Richmond",
        "Beacon", "Herald", "Arlington", "Toronto", "Florida", "Mercury", "Porter", "Metro"}) {
    b.Add(TownRecord(id++, name, 0, 0, 20000, "US"));
  }
  // Two counties by their towns' people: Fulton's of 20,000, and Story's under the word "story".
  PlaceRecord in_fulton = TownRecord(id++, "Roswell", 34, -84.4, 20000, "US", "GA");
  in_fulton.admin2_code = "121";
  b.Add(std::move(in_fulton));
  b.Add(AlsoCalled(AreaRecord(FeatureKind::kAdmin2, "Fulton County", "US", "GA", "121"),
                   {"Fulton"}));  // as the gazetteer's sources index counties
  PlaceRecord in_story = TownRecord(id++, "Ames", 42, -93.6, 20000, "US", "IA");
  in_story.admin2_code = "169";
  b.Add(std::move(in_story));
  b.Add(AlsoCalled(AreaRecord(FeatureKind::kAdmin2, "Story County", "US", "IA", "169"), {"Story"}));
  b.Add(TownRecord(id++, "Story", 0, 0, 800, "US"));  // a village: no outlet's town
  b.Add(AreaRecord(FeatureKind::kCountry, "Jordan", "JO"));
  b.Add(AreaRecord(FeatureKind::kAdmin1, "Florida", "US", "FL"));
  return LoadedGazetteer(b);
}

TEST(OutletTown, ATownAtTheStartOrEndOfALabel) {
  const Gazetteer g = Towns();
  EXPECT_EQ(OutletTown("http://www.palestineherald.com/local/x.html", g), "palestine");
  EXPECT_EQ(OutletTown("https://onlineathens.com/stories/1", g), "athens");
  EXPECT_EQ(OutletTown("http://chronicle.augusta.com/news", g), "augusta");
  EXPECT_EQ(OutletTown("https://www.springfield-news.com/", g), "springfield");
  EXPECT_EQ(OutletTown("http://www.richmondandtwickenhamtimes.co.uk/news/1", g), "richmond");
  EXPECT_EQ(OutletTown("http://www.parisbeacon.com/", g), "paris") << "the town comes first";
  EXPECT_EQ(OutletTown("http://www.theparisnews.com/", g), "paris");
  EXPECT_EQ(OutletTown("http://www.athensherald.com/", g), "athens");
}

TEST(OutletTown, ShortRunsCountriesAndOtherNamesAreNone) {
  const Gazetteer g = Towns();
  EXPECT_EQ(OutletTown("http://www.echopress.com/", g), "") << "four letters name towns by chance";
  EXPECT_EQ(OutletTown("http://www.jordannews.com/", g), "") << "a country is no home town";
  EXPECT_EQ(OutletTown("http://www.ajc.com/", g), "");
  EXPECT_EQ(OutletTown("http://www.paris.fr/", g), "paris") << "the label is the town";
  EXPECT_EQ(OutletTown("", g), "");
  EXPECT_EQ(OutletTown("not a url", g), "");
  EXPECT_EQ(OutletTown("http://www.example.com/news/m%C3%BCnchen/1.html", g), "")
      << "an encoded section is no town of the gazetteer's";
  std::string deep = "http://www.example.com";
  for (int i = 0; i < 20000; ++i) deep += "/section";
  EXPECT_EQ(OutletTown(deep + "/1.html", g), "") << "a hostile path of 20,000 sections";
}

TEST(OutletTown, ASectionOfThePathNamedForATown) {
  const Gazetteer g = Towns();
  EXPECT_EQ(OutletTown("http://www.example-telegram.com/arlington_news/story/12.html", g),
            "arlington")
      << "a village of 800 people is no section a site files stories under";
  EXPECT_EQ(OutletTown("https://www.example.ca/news/canada/toronto/a-slug-1.23", g), "toronto");
  EXPECT_EQ(OutletTown("http://www.storytimes.com/", g), "") << "nor a paper's town";
  EXPECT_EQ(OutletTown("http://www.example.com/news/arlington", g), "")
      << "the last segment is the story's own";
  EXPECT_EQ(OutletTown("http://www.palestineherald.com/arlington_news/1.html", g), "palestine")
      << "the paper's own name first";
}

TEST(OutletTown, APathSectionNamedForACounty) {
  const Gazetteer g = Towns();
  EXPECT_EQ(OutletTown("http://www.example.com/news/metro/fulton/stories/2024/1.html", g), "fulton")
      << "a site files the story under Fulton County; \"metro\" and \"stories\" are sections";
  EXPECT_EQ(OutletTown("http://www.example.com/local/story/12.html", g), "")
      << "\"story\" is a word of addresses, not Story County";
  EXPECT_EQ(OutletTown("http://www.example.com/roswell_news/1.html", g), "roswell");
}

TEST(OutletTown, ThePapersOwnWordsAreNoTown) {
  const Gazetteer g = Towns();
  EXPECT_EQ(OutletTown("http://www.eveningmercury.com/", g), "") << "no Mercury";
  EXPECT_EQ(OutletTown("http://www.thereporter.com/", g), "") << "no Porter in the reporter";
  EXPECT_EQ(OutletTown("http://www.heraldexpress.com/", g), "");
  EXPECT_EQ(OutletTown("http://www.example.com/metro/1.html", g), "");
  EXPECT_EQ(OutletTown("http://www.athensdailyherald.com/", g), "athens")
      << "the town before the paper's words";
  EXPECT_EQ(OutletTown("http://www.dailyaugusta.com/", g), "augusta") << "and after them";
}

TEST(OutletTown, AStatesNameIsNoTown) {
  const Gazetteer g = Towns();
  EXPECT_EQ(OutletTown("http://www.floridatimes.com/", g), "");
  EXPECT_EQ(OutletTown("http://www.example.com/florida/1.html", g), "");
}

}  // namespace
}  // namespace sitrep::places
