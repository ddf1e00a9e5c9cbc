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
  for (const char* key : {"id",
                          "url",
                          "canonical_url",
                          "outlet",
                          "authors",
                          "title",
                          "published",
                          "modified",
                          "language",
                          "section",
                          "metadata_sources",
                          "text",
                          "paragraphs",
                          "sentences",
                          "images",
                          "links",
                          "entities",
                          "places",
                          "dates",
                          "quantities",
                          "quotes",
                          "claims",
                          "events"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  for (const char* layer :
       {"entities", "places", "dates", "quantities", "quotes", "claims", "events"}) {
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

}  // namespace
}  // namespace sitrep
