#include "recognise/tokenizer.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, {0, uint32_t(text.size())}, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    // Every span is real text, in order; the word differs only for typographic punctuation.
    EXPECT_LE(t.span.end, text.size());
    out.emplace_back(t.word);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, TreebankCuts) {
  EXPECT_EQ(Words("Russia's mercenary group Wagner has spearheaded the assault."),
            (V{"Russia", "'s", "mercenary", "group", "Wagner", "has", "spearheaded", "the",
               "assault", "."}));
  EXPECT_EQ(Words("\"Bakhmut will fall,\" one soldier said."),
            (V{"\"", "Bakhmut", "will", "fall", ",", "\"", "one", "soldier", "said", "."}));
  EXPECT_EQ(
      Words("A U.S.-based institute said around 4,000 civilians remain."),
      (V{"A", "U.S.-based", "institute", "said", "around", "4,000", "civilians", "remain", "."}));
  EXPECT_EQ(Words("\"Capturing [Bakhmut] will allow\""),
            (V{"\"", "Capturing", "[", "Bakhmut", "]", "will", "allow", "\""}));
  EXPECT_EQ(Words("It didn't."), (V{"It", "did", "n't", "."}));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriodInsideASentence) {
  EXPECT_EQ(
      Words("Mr. Smith met Gen. J. Doe in the U.S. on Monday."),
      (V{"Mr.", "Smith", "met", "Gen.", "J.", "Doe", "in", "the", "U.S.", "on", "Monday", "."}));
  EXPECT_EQ(Words("He flew to the U.S."), (V{"He", "flew", "to", "the", "U.S."}));
  EXPECT_EQ(Words("He is a doctor."), (V{"He", "is", "a", "doctor", "."}));
}

TEST(Tokenizer, TypographicPunctuationReadsAsAscii) {
  const std::string text = "\xE2\x80\x9CKyiv\xE2\x80\x99s forces\xE2\x80\x9D \xE2\x80\x94 Russia";
  EXPECT_EQ(Words(text), (V{"\"", "Kyiv", "'s", "forces", "\"", "--", "Russia"}));
  std::vector<Token> tokens;
  Tokenize(text, {0, uint32_t(text.size())}, &tokens);
  EXPECT_EQ(tokens[1].span.Of(text), "Kyiv");
  EXPECT_EQ(tokens[2].span.Of(text), "\xE2\x80\x99s");
}

TEST(Tokenizer, CliticsOnlyAfterAnApostrophe) {
  // Words that end in s or t keep them unless an apostrophe comes right before.
  EXPECT_EQ(Words("Its cats can't sit, Ana's won\xE2\x80\x99t."),
            (V{"Its", "cats", "ca", "n't", "sit", ",", "Ana", "'s", "wo", "n't", "."}));
  EXPECT_EQ(Words("As ts st"), (V{"As", "ts", "st"}));
}

TEST(Tokenizer, ShortChunksOfPunctuationTakeTheirForm) {
  EXPECT_EQ(Words("a \xE2\x80\x94 b ( \xC2\xAB ok"), (V{"a", "--", "b", "(", "\"", "ok"}));
}

TEST(Tokenizer, RangeIsRespected) {
  const std::string text = "One. Two three. Four.";
  std::vector<Token> tokens;
  Tokenize(text, {5, 15}, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span.Of(text), "Two");
  EXPECT_EQ(tokens[2].span.Of(text), ".");
}

TEST(Tokenizer, PunctuationAloneAndEmpty) {
  EXPECT_EQ(Words("  "), V{});
  EXPECT_EQ(Words("- -- ..."), (V{"-", "--", "..."}));
  EXPECT_EQ(Words("(AFU)"), (V{"(", "AFU", ")"}));
}

}  // namespace
}  // namespace sitrep::ner
