#include "record/json_record.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace sitrep {
namespace {

using nlohmann::json;

Article Sample() {
  Article a;
  a.id = "0123456789abcdef";
  a.url = "https://example.org/a";
  a.title = "Київ talks";
  a.authors = {"AFP"};
  a.published = "2023-03-07";
  a.text = "“Київ” talks.\n\nSecond é paragraph.";
  a.paragraphs = {{0, 21}, {23, 43}};
  a.sentences = {{0, 21}, {23, 43}};
  a.images = {{"", "A caption.", "Credit"}};
  a.links = {{"Other story", "", LinkKind::kRelated}};
  a.stages = {"read.text.v1", "sentences.v1"};
  return a;
}

TEST(ToJson, HasEveryFieldOfTheContract) {
  const json j = json::parse(ToJson(Sample()));
  for (const char* key : {"id",         "url",       "canonical_url",    "outlet",
                          "authors",    "title",     "published",        "modified",
                          "language",   "section",   "metadata_sources", "text",
                          "paragraphs", "sentences", "images",           "links",
                          "entities",   "places",    "place_relations",  "dates",
                          "quantities", "quotes",    "claims",           "events"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  for (const char* layer : {"entities", "places", "place_relations", "dates", "quantities",
                            "quotes", "claims", "events"}) {
    EXPECT_TRUE(j[layer].is_array() && j[layer].empty()) << layer;
  }
}

TEST(ToJson, UnknownMetadataIsNull) {
  const json j = json::parse(ToJson(Sample()));
  EXPECT_TRUE(j["canonical_url"].is_null());
  EXPECT_TRUE(j["outlet"].is_null());
  EXPECT_TRUE(j["language"].is_null());
  EXPECT_TRUE(j["modified"].is_null());
  EXPECT_TRUE(j["section"].is_null());
  EXPECT_TRUE(j["images"][0]["url"].is_null());
  EXPECT_EQ(j["links"][0]["kind"], "related");
}

TEST(ToJson, MetadataSourcesNameEachFieldsSourceOrNull) {
  Article a = Sample();
  a.modified = "2023-03-08T10:00:00+01:00";
  a.section = "World";
  a.metadata_sources.title = "json-ld";
  a.metadata_sources.published = "url-path";
  const json j = json::parse(ToJson(a));
  EXPECT_EQ(j["modified"], "2023-03-08T10:00:00+01:00");
  EXPECT_EQ(j["section"], "World");
  const json& from = j["metadata_sources"];
  EXPECT_EQ(from["title"], "json-ld");
  EXPECT_EQ(from["published"], "url-path");
  for (const char* key :
       {"authors", "modified", "outlet", "canonical_url", "language", "section", "image"}) {
    EXPECT_TRUE(from.contains(key) && from[key].is_null()) << key;
  }
}

TEST(ToJson, OffsetsAreCodePoints) {
  const json j = json::parse(ToJson(Sample()));
  // “Київ” talks. is 13 code points but 20 bytes.
  EXPECT_EQ(j["paragraphs"][0]["start"], 0);
  EXPECT_EQ(j["paragraphs"][0]["end"], 13);
  EXPECT_EQ(j["paragraphs"][1]["start"], 15);
  EXPECT_EQ(j["paragraphs"][1]["end"], 34);
}

TEST(ToJson, PrettyAndCompactCarryTheSameRecord) {
  const std::string compact = ToJson(Sample());
  const std::string pretty = ToJson(Sample(), 2);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_NE(pretty.find('\n'), std::string::npos);
  EXPECT_EQ(json::parse(compact), json::parse(pretty));
}

TEST(ToJson, ContentHashFollowsTheText) {
  Article a = Sample();
  const json before = json::parse(ToJson(a));
  a.text += " More.";
  const json after = json::parse(ToJson(a));
  EXPECT_NE(before["content_hash"], after["content_hash"]);
}

TEST(ToJson, DatesInEveryFieldAndTheDateOfEachSentence) {
  Article a = Sample();
  a.title = "Talks end Friday";
  a.dates = {{{26, 32}, TextField::kBody, 0, "DATE", "2023-03-06", "day", "", "", 0.8f, -1},
             {{10, 16}, TextField::kTitle, 0, "DATE", "2023-03-03", "day", "", "", 0.7f, -1}};
  a.sentence_dates = {-1, 0};
  const json j = json::parse(ToJson(a));
  ASSERT_EQ(j["dates"].size(), 2u);
  EXPECT_FALSE(j["dates"][0].contains("field"));
  EXPECT_EQ(j["dates"][1]["field"], "title");
  EXPECT_EQ(j["dates"][1]["text"], "Friday");
  EXPECT_EQ(j["dates"][1]["value"], "2023-03-03");
  EXPECT_TRUE(j["sentences"][0]["date"].is_null());
  EXPECT_EQ(j["sentences"][1]["date"], 0);
  // Compact spans are written by hand: laid out as every other object is.
  const std::string compact = ToJson(a);
  EXPECT_NE(compact.find(R"("sentences":[{"start":0,"end":)"), std::string::npos) << compact;
  EXPECT_NE(compact.find(R"(,"date":null},{"start":)"), std::string::npos) << compact;
  EXPECT_NE(compact.find(R"(,"date":0}],)"), std::string::npos) << compact;
  EXPECT_EQ(json::parse(compact), json::parse(ToJson(a, 2)));
}

TEST(ToJson, EntitiesWithRolesAndMentionsInEveryField) {
  Article a = Sample();
  // "Київ" is bytes [3, 11) of the text (after the 3-byte opening quote): code points [1, 5).
  Entity kyiv;
  kyiv.type = "GPE";
  kyiv.name = "Київ";
  kyiv.mentions = {{TextField::kBody, 0, {3, 11}}, {TextField::kTitle, 0, {0, 8}}};
  Entity person;
  person.type = "PERSON";
  person.name = "Other";
  person.aliases = {"O."};
  person.roles = {{"chief", "UN", {TextField::kCaption, 0, {2, 9}}}};
  person.mentions = {{TextField::kLink, 0, {0, 5}}};
  a.entities = {kyiv, person};
  const json j = json::parse(ToJson(a));
  ASSERT_EQ(j["entities"].size(), 2u);
  const json& e1 = j["entities"][0];
  EXPECT_EQ(e1["id"], "e1");
  EXPECT_EQ(e1["type"], "GPE");
  EXPECT_EQ(e1["mentions"][0], json({{"start", 1}, {"end", 5}, {"text", "Київ"}}));
  EXPECT_EQ(e1["mentions"][1]["field"], "title");
  EXPECT_EQ(e1["mentions"][1]["end"], 4);
  const json& e2 = j["entities"][1];
  EXPECT_EQ(e2["aliases"], json::array({"O."}));
  EXPECT_EQ(e2["roles"][0]["title"], "chief");
  EXPECT_EQ(e2["roles"][0]["of"], "UN");
  EXPECT_EQ(e2["roles"][0]["mention"]["field"], "caption");
  EXPECT_EQ(e2["roles"][0]["mention"]["index"], 0);
  EXPECT_EQ(e2["roles"][0]["mention"]["text"], "caption");
  EXPECT_EQ(e2["mentions"][0]["field"], "link");
  EXPECT_EQ(e2["mentions"][0]["text"], "Other");
}

// Two places in the sample: Київ (a city, mentioned in the body and the title, once as the
// government speaking) and an area crossing the 180th meridian.
Article WithPlaces() {
  Article a = Sample();
  ResolvedPlace kyiv;
  kyiv.geonames_id = 703448;
  kyiv.name = "Kyiv";
  kyiv.lat = 50.4546600;
  kyiv.lon = 30.5238;
  kyiv.south = kyiv.north = 50.45466;
  kyiv.west = kyiv.east = 30.5238;
  kyiv.country = "UA";
  kyiv.admin1 = "Kyiv City";
  kyiv.feature = "city";
  kyiv.precision = "city";
  kyiv.confidence = 0.93;
  kyiv.mentions = {{{TextField::kBody, 0, {3, 11}}, "government"},
                   {{TextField::kTitle, 0, {0, 8}}, ""}};
  ResolvedPlace fiji;
  fiji.name = "Fiji";
  fiji.lat = -18;
  fiji.lon = 175;
  fiji.south = -21;
  fiji.west = 177;
  fiji.north = -12.5;
  fiji.east = -178;
  fiji.country = "FJ";
  fiji.feature = "country";
  fiji.precision = "country";
  fiji.confidence = 1;
  fiji.mentions = {{{TextField::kBody, 0, {33, 35}}, ""}};
  a.places = {kyiv, fiji};
  return a;
}

TEST(ToJson, PlacesWithPrecisionExtentAndMentions) {
  const json j = json::parse(ToJson(WithPlaces()));
  ASSERT_EQ(j["places"].size(), 2u);
  const json& kyiv = j["places"][0];
  EXPECT_EQ(kyiv["geonames_id"], 703448);
  EXPECT_EQ(kyiv["precision"], "city");
  EXPECT_FALSE(kyiv.contains("bbox")) << "a city is a point";
  EXPECT_EQ(kyiv["mentions"][0],
            json({{"start", 1}, {"end", 5}, {"text", "Київ"}, {"role", "government"}}));
  EXPECT_EQ(kyiv["mentions"][1]["field"], "title");
  const json& fiji = j["places"][1];
  EXPECT_TRUE(fiji["geonames_id"].is_null());
  EXPECT_EQ(fiji["bbox"], json::array({-21.0, 177.0, -12.5, -178.0}));
}

TEST(ToGeoJson, CitiesArePointsAndAreasTheirExtent) {
  const json g = json::parse(ToGeoJson(WithPlaces()));
  EXPECT_EQ(g["type"], "FeatureCollection");
  ASSERT_EQ(g["features"].size(), 2u);
  const json& kyiv = g["features"][0];
  EXPECT_EQ(kyiv["type"], "Feature");
  EXPECT_EQ(kyiv["geometry"]["type"], "Point");
  EXPECT_EQ(kyiv["geometry"]["coordinates"], json::array({30.5238, 50.45466})) << "lon, lat";
  EXPECT_EQ(kyiv["properties"]["name"], "Kyiv");
  EXPECT_EQ(kyiv["properties"]["mentions"][0]["sentence"], "“Київ” talks.");
  EXPECT_EQ(kyiv["properties"]["mentions"][1]["sentence"], "Київ talks") << "the title";
  const json& fiji = g["features"][1];
  EXPECT_EQ(fiji["geometry"]["type"], "MultiPolygon") << "cut at the antimeridian";
  EXPECT_EQ(fiji["bbox"], json::array({177.0, -21.0, -178.0, -12.5}));
  EXPECT_EQ(fiji["properties"]["point"], json::array({175.0, -18.0}));
  EXPECT_EQ(fiji["properties"]["precision"], "country");
  // Every ring is closed and runs counterclockwise (RFC 7946, 3.1.6).
  for (const json& polygon : fiji["geometry"]["coordinates"]) {
    const json& ring = polygon[0];
    ASSERT_EQ(ring.size(), 5u);
    EXPECT_EQ(ring.front(), ring.back());
    double area = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
      area += ring[i][0].get<double>() * ring[i + 1][1].get<double>() -
              ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    }
    EXPECT_GT(area, 0);
  }
  EXPECT_EQ(json::parse(ToGeoJson(Sample()))["features"].size(), 0u);
}

// "Irpin, 20 km north-west of Київ": a relation from a city, with its estimated point, in a text
// whose Cyrillic makes bytes and code points differ.
Article WithRelation() {
  Article a;
  a.text = "Обстріл: Irpin, 20 km north-west of Київ.";
  a.sentences = {{0, 52}};
  ResolvedPlace irpin, kyiv;
  irpin.name = "Irpin";
  irpin.precision = "city";
  irpin.mentions = {{{TextField::kBody, 0, {16, 21}}, ""}};
  kyiv.name = "Kyiv";
  kyiv.precision = "city";
  kyiv.lat = 50.45466;
  kyiv.lon = 30.5238;
  kyiv.mentions = {{{TextField::kBody, 0, {43, 51}}, ""}};
  a.places = {irpin, kyiv};
  PlaceRelation r;
  r.span = {23, 51};
  r.kind = "bearing";
  r.bearing = "NW";
  r.distance_km = 20;
  r.distance = {23, 28};
  r.anchor = {43, 51};
  r.anchor_place = 1;
  r.subject = {16, 21};
  r.subject_place = 0;
  r.has_point = true;
  r.lat = 50.5817;
  r.lon = 30.3249;
  PlaceRelation near = r;
  near.kind = "near";
  near.bearing.clear();
  near.distance_km = 0;
  near.distance = {};
  near.subject = {};
  near.subject_place = -1;
  near.has_point = false;
  a.place_relations = {r, near};
  return a;
}

TEST(ToJson, PlaceRelationsInCodePointsWithTheirParts) {
  const json j = json::parse(ToJson(WithRelation()));
  ASSERT_EQ(j["place_relations"].size(), 2u);
  const json& r = j["place_relations"][0];
  EXPECT_EQ(r["start"], 16);
  EXPECT_EQ(r["end"], 40);
  EXPECT_EQ(r["text"], "20 km north-west of Київ");
  EXPECT_EQ(r["kind"], "bearing");
  EXPECT_EQ(r["bearing"], "NW");
  EXPECT_EQ(r["distance_km"], 20.0);
  EXPECT_EQ(r["distance"], json({{"start", 16}, {"end", 21}, {"text", "20 km"}}));
  EXPECT_EQ(r["anchor"], json({{"start", 36}, {"end", 40}, {"text", "Київ"}, {"place", 1}}));
  EXPECT_EQ(r["subject"], json({{"start", 9}, {"end", 14}, {"text", "Irpin"}, {"place", 0}}));
  EXPECT_EQ(r["point"], json({{"lat", 50.58}, {"lon", 30.32}, {"precision", "estimate"}}))
      << "an estimate is rounded to about a kilometre";
  const json& near = j["place_relations"][1];
  EXPECT_TRUE(near["bearing"].is_null());
  EXPECT_TRUE(near["distance_km"].is_null());
  EXPECT_TRUE(near["distance"].is_null());
  EXPECT_TRUE(near["subject"].is_null());
  EXPECT_TRUE(near["point"].is_null());
}

TEST(ToGeoJson, AnEstimatedPointIsAFeatureTiedToItsAnchor) {
  const json g = json::parse(ToGeoJson(WithRelation()));
  ASSERT_EQ(g["features"].size(), 3u) << "two places and the one relation with a point";
  const json& r = g["features"][2];
  EXPECT_EQ(r["id"], "r1");
  EXPECT_EQ(r["geometry"]["type"], "Point");
  EXPECT_EQ(r["geometry"]["coordinates"], json::array({30.32, 50.58}));
  EXPECT_EQ(r["properties"]["precision"], "estimate");
  EXPECT_EQ(r["properties"]["anchor"], "p2");
  EXPECT_EQ(r["properties"]["subject"], "p1");
  EXPECT_EQ(r["properties"]["relation"], "20 km north-west of Київ");
  EXPECT_EQ(r["properties"]["sentence"], "Обстріл: Irpin, 20 km north-west of Київ.");
}

}  // namespace
}  // namespace sitrep
