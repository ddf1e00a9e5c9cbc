#include "record/text_record.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(ToText, ShowsMetadataAndOneSentencePerLine) {
  Article a;
  a.title = "Harbour reopens";
  a.authors = {"Ann Lee", "Bo Kim"};
  a.published = "2024-06-02";
  a.text = "It reopened. Ferries run.\n\nNext.";
  a.paragraphs = {{0, 25}, {27, 32}};
  a.sentences = {{0, 12}, {13, 25}, {27, 32}};
  a.links = {{"Storm story", "https://x.example/s", LinkKind::kRelated}};
  a.warnings = {"invalid UTF-8: 1 ill-formed sequence(s) replaced with U+FFFD"};
  const std::string text = ToText(a);
  EXPECT_EQ(text.rfind("Harbour reopens\n", 0), 0u);
  EXPECT_NE(text.find("authors     Ann Lee; Bo Kim\n"), std::string::npos);
  EXPECT_NE(text.find("published   2024-06-02\n"), std::string::npos);
  EXPECT_NE(text.find("link        related: Storm story <https://x.example/s>\n"),
            std::string::npos);
  EXPECT_NE(text.find("warning     invalid UTF-8"), std::string::npos);
  EXPECT_NE(text.find("[1]\n  It reopened.\n  Ferries run.\n\n[2]\n  Next.\n"), std::string::npos);
}

TEST(ToText, ShowsEntitiesDatesAndPlacesWithTheirWords) {
  Article a;
  a.title = "Talks on Monday";
  a.text = "Minister Ana Ruiz said Ruiz would visit Kyiv late Monday. Spain agreed.";
  Entity ruiz{"PERSON", "Ana Ruiz", {"Ruiz"}, {}, {{TextField::kBody, 0, {9, 17}}}};
  ruiz.roles.push_back({"Minister", "", {TextField::kBody, 0, {0, 17}}});
  ruiz.mentions.push_back({TextField::kBody, 0, {23, 27}});
  a.entities = {ruiz};
  DateMention late_monday;
  late_monday.span = {45, 56};
  late_monday.type = "DATE";
  late_monday.value = "2023-03-06";
  late_monday.precision = "day";
  late_monday.part_of_day = "late";
  DateMention in_title = late_monday;
  in_title.field = TextField::kTitle;
  in_title.span = {9, 15};
  in_title.value.clear();
  in_title.part_of_day.clear();
  a.dates = {late_monday, in_title};
  ResolvedPlace kyiv;
  kyiv.name = "Kyiv";
  kyiv.lat = 50.4547;
  kyiv.lon = 30.5238;
  kyiv.country = "UA";
  kyiv.precision = "city";
  kyiv.confidence = 0.9;
  kyiv.mentions = {{{TextField::kBody, 0, {40, 44}}, ""}};
  ResolvedPlace spain;
  spain.name = "Spain";
  spain.lat = 40.2;
  spain.lon = -3.6;
  spain.south = 36.0;
  spain.north = 43.8;
  spain.west = -9.3;
  spain.east = 3.3;
  spain.country = "ES";
  spain.precision = "country";
  spain.confidence = 1;
  spain.mentions = {{{TextField::kBody, 0, {58, 63}}, "government"}};
  a.places = {kyiv, spain};

  const std::string text = ToText(a);
  EXPECT_NE(text.find("entity      PERSON Ana Ruiz [Minister] aka Ruiz x2\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("date        \"late Monday\" DATE 2023-03-06 day part of day: late\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("date        \"Monday\" (title) DATE (unresolved) day\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("place       Kyiv (city; 50.4547, 30.5238; UA; confidence 0.90) \"Kyiv\"\n"),
            std::string::npos)
      << text;
  // A country is shown as the area it is, never as a bare point.
  EXPECT_NE(text.find("place       Spain (country; area 36.00..43.80 N, -9.30..3.30 E; ES; "
                      "confidence 1.00) \"Spain\" as government\n"),
            std::string::npos)
      << text;
}

TEST(ToText, ShowsPlaceRelationsWithWhatTheyLocateAndFromWhat) {
  Article a;
  a.text = "Shells hit Irpin, 20 km north-west of Kyiv.";
  ResolvedPlace irpin, kyiv;
  irpin.name = "Irpin";
  irpin.mentions = {{{TextField::kBody, 0, {11, 16}}, ""}};
  kyiv.name = "Kyiv";
  kyiv.mentions = {{{TextField::kBody, 0, {38, 42}}, ""}};
  a.places = {irpin, kyiv};
  PlaceRelation r;
  r.span = {18, 42};
  r.kind = "bearing";
  r.bearing = "NW";
  r.distance_km = 20;
  r.distance = {18, 23};
  r.anchor = {38, 42};
  r.anchor_place = 1;
  r.subject = {11, 16};
  r.subject_place = 0;
  r.has_point = true;
  r.lat = 50.58;
  r.lon = 30.32;
  PlaceRelation line = r;
  line.anchor_place = -1;
  line.subject = {};
  line.has_point = false;
  a.place_relations = {r, line};
  const std::string text = ToText(a);
  EXPECT_NE(text.find("relation    \"20 km north-west of Kyiv\" bearing: locates \"Irpin\"; "
                      "bearing NW; 20 km; from \"Kyiv\"; about 50.58, 30.32\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("relation    \"20 km north-west of Kyiv\" bearing; bearing NW; 20 km; "
                      "from \"Kyiv\" (no place)\n"),
            std::string::npos)
      << text;
}

TEST(ToText, UnknownFieldsShowADash) {
  Article a;
  const std::string text = ToText(a);
  EXPECT_EQ(text.rfind("(untitled)\n", 0), 0u);
  EXPECT_NE(text.find("outlet      -\n"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
