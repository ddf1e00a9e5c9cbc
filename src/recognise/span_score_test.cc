#include "recognise/span_score.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

constexpr Tag O = kOutside;
constexpr Tag BP = BeginTag(EntityType::kPer), IP = InsideTag(EntityType::kPer);
constexpr Tag BO = BeginTag(EntityType::kOrg);

TEST(SpanScore, ExactBoundariesAndType) {
  SpanScore score;
  // Gold: PER [0,2), ORG [3,4). Predicted: PER [0,1) (wrong end), ORG [3,4) (right).
  score.Add({BP, IP, O, BO}, {BP, O, O, BO});
  EXPECT_EQ(score.Overall().gold, 2u);
  EXPECT_EQ(score.Overall().predicted, 2u);
  EXPECT_EQ(score.Overall().correct, 1u);
  EXPECT_DOUBLE_EQ(score.Overall().F1(), 0.5);
  EXPECT_EQ(score.Of(EntityType::kPer).correct, 0u);
  EXPECT_EQ(score.Of(EntityType::kOrg).correct, 1u);
  EXPECT_NE(score.Table().find("overall"), std::string::npos);
}

TEST(SpanScore, EmptyIsZeroNotNan) {
  SpanScore score;
  EXPECT_EQ(score.Overall().F1(), 0.0);
}

}  // namespace
}  // namespace sitrep::ner
