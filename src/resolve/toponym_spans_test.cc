#include "resolve/toponym_spans.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace sitrep::places {
namespace {

// A gazetteer of a few names: known() also tries a possessive and "X County" as the places
// stage does; named() only the names themselves.
NameTests SmallGazetteer() {
  static const std::set<std::string, std::less<>> kNames = {
      "Georgia",    "Texas",       "Paris",       "Dublin",      "Kansas City",
      "Washington", "D.C.",        "N.D.",        "Tenn.",       "Athens",
      "Greece",     "Ohio",        "Walker",      "Los Angeles", "Atlanta",
      "Kansas",     "Carson",      "Carson City", "Dublin City", "eastern Ukraine",
      "Ukraine",    "North Dublin"};
  static const std::set<std::string, std::less<>> kRegions = {
      "Georgia", "Texas", "D.C.", "N.D.", "Tenn.", "Greece", "Ohio", "Kansas"};
  // Own names; "Dublin City" is only an alternate (of Dublin's district, say).
  static const std::set<std::string, std::less<>> kOwn = {"Kansas City", "Carson City", "Dublin",
                                                          "Carson",      "Paris",       "Athens"};
  static const std::set<std::string, std::less<>> kTowns = {"Dublin", "Carson",  "Paris",
                                                            "Athens", "Atlanta", "Washington"};
  NameTests t;
  t.named = [](std::string_view s) { return kNames.count(s) > 0; };
  t.known = [](std::string_view s) {
    if (kNames.count(s)) return true;
    if (s.ends_with("'s")) s.remove_suffix(2);
    if (s.ends_with(" County")) s.remove_suffix(7);
    return kNames.count(s) > 0;
  };
  t.region = [](std::string_view s) { return kRegions.count(s) > 0; };
  t.own_name = [](std::string_view s) { return kOwn.count(s) > 0; };
  t.town = [](std::string_view s) { return kTowns.count(s) > 0; };
  t.area = [](std::string_view s) { return s == "eastern Ukraine"; };
  return t;
}

TEST(FitPlaceName, TheNameInsideAWiderMention) {
  const NameTests t = SmallGazetteer();
  const auto fit = [&](std::string_view s) { return std::string(FitPlaceName(s, t)); };
  EXPECT_EQ(fit("Georgia"), "Georgia");
  EXPECT_EQ(fit("Kansas City"), "Kansas City") << "a city's own name keeps its City";
  EXPECT_EQ(fit("Dublin City"), "Dublin") << "the council's word, not the town's";
  EXPECT_EQ(fit("Carson City"), "Carson City") << "a town's own name, though Carson is one too";
  EXPECT_EQ(fit("Ohio State"), "Ohio");
  EXPECT_EQ(fit("Walker County"), "Walker County") << "a county is written with its County";
  EXPECT_EQ(fit("Northeast Georgia"), "Northeast Georgia") << "a compass word stays";
  EXPECT_EQ(fit("D-N.D."), "N.D.");
  EXPECT_EQ(fit("Paris Public Library"), "Paris");
  EXPECT_EQ(fit("Walker County Fair"), "Walker County");
  EXPECT_EQ(fit("Washington's Dulles Airport"), "Washington");
  EXPECT_EQ(fit("Atlantis Public Library"), "Atlantis Public Library") << "nothing known: whole";
  EXPECT_EQ(fit("Paris Hilton"), "Paris Hilton") << "no institution's word follows";
}

TEST(WithCompassWord, ARegionNamedWithItsCompassWord) {
  const NameTests t = SmallGazetteer();
  const auto widened = [&](std::string_view text, std::string_view name) {
    const size_t end = text.find(name) + name.size();
    return std::string(text.substr(WithCompassWord(text, end - name.size(), end, t),
                                   end - WithCompassWord(text, end - name.size(), end, t)));
  };
  EXPECT_EQ(widened("Fighting in eastern Ukraine went on.", "Ukraine"), "eastern Ukraine");
  EXPECT_EQ(widened("Fighting in western Ukraine went on.", "Ukraine"), "Ukraine")
      << "the gazetteer names no western Ukraine here";
  EXPECT_EQ(widened("Rain in eastern Georgia.", "Georgia"), "Georgia");
  EXPECT_EQ(widened("Fog in North Dublin.", "Dublin"), "Dublin")
      << "a name, but no area of its own (a town, say)";
  EXPECT_EQ(widened("Talks in Ukraine.", "Ukraine"), "Ukraine") << "no compass word";
  EXPECT_EQ(widened("Ukraine", "Ukraine"), "Ukraine") << "nothing before it";
  EXPECT_EQ(widened("the-eastern Ukraine", "Ukraine"), "Ukraine")
      << "a hyphenated word that is no compass word";
}

TEST(SplitQualified, ATownAndItsRegionAreTwoNames) {
  const NameTests t = SmallGazetteer();
  const auto split = [&](std::string_view s) {
    std::vector<std::string> out;
    for (std::string_view part : SplitQualified(s, t)) out.emplace_back(part);
    return out;
  };
  EXPECT_EQ(split("Atlanta, Georgia"), (std::vector<std::string>{"Atlanta", "Georgia"}));
  EXPECT_EQ(split("Paris, Tenn."), (std::vector<std::string>{"Paris", "Tenn."}));
  EXPECT_EQ(split("Washington, D.C."), (std::vector<std::string>{"Washington", "D.C."}));
  EXPECT_EQ(split("Paris, Atlanta"), (std::vector<std::string>{"Paris, Atlanta"}))
      << "a list of towns is no town and its region";
  EXPECT_EQ(split("Atlantis, Greece"), (std::vector<std::string>{"Atlantis, Greece"}));
  EXPECT_EQ(split("Texas"), (std::vector<std::string>{"Texas"}));
}

}  // namespace
}  // namespace sitrep::places
