#include "read/word_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

int Length(std::string_view word) { return static_cast<int>(word.size()); }

TEST(WordMemo, AnswersAsTheClassifierDoes) {
  WordMemo<int, 8> memo;
  int calls = 0;
  const auto classify = [&](std::string_view word) {
    ++calls;
    return Length(word);
  };
  EXPECT_EQ(memo.Get("byline", classify), 6);
  EXPECT_EQ(memo.Get("byline", classify), 6);
  EXPECT_EQ(calls, 1);  // the second answer came from the memo
  // Words that share a prefix, or differ in one letter, are different words.
  EXPECT_EQ(memo.Get("by", classify), 2);
  EXPECT_EQ(memo.Get("bylinf", classify), 6);
  EXPECT_EQ(memo.Get("", classify), 0);
}

TEST(WordMemo, CollisionsAndLongWordsAreClassifiedAgain) {
  // With two slots most words collide: each answer must still be the word's own.
  WordMemo<int, 2> memo;
  const std::string long_word(40, 'x');
  for (int round = 0; round < 3; ++round) {
    for (const std::string word : {"nav", "footer", "post-content", "a", "sidebar-widget"}) {
      EXPECT_EQ(memo.Get(word, Length), Length(word)) << word;
    }
    EXPECT_EQ(memo.Get(long_word, Length), 40);
  }
}

TEST(WordMemo, WordsDifferingInAnyOneByteAreDifferentWords) {
  // Every length the memo keeps, a byte changed at every place: a look-up compares whole words.
  WordMemo<std::string, 1> memo;
  const auto same = [](std::string_view word) { return std::string(word); };
  for (size_t size = 1; size <= WordMemo<std::string, 1>::kMaxWord; ++size) {
    const std::string word(size, 'a');
    for (size_t at = 0; at < size; ++at) {
      std::string other = word;
      other[at] = 'b';
      ASSERT_EQ(memo.Get(word, same), word);
      EXPECT_EQ(memo.Get(other, same), other) << size << " " << at;
    }
  }
}

}  // namespace
}  // namespace sitrep
