// The design's example article (../shared/examples), read and segmented end to end: the facts
// the skeleton issue names, asserted as a user would check them. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/utf8.h"
#include "pipeline/registry.h"
#include "record/json_record.h"

namespace sitrep {
namespace {

const char* kExample = SITREP_SHARED_DIR "/examples/moscowtimes-2023-03-07-bakhmut.md";

class ExampleArticle : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(kExample, std::ios::binary);
    if (!in) GTEST_SKIP() << kExample << " is not here";
    std::stringstream bytes;
    bytes << in.rdbuf();
    Result<Article> read = DefaultPipeline().value().Analyze(bytes.str(), kExample, {});
    ASSERT_TRUE(read.ok()) << read.status().ToString();
    article_ = std::move(read).value();
    record_ = nlohmann::json::parse(ToJson(article_));
  }

  std::vector<std::string> Sentences() const {
    std::vector<std::string> out;
    for (const Span& s : article_.sentences) out.emplace_back(s.Of(article_.text));
    return out;
  }

  Article article_;
  nlohmann::json record_;
};

TEST_F(ExampleArticle, Metadata) {
  EXPECT_EQ(record_["title"], "Bakhmut's Capture Key to 'Further Offensive' in Ukraine – Russia");
  EXPECT_EQ(record_["authors"], nlohmann::json::array({"AFP"}));
  EXPECT_EQ(record_["outlet"], "The Moscow Times");
  EXPECT_EQ(record_["published"], "2023-03-07");
  EXPECT_EQ(record_["url"],
            "https://www.themoscowtimes.com/2023/03/07/"
            "bakhmuts-capture-key-to-further-offensive-in-ukraine-russia-a80414");
}

TEST_F(ExampleArticle, ImageAndRelatedLink) {
  ASSERT_EQ(record_["images"].size(), 1u);
  EXPECT_EQ(record_["images"][0]["caption"], "Russian Defense Minister Sergei Shoigu.");
  EXPECT_EQ(record_["images"][0]["credit"], "Russian Defense Ministry");
  ASSERT_EQ(record_["links"].size(), 1u);
  EXPECT_EQ(record_["links"][0]["kind"], "related");
  EXPECT_EQ(record_["links"][0]["text"],
            "Russia's Losses in Bakhmut 5 Times Higher Than Ukraine's, NATO Estimates");
}

TEST_F(ExampleArticle, BodyIsFourteenCleanParagraphs) {
  ASSERT_EQ(record_["paragraphs"].size(), 14u);
  const std::string text = record_["text"];
  EXPECT_EQ(text.rfind("Russia has reaffirmed", 0), 0u);
  EXPECT_TRUE(text.ends_with("virtually flattened."));
  // The page's break after "near the" is rejoined.
  EXPECT_NE(text.find("a Ukrainian soldier near the town also told AFP"), std::string::npos);
  // Nothing of the page furniture is body text.
  for (const char* furniture : {"By AFP", "March 07, 2023", "Russian Defense Ministry",
                                "Related article", "Original url", "themoscowtimes.com"}) {
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture;
  }
}

TEST_F(ExampleArticle, TheInstituteSentenceIsOneSentence) {
  const std::string want =
      "A U.S.-based institute said over the weekend that Ukrainian forces \"are likely conducting "
      "a "
      "limited tactical withdrawal from Bakhmut.\"";
  const auto sentences = Sentences();
  EXPECT_NE(std::find(sentences.begin(), sentences.end(), want), sentences.end());
}

TEST_F(ExampleArticle, SentencesTileEachParagraph) {
  // Every sentence lies in one paragraph, and together they cover its words.
  size_t s = 0;
  for (const Span& p : article_.paragraphs) {
    ASSERT_LT(s, article_.sentences.size());
    EXPECT_EQ(article_.sentences[s].begin, p.begin);
    while (s + 1 < article_.sentences.size() && article_.sentences[s + 1].end <= p.end) ++s;
    EXPECT_EQ(article_.sentences[s].end, p.end);
    ++s;
  }
  EXPECT_EQ(s, article_.sentences.size());
}

TEST_F(ExampleArticle, RecordOffsetsAreCodePoints) {
  // Slice the record's text by code points, as Python would, and compare with the library's byte
  // spans: they must name the same sentences.
  const std::string text = record_["text"];
  std::u32string code_points;
  for (size_t pos = 0; pos < text.size();) code_points.push_back(DecodeUtf8(text, &pos));
  ASSERT_EQ(record_["sentences"].size(), article_.sentences.size());
  for (size_t i = 0; i < article_.sentences.size(); ++i) {
    const size_t start = record_["sentences"][i]["start"], end = record_["sentences"][i]["end"];
    std::string slice;
    for (size_t k = start; k < end; ++k) AppendUtf8(code_points[k], &slice);
    EXPECT_EQ(slice, article_.sentences[i].Of(article_.text));
  }
}

// What the entities issue lists for this article. Needs the NER model (`make model`).
class ExampleEntities : public ExampleArticle {
 protected:
  void SetUp() override {
    ExampleArticle::SetUp();
    if (IsSkipped()) return;
    const auto& stages = article_.stages;
    if (std::find(stages.begin(), stages.end(), "entities.v1") == stages.end()) {
      GTEST_SKIP() << "no NER model: `make model` trains it";
    }
  }
  const nlohmann::json* Named(std::string_view name) const {
    for (const auto& e : record_["entities"]) {
      if (e["name"] == name) return &e;
    }
    return nullptr;
  }
  // The type of the entity with |name|, or "(none)".
  std::string TypeOf(std::string_view name) const {
    const nlohmann::json* e = Named(name);
    return e ? (*e)["type"].get<std::string>() : "(none)";
  }
};

TEST_F(ExampleEntities, PeopleWithTheirRoles) {
  const struct {
    const char* name;
    const char* title;
    const char* of;
  } people[] = {{"Sergei Shoigu", "Defence Minister", "Russia"},
                {"Volodymyr Zelensky", "President", "Ukraine"},
                {"Antonio Guterres", "chief", "UN"},
                {"Mykhaylo Podolyak", "presidential aide", "Ukraine"}};
  for (const auto& p : people) {
    const nlohmann::json* e = Named(p.name);
    ASSERT_NE(e, nullptr) << p.name;
    EXPECT_EQ((*e)["type"], "PERSON") << p.name;
    ASSERT_FALSE((*e)["roles"].empty()) << p.name;
    EXPECT_EQ((*e)["roles"][0]["title"], p.title) << p.name;
    EXPECT_EQ((*e)["roles"][0]["of"], p.of) << p.name;
  }
}

TEST_F(ExampleEntities, OrganisationsPlacesAndNationalities) {
  for (const char* org : {"Wagner", "AFP", "NATO", "UN"}) EXPECT_EQ(TypeOf(org), "ORG") << org;
  for (const char* place : {"Bakhmut", "Kyiv", "Ukraine", "Chasiv Yar"}) {
    EXPECT_EQ(TypeOf(place), "GPE") << place;
  }
  for (const char* group : {"Russian", "Ukrainian"}) EXPECT_EQ(TypeOf(group), "NORP") << group;
}

TEST_F(ExampleEntities, MentionsAreSpansOfTheirField) {
  for (const auto& e : record_["entities"]) {
    for (const auto& m : e["mentions"]) {
      const std::string field = m.value("field", "text");
      std::string text =
          field == "text"    ? record_["text"].get<std::string>()
          : field == "title" ? record_["title"].get<std::string>()
          : field == "caption"
              ? record_["images"][m["index"].get<size_t>()]["caption"].get<std::string>()
              : record_["links"][m["index"].get<size_t>()]["text"].get<std::string>();
      // Code points to bytes: count lead bytes.
      size_t cp = 0, begin = std::string::npos, end = std::string::npos;
      for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (cp == m["start"].get<size_t>()) begin = i;
        if (cp == m["end"].get<size_t>()) end = i;
        ++cp;
      }
      ASSERT_NE(begin, std::string::npos);
      ASSERT_NE(end, std::string::npos);
      EXPECT_EQ(text.substr(begin, end - begin), m["text"]) << e["name"];
    }
  }
  // "Sergei Shoigu" in the caption and in the quote's attribution are one entity.
  const nlohmann::json* shoigu = Named("Sergei Shoigu");
  ASSERT_NE(shoigu, nullptr);
  std::set<std::string> fields;
  for (const auto& m : (*shoigu)["mentions"]) fields.insert(m.value("field", "text"));
  EXPECT_EQ(fields, (std::set<std::string>{"caption", "text"}));
}

// The time facts, as a reader of the record checks them: each date by the sentence it
// stands in, its value against the article's date (Tuesday 2023-03-07).
TEST_F(ExampleArticle, DatesResolveAgainstThePublicationDate) {
  ASSERT_EQ(record_["published"], "2023-03-07");
  const CodePointIndex index(article_.text);
  auto find = [&](std::string_view text, std::string_view context) -> nlohmann::json {
    for (const nlohmann::json& d : record_["dates"]) {
      if (d["text"] != text) continue;
      // The code-point span gives back the text, and the sentence around it holds |context|.
      const size_t begin = article_.text.find(context);
      if (begin == std::string::npos) continue;
      const int64_t start = d["start"];
      if (start >= int64_t(index.ToCodePoint(begin)) &&
          start < int64_t(index.ToCodePoint(begin + context.size()))) {
        return d;
      }
    }
    ADD_FAILURE() << "no date '" << text << "' in: " << context;
    return nlohmann::json::object();
  };
  const nlohmann::json vowed = find("Monday", "Ukraine vowed Monday");
  EXPECT_EQ(vowed["value"], "2023-03-06");
  EXPECT_EQ(vowed["type"], "DATE");
  EXPECT_EQ(vowed["precision"], "day");
  EXPECT_EQ(find("Tuesday", "televised meeting on Tuesday")["value"], "2023-03-07");
  EXPECT_EQ(find("Monday", "said on Monday")["value"], "2023-03-06");
  const nlohmann::json weekend = find("the weekend", "over the weekend");
  EXPECT_EQ(weekend["value"], "2023-W09-WE");
  const nlohmann::json late = find("late Monday", "late Monday");
  EXPECT_EQ(late["value"], "2023-03-06");
  EXPECT_EQ(late["part_of_day"], "late");
  const nlohmann::json months = find("months", "for months");
  EXPECT_EQ(months["type"], "DURATION");
  EXPECT_EQ(months["value"], "PXM");
  const nlohmann::json year_long = find("more than year-long", "more than year-long");
  EXPECT_EQ(year_long["type"], "DURATION");
  EXPECT_EQ(year_long["value"], "P1Y");
  EXPECT_EQ(year_long["mod"], "MORE_THAN");
  const std::string text = record_["text"];
  std::u32string code_points;
  for (size_t pos = 0; pos < text.size();) code_points.push_back(DecodeUtf8(text, &pos));
  for (const nlohmann::json& d : record_["dates"]) {
    if (d.contains("field")) continue;  // in the title or a caption, checked below
    std::string slice;
    for (size_t k = d["start"]; k < size_t(d["end"]); ++k) AppendUtf8(code_points[k], &slice);
    EXPECT_EQ(slice, d["text"]);
  }
  EXPECT_NE(std::find(article_.stages.begin(), article_.stages.end(), "dates.v1"),
            article_.stages.end());
}

// The quotes of the design: "Capturing [Bakhmut] ..." was said on Tuesday, "Bakhmut will fall"
// on Monday; each sentence of the record names the date it is about.
TEST_F(ExampleArticle, SentencesCarryTheDateTheyAreAbout) {
  const CodePointIndex index(article_.text);
  auto date_of_sentence = [&](std::string_view context) -> nlohmann::json {
    const int64_t at = int64_t(index.ToCodePoint(article_.text.find(context)));
    for (const nlohmann::json& s : record_["sentences"]) {
      if (s["start"] <= at && at < s["end"]) {
        if (s["date"].is_null()) return nullptr;
        return record_["dates"][size_t(s["date"])]["value"];
      }
    }
    ADD_FAILURE() << "no sentence holds: " << context;
    return nullptr;
  };
  EXPECT_EQ(date_of_sentence("Capturing [Bakhmut]"), "2023-03-07");
  EXPECT_EQ(date_of_sentence("Bakhmut will fall"), "2023-03-06");
  EXPECT_EQ(date_of_sentence("find the appropriate forces"), "2023-03-06");
  // A paragraph that names no time falls back on the article's date.
  EXPECT_TRUE(date_of_sentence("Both sides have said").is_null());
}

// What the places issue lists for this article. Needs the NER model and the gazetteer.
class ExamplePlaces : public ExampleArticle {
 protected:
  void SetUp() override {
    ExampleArticle::SetUp();
    if (IsSkipped()) return;
    const auto& stages = article_.stages;
    if (std::find(stages.begin(), stages.end(), "places.v1") == stages.end()) {
      GTEST_SKIP() << "no places stage: `make model` and `make gazetteer` build what it needs";
    }
  }
  const nlohmann::json* Place(std::string_view name) const {
    for (const auto& p : record_["places"]) {
      if (p["name"] == name) return &p;
    }
    return nullptr;
  }
};

// Kilometres between two points, by the haversine formula (written here, apart from the code
// under test).
double Km(double lat1, double lon1, double lat2, double lon2) {
  const double r = 3.14159265358979 / 180;
  const double a =
      std::pow(std::sin((lat2 - lat1) * r / 2), 2) +
      std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
  return 2 * 6371 * std::asin(std::sqrt(a));
}

TEST_F(ExamplePlaces, TheFrontAndTheCapitalOnTheMap) {
  const nlohmann::json* bakhmut = Place("Bakhmut");
  ASSERT_NE(bakhmut, nullptr);
  EXPECT_LT(Km((*bakhmut)["lat"], (*bakhmut)["lon"], 48.596, 38.000), 5);
  EXPECT_EQ((*bakhmut)["country"], "UA");
  EXPECT_EQ((*bakhmut)["admin1"], "Donetsk");
  EXPECT_EQ((*bakhmut)["precision"], "city");
  EXPECT_GE((*bakhmut)["mentions"].size(), 3u);

  const nlohmann::json* chasiv_yar = Place("Chasiv Yar");
  ASSERT_NE(chasiv_yar, nullptr);
  EXPECT_EQ((*chasiv_yar)["geonames_id"], 710915);
  EXPECT_LT(Km((*chasiv_yar)["lat"], (*chasiv_yar)["lon"], 48.59348, 37.85724), 5);

  const nlohmann::json* kyiv = Place("Kyiv");
  ASSERT_NE(kyiv, nullptr);
  EXPECT_EQ((*kyiv)["geonames_id"], 703448);  // GeoNames' PPLC of UA
  EXPECT_EQ((*kyiv)["country"], "UA");

  const nlohmann::json* ukraine = Place("Ukraine");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_EQ((*ukraine)["feature"], "country");
  EXPECT_EQ((*ukraine)["precision"], "country");
  ASSERT_EQ((*ukraine)["bbox"].size(), 4u) << "a country is an area, never a bare point";
  EXPECT_LT((*ukraine)["bbox"][1].get<double>(), 25.0);
  EXPECT_GT((*ukraine)["bbox"][3].get<double>(), 39.0);

  for (const auto& p : record_["places"]) {
    EXPECT_GT(p["confidence"].get<double>(), 0) << p["name"];
    EXPECT_LE(p["confidence"].get<double>(), 1) << p["name"];
    for (const auto& m : p["mentions"]) EXPECT_FALSE(m["text"].get<std::string>().empty());
  }
}

// The design: "10 kilometers west of the front line" kept as a relation, locating Chasiv Yar.
TEST_F(ExamplePlaces, TheSoldiersTownIsWestOfTheFrontLine) {
  const std::string text = record_["text"];
  ASSERT_TRUE(record_.contains("place_relations"));
  const nlohmann::json* found = nullptr;
  for (const auto& r : record_["place_relations"]) {
    if (r["text"] == "10 kilometers west of the front line") found = &r;
  }
  ASSERT_NE(found, nullptr) << record_["place_relations"].dump();
  const nlohmann::json& r = *found;
  EXPECT_EQ(r["kind"], "bearing");
  EXPECT_EQ(r["bearing"], "W");
  EXPECT_EQ(r["distance_km"], 10.0);
  EXPECT_EQ(r["anchor"]["text"], "the front line");
  EXPECT_TRUE(r["anchor"]["place"].is_null()) << "the front line is no gazetteer place";
  ASSERT_FALSE(r["subject"].is_null());
  EXPECT_EQ(r["subject"]["text"], "Chasiv Yar");
  const size_t subject = r["subject"]["place"];
  EXPECT_EQ(record_["places"][subject]["name"], "Chasiv Yar");
  // Offsets are code points into text, as for every other span.
  std::u32string code_points;
  for (size_t pos = 0; pos < text.size();) code_points.push_back(DecodeUtf8(text, &pos));
  std::string slice;
  for (size_t k = r["start"]; k < size_t(r["end"]); ++k) AppendUtf8(code_points[k], &slice);
  EXPECT_EQ(slice, "10 kilometers west of the front line");
}

TEST_F(ExamplePlaces, GeoJsonExportDrawsCitiesAsPointsAndCountriesAsAreas) {
  const nlohmann::json g = nlohmann::json::parse(ToGeoJson(article_));
  EXPECT_EQ(g["type"], "FeatureCollection");
  ASSERT_GE(g["features"].size(), record_["places"].size());
  for (const auto& f : g["features"]) {
    if (f["id"].get<std::string>()[0] == 'r') continue;  // a relation's estimated point
    const std::string precision = f["properties"]["precision"];
    const std::string type = f["geometry"]["type"];
    // Russia crosses the 180th meridian, so its extent is two polygons.
    if (precision == "city") {
      EXPECT_EQ(type, "Point") << f["properties"]["name"];
    } else {
      EXPECT_TRUE(type == "Polygon" || type == "MultiPolygon") << f["properties"]["name"];
    }
    for (const auto& m : f["properties"]["mentions"]) {
      if (!m.contains("field")) {
        EXPECT_NE(m["sentence"].get<std::string>().find(m["text"].get<std::string>()),
                  std::string::npos);
      }
    }
  }
}

}  // namespace
}  // namespace sitrep
