#include "recognise/ner_features.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sitrep::ner {
namespace {

std::vector<uint32_t> Of(const DocumentFeatures& f, size_t t) {
  std::vector<uint32_t> v(f.ids.begin() + f.begin[t], f.ids.begin() + f.begin[t + 1]);
  std::sort(v.begin(), v.end());
  return v;
}

TEST(NerFeatures, Shapes) {
  std::string s;
  const std::pair<const char*, const char*> cases[] = {
      {"Bakhmut", "Xx"},  {"U.S.", "X.X."},    {"1996-08-22", "d-d-d"}, {"AFP", "X"},
      {"McCain", "XxXx"}, {"Žukauskas", "Xx"}, {"über", "x"},           {"", ""}};
  for (const auto& [word, shape] : cases) {
    ShortShape(word, &s);
    EXPECT_EQ(s, shape) << word;
  }
}

TEST(NerFeatures, IdsWithinTableAndOnePerTokenRange) {
  const FeatureExtractor fx(12);
  DocumentFeatures f;
  fx.Extract({{"Sergei", "Shoigu", "said", "."}, {"He", "left", "."}}, &f);
  ASSERT_EQ(f.TokenCount(), 7u);
  for (uint32_t id : f.ids) EXPECT_LT(id, 1u << 12);
  for (size_t t = 0; t < 7; ++t) EXPECT_GT(f.begin[t + 1], f.begin[t] + 20);
}

TEST(NerFeatures, DeterministicAndContextSensitive) {
  const FeatureExtractor fx(20);
  DocumentFeatures a, b, c;
  fx.Extract({{"Kyiv", "said", "."}}, &a);
  fx.Extract({{"Kyiv", "said", "."}}, &b);
  fx.Extract({{"Kyiv", "replied", "."}}, &c);
  EXPECT_EQ(a.ids, b.ids);
  // The same word with another right neighbour shares its own features but not the context ones.
  const auto ka = Of(a, 0), kc = Of(c, 0);
  std::vector<uint32_t> shared;
  std::set_intersection(ka.begin(), ka.end(), kc.begin(), kc.end(), std::back_inserter(shared));
  EXPECT_GT(shared.size(), ka.size() / 2);
  EXPECT_LT(shared.size(), ka.size());
}

TEST(NerFeatures, LowerCaseElsewhereInTheDocumentChangesASentenceInitialWord) {
  // "Bank" opening a sentence: the document's other sentence decides whether "bank" is seen in
  // lower case, which is the evidence that the capital is only the sentence's.
  const FeatureExtractor fx(20);
  DocumentFeatures alone, with_lower;
  fx.Extract({{"Bank", "fell", "."}, {"Prices", "rose", "."}}, &alone);
  fx.Extract({{"Bank", "fell", "."}, {"The", "bank", "rose", "."}}, &with_lower);
  EXPECT_NE(Of(alone, 0), Of(with_lower, 0));
}

TEST(NerFeatures, EmptyDocument) {
  const FeatureExtractor fx(16);
  DocumentFeatures f;
  fx.Extract({}, &f);
  EXPECT_EQ(f.TokenCount(), 0u);
  fx.Extract({{}}, &f);
  EXPECT_EQ(f.TokenCount(), 0u);
}

}  // namespace
}  // namespace sitrep::ner
