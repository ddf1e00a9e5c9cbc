// Tests for byte_scan.h: each test against the byte-by-byte answer, with the byte in question at
// every position of the word and beside the values where borrows and carries would go wrong.
#include "core/byte_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

uint64_t WordWith(unsigned char fill, size_t at, unsigned char byte) {
  std::string s(8, static_cast<char>(fill));
  s[at] = static_cast<char>(byte);
  return LoadWord(s, 0);
}

TEST(ByteScanTest, EachTestAgreesWithTheBytesOneByOne) {
  for (const unsigned char fill : {'a', ' ', '\x7E', '\x80', '\xFF', '\x00'}) {
    for (size_t at = 0; at < 8; ++at) {
      for (int b = 0; b < 256; ++b) {
        const uint64_t word = WordWith(fill, at, static_cast<unsigned char>(b));
        const auto any = [&](auto test) {
          return test(fill) || test(static_cast<unsigned char>(b));
        };
        EXPECT_EQ(HasByteBelow(word, 0x20), any([](unsigned char c) { return c < 0x20; }));
        EXPECT_EQ(HasByte(word, '&'), any([](unsigned char c) { return c == '&'; }));
        EXPECT_EQ(HasByte(word, '\xC2'), any([](unsigned char c) { return c == 0xC2; }));
        EXPECT_EQ(HasHighByte(word), any([](unsigned char c) { return c >= 0x80; }));
      }
    }
  }
}

TEST(ByteScanTest, LoadsEightBytesFromAnyOffset) {
  const std::string s = "0123456789";
  EXPECT_EQ(LoadWord(s, 2), LoadWord("23456789", 0));
  EXPECT_TRUE(HasByte(LoadWord(s, 2), '9'));
  EXPECT_FALSE(HasByte(LoadWord(s, 0), '9'));
}

// A skip never passes the first byte it looks for and stops at most seven bytes before it (the
// caller tests the bytes from there); over plain bytes it stops only within the last eight.
template <typename Skip, typename Wanted>
void ExpectSkips(Skip skip, Wanted wanted) {
  for (const size_t length : {0u, 1u, 7u, 8u, 15u, 16u, 17u, 31u, 40u}) {
    std::string plain(length, 'a');
    EXPECT_EQ(skip(plain, 0), length - length % 8);
    for (size_t at = 0; at < length; ++at) {
      for (int b = 0; b < 256; ++b) {
        std::string s = plain;
        s[at] = static_cast<char>(b);
        for (const size_t from : {size_t{0}, at / 2, at}) {
          const size_t stop = skip(s, from);
          if (wanted(static_cast<unsigned char>(b))) {
            EXPECT_LE(stop, at) << "byte " << b << " at " << at << " from " << from;
            EXPECT_GE(stop + 7, at);
          } else {
            EXPECT_GE(stop, length - (length - from) % 8) << "byte " << b << " at " << at;
          }
        }
      }
    }
  }
}

TEST(ByteScanTest, SkipAsciiStopsAtNonAscii) {
  ExpectSkips(SkipAscii, [](unsigned char c) { return c >= 0x80; });
}

#ifdef __SSE2__
TEST(ByteScanTest, BytesInRangeMarksEachByteOfTheRange) {
  for (int b = 0; b < 256; ++b) {
    const __m128i v = _mm_set1_epi8(static_cast<char>(b));
    EXPECT_EQ(_mm_movemask_epi8(BytesInRange(v, '\t', '\r')) != 0, b >= '\t' && b <= '\r');
    EXPECT_EQ(_mm_movemask_epi8(BytesInRange(v, 0xF0, 0xF4)) != 0, b >= 0xF0 && b <= 0xF4);
  }
}

TEST(ByteScanTest, SkipSpacedRunNeverPassesWhereARunOfSpacedWordsStops) {
  // Runs that end at a tab or line feed, two spaces, or a space before one or at the end.
  const auto ends = [](__m128i v) { return BytesInRange(v, '\t', '\n'); };
  const auto stops_at = [](const std::string& s, size_t k) {
    const auto end = [](char c) { return c == '\t' || c == '\n'; };
    return end(s[k]) || (s[k] == ' ' && (k + 1 == s.size() || end(s[k + 1]) || s[k + 1] == ' '));
  };
  const std::string pieces[] = {"a", " ", "\t", "\n", "\xC3\xA4", "word"};
  uint32_t seed = 7;
  for (int trial = 0; trial < 3000; ++trial) {
    std::string s;
    const size_t length = trial % 70;
    while (s.size() < length) {
      seed = seed * 1103515245 + 12345;
      // Mostly words one space apart, as text is.
      s += (seed >> 16) % 8 < 6 ? pieces[(seed >> 20) % 2 == 0 ? 0 : 5] + " "
                                : pieces[(seed >> 20) % 6];
    }
    for (size_t i = 0; i <= s.size(); ++i) {
      for (const size_t stop : {s.size(), i + (s.size() - i) / 2}) {
        size_t first = i;
        while (first < stop && !stops_at(s, first)) ++first;
        const size_t skipped = SkipSpacedRun(s, i, stop, ends);
        EXPECT_GE(skipped, i);
        EXPECT_LE(skipped, first) << "'" << s << "' from " << i;
        EXPECT_LE(first, skipped + 16) << "'" << s << "' from " << i;
      }
    }
  }
}
#endif

}  // namespace
}  // namespace sitrep
