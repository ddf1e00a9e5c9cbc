#include "recognise/ner_features.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "recognise/place_names.h"
#include "recognise/word_clusters.h"

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

TEST(NerFeatures, WordsOfOneClusterShareClusterFeatures) {
  // "Avdiivka" and "Bakhmut" share a cluster, "Shoigu" is in another; "Zzyzx" has none.
  const std::string bytes = BuildClusterTable(
      {{"Avdiivka", "0110101", 3}, {"Bakhmut", "0110101", 9}, {"Shoigu", "1110", 4}});
  Result<KeyedTable> clusters =
      KeyedTable::View(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  ASSERT_TRUE(clusters.ok());
  const FeatureExtractor fx(20, clusters.value()), plain(20);
  auto features_of = [](const FeatureExtractor& x, std::string_view word) {
    DocumentFeatures f;
    x.Extract({{"in", word, "."}}, &f);
    return Of(f, 1);
  };
  auto shared = [](const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    std::vector<uint32_t> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both.size();
  };
  const auto a = features_of(fx, "Avdiivka"), b = features_of(fx, "Bakhmut");
  const auto s = features_of(fx, "Shoigu"), z = features_of(fx, "Zzyzx");
  // Five prefixes of the word's own path (4, 6, 10, 20, all) are common to the two towns.
  EXPECT_GE(shared(a, b),
            shared(features_of(plain, "Avdiivka"), features_of(plain, "Bakhmut")) + 5);
  EXPECT_LT(shared(a, s), shared(a, b));
  EXPECT_EQ(z, features_of(plain, "Zzyzx"));
  // A neighbour's cluster is context: "in" before either town gets the same four prefixes of
  // the next word's path.
  auto in_before = [](const FeatureExtractor& x, std::string_view word) {
    DocumentFeatures f;
    x.Extract({{"in", word}}, &f);
    return Of(f, 0);
  };
  EXPECT_EQ(shared(in_before(fx, "Avdiivka"), in_before(fx, "Bakhmut")),
            shared(in_before(plain, "Avdiivka"), in_before(plain, "Bakhmut")) + 4);
}

TEST(NerFeatures, PlaceNamesAddFeaturesByKindAndPosition) {
  const std::string bytes = BuildPlaceTable({{"new york", kPlaceCity}, {"york", kPlaceCity}});
  Result<KeyedTable> places =
      KeyedTable::View(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  ASSERT_TRUE(places.ok());
  const FeatureExtractor fx(20, KeyedTable(), places.value()), plain(20);
  DocumentFeatures with, without;
  const Document doc = {{"to", "New", "York", "and", "York", "and", "new", "things"}};
  fx.Extract(doc, &with);
  plain.Extract(doc, &without);
  auto extra = [&](size_t t) { return Of(with, t).size() - Of(without, t).size(); };
  EXPECT_EQ(extra(0), 0u);
  EXPECT_EQ(extra(1), 1u);  // first token of "New York"
  EXPECT_EQ(extra(2), 2u);  // later token of "New York", and "York" whole
  EXPECT_EQ(extra(4), 1u);  // "York" whole
  EXPECT_EQ(extra(6), 0u);  // lower case starts no name
  // "York" whole is one feature, the same at both places.
  std::vector<uint32_t> a = Of(with, 4), b = Of(without, 4), only;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only));
  ASSERT_EQ(only.size(), 1u);
  const std::vector<uint32_t> later = Of(with, 2);
  EXPECT_TRUE(std::binary_search(later.begin(), later.end(), only[0]));
}

TEST(NerFeatures, ACapitalisedWordLearnsTheContextsOfItsOtherOccurrences) {
  const FeatureExtractor fx(20);
  DocumentFeatures person, company, alone;
  fx.Extract({{"Pirelli", "won", "."}, {"Mr", "Pirelli", "said", "."}}, &person);
  fx.Extract({{"Pirelli", "won", "."}, {"the", "Pirelli", "division", "."}}, &company);
  fx.Extract({{"Pirelli", "won", "."}, {"Prices", "rose", "."}}, &alone);
  // Token 0 is the same sentence each time; only the other sentence differs.
  EXPECT_NE(Of(person, 0), Of(company, 0));
  EXPECT_EQ(Of(alone, 0).size() + 2, Of(person, 0).size());
  // Lower-case words do not take part ("the" twice).
  DocumentFeatures a, b;
  fx.Extract({{"the", "cat", "."}, {"the", "dog", "."}}, &a);
  fx.Extract({{"the", "cat", "."}, {"a", "dog", "."}}, &b);
  EXPECT_EQ(Of(a, 0).size(), Of(b, 0).size());
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
