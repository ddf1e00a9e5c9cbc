#include "recognise/lexicons.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sitrep::ner {
namespace {

TEST(Lexicons, Titles) {
  EXPECT_TRUE(IsTitleWord("President"));
  EXPECT_TRUE(IsTitleWord("minister"));
  EXPECT_TRUE(IsTitleWord("Gen."));
  EXPECT_FALSE(IsTitleWord("Shoigu"));
  EXPECT_TRUE(IsHonorific("Mr."));
  EXPECT_FALSE(IsHonorific("President"));
}

TEST(Lexicons, Demonyms) {
  EXPECT_EQ(LookUpDemonym("Russian").place, "Russia");
  EXPECT_TRUE(LookUpDemonym("Ukrainians").found);
  EXPECT_EQ(LookUpDemonym("Ukrainians").place, "Ukraine");
  EXPECT_TRUE(LookUpDemonym("Kurdish").found);
  EXPECT_EQ(LookUpDemonym("Kurdish").place, "");
  EXPECT_FALSE(LookUpDemonym("Russia").found);
  EXPECT_FALSE(LookUpDemonym("russian").found);
  EXPECT_FALSE(LookUpDemonym("Bus").found);
}

}  // namespace
}  // namespace sitrep::ner
