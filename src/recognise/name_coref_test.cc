#include "recognise/name_coref.h"

#include <gtest/gtest.h>

#include "recognise/marked_text_testing.h"

namespace sitrep::ner {
namespace {

TEST(NameCoref, SpellingKeys) {
  EXPECT_EQ(NameKey("Zelensky"), NameKey("Zelenskyy"));
  EXPECT_EQ(NameKey("Zelensky"), NameKey("Zelenskiy"));
  EXPECT_EQ(NameKey("U.S."), "us");
  EXPECT_NE(NameKey("Russia"), NameKey("Prussia"));
}

TEST(NameCoref, SurnamesAndVariantsJoinTheFullName) {
  MarkedText f({"[Russian|NORP] Defence Minister [Sergei Shoigu|PERSON] told officials.",
                "[Volodymyr Zelenskiy|PERSON] spoke in [Kyiv|GPE].",
                "[Shoigu|ORG] said [Zelenskyy|PERSON] was wrong, [Zelensky|PERSON] said."});
  const auto clusters = ClusterNames(f.sentences, &f.candidates);
  ASSERT_EQ(clusters.size(), 4u);
  EXPECT_EQ(clusters[1].name, "Sergei Shoigu");
  EXPECT_EQ(clusters[1].type, "PERSON");
  EXPECT_EQ(clusters[1].aliases, std::vector<std::string>{"Shoigu"});
  EXPECT_EQ(clusters[1].members.size(), 2u);
  EXPECT_EQ(clusters[2].name, "Volodymyr Zelenskiy");
  EXPECT_EQ(clusters[2].members.size(), 3u);
  EXPECT_EQ(clusters[3].name, "Kyiv");
}

TEST(NameCoref, ASharedSurnameGoesToTheLatestPersonBeforeIt) {
  MarkedText f({"[Donald Trump|PERSON] met [Ivanka Trump|PERSON].", "Later [Trump|PERSON] left."});
  const auto clusters = ClusterNames(f.sentences, &f.candidates);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[1].name, "Ivanka Trump");
  EXPECT_EQ(clusters[1].members.size(), 2u);
}

TEST(NameCoref, AcronymsDefinedInParentheses) {
  MarkedText f({"The [Armed Forces of Ukraine|ORG] (AFU) said.", "The [AFU|ORG] retreated."});
  const auto clusters = ClusterNames(f.sentences, &f.candidates);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].name, "Armed Forces of Ukraine");
  EXPECT_EQ(clusters[0].members.size(), 3u);  // the definition was added as a mention
  EXPECT_EQ(f.candidates.size(), 3u);
  EXPECT_EQ(clusters[0].aliases, std::vector<std::string>{"AFU"});
}

TEST(NameCoref, DifferentNamesStayApart) {
  MarkedText f({"[Russia|GPE] and [Russian|NORP] forces near [Bakhmut|GPE]."});
  EXPECT_EQ(ClusterNames(f.sentences, &f.candidates).size(), 3u);
}

}  // namespace
}  // namespace sitrep::ner
