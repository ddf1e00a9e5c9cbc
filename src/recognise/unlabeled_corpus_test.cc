#include "recognise/unlabeled_corpus.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

using Words = std::vector<std::string_view>;

TEST(UnlabeledCorpus, ConllColumnsAndDocumentStarts) {
  UnlabeledCorpus c;
  c.AddVertical("-DOCSTART- -X- O O\n\nKyiv NNP I-NP I-LOC\nsaid VBD I-VP O\n\r\nHe PRP I-NP O\n");
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_EQ(c.sentences[0], (Words{"Kyiv", "said"}));
  EXPECT_EQ(c.sentences[1], (Words{"He"}));
  EXPECT_EQ(c.tokens, 3u);
}

TEST(UnlabeledCorpus, GumXmlSentencesAndMarkup) {
  UnlabeledCorpus c;
  c.AddVertical(
      "<text id=\"x\">\n<s type=\"decl\">\nAfghan\tJJ\tAfghan\n<w>\nall\tDT\n-\tHYPH\ngirl\tNN\n"
      "</w>\nteam\tNN\n</s>\n<s>\nThey\tPRP\n</s>\n</text>\n");
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_EQ(c.sentences[0], (Words{"Afghan", "all", "-", "girl", "team"}));
  EXPECT_EQ(c.sentences[1], (Words{"They"}));
}

TEST(UnlabeledCorpus, RunningTextAParagraphALine) {
  UnlabeledCorpus c;
  c.AddRunning(
      "Shoigu said: \xE2\x80\x9CWe won\xE2\x80\x99t stop.\xE2\x80\x9D\n\nKyiv denied it.\n");
  ASSERT_EQ(c.sentences.size(), 2u);
  EXPECT_EQ(c.sentences[0],
            (Words{"Shoigu", "said", ":", "\"", "We", "wo", "n't", "stop", ".", "\""}));
  EXPECT_EQ(c.sentences[1], (Words{"Kyiv", "denied", "it", "."}));
}

TEST(UnlabeledCorpus, XmlTextElementsOnly) {
  UnlabeledCorpus c;
  c.AddXmlText(
      "<?xml version=\"1.0\"?>\n<articles>\n<article><title>Not this</title>\n"
      "<text><![CDATA[Kyiv said no & meant it.\nLviv too.]]></text>\n"
      "<toponyms><toponym><phrase>Kyiv</phrase><lat>50.45</lat></toponym></toponyms>\n"
      "</article>\n<article><textual>Skipped</textual>\n"
      "<text>Tom &amp; Jerry&#39;s &#x4B;yiv &bogus; trip</text></article></articles>\n");
  ASSERT_EQ(c.sentences.size(), 3u);
  EXPECT_EQ(c.sentences[0], (Words{"Kyiv", "said", "no", "&", "meant", "it", "."}));
  EXPECT_EQ(c.sentences[1], (Words{"Lviv", "too", "."}));
  EXPECT_EQ(c.sentences[2], (Words{"Tom", "&", "Jerry", "'s", "Kyiv", "&bogus", ";", "trip"}));
}

TEST(UnlabeledCorpus, ViewsSurviveMoreTextAndMoves) {
  UnlabeledCorpus c;
  c.AddVertical("Kyiv\n");
  for (int i = 0; i < 100; ++i) c.AddRunning("More words here.\n");
  UnlabeledCorpus moved = std::move(c);
  EXPECT_EQ(moved.sentences[0][0], "Kyiv");
  EXPECT_EQ(moved.sentences.size(), 101u);
}

}  // namespace
}  // namespace sitrep::ner
