#include "recognise/place_names.h"

#include <gtest/gtest.h>

namespace sitrep::ner {
namespace {

struct Found {
  uint32_t begin, end, kinds;
  friend bool operator==(const Found&, const Found&) = default;
};

std::vector<Found> Match(const std::string& table_bytes, const std::vector<std::string>& tokens) {
  Result<KeyedTable> table = KeyedTable::View(
      reinterpret_cast<const unsigned char*>(table_bytes.data()), table_bytes.size());
  EXPECT_TRUE(table.ok());
  std::vector<PlaceWords> words;
  std::vector<bool> caps;
  for (const std::string& t : tokens) {
    words.push_back(FoldPlaceToken(t));
    caps.push_back(!t.empty() && t[0] >= 'A' && t[0] <= 'Z');
  }
  std::vector<PlaceMatch> matches;
  FindPlaceNames(table.value(), words, caps, &matches);
  std::vector<Found> out;
  for (const PlaceMatch& m : matches) out.push_back({m.begin, m.end, m.kinds});
  return out;
}

const std::vector<PlaceName> kNames = {{"new york", kPlaceCity | kPlaceBigCity},
                                       {"york", kPlaceCity},
                                       {"republic of ireland", kPlaceCountry},
                                       {"ireland", kPlaceCountry},
                                       {"ivano frankivsk", kPlaceCity},
                                       {"us", kPlaceCountry},
                                       {"nice", kPlaceCity},
                                       {"kyiv", kPlaceCity | kPlaceBigCity},
                                       {"kramatorsk", kPlaceCity},
                                       {"dnipro", kPlaceCity}};

TEST(PlaceNames, LongAndShortNamesBothMatch) {
  const std::string table = BuildPlaceTable(kNames);
  EXPECT_EQ(Match(table, {"in", "New", "York", "today"}),
            (std::vector<Found>{{1, 3, kPlaceCity | kPlaceBigCity}, {2, 3, kPlaceCity}}));
  EXPECT_EQ(Match(table, {"The", "Republic", "of", "Ireland"}),
            (std::vector<Found>{{1, 4, kPlaceCountry}, {3, 4, kPlaceCountry}}));
}

TEST(PlaceNames, FoldingMeetsTheGazetteers) {
  const std::string table = BuildPlaceTable(kNames);
  // Hyphens split words, full stops and apostrophes go, case goes.
  EXPECT_EQ(Match(table, {"Ivano-Frankivsk"}), (std::vector<Found>{{0, 1, kPlaceCity}}));
  EXPECT_EQ(Match(table, {"U.S."}), (std::vector<Found>{{0, 1, kPlaceCountry}}));
  EXPECT_EQ(Match(table, {"KYIV"}), (std::vector<Found>{{0, 1, kPlaceCity | kPlaceBigCity}}));
  EXPECT_EQ(Match(table, {"Kramators'k"}), (std::vector<Found>{{0, 1, kPlaceCity}}));
  // Outside ASCII nothing matches (the gazetteer folds accents; the tagger does not).
  EXPECT_TRUE(Match(table, {"Dnipró"}).empty());
}

TEST(PlaceNames, OnlyCapitalisedSpans) {
  const std::string table = BuildPlaceTable(kNames);
  EXPECT_TRUE(Match(table, {"a", "nice", "day"}).empty());
  EXPECT_EQ(Match(table, {"Nice", "won"}), (std::vector<Found>{{0, 1, kPlaceCity}}));
  EXPECT_TRUE(Match(table, {"new", "York"}).size() == 1);  // "York" alone
}

TEST(PlaceNames, KeysAndMerging) {
  EXPECT_EQ(PlaceKeyOf(""), 0u);
  EXPECT_EQ(PlaceKeyOf("  "), 0u);
  EXPECT_EQ(PlaceKeyOf("dnipró"), 0u);
  EXPECT_NE(PlaceKeyOf("new york"), PlaceKeyOf("york new"));
  EXPECT_EQ(
      PlaceKeyOf("new york"),
      ExtendPlaceKey(ExtendPlaceKey(kPlaceKeySeed, FoldPlaceToken("New")), FoldPlaceToken("York")) |
          1);
  // Two kinds under one name merge.
  const std::string table =
      BuildPlaceTable({{"georgia", kPlaceCountry}, {"georgia", kPlaceRegion}});
  EXPECT_EQ(Match(table, {"Georgia"}), (std::vector<Found>{{0, 1, kPlaceCountry | kPlaceRegion}}));
  EXPECT_EQ(BuildPlaceTable(kNames), BuildPlaceTable(kNames));
  EXPECT_EQ(FoldPlaceToken("a-b-c-d-e").count, -1);  // too many words for one token
  EXPECT_EQ(FoldPlaceToken("...").count, 0);
}

}  // namespace
}  // namespace sitrep::ner
