#include "recognise/word_clusters.h"

#include <gtest/gtest.h>

#include <map>

namespace sitrep::ner {
namespace {

// People follow "Mr" and precede "said"; places follow "in" and precede "."; both kinds are
// otherwise interchangeable, so a class-bigram model gains most by putting each kind together.
std::vector<std::vector<std::string_view>> ToyText() {
  std::vector<std::vector<std::string_view>> out;
  for (std::string_view who : {"Smith", "Jones", "Brown"}) {
    for (std::string_view where : {"Paris", "Berlin", "Rome"}) {
      out.push_back({"Mr", who, "said", "it", "rained", "in", where, "."});
      out.push_back({"Mr", who, "said", "it", "snowed", "in", where, "."});
    }
  }
  return out;
}

std::map<std::string, std::string> PathOf(const std::vector<WordPath>& paths) {
  std::map<std::string, std::string> out;
  for (const WordPath& p : paths) out[p.word] = p.path;
  return out;
}

TEST(WordClusters, WordsInTheSameContextsShareAPath) {
  ClusterOptions options;
  options.classes = 6;
  options.min_count = 1;
  Result<std::vector<WordPath>> paths = TrainWordClusters(ToyText(), options);
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  auto path = PathOf(paths.value());
  EXPECT_EQ(path["Smith"], path["Jones"]);
  EXPECT_EQ(path["Smith"], path["Brown"]);
  EXPECT_EQ(path["Paris"], path["Berlin"]);
  EXPECT_EQ(path["Paris"], path["Rome"]);
  EXPECT_NE(path["Smith"], path["Paris"]);
  EXPECT_EQ(path["rained"], path["snowed"]);
  for (const WordPath& p : paths.value()) {
    EXPECT_FALSE(p.path.empty()) << p.word;
    EXPECT_EQ(p.path.find_first_not_of("01"), std::string::npos) << p.word;
  }
  EXPECT_EQ(paths.value().size(), 13u);  // every word once; no stand-ins, no boundary
}

TEST(WordClusters, RareWordsGetNoPathAndDigitsFold) {
  std::vector<std::vector<std::string_view>> text = ToyText();
  text.push_back({"Mr", "Zebedee", "said", "in", "1996", "."});
  text.push_back({"Mr", "Smith", "said", "in", "2023", "."});
  ClusterOptions options;
  options.classes = 4;
  options.min_count = 2;
  Result<std::vector<WordPath>> paths = TrainWordClusters(text, options);
  ASSERT_TRUE(paths.ok());
  auto path = PathOf(paths.value());
  EXPECT_EQ(path.count("Zebedee"), 0u);
  EXPECT_EQ(path.count("0000"), 1u);
  EXPECT_EQ(path.count("1996"), 0u);
}

TEST(WordClusters, Deterministic) {
  ClusterOptions options;
  options.classes = 5;
  options.min_count = 1;
  const std::string a = FormatWordPaths(TrainWordClusters(ToyText(), options).value());
  const std::string b = FormatWordPaths(TrainWordClusters(ToyText(), options).value());
  EXPECT_EQ(a, b);
}

TEST(WordClusters, RefusesTooLittleTextAndBadOptions) {
  ClusterOptions options;
  options.classes = 256;
  EXPECT_FALSE(TrainWordClusters(ToyText(), options).ok());
  EXPECT_FALSE(TrainWordClusters({}, ClusterOptions{}).ok());
  options.classes = 1;
  EXPECT_FALSE(TrainWordClusters(ToyText(), options).ok());
}

TEST(WordClusters, PathsFileRoundTrip) {
  const std::vector<WordPath> paths = {{"Kyiv", "0110", 12}, {"the", "10", 9000}};
  const std::string text = FormatWordPaths(paths);
  EXPECT_EQ(text, "0110\tKyiv\t12\n10\tthe\t9000\n");
  Result<std::vector<WordPath>> back = ParseWordPaths(text);
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back.value().size(), 2u);
  EXPECT_EQ(back.value()[0].word, "Kyiv");
  EXPECT_EQ(back.value()[0].path, "0110");
  EXPECT_EQ(back.value()[1].count, 9000u);
  EXPECT_TRUE(ParseWordPaths("0110\tKyiv\t12\r\n\n").ok());
}

TEST(WordClusters, PathsFileErrorsNameTheLine) {
  for (const char* bad :
       {"0110 Kyiv 12\n", "01x\tKyiv\t3\n", "0\tKyiv\tmany\n", "\tKyiv\t3\n", "0\t\t3\n"}) {
    Result<std::vector<WordPath>> r = ParseWordPaths(std::string("1\tok\t1\n") + bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.status().message().find("line 2"), std::string::npos) << bad;
  }
}

}  // namespace
}  // namespace sitrep::ner
