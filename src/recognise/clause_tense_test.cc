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

TEST(ClauseTense, FutureSeenFromAReport) {
  EXPECT_EQ(Around("The team planned to fly home on Thursday.", "Thursday"), Tense::kFutureInPast);
  EXPECT_EQ(Around("She said the envoy would arrive Friday.", "Friday"), Tense::kFutureInPast);
  EXPECT_EQ(Around("The talks are set to resume Monday.", "Monday"), Tense::kFutureInPast);
  EXPECT_EQ(Around("Aid could reach the port as soon as Tuesday.", "Tuesday"),
            Tense::kFutureInPast);
  EXPECT_EQ(Around("The new fares apply from June, effective June 1.", "1"), Tense::kFutureInPast);
  EXPECT_EQ(Around("The firm must repay the loan by March.", "March"), Tense::kFutureInPast);
  // Looking back: a past perfect, "up until", a sentence that opens with "Until".
  EXPECT_EQ(Around("Ten states had signed by Wednesday.", "Wednesday"), Tense::kPast);
  EXPECT_EQ(Around("Up until Monday, police searched the woods.", "Monday"), Tense::kPast);
  EXPECT_EQ(Around("Until Monday, police had not named him.", "Monday"), Tense::kPast);
  // A participle after the expression says nothing of its clause.
  EXPECT_EQ(Around("Flights will double by August in markets untouched by the slump.", "August"),
            Tense::kFutureInPast);
}

TEST(ClauseTense, VerbGroupsAndQuotes) {
  // "next to" is a place, not a time to come.
  EXPECT_EQ(Around("A bomb went off next to the station on Friday.", "Friday"), Tense::kPast);
  // A plan in the past perfect has had its day.
  EXPECT_EQ(Around("The offer had been due to expire Friday.", "Friday"), Tense::kPast);
  EXPECT_EQ(Around("The sale had been scheduled to close on Monday.", "Monday"), Tense::kPast);
  EXPECT_EQ(Around("The mayor could not be reached for comment on Sunday.", "Sunday"),
            Tense::kPast);
  // A participle after "be" takes the tense of what comes before it.
  EXPECT_EQ(Around("The appeal is heard in May by three judges.", "May"), Tense::kPresent);
  EXPECT_EQ(Around("The bonus would be paid in January.", "January"), Tense::kFutureInPast);
  // An infinitive after a verb of intent is later than the intent.
  EXPECT_EQ(Around("The club agreed to sell its stadium in March.", "March"), Tense::kFutureInPast);
  // The words quoted are not in the tense of the verb that reports them.
  EXPECT_EQ(Around("\"The ship will sail at dawn Thursday,\" the captain said.", "Thursday"),
            Tense::kFuture);
  EXPECT_EQ(Around("``We will be there on Sunday,'' she said.", "Sunday"), Tense::kFuture);
  // A report framed after a comma gives no tense to what it reports; a sentence's opening
  // adverbial takes the verb after its comma.
  EXPECT_EQ(Around("The league has decided to admit the two clubs in early March, an official "
                   "said.",
                   "March"),
            Tense::kFutureInPast);
  EXPECT_EQ(Around("In September, it announced a merger.", "September"), Tense::kPast);
  // Cues reach across a long news clause.
  EXPECT_EQ(Around("The astronaut will be named commander of the space station for a mission in "
                   "December.",
                   "December"),
            Tense::kFuture);
}

TEST(ClauseTense, NearestCueWinsAndUnknownWithoutOne) {
  EXPECT_EQ(Around("He said on Monday that talks will resume.", "Monday"), Tense::kPast);
  EXPECT_EQ(Around("Monday.", "Monday"), Tense::kUnknown);
  // A cue beyond a clause break does not count.
  EXPECT_EQ(Around("Talks ended; Friday is the deadline.", "Friday"), Tense::kPresent);
}

}  // namespace
}  // namespace sitrep::timex
