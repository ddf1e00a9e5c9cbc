#include "recognise/clause_tense.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::timex {
namespace {

// The tense around the first occurrence of |word| in |sentence|.
Tense Around(const std::string& sentence, std::string_view word) {
  std::vector<ner::Token> tokens;
  ner::Tokenize(sentence, {0, uint32_t(sentence.size())}, &tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].word == word) return ClauseTense(tokens, i, i + 1);
  }
  ADD_FAILURE() << word << " not in " << sentence;
  return Tense::kUnknown;
}

TEST(ClauseTense, PastFromVerbForms) {
  EXPECT_EQ(Around("Ukraine vowed Monday to bolster its defenses.", "Monday"), Tense::kPast);
  EXPECT_EQ(Around("The minister told officials on Tuesday.", "Tuesday"), Tense::kPast);
  EXPECT_EQ(Around("Talks were held on Friday.", "Friday"), Tense::kPast);
}

TEST(ClauseTense, FutureFromAuxiliaries) {
  EXPECT_EQ(Around("The leaders will meet on Friday.", "Friday"), Tense::kFuture);
  EXPECT_EQ(Around("She'll fly to Kyiv Thursday.", "Thursday"), Tense::kFuture);
  EXPECT_EQ(Around("The vote is to take place on Sunday.", "Sunday"), Tense::kFuture);
  EXPECT_EQ(Around("He is going to sign it Monday.", "Monday"), Tense::kFuture);
}

TEST(ClauseTense, NearestCueWinsAndUnknownWithoutOne) {
  EXPECT_EQ(Around("He said on Monday that talks will resume.", "Monday"), Tense::kPast);
  EXPECT_EQ(Around("Monday.", "Monday"), Tense::kUnknown);
  // A cue beyond a clause break does not count.
  EXPECT_EQ(Around("Talks ended; Friday is the deadline.", "Friday"), Tense::kPresent);
}

}  // namespace
}  // namespace sitrep::timex
