#include "recognise/cluster_table.h"

#include <gtest/gtest.h>

#include <cstring>

namespace sitrep::ner {
namespace {

Result<ClusterTable> ViewOf(const std::string& bytes) {
  return ClusterTable::View(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

TEST(ClusterTable, FindsEveryWordAndNothingElse) {
  std::vector<WordPath> paths;
  for (int i = 0; i < 500; ++i) {
    std::string path;
    for (int b = 0; b < 1 + i % 40; ++b) path += (i >> (b % 9)) & 1 ? '1' : '0';
    std::string word = "w";  // letters only: digits would fold two words into one
    for (int k = i; k > 0; k /= 26) word += char('a' + k % 26);
    paths.push_back({word, path, 1});
  }
  paths.push_back({"Kyiv", "0110", 5});
  const std::string bytes = BuildClusterTable(paths);
  Result<ClusterTable> table = ViewOf(bytes);
  ASSERT_TRUE(table.ok());
  for (const WordPath& p : paths) {
    const ClusterPath c = table.value().Find(p.word);
    ASSERT_EQ(c.length, p.path.size()) << p.word;
    for (size_t i = 0; i < p.path.size() && i < 32; ++i) {
      EXPECT_EQ((c.bits >> (31 - i)) & 1, p.path[i] == '1' ? 1u : 0u) << p.word << " step " << i;
    }
  }
  EXPECT_EQ(table.value().Find("kyiv").length, 0u);  // case is kept
  EXPECT_EQ(table.value().Find("Bakhmut").length, 0u);
}

TEST(ClusterTable, DigitsFoldOnLookup) {
  const std::string bytes = BuildClusterTable({{"0000", "101", 40}, {"B-00", "11", 2}});
  Result<ClusterTable> table = ViewOf(bytes);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table.value().Find("1996").length, 3u);
  EXPECT_EQ(table.value().Find("B-52").length, 2u);
  EXPECT_EQ(table.value().Find("199").length, 0u);
}

TEST(ClusterTable, PrefixesTellLengthsApartAndStopAtThePath) {
  const ClusterPath p{0b1011u << 28, 4};  // path 1011
  EXPECT_EQ(p.Prefix(2), uint64_t(2) << 32 | 0b10);
  EXPECT_EQ(p.Prefix(4), uint64_t(4) << 32 | 0b1011);
  EXPECT_EQ(p.Prefix(20), p.Prefix(4));
  EXPECT_NE(ClusterPath({0, 1}).Prefix(4), ClusterPath({0, 2}).Prefix(4));  // "0" vs "00"
  EXPECT_EQ(ClusterPath({~0u, 40}).Prefix(32), uint64_t(32) << 32 | ~0u);
}

TEST(ClusterTable, EmptyAndDamagedTables) {
  Result<ClusterTable> none = ClusterTable::View(nullptr, 0);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.value().empty());
  EXPECT_EQ(none.value().Find("Kyiv").length, 0u);

  std::string bytes = BuildClusterTable({{"Kyiv", "0110", 5}});
  EXPECT_FALSE(ViewOf(bytes.substr(0, bytes.size() - 1)).ok());
  std::string not_power = bytes;
  const uint32_t three = 3;
  std::memcpy(not_power.data(), &three, 4);
  EXPECT_FALSE(ViewOf(not_power).ok());
  // Every slot taken: a lookup of an absent word would never end, so the view is refused.
  std::string full = bytes;
  for (size_t at = 8; at < full.size(); at += 16) full[at] = 1;
  EXPECT_FALSE(ViewOf(full).ok());
}

}  // namespace
}  // namespace sitrep::ner
