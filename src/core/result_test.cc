#include "core/result.h"

#include <gtest/gtest.h>

#include <memory>

namespace sitrep {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) return Status(ErrorCode::kInvalidArgument, std::to_string(n) + " is odd");
  return n / 2;
}

Result<int> Quarter(int n) {
  SITREP_ASSIGN_OR_RETURN(const int half, Half(n));
  SITREP_ASSIGN_OR_RETURN(const int quarter, Half(half));
  return quarter;
}

Status CheckEven(int n) {
  SITREP_RETURN_IF_ERROR(Half(n).status());
  return Status::Ok();
}

TEST(Result, HoldsValueOrStatus) {
  EXPECT_TRUE(Half(4).ok());
  EXPECT_EQ(Half(4).value(), 2);
  EXPECT_TRUE(Half(4).status().ok());
  const Result<int> odd = Half(3);
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(odd.status().message(), "3 is odd");
}

TEST(Result, MacrosPropagateTheFirstError) {
  EXPECT_EQ(Quarter(8).value(), 2);
  EXPECT_EQ(Quarter(6).status().message(), "3 is odd");
  EXPECT_TRUE(CheckEven(2).ok());
  EXPECT_FALSE(CheckEven(1).ok());
}

TEST(Result, MovesOutMoveOnlyValues) {
  Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
  std::unique_ptr<int> p = std::move(r).value();
  EXPECT_EQ(*p, 7);
}

TEST(Status, ToStringLeadsWithTheStableCode) {
  EXPECT_EQ(Status(ErrorCode::kBinaryInput, "x.html").ToString(), "E104 binary input: x.html");
  EXPECT_EQ(Status(ErrorCode::kEmptyInput, "").ToString(), "E103 empty input");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kTooLarge), "E105");
}

TEST(ResultDeathTest, ValueOfAnErrorIsABug) { EXPECT_DEATH((void)Half(3).value(), "assertion"); }

}  // namespace
}  // namespace sitrep
