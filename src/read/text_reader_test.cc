#include "read/text_reader.h"

#include <gtest/gtest.h>

#include "read/paragraph_texts.h"

namespace sitrep {
namespace {

TEST(ReadText, KeepsTheTextExactlyAfterLineEnds) {
  const Article a =
      ReadText("  Indented first line.\r\nSame paragraph.\r\n\r\n\r\nSecond.\rThird line", {})
          .value();
  EXPECT_EQ(a.text, "  Indented first line.\nSame paragraph.\n\n\nSecond.\nThird line");
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"Indented first line.\nSame paragraph.",
                                                         "Second.\nThird line"}));
}

TEST(ReadText, GuessesNoMetadata) {
  const Article a = ReadText("GENEVA (Wire) - Talks resumed on Monday.\n", {}).value();
  EXPECT_TRUE(a.title.empty());
  EXPECT_TRUE(a.authors.empty());
  EXPECT_TRUE(a.published.empty());
  EXPECT_EQ(ParagraphTexts(a),
            (std::vector<std::string>{"GENEVA (Wire) - Talks resumed on Monday."}));
}

TEST(ReadText, BlankLinesWithSpacesSeparateParagraphs) {
  const Article a = ReadText("one\n \t \ntwo\n", {}).value();
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"one", "two"}));
}

}  // namespace
}  // namespace sitrep
