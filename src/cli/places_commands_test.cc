#include "cli/places_commands.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command_output_testing.h"
#include "resolve/gazetteer_testing.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class ResolvePlaces : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_resolve_places_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    places::GazetteerBuilder b;
    b.Add(places::AlsoCalled(
        places::TownRecord(703448, "Kyiv", 50.45466, 30.5238, 2797553, "UA", "", "PPLC"),
        {"Kiev"}));
    b.Finish();
    Write("g.bin", b.Serialise("test"));
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  ResolvePlacesOptions Options() const {
    ResolvePlacesOptions o;
    o.gazetteer = (dir_ / "g.bin").string();
    return o;
  }
  fs::path dir_;
};

TEST_F(ResolvePlaces, GivenSpansInCodePointsComeBackAsPlaces) {
  ResolvePlacesOptions o = Options();
  // "Ц" is two bytes: offsets count code points, as the record's do.
  o.text = Write("a.txt", "Ц: Kiev and Kyiv, and Atlantis.");
  o.spans = Write("a.tsv", "3\t7\n12\t16\n22\t30\n");
  const Captured c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  ASSERT_EQ(c.status, 0) << c.err;
  const auto j = nlohmann::json::parse(c.out);
  ASSERT_EQ(j["places"].size(), 1u);
  const auto& kyiv = j["places"][0];
  EXPECT_EQ(kyiv["geonames_id"], 703448);
  EXPECT_EQ(kyiv["precision"], "city");
  ASSERT_EQ(kyiv["mentions"].size(), 2u);
  EXPECT_EQ(kyiv["mentions"][0]["text"], "Kiev");
  EXPECT_EQ(kyiv["mentions"][0]["start"], 3);
  EXPECT_EQ(kyiv["mentions"][1]["text"], "Kyiv");
}

TEST_F(ResolvePlaces, BatchGivesOneChoicePerSpan) {
  ResolvePlacesOptions o = Options();
  o.jsonl = Write("b.jsonl", R"({"text": "Kiev, then Atlantis", "spans": [[0, 4], [11, 19]]})"
                             "\n"
                             R"({"text": "none", "spans": []})"
                             "\n");
  o.stats = true;
  const Captured c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  ASSERT_EQ(c.status, 0) << c.err;
  std::istringstream lines(c.out);
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  const auto j = nlohmann::json::parse(first);
  ASSERT_EQ(j["resolved"].size(), 2u);
  EXPECT_EQ(j["resolved"][0]["name"], "Kyiv");
  EXPECT_TRUE(j["resolved"][1].is_null());
  EXPECT_EQ(nlohmann::json::parse(second)["resolved"].size(), 0u);
  EXPECT_NE(c.err.find("2 documents"), std::string::npos);
}

TEST_F(ResolvePlaces, ABatchLinesURLGivesTheOutletsCountry) {
  places::GazetteerBuilder b;
  b.Add(places::TownRecord(21000, "Richmond", 0, 0, 21000, "GB"));
  b.Add(places::TownRecord(20000, "Richmond", 0, 0, 20000, "US"));
  b.Finish();
  ResolvePlacesOptions o = Options();
  o.gazetteer = Write("richmonds.bin", b.Serialise("test"));
  o.jsonl = Write("u.jsonl",
                  R"({"text": "In Richmond", "spans": [[3, 11]]})"
                  "\n"
                  R"({"text": "In Richmond", "spans": [[3, 11]], "url": "https://a.example.us/b"})"
                  "\n");
  const Captured c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  ASSERT_EQ(c.status, 0) << c.err;
  std::istringstream lines(c.out);
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_EQ(nlohmann::json::parse(first)["resolved"][0]["country"], "GB");
  EXPECT_EQ(nlohmann::json::parse(second)["resolved"][0]["country"], "US");
}

TEST_F(ResolvePlaces, ABatchLearnsWhereASiteWritesAboutFromItsOtherArticles) {
  places::GazetteerBuilder b;
  places::AddTwoColumbuses(b);
  b.Finish();
  ResolvePlacesOptions o = Options();
  o.gazetteer = Write("columbus.bin", b.Serialise("test"));
  o.jsonl = Write("s.jsonl",
                  R"({"text": "In Columbus", "spans": [[3, 11]], "url": "http://www.paper.com/1"})"
                  "\n"
                  R"({"text": "In Kearney", "spans": [[3, 10]], "url": "http://paper.com/2"})"
                  "\n"
                  R"({"text": "In Columbus", "spans": [[3, 11]], "url": "http://other.com/3"})"
                  "\n");
  const Captured c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  ASSERT_EQ(c.status, 0) << c.err;
  std::istringstream lines(c.out);
  std::string first, second, third;
  std::getline(lines, first);
  std::getline(lines, second);
  std::getline(lines, third);
  EXPECT_EQ(nlohmann::json::parse(first)["resolved"][0]["name"], "Columbus");
  EXPECT_NEAR(nlohmann::json::parse(first)["resolved"][0]["lon"].get<double>(), -97.37, 0.01)
      << "the site's other article is about a Nebraskan town";
  EXPECT_EQ(nlohmann::json::parse(second)["resolved"][0]["name"], "Kearney");
  EXPECT_NEAR(nlohmann::json::parse(third)["resolved"][0]["lon"].get<double>(), -83.0, 0.01)
      << "another site's article learns nothing from them";

  o.each_alone = true;
  const Captured alone =
      Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  ASSERT_EQ(alone.status, 0) << alone.err;
  EXPECT_NEAR(nlohmann::json::parse(alone.out.substr(0, alone.out.find('\n')))["resolved"][0]["lon"]
                  .get<double>(),
              -83.0, 0.01)
      << "each article on its own: the lone Columbus is the big one";
}

TEST_F(ResolvePlaces, InOrderEachArticleLearnsFromItsSitesEarlierOnesAndTheMemoryFile) {
  places::GazetteerBuilder b;
  places::AddTwoColumbuses(b);
  b.Finish();
  ResolvePlacesOptions o = Options();
  o.gazetteer = Write("columbus.bin", b.Serialise("test"));
  o.in_order = true;
  const std::string columbus =
      R"({"text": "In Columbus", "spans": [[3, 11]], "url": "http://paper.com/1"})"
      "\n";
  const std::string kearney =
      R"({"text": "In Kearney", "spans": [[3, 10]], "url": "http://paper.com/2"})"
      "\n";
  const auto longitudes = [&](const std::string& jsonl) {
    o.jsonl = Write("in_order.jsonl", jsonl);
    const Captured c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
    EXPECT_EQ(c.status, 0) << c.err;
    std::vector<double> lon;
    std::istringstream lines(c.out);
    for (std::string line; std::getline(lines, line);) {
      lon.push_back(nlohmann::json::parse(line)["resolved"][0]["lon"].get<double>());
    }
    return lon;
  };
  const std::vector<double> kearney_first = longitudes(kearney + columbus);
  ASSERT_EQ(kearney_first.size(), 2u);
  EXPECT_NEAR(kearney_first[1], -97.37, 0.01) << "the site's earlier article was Nebraskan";
  const std::vector<double> columbus_first = longitudes(columbus + kearney);
  ASSERT_EQ(columbus_first.size(), 2u);
  EXPECT_NEAR(columbus_first[0], -83.0, 0.01) << "a later article teaches nothing back";

  // Two runs with the memory's file give what one run gives.
  o.site_memory = (dir_ / "memory.tsv").string();
  ASSERT_EQ(longitudes(kearney).size(), 1u);
  ASSERT_TRUE(fs::exists(o.site_memory));
  const std::vector<double> resumed = longitudes(columbus);
  ASSERT_EQ(resumed.size(), 1u);
  EXPECT_EQ(resumed[0], kearney_first[1]);

  Write("memory.tsv", "sitrep-site-memory\t1\nsite\tpaper.com\t1\nregion\tUS\t0\tNebr");
  o.jsonl = Write("in_order.jsonl", columbus);
  const Captured cut = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  EXPECT_EQ(cut.status, 1);
  EXPECT_EQ(cut.out, "");
  EXPECT_NE(cut.err.find("memory.tsv:3: the line has no end: cut short"), std::string::npos)
      << cut.err;
  o.in_order = false;
  const Captured batch =
      Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  EXPECT_NE(batch.err.find("--site-memory goes with --in-order"), std::string::npos) << batch.err;
}

TEST_F(ResolvePlaces, BadInputIsAClearError) {
  ResolvePlacesOptions o = Options();
  o.text = Write("c.txt", "Kiev");
  o.spans = Write("c.tsv", "0\t9\n");
  Captured c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  EXPECT_EQ(c.status, 1);
  EXPECT_NE(c.err.find("c.tsv:1: span 0-9 is not within the text's 4 code points"),
            std::string::npos)
      << c.err;
  o.spans = Write("d.tsv", "zero four\n");
  c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  EXPECT_NE(c.err.find("d.tsv:1: expected start<TAB>end"), std::string::npos) << c.err;
  o.gazetteer = (dir_ / "missing.bin").string();
  o.spans = Write("e.tsv", "0\t4\n");
  c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  EXPECT_NE(c.err.find("make gazetteer"), std::string::npos) << c.err;
  o = Options();
  c = Capture([&](FILE* out, FILE* err) { return RunResolvePlaces(o, out, err); });
  EXPECT_NE(c.err.find("--text and --spans, or --jsonl"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
