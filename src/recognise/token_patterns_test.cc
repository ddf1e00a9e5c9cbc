#include "recognise/token_patterns.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

ClassMask Letters(std::string_view name) {
  if (name.size() != 1 || name[0] < 'A' || name[0] > 'Z') return 0;
  return ClassMask(1) << (name[0] - 'A');
}
constexpr ClassMask A = 1, B = 2, C = 4, D = 8;

TEST(TokenPatterns, LongestMatchWinsAndOptionalElementsMayBeLeftOut) {
  const std::string_view rules[] = {"A B? C", "A B C D", "D"};
  Result<TokenPatterns> p = TokenPatterns::Compile(rules, Letters);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const ClassMask ac[] = {A, C}, abcd[] = {A, B, C, D}, abx[] = {A, B, B};
  EXPECT_EQ(p.value().Longest(ac, 0).length, 2u);
  EXPECT_EQ(p.value().Longest(abcd, 0).length, 4u);
  EXPECT_EQ(p.value().Longest(abcd, 0).pattern, 1);
  EXPECT_EQ(p.value().Longest(abx, 0).length, 0u);  // C never comes
  EXPECT_EQ(p.value().Longest(abcd, 3).pattern, 2);
  EXPECT_EQ(p.value().Longest(abcd, 9).length, 0u);  // past the end
}

TEST(TokenPatterns, AlternativesAndTokensOfSeveralClasses) {
  const std::string_view rules[] = {"A|B C"};
  Result<TokenPatterns> p = TokenPatterns::Compile(rules, Letters);
  ASSERT_TRUE(p.ok());
  const ClassMask bc[] = {B, C}, both[] = {A | D, C | D};
  EXPECT_EQ(p.value().Longest(bc, 0).length, 2u);
  EXPECT_EQ(p.value().Longest(both, 0).length, 2u);
  EXPECT_EQ(p.value().starts(), A | B);
}

TEST(TokenPatterns, EarlierPatternWinsATie) {
  const std::string_view rules[] = {"A B", "A|C B"};
  Result<TokenPatterns> p = TokenPatterns::Compile(rules, Letters);
  const ClassMask ab[] = {A, B};
  EXPECT_EQ(p.value().Longest(ab, 0).pattern, 0);
}

TEST(TokenPatterns, BadPatternsAreErrors) {
  const std::string_view unknown[] = {"A nope"};
  EXPECT_FALSE(TokenPatterns::Compile(unknown, Letters).ok());
  const std::string_view empty[] = {"A? B?"};
  EXPECT_FALSE(TokenPatterns::Compile(empty, Letters).ok());
}

}  // namespace
}  // namespace sitrep
