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

}  // namespace
}  // namespace sitrep
