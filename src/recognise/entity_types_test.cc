#include "recognise/entity_types.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

std::string_view TypeOfWhole(EntityType tagged, std::string_view text) {
  TokenizedSentence s;
  s.text = text;
  Tokenize(text, {0, uint32_t(text.size())}, &s.tokens);
  return RecordType(tagged, s, 0, uint32_t(s.tokens.size()));
}

TEST(EntityTypes, PlacesWithAndWithoutGovernment) {
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Bakhmut"), "GPE");
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Chasiv Yar"), "GPE");
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Dnipro River"), "LOC");
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Black Sea"), "LOC");
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Middle East"), "LOC");
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Europe"), "LOC");
}

TEST(EntityTypes, NationalitiesAndGroups) {
  EXPECT_EQ(TypeOfWhole(EntityType::kMisc, "Russian"), "NORP");
  EXPECT_EQ(TypeOfWhole(EntityType::kMisc, "Ukrainians"), "NORP");
  EXPECT_EQ(TypeOfWhole(EntityType::kLoc, "Ukrainian"), "NORP");
  EXPECT_EQ(TypeOfWhole(EntityType::kMisc, "Russian Orthodox Church Easter"), "MISC");
  EXPECT_EQ(TypeOfWhole(EntityType::kMisc, "Eurovision"), "MISC");
  EXPECT_EQ(TypeOfWhole(EntityType::kPer, "Sergei Shoigu"), "PERSON");
  EXPECT_EQ(TypeOfWhole(EntityType::kOrg, "Wagner"), "ORG");
}

TEST(EntityTypes, TheNounBeforeANameOverrulesTheTagger) {
  TokenizedSentence s;
  s.text = "Russia's mercenary group Wagner fought in the town of Chasiv Yar.";
  Tokenize(s.text, {0, uint32_t(s.text.size())}, &s.tokens);
  ASSERT_EQ(s.tokens[4].word, "Wagner");
  EXPECT_EQ(RecordType(EntityType::kPer, s, 4, 5), "ORG");
  ASSERT_EQ(s.tokens[10].word, "Chasiv");
  EXPECT_EQ(RecordType(EntityType::kPer, s, 10, 12), "GPE");
  EXPECT_EQ(RecordType(EntityType::kLoc, s, 0, 1), "GPE");
}

}  // namespace
}  // namespace sitrep::ner
