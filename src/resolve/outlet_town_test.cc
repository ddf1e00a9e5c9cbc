#include "resolve/outlet_town.h"

#include <gtest/gtest.h>

#include "resolve/gazetteer_builder.h"

namespace sitrep::places {
namespace {

Gazetteer Towns() {
  GazetteerBuilder b;
  uint32_t id = 1;
  for (const char* name : {"Palestine", "Athens", "Augusta", "Paris", "Springfield", "Echo",
                           "Kansas City", "Richmond", "Beacon", "Herald"}) {
    PlaceRecord p;
    p.geonames_id = id++;
    p.name = name;
    p.population = 20000;
    p.country = "US";
    p.feature_class = 'P';
    p.feature_code = "PPL";
    b.Add(std::move(p));
  }
  PlaceRecord country;
  country.kind = FeatureKind::kCountry;
  country.name = "Jordan";
  country.country = "JO";
  b.Add(std::move(country));
  b.Finish();
  Result<Gazetteer> g = Gazetteer::FromBytes(b.Serialise("outlet town test"));
  SITREP_ASSERT(g.ok());
  return std::move(g).value();
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
}

}  // namespace
}  // namespace sitrep::places
