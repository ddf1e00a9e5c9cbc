#include "recognise/keyed_table.h"

#include <gtest/gtest.h>

#include <cstring>

#include "recognise/word_clusters.h"

namespace sitrep::ner {
namespace {

Result<KeyedTable> ViewOf(const std::string& bytes) {
  return KeyedTable::View(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

TEST(KeyedTable, FindsEveryKeyAndNothingElse) {
  std::vector<KeyedValue> values;
  for (uint64_t i = 1; i <= 500; ++i) values.push_back({i * 0x9e3779b97f4a7c15ull, uint32_t(i), 7});
  const std::string bytes = BuildKeyedTable(values);
  Result<KeyedTable> table = ViewOf(bytes);
  ASSERT_TRUE(table.ok());
  for (const KeyedValue& v : values) {
    const KeyedValue found = table.value().Find(v.key);
    EXPECT_EQ(found.key, v.key);
    EXPECT_EQ(found.first, v.first);
    EXPECT_EQ(found.second, 7u);
  }
  EXPECT_EQ(table.value().Find(12345).key, 0u);
}

TEST(KeyedTable, EmptyAndDamagedTables) {
  Result<KeyedTable> none = KeyedTable::View(nullptr, 0);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.value().empty());
  EXPECT_EQ(none.value().Find(99).key, 0u);

  std::string bytes = BuildKeyedTable({{99, 1, 2}});
  EXPECT_FALSE(ViewOf(bytes.substr(0, bytes.size() - 1)).ok());
  std::string not_power = bytes;
  const uint32_t three = 3;
  std::memcpy(not_power.data(), &three, 4);
  EXPECT_FALSE(ViewOf(not_power).ok());
  // Every slot taken: a lookup of an absent key would never end, so the view is refused.
  std::string full = bytes;
  for (size_t at = 8; at < full.size(); at += 16) full[at] = 1;
  EXPECT_FALSE(ViewOf(full).ok());
}

// The word clusters' use of the table.
TEST(KeyedTable, ClusterPathsRoundTrip) {
  std::vector<WordPath> paths;
  for (int i = 0; i < 300; ++i) {
    std::string path;
    for (int b = 0; b < 1 + i % 40; ++b) path += (i >> (b % 9)) & 1 ? '1' : '0';
    std::string word = "w";  // letters only: digits would fold two words into one
    for (int k = i; k > 0; k /= 26) word += char('a' + k % 26);
    paths.push_back({word, path, 1});
  }
  const std::string bytes = BuildClusterTable(paths);
  Result<KeyedTable> table = ViewOf(bytes);
  ASSERT_TRUE(table.ok());
  for (const WordPath& p : paths) {
    const ClusterPath c = FindCluster(table.value(), p.word);
    ASSERT_EQ(c.length, p.path.size()) << p.word;
    for (size_t i = 0; i < p.path.size() && i < 32; ++i) {
      EXPECT_EQ((c.bits >> (31 - i)) & 1, p.path[i] == '1' ? 1u : 0u) << p.word << " step " << i;
    }
  }
  EXPECT_EQ(FindCluster(table.value(), "Wa").length, 0u);  // case is kept
}

TEST(KeyedTable, ClusterDigitsFoldOnLookup) {
  const std::string bytes = BuildClusterTable({{"0000", "101", 40}, {"B-00", "11", 2}});
  Result<KeyedTable> table = ViewOf(bytes);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(FindCluster(table.value(), "1996").length, 3u);
  EXPECT_EQ(FindCluster(table.value(), "B-52").length, 2u);
  EXPECT_EQ(FindCluster(table.value(), "199").length, 0u);
}

TEST(KeyedTable, ClusterPrefixesTellLengthsApartAndStopAtThePath) {
  const ClusterPath p{0b1011u << 28, 4};  // path 1011
  EXPECT_EQ(p.Prefix(2), uint64_t(2) << 32 | 0b10);
  EXPECT_EQ(p.Prefix(4), uint64_t(4) << 32 | 0b1011);
  EXPECT_EQ(p.Prefix(20), p.Prefix(4));
  EXPECT_NE(ClusterPath({0, 1}).Prefix(4), ClusterPath({0, 2}).Prefix(4));  // "0" vs "00"
  EXPECT_EQ(ClusterPath({~0u, 40}).Prefix(32), uint64_t(32) << 32 | ~0u);
}

}  // namespace
}  // namespace sitrep::ner
