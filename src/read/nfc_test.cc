#include "read/nfc.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Nfc, TextBelowCombiningMarksIsNeverLookedAt) {
  EXPECT_FALSE(MayNotBeNfc(""));
  EXPECT_FALSE(MayNotBeNfc("Plain ASCII, then Grüße aus Łódź, ça va?"));
  // Precomposed letters and whole scripts that NFC keeps as they are.
  EXPECT_FALSE(MayNotBeNfc("Ελλάδα, Україна, 北京, 서울, नमस्ते"));
}

TEST(Nfc, WhatNfcWouldChangeIsFound) {
  EXPECT_TRUE(MayNotBeNfc("Cafe\u0301"));          // a combining accent
  EXPECT_TRUE(MayNotBeNfc("\u09AC\u09BE\u09DC"));  // U+09DC, which NFC always splits
  EXPECT_TRUE(MayNotBeNfc("5 \u2126"));            // the ohm sign, NFC's omega
  EXPECT_TRUE(MayNotBeNfc("\u09C7\u09BE"));        // two vowel signs NFC joins
  EXPECT_TRUE(MayNotBeNfc("\u1100\u1161"));        // Hangul written letter by letter
  EXPECT_TRUE(MayNotBeNfc("a\u0307\u0323"));       // marks out of order: dot above, then below
  // Hebrew accents (classes 220 and 230) that compose with nothing: only their order counts.
  EXPECT_FALSE(MayNotBeNfc("\u05D0\u0596\u0599"));
  EXPECT_TRUE(MayNotBeNfc("\u05D0\u0599\u0596"));
}

TEST(Nfc, Normalises) {
  EXPECT_EQ(ToNfc("Cafe\u0301 au lait"), "Caf\u00E9 au lait");
  EXPECT_EQ(ToNfc("\u09AC\u09BE\u09DC\u09BF"), "\u09AC\u09BE\u09A1\u09BC\u09BF");
  EXPECT_EQ(ToNfc("\u1100\u1161"), "\uAC00");
  EXPECT_EQ(ToNfc("a\u0323\u0307"), "\u1EA1\u0307");  // marks put in order, then composed
  // NUL is a character like any other: what follows it is kept.
  EXPECT_EQ(ToNfc(std::string("e\u0301\0e\u0301", 7)), std::string("\u00E9\0\u00E9", 5));
  const std::string kept = "Already NFC: Grüße, Ελλάδα, 서울.";
  EXPECT_EQ(ToNfc(kept), kept);
  // Stretch by stretch: an accent joins the ASCII letter before it, at the start and at the end,
  // and what lies between the doubtful stretches is kept byte for byte.
  EXPECT_EQ(ToNfc("e\u0301 <p class=\"x\">Grüße \u2126 and A\u030A</p> \u0301"),
            "\u00E9 <p class=\"x\">Grüße \u03A9 and \u00C5</p> \u0301");
}

TEST(Nfc, AnEndlessRunOfMarksIsKeptAsGivenAndQuickly) {
  // Marks out of order by the hundred thousand: sorting them is quadratic, so a run of more
  // than Unicode's stream-safe 30 is left as it is, while the text around it is normalised.
  std::string marks = "a";
  for (int i = 0; i < 100000; ++i) marks += "\u0301\u0316";
  const std::string page = "Cafe\u0301 " + marks + " cafe\u0301";
  const std::string nfc = ToNfc(page);
  EXPECT_EQ(nfc, "Caf\u00E9 " + marks + " caf\u00E9");
  // Thirty marks are still put in order and composed.
  std::string thirty = "a";
  for (int i = 0; i < 15; ++i) thirty += "\u0301\u0316";
  EXPECT_NE(ToNfc(thirty), thirty);
}

}  // namespace
}  // namespace sitrep
