#include "resolve/name_fold.h"

#include <gtest/gtest.h>

namespace sitrep::places {
namespace {

TEST(FoldName, CaseAccentsAndApostrophesMeet) {
  EXPECT_EQ(FoldName("Kramatorsk"), "kramatorsk");
  EXPECT_EQ(FoldName("Kramators'k"), "kramatorsk");
  EXPECT_EQ(FoldName("Kramators’k"), "kramatorsk");  // right single quotation mark
  EXPECT_EQ(FoldName("Kramatorsʼk"), "kramatorsk");  // modifier letter apostrophe
  EXPECT_EQ(FoldName("KRAMATORSK"), "kramatorsk");
  EXPECT_EQ(FoldName("Dnipró"), "dnipro");
  EXPECT_EQ(FoldName("Artëmovsk"), "artemovsk");
  EXPECT_EQ(FoldName("São Paulo"), "sao paulo");
  EXPECT_EQ(FoldName("Kijów"), "kijow");
}

TEST(FoldName, SeparatorsBecomeOneSpaceAndDotsGo) {
  EXPECT_EQ(FoldName("Ivano-Frankivsk"), "ivano frankivsk");
  EXPECT_EQ(FoldName("  Chasiv   Yar "), "chasiv yar");
  EXPECT_EQ(FoldName("Chasiv\u00a0Yar"), "chasiv yar");       // no-break space
  EXPECT_EQ(FoldName("Ivano–Frankivsk"), "ivano frankivsk");  // en dash
  EXPECT_EQ(FoldName("U.S."), "us");
  EXPECT_EQ(FoldName("St. Petersburg"), "st petersburg");
  EXPECT_EQ(FoldName("'"), "");
}

TEST(FoldName, LettersWithoutDecompositionAreSpelledTheLatinWay) {
  EXPECT_EQ(FoldName("Tromsø"), "tromso");
  EXPECT_EQ(FoldName("Łódź"), "lodz");
  EXPECT_EQ(FoldName("Straße"), "strasse");
  EXPECT_EQ(FoldName("Ærøskøbing"), "aeroskobing");
}

TEST(FoldName, OtherScriptsAreFoldedForCaseAndMarksAndKept) {
  EXPECT_EQ(FoldName("Київ"), "киів");  // ї is і with a diaeresis, stripped like any mark
  EXPECT_EQ(FoldName("КИЇВ"), FoldName("Київ"));
  EXPECT_EQ(FoldName("Бахмут"), "бахмут");
}

}  // namespace
}  // namespace sitrep::places
