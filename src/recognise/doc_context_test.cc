#include "recognise/doc_context.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sitrep::ner {
namespace {

constexpr Tag kO = kOutside;
const Tag kBPer = BeginTag(EntityType::kPer), kIPer = InsideTag(EntityType::kPer);
const Tag kBLoc = BeginTag(EntityType::kLoc);

std::vector<uint32_t> Of(const DocumentFeatures& f, size_t t) {
  std::vector<uint32_t> v(f.ids.begin() + f.begin[t], f.ids.begin() + f.begin[t + 1]);
  std::sort(v.begin(), v.end());
  return v;
}

// "Jesper Parnevik won . Parnevik said ." : keys stand for lower-case forms.
const std::vector<uint64_t> kKeys = {1, 2, 3, 4, 2, 5, 4};

TEST(DocContext, AWordAloneHasNoContext) {
  DocumentFeatures f;
  ContextFeatures(kKeys, {kBPer, kIPer, kO, kO, kO, kO, kO}, 20, &f);
  ASSERT_EQ(f.TokenCount(), 7u);
  for (size_t t : {0, 2, 5}) EXPECT_TRUE(Of(f, t).empty()) << t;
  EXPECT_FALSE(Of(f, 1).empty());
  EXPECT_FALSE(Of(f, 3).empty());  // "." twice
}

TEST(DocContext, TheOtherOccurrencesTagDecidesNotTheTokensOwn) {
  DocumentFeatures a, b, c;
  // The second "Parnevik" (token 4) sees token 1's tag, whatever its own first-pass tag was.
  ContextFeatures(kKeys, {kBPer, kIPer, kO, kO, kO, kO, kO}, 20, &a);
  ContextFeatures(kKeys, {kBPer, kIPer, kO, kO, kBLoc, kO, kO}, 20, &b);
  EXPECT_EQ(Of(a, 4), Of(b, 4));
  // ... and what token 1 was tagged changes it.
  ContextFeatures(kKeys, {kO, kBLoc, kO, kO, kO, kO, kO}, 20, &c);
  EXPECT_NE(Of(a, 4), Of(c, 4));
  // Token 1 sees token 4: O in a, B-LOC in b.
  EXPECT_NE(Of(a, 1), Of(b, 1));
}

TEST(DocContext, IdsWithinTheTableAndDeterministic) {
  DocumentFeatures a, b;
  const std::vector<Tag> tags = {kBPer, kIPer, kO, kO, kBPer, kO, kO};
  ContextFeatures(kKeys, tags, 10, &a);
  ContextFeatures(kKeys, tags, 10, &b);
  EXPECT_EQ(a.ids, b.ids);
  EXPECT_EQ(a.begin, b.begin);
  for (uint32_t id : a.ids) EXPECT_LT(id, 1u << 10);
}

TEST(DocContext, AppendKeepsTokensApart) {
  DocumentFeatures base, extra, both;
  base.ids = {1, 2, 3};
  base.begin = {0, 2, 3};
  base.keys = {7, 8};
  extra.ids = {9};
  extra.begin = {0, 0, 1};
  AppendFeatures(base, extra, &both);
  EXPECT_EQ(both.ids, (std::vector<uint32_t>{1, 2, 3, 9}));
  EXPECT_EQ(both.begin, (std::vector<uint32_t>{0, 2, 4}));
  EXPECT_EQ(both.keys, base.keys);
}

TEST(DocContext, EmptyDocument) {
  DocumentFeatures f;
  ContextFeatures({}, {}, 16, &f);
  EXPECT_EQ(f.TokenCount(), 0u);
}

}  // namespace
}  // namespace sitrep::ner
