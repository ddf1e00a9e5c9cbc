#include "recognise/bio_tags.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

constexpr Tag O = kOutside;
constexpr Tag BP = BeginTag(EntityType::kPer), IP = InsideTag(EntityType::kPer);
constexpr Tag BL = BeginTag(EntityType::kLoc), IL = InsideTag(EntityType::kLoc);

TEST(BioTags, NamesRoundTrip) {
  for (Tag t = 0; t < kNumTags; ++t) EXPECT_EQ(ParseTag(TagName(t)), t);
  EXPECT_EQ(ParseTag("I-XYZ"), std::nullopt);
  EXPECT_EQ(TagName(IL), "I-LOC");
}

TEST(BioTags, InsideContinuesOnlyItsOwnType) {
  EXPECT_FALSE(AllowedTransition(std::nullopt, IP));
  EXPECT_FALSE(AllowedTransition(O, IP));
  EXPECT_FALSE(AllowedTransition(BL, IP));
  EXPECT_TRUE(AllowedTransition(BP, IP));
  EXPECT_TRUE(AllowedTransition(IP, IP));
  EXPECT_TRUE(AllowedTransition(IL, BP));
  EXPECT_TRUE(AllowedTransition(std::nullopt, BP));
}

TEST(BioTags, Iob1ToIob2) {
  // "I-PER I-PER B-PER O I-LOC": two adjacent people, then a place opened by I-.
  std::vector<Tag> tags = {IP, IP, BP, O, IL};
  ToIob2(tags);
  EXPECT_EQ(tags, (std::vector<Tag>{BP, IP, BP, O, BL}));
}

TEST(BioTags, Spans) {
  const std::vector<Tag> tags = {BP, IP, BP, O, IL, IL, BL};
  const std::vector<TokenSpan> want = {{0, 2, EntityType::kPer},
                                       {2, 3, EntityType::kPer},
                                       {4, 6, EntityType::kLoc},
                                       {6, 7, EntityType::kLoc}};
  EXPECT_EQ(SpansOf(tags), want);
}

}  // namespace
}  // namespace sitrep::ner
