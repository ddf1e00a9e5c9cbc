#include "recognise/title_case.h"

#include <gtest/gtest.h>

#include "recognise/marked_text_testing.h"

namespace sitrep::ner {
namespace {

TEST(TitleCase, Detects) {
  MarkedText f({"Russia's Losses in Bakhmut 5 Times Higher Than Ukraine's, NATO Estimates",
                "Russia has reaffirmed its commitment to capturing the town.", "Sergei Shoigu.",
                "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."});
  ASSERT_EQ(f.sentences.size(), 4u);
  EXPECT_TRUE(IsTitleCase(f.sentences[0]));
  EXPECT_FALSE(IsTitleCase(f.sentences[1]));
  EXPECT_FALSE(IsTitleCase(f.sentences[2]));  // too short to tell
  EXPECT_FALSE(IsTitleCase(f.sentences[3]));  // all caps
}

TEST(TitleCase, KeepsOnlyKnownNamesAndAcronyms) {
  MarkedText f({"[Ukraine|GPE] said [Bakhmut|GPE] held.",
                "[Russia|GPE]'s [Losses in Bakhmut|ORG] 5 [Times Higher|PERSON] Than "
                "[Ukraine|GPE]'s, [NATO Estimates|ORG]"});
  TrimTitleCaseSpans(f.sentences, &f.candidates);
  std::vector<std::string> got;
  for (const Candidate& c : f.candidates) {
    got.push_back(std::string(SurfaceOf(f.sentences, c)) + "|" + std::string(c.type));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"Ukraine|GPE", "Bakhmut|GPE", "Bakhmut|GPE",
                                           "Ukraine|GPE", "NATO|ORG"}));
}

}  // namespace
}  // namespace sitrep::ner
