#include "resolve/place_relations.h"

#include <gtest/gtest.h>

namespace sitrep::places {
namespace {

struct KnownPlace {
  std::string name;  // as written in the text; every occurrence is a mention
  std::string precision;
  double lat, lon;
};

// An article of our own sentences, split at ". ", whose places layer holds |places| with a
// mention at each place of the text where the name is written.
Article Annotated(std::string text, const std::vector<KnownPlace>& places) {
  Article a;
  a.text = std::move(text);
  uint32_t start = 0;
  for (size_t dot; (dot = a.text.find(". ", start)) != std::string::npos; start = dot + 2) {
    a.sentences.push_back(Span{start, uint32_t(dot + 1)});
  }
  a.sentences.push_back(Span{start, uint32_t(a.text.size())});
  for (const KnownPlace& k : places) {
    ResolvedPlace p;
    p.name = k.name;
    p.precision = k.precision;
    p.lat = k.lat;
    p.lon = k.lon;
    for (size_t at = a.text.find(k.name); at != std::string::npos;
         at = a.text.find(k.name, at + 1)) {
      p.mentions.push_back(
          {Mention{TextField::kBody, 0, Span{uint32_t(at), uint32_t(at + k.name.size())}}, ""});
    }
    a.places.push_back(std::move(p));
  }
  return a;
}

std::vector<PlaceRelation> Relations(Article a) {
  EXPECT_TRUE(PlaceRelationStage().Run(a).ok());
  return a.place_relations;
}

std::string Of(const Article& a, Span s) { return std::string(s.Of(a.text)); }

const KnownPlace kChasivYar{"Chasiv Yar", "city", 48.59348, 37.85724};
const KnownPlace kBakhmut{"Bakhmut", "city", 48.59441, 37.99983};
const KnownPlace kKyiv{"Kyiv", "city", 50.45466, 30.5238};
const KnownPlace kUkraine{"Ukraine", "country", 49, 32};

TEST(PlaceRelations, TheExampleArticlesSoldierIsWestOfTheFrontLine) {
  const Article a = Annotated(
      "One soldier in the town of Chasiv Yar, 10 kilometers west of the front line, said on "
      "Monday that Bakhmut would fall.",
      {kChasivYar, kBakhmut});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Of(a, r[0].span), "10 kilometers west of the front line");
  EXPECT_EQ(r[0].kind, "bearing");
  EXPECT_EQ(r[0].bearing, "W");
  EXPECT_DOUBLE_EQ(r[0].distance_km, 10);
  EXPECT_EQ(Of(a, r[0].distance), "10 kilometers");
  EXPECT_EQ(Of(a, r[0].anchor), "the front line");
  EXPECT_EQ(r[0].anchor_place, -1);
  EXPECT_EQ(Of(a, r[0].subject), "Chasiv Yar");
  EXPECT_EQ(r[0].subject_place, 0);
  EXPECT_FALSE(r[0].has_point) << "a line has no point to measure from";
}

TEST(PlaceRelations, BearingAndDistanceFromAPointGiveAnEstimatedPoint) {
  const Article a =
      Annotated("Fighting raged about 15 km (9 miles) north of Bakhmut on Sunday.", {kBakhmut});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Of(a, r[0].span), "about 15 km (9 miles) north of Bakhmut");
  EXPECT_EQ(Of(a, r[0].distance), "about 15 km");
  EXPECT_DOUBLE_EQ(r[0].distance_km, 15);
  EXPECT_EQ(r[0].bearing, "N");
  EXPECT_EQ(r[0].anchor_place, 0);
  EXPECT_EQ(r[0].subject_place, -1) << "what is located is the fighting, not a place";
  ASSERT_TRUE(r[0].has_point);
  EXPECT_NEAR(r[0].lat, 48.59441 + 15 / 111.2, 0.01);
  EXPECT_NEAR(r[0].lon, 37.99983, 0.01);
}

TEST(PlaceRelations, AnAreaAnchorGivesNoPoint) {
  const Article a = Annotated("The drones flew 200 km west of Ukraine.", {kUkraine});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].anchor_place, 0);
  EXPECT_FALSE(r[0].has_point) << "a country's centre is no point to measure a distance from";
}

TEST(PlaceRelations, ATownDescribedByItsBearingIsTheSubject) {
  const KnownPlace soledar{"Soledar", "city", 48.6833, 38.0833};
  const Article a = Annotated("Soledar, a small town north-east of Bakhmut, fell in January.",
                              {soledar, kBakhmut});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(Of(a, r[0].span), "north-east of Bakhmut");
  EXPECT_EQ(r[0].bearing, "NE");
  EXPECT_EQ(r[0].distance_km, 0);
  EXPECT_TRUE(r[0].distance.empty());
  EXPECT_EQ(r[0].subject_place, 0);
  EXPECT_EQ(r[0].anchor_place, 1);
  EXPECT_FALSE(r[0].has_point) << "no distance, no point";
}

TEST(PlaceRelations, OutskirtsOutsideNearAndOffTheCoast) {
  const KnownPlace yemen{"Yemen", "country", 15.5, 47.5};
  const Article a = Annotated(
      "Sirens sounded on the outskirts of Kyiv. Troops massed outside Bakhmut. A drone fell "
      "near the city of Chasiv Yar. A ship was seized off the coast of Yemen.",
      {kKyiv, kBakhmut, kChasivYar, yemen});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].kind, "outskirts");
  EXPECT_EQ(Of(a, r[0].span), "the outskirts of Kyiv");
  EXPECT_EQ(r[0].anchor_place, 0);
  EXPECT_EQ(r[1].kind, "outside");
  EXPECT_EQ(r[1].anchor_place, 1);
  EXPECT_EQ(r[2].kind, "near");
  EXPECT_EQ(Of(a, r[2].anchor), "Chasiv Yar");
  EXPECT_EQ(r[2].anchor_place, 2);
  EXPECT_EQ(r[3].kind, "off_coast");
  EXPECT_EQ(r[3].anchor_place, 3);
  for (const PlaceRelation& each : r) EXPECT_TRUE(each.bearing.empty());
}

TEST(PlaceRelations, DistancesInOtherUnitsAndForms) {
  const KnownPlace mosul{"Mosul", "city", 36.335, 43.119};
  const Article a = Annotated(
      "The base is 30 miles from Mosul. The tanker stopped 12 nautical miles from the coast. "
      "Shells landed 500 metres from the border. Troops dug in 10km south of Mosul. Villagers "
      "fled less than a mile away from the river.",
      {mosul});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].kind, "distance");
  EXPECT_NEAR(r[0].distance_km, 48.28, 0.01);
  EXPECT_EQ(r[0].anchor_place, 0);
  EXPECT_NEAR(r[1].distance_km, 22.224, 0.001);
  EXPECT_EQ(Of(a, r[1].distance), "12 nautical miles");
  EXPECT_EQ(Of(a, r[1].anchor), "the coast");
  EXPECT_NEAR(r[2].distance_km, 0.5, 1e-9);
  EXPECT_EQ(Of(a, r[2].anchor), "the border");
  EXPECT_DOUBLE_EQ(r[3].distance_km, 10);
  EXPECT_EQ(r[3].bearing, "S");
  EXPECT_TRUE(r[3].has_point);
  EXPECT_EQ(Of(a, r[4].distance), "less than a mile");
  EXPECT_EQ(Of(a, r[4].span), "less than a mile away from the river");
}

TEST(PlaceRelations, PhrasesThatLocateNothingAreLeftAlone) {
  const Article a = Annotated(
      "Refugees came from Kyiv. The north of the country was quiet. Prices rose near the end of "
      "the year. Aid arrived from abroad. He lives west of here. Shells fell near the town.",
      {kKyiv});
  EXPECT_TRUE(Relations(a).empty());
}

TEST(PlaceRelations, ASubjectInAnotherSentenceIsNone) {
  const Article a = Annotated(
      "Troops left Kyiv. Two days later, 20 km east of Bakhmut, they dug in.", {kKyiv, kBakhmut});
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].subject_place, -1);
  EXPECT_EQ(r[0].anchor_place, 1);
}

TEST(PlaceRelations, ABearingWordInsideAPlaceNameIsNoRelation) {
  const KnownPlace sudan{"South Sudan", "country", 7.5, 30};
  const Article a = Annotated("Floods hit South Sudan of late.", {sudan});
  EXPECT_TRUE(Relations(a).empty());
}

TEST(PlaceRelations, NoPlacesAndNoSentencesStillWork) {
  Article a;
  a.text = "Shelling continued 5 km north of the front line";
  const auto r = Relations(a);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].anchor_place, -1);
  Article empty;
  EXPECT_TRUE(Relations(empty).empty());
}

}  // namespace
}  // namespace sitrep::places
