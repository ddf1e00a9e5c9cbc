#include "read/body.h"

#include <gtest/gtest.h>

#include "read/paragraph_texts.h"

namespace sitrep {
namespace {

TEST(CollapseWhitespace, CollapsesRunsAndTrimsTheEnds) {
  EXPECT_EQ(CollapseWhitespace("  Spread \n over\tlines  "), "Spread over lines");
  EXPECT_EQ(CollapseWhitespace(" \n "), "");
}

TEST(CollapseWhitespace, StopsSoonAfterTheLengthAsked) {
  const std::string_view line = "  Read \n more:   the   whole   story  ";
  for (size_t max = 0; max < 40; ++max) {
    const std::string start = CollapseWhitespace(line, max);
    EXPECT_TRUE(CollapseWhitespace(line).starts_with(start)) << max;
    EXPECT_GT(start.size(), std::min<size_t>(max, CollapseWhitespace(line).size() - 1)) << max;
  }
  // Words one space apart are one run to copy: it is cut one byte past the length asked, not
  // copied to the paragraph's end.
  std::string words;
  for (int i = 0; i < 200; ++i) words += "word ";
  EXPECT_EQ(CollapseWhitespace(words, 16), words.substr(0, 17));
  EXPECT_EQ(CollapseWhitespace("  " + words, 16), words.substr(0, 17));
}

TEST(CollapseWhitespace, CollapsesAGapAtEveryPositionOfALongText) {
  const std::string words = "Ana Ruiz and Li Wei wrote this, with Jo Park, in Lyon";
  EXPECT_EQ(CollapseWhitespace(words), words);
  const std::string plain = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (const std::string gap : {" ", "  ", "\t", " \n ", "\v ", " \r"}) {
    for (size_t at = 0; at <= plain.size(); ++at) {
      const bool inside = at > 0 && at < plain.size();
      EXPECT_EQ(CollapseWhitespace(plain.substr(0, at) + gap + plain.substr(at)),
                plain.substr(0, at) + (inside ? " " : "") + plain.substr(at))
          << "gap " << gap.size() << " bytes at " << at;
    }
  }
}

TEST(SetBody, JoinsParagraphsWithABlankLine) {
  Article a;
  SetBody({{"First one."}, {"Second one."}}, a);
  EXPECT_EQ(a.text, "First one.\n\nSecond one.");
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"First one.", "Second one."}));
}

TEST(SetBody, CollapsesWhitespaceAndDropsEmptyParagraphs) {
  Article a;
  SetBody({{"  Spread \n over\tlines  "}, {"   "}, {""}, {"Next."}}, a);
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"Spread over lines", "Next."}));
}

TEST(SetBody, RejoinsABreakInsideASentence) {
  Article a;
  SetBody({{"A soldier near the"}, {"town also said so."}, {"New paragraph."}}, a);
  EXPECT_EQ(ParagraphTexts(a),
            (std::vector<std::string>{"A soldier near the town also said so.", "New paragraph."}));
}

TEST(SetBody, KeepsRealBreaks) {
  Article a;
  SetBody({{"Headline Without Stop"},
           {"Body starts here."},  // next is capitalised
           {"It ended."},
           {"and then lower case"},  // previous is closed
           {"He said: \u201Cwe go.\u201D"},
           {"lower after a quote"},  // closed inside quotes
           {"Ellipsis\u2026"},
           {"trailing on"}},
          a);
  EXPECT_EQ(a.paragraphs.size(), 8u);
}

TEST(SetBody, RejoinsBeforeNonAsciiLowercase) {
  Article a;
  SetBody({{"Це було біля"}, {"міста вночі."}}, a);
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"Це було біля міста вночі."}));
}

TEST(SetBody, KeepsNonBreakingSpaces) {
  Article a;
  SetBody({{"10\u00A0km west"}}, a);
  EXPECT_EQ(a.text, "10\u00A0km west");
}

TEST(SetBody, HeadingsAndListItemsAreNeverRejoined) {
  Article a;
  SetBody({{"What we know", false},
           {"troops moved north", false},
           {"Background", false},
           {"talks began in", true},
           {"spring and stalled.", true}},
          a);
  EXPECT_EQ(ParagraphTexts(a),
            (std::vector<std::string>{"What we know", "troops moved north", "Background",
                                      "talks began in spring and stalled."}));
}

TEST(SetBody, EmptyInputGivesEmptyText) {
  Article a;
  a.text = "stale";
  SetBody({}, a);
  EXPECT_EQ(a.text, "");
  EXPECT_TRUE(a.paragraphs.empty());
}

}  // namespace
}  // namespace sitrep
