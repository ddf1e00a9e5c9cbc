#include "recognise/conll.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

TEST(Conll, DocumentsSentencesAndIob2) {
  const std::string text =
      "EU NNP I-NP I-ORG\n"
      "rejects VBZ I-VP O\n"
      "\n"
      "Peter NNP I-NP I-PER\n"
      "Blackburn NNP I-NP I-PER\n"
      "\n"
      "-DOCSTART- -X- O O\n"
      "\n"
      "Paris NNP I-NP I-LOC\n";
  Result<ConllCorpus> read = ParseConll(text);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  const ConllCorpus& c = read.value();
  ASSERT_EQ(c.documents.size(), 2u);
  ASSERT_EQ(c.documents[0].sentences.size(), 2u);
  EXPECT_TRUE(c.has_gold);
  EXPECT_EQ(c.TokenCount(), 5u);
  const ConllSentence& peter = c.documents[0].sentences[1];
  EXPECT_EQ(peter.Words(), (std::vector<std::string_view>{"Peter", "Blackburn"}));
  EXPECT_EQ(peter.GoldTags(),
            (std::vector<Tag>{BeginTag(EntityType::kPer), InsideTag(EntityType::kPer)}));
  ASSERT_EQ(c.lines.size(), 9u);
  EXPECT_EQ(c.lines[6].text, "-DOCSTART- -X- O O");
  EXPECT_EQ(c.lines[6].token, -1);
  EXPECT_EQ(c.lines[8].token, 4);
}

TEST(Conll, WordsOnlyHaveNoGold) {
  Result<ConllCorpus> read = ParseConll("Hello\nworld\n");
  ASSERT_TRUE(read.ok());
  EXPECT_FALSE(read.value().has_gold);
  EXPECT_EQ(read.value().TokenCount(), 2u);
}

TEST(Conll, WordAndPosColumnsHaveNoGold) {
  Result<ConllCorpus> read = ParseConll("Putin NNP\r\nvisited VBD\r\n\r\nMoscow NNP\r\n");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_FALSE(read.value().has_gold);
  EXPECT_EQ(read.value().TokenCount(), 3u);
  EXPECT_EQ(read.value().documents[0].sentences.size(), 2u);
  EXPECT_EQ(read.value().lines[0].text, "Putin NNP");
}

TEST(Conll, EmptyTextHasNoTokens) {
  Result<ConllCorpus> read = ParseConll("");
  ASSERT_TRUE(read.ok());
  EXPECT_FALSE(read.value().has_gold);
  EXPECT_EQ(read.value().TokenCount(), 0u);
}

TEST(Conll, BadTagIsAnError) {
  Result<ConllCorpus> read = ParseConll("Hello NN X-FOO\n");
  EXPECT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("line 1"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::ner
