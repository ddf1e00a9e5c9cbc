#include "core/utf8.h"

#include <gtest/gtest.h>

#include <random>

namespace sitrep {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

struct RepairCase {
  std::string in;
  std::string out;
  size_t replaced;
};

TEST(RepairUtf8, ReplacesEachMaximalIllFormedSubpartOnce) {
  const RepairCase cases[] = {
      {"plain ascii", "plain ascii", 0},
      {"Kyiv \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", "Kyiv \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", 0},
      {"caf\xE9 au lait", "caf" + kFffd + " au lait", 1},      // Latin-1 byte
      {"\xC0\xAF", kFffd + kFffd, 2},                          // overlong '/'
      {"\xED\xA0\x80", kFffd + kFffd + kFffd, 3},              // surrogate D800
      {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},  // past U+10FFFF
      {"\xE2\x82", kFffd, 1},                                  // truncated euro sign
      {"a\xE2\x82"
       "b",
       "a" + kFffd + "b", 1},                             // truncated, then ASCII
      {"\x80\x80", kFffd + kFffd, 2},                     // stray continuations
      {"\xF0\x9F\x98\x80 ok", "\xF0\x9F\x98\x80 ok", 0},  // emoji kept
      {"\xFF", kFffd, 1},
  };
  for (const RepairCase& c : cases) {
    std::string out;
    EXPECT_EQ(RepairUtf8(c.in, &out), c.replaced) << c.in;
    EXPECT_EQ(out, c.out) << c.in;
    EXPECT_TRUE(IsValidUtf8(out));
    EXPECT_EQ(IsValidUtf8(c.in), c.replaced == 0);
  }
}

TEST(RepairUtf8, RandomBytesAlwaysComeOutValid) {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string junk(rng() % 300, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    std::string out;
    RepairUtf8(junk, &out);
    EXPECT_TRUE(IsValidUtf8(out));
  }
}

// IsValidUtf8 tests ASCII sixty-four and sixteen bytes at a time: a sequence, good or bad, at
// every offset across those blocks must be judged as RepairUtf8 judges it.
TEST(IsValidUtf8, AgreesWithRepairAtEveryOffsetOfTheBlocks) {
  for (const std::string_view sequence :
       {"\xC3\xA4", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xC3", "\xE2\x82", "\x80", "\xED\xA0\x80",
        "\xC0\xAF", "\xF4\x90\x80\x80", "\xC3\xA4\xE2\x82"}) {
    for (size_t at = 0; at < 140; ++at) {
      for (const size_t tail : {size_t{0}, size_t{1}, size_t{70}}) {
        const std::string text =
            std::string(at, 'a') + std::string(sequence) + std::string(tail, 'b');
        std::string repaired;
        EXPECT_EQ(IsValidUtf8(text), RepairUtf8(text, &repaired) == 0) << at << " " << tail;
      }
    }
  }
}

TEST(DecodeUtf8, RoundTripsThroughAppendUtf8) {
  for (const char32_t cp : {U'A', U'\u00E9', U'\u0416', U'\u201C', U'\uFFFD', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(CodePointIndex, CountsCodePointsNotBytes) {
  const std::string text = "“Київ” said é.";
  const CodePointIndex index(text);
  EXPECT_EQ(index.ToCodePoint(0), 0u);
  EXPECT_EQ(index.ToCodePoint(3), 1u);   // after the opening quote (3 bytes)
  EXPECT_EQ(index.ToCodePoint(11), 5u);  // after Київ (8 bytes)
  EXPECT_EQ(index.ToCodePoint(static_cast<uint32_t>(text.size())), 14u);
}

TEST(CodePointIndex, AgreesWithNaiveCountingAcrossCheckpoints) {
  std::string text;
  for (int i = 0; i < 400; ++i) text += i % 3 == 0 ? "ж" : i % 3 == 1 ? "a" : "€";
  const CodePointIndex index(text);
  uint32_t cp = 0;
  for (size_t b = 0; b <= text.size(); ++b) {
    const bool boundary = b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
    if (boundary) {
      EXPECT_EQ(index.ToCodePoint(static_cast<uint32_t>(b)), cp) << b;
      ++cp;
    }
  }
}

}  // namespace
}  // namespace sitrep
