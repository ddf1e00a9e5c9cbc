#include "recognise/split_names.h"

#include <gtest/gtest.h>

#include "recognise/place_names.h"

namespace sitrep::ner {
namespace {

class SplitNames : public ::testing::Test {
 protected:
  void SetUp() override {
    bytes_ = BuildPlaceTable({{"bosnia and herzegovina", kPlaceCountry},
                              {"bosnia", kPlaceCountry},
                              {"trinidad and tobago", kPlaceCountry},
                              {"russia", kPlaceCountry},
                              {"ukraine", kPlaceCountry},
                              {"tuzla and brcko", kPlaceArea}});
    Result<KeyedTable> t =
        KeyedTable::View(reinterpret_cast<const unsigned char*>(bytes_.data()), bytes_.size());
    ASSERT_TRUE(t.ok());
    table_ = t.value();
  }

  // The candidates after the join, as "TYPE text" in reading order; |tagged| are the tagger's
  // spans as (first token, end token, type).
  std::vector<std::string> Join(
      const std::string& text,
      const std::vector<std::tuple<uint32_t, uint32_t, const char*>>& tagged) {
    text_ = text;
    sentences_.clear();
    TokenizedSentence s;
    s.text = text_;
    Tokenize(text_, {0, uint32_t(text_.size())}, &s.tokens);
    sentences_.push_back(std::move(s));
    std::vector<Candidate> candidates;
    for (const auto& [b, e, type] : tagged) candidates.push_back({0, b, e, type});
    JoinSplitCountryNames(table_, sentences_, &candidates);
    JoinArabicArticleNames(sentences_, &candidates);
    std::vector<std::string> out;
    for (const Candidate& c : candidates) {
      out.push_back(std::string(c.type) + " " + std::string(SurfaceOf(sentences_, c)));
    }
    return out;
  }

  std::string bytes_, text_;
  KeyedTable table_;
  std::vector<TokenizedSentence> sentences_;
};

TEST_F(SplitNames, ACountryCutAtItsAndIsOneName) {
  // Floods hit Bosnia and Herzegovina on Monday .
  EXPECT_EQ(Join("Floods hit Bosnia and Herzegovina on Monday.", {{2, 3, "GPE"}, {4, 5, "PERSON"}}),
            (std::vector<std::string>{"GPE Bosnia and Herzegovina"}));
  EXPECT_EQ(Join("Trinidad and Tobago voted.", {{0, 1, "GPE"}}),
            (std::vector<std::string>{"GPE Trinidad and Tobago"}));
}

TEST_F(SplitNames, OtherNamesInTheSentenceStayAsTagged) {
  EXPECT_EQ(
      Join("Ana Ruiz flew from Bosnia and Herzegovina to Russia.",
           {{0, 2, "PERSON"}, {4, 5, "GPE"}, {6, 7, "GPE"}, {8, 9, "GPE"}}),
      (std::vector<std::string>{"PERSON Ana Ruiz", "GPE Bosnia and Herzegovina", "GPE Russia"}));
}

TEST_F(SplitNames, AListOfCountriesIsNoCountry) {
  EXPECT_EQ(Join("Russia and Ukraine met.", {{0, 1, "GPE"}, {2, 3, "GPE"}}),
            (std::vector<std::string>{"GPE Russia", "GPE Ukraine"}));
  // An area's name with "and" is no country's: left to the tagger.
  EXPECT_EQ(Join("Tuzla and Brcko flooded.", {{0, 1, "GPE"}, {2, 3, "GPE"}}),
            (std::vector<std::string>{"GPE Tuzla", "GPE Brcko"}));
}

TEST_F(SplitNames, ALongerNameHoldingTheCountrysIsKept) {
  EXPECT_EQ(Join("The Bosnia and Herzegovina Football Federation met.", {{1, 6, "ORG"}}),
            (std::vector<std::string>{"ORG Bosnia and Herzegovina Football Federation"}));
}

TEST_F(SplitNames, LowerCaseWordsAreNoName) {
  EXPECT_TRUE(Join("bosnia and herzegovina flooded.", {}).empty());
}

TEST_F(SplitNames, AnArabicArticleAndItsNameBelongToTheNameBefore) {
  // Convoys crossed at the Bab al-Salam crossing .
  EXPECT_EQ(Join("Convoys crossed at the Bab al-Salam crossing.", {{4, 5, "GPE"}, {5, 6, "MISC"}}),
            (std::vector<std::string>{"GPE Bab al-Salam"}));
  // Untagged words with the article are taken in too.
  EXPECT_EQ(Join("They fled Deir ez-Zor and Jabal al-Akhdar.", {{2, 3, "GPE"}, {5, 6, "GPE"}}),
            (std::vector<std::string>{"GPE Deir ez-Zor", "GPE Jabal al-Akhdar"}));
  // A span the tagger ran on past the article's word is kept whole.
  EXPECT_EQ(Join("Bab al-Hawa Crossing reopened.", {{0, 1, "GPE"}, {1, 3, "ORG"}}),
            (std::vector<std::string>{"GPE Bab al-Hawa Crossing"}));
}

TEST_F(SplitNames, LowerCaseWordsAfterTheArticleAndOtherHyphensAreLeftAlone) {
  EXPECT_EQ(Join("Hassan al-Ali spoke.", {{0, 2, "PERSON"}}),
            (std::vector<std::string>{"PERSON Hassan al-Ali"}));
  EXPECT_EQ(Join("Kyiv al-based spoke.", {{0, 1, "GPE"}}), (std::vector<std::string>{"GPE Kyiv"}));
  EXPECT_EQ(Join("Kyiv pro-Russian groups.", {{0, 1, "GPE"}}),
            (std::vector<std::string>{"GPE Kyiv"}));
}

}  // namespace
}  // namespace sitrep::ner
