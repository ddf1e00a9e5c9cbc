// Record types. Tested by entity_types_test.cc.
#include "recognise/entity_types.h"

#include <algorithm>
#include <iterator>

#include "recognise/lexicons.h"

namespace sitrep::ner {
namespace {

// Last words that make a place a natural feature, not a polity. Sorted.
constexpr std::string_view kFeatureWords[] = {
    "Basin",     "Bay",       "Canal", "Cape",      "Channel", "Coast",   "Desert",
    "Forest",    "Glacier",   "Gulf",  "Hills",     "Island",  "Islands", "Lake",
    "Mountain",  "Mountains", "Ocean", "Peninsula", "Plain",   "Plateau", "Range",
    "Reservoir", "River",     "Sea",   "Strait",    "Valley",  "Volcano"};
static_assert(std::is_sorted(std::begin(kFeatureWords), std::end(kFeatureWords)));

// Whole names of continents, oceans and regions without one government. Sorted.
constexpr std::string_view kRegions[] = {
    "Africa",         "Antarctica",     "Arctic",         "Asia",          "Atlantic",
    "Balkans",        "Caribbean",      "Caucasus",       "Central Asia",  "Donbas",
    "Donbass",        "East Africa",    "Eastern Europe", "Europe",        "Gulf",
    "Horn of Africa", "Latin America",  "Mediterranean",  "Middle East",   "North Africa",
    "North America",  "Pacific",        "Sahara",         "Sahel",         "Scandinavia",
    "South America",  "Southeast Asia", "West Africa",    "Western Europe"};
static_assert(std::is_sorted(std::begin(kRegions), std::end(kRegions)));

// Nouns that, right before a name, say what kind of thing it is: "mercenary group Wagner" is an
// organisation, "the town of Chasiv Yar" a place, whatever the tagger made of the name. Sorted.
constexpr std::string_view kOrganisationNouns[] = {
    "agency",  "airline",  "bank",    "broadcaster", "company", "conglomerate", "firm",    "group",
    "militia", "movement", "network", "newspaper",   "outlet",  "party",        "startup", "union"};
static_assert(std::is_sorted(std::begin(kOrganisationNouns), std::end(kOrganisationNouns)));
constexpr std::string_view kPlaceNouns[] = {
    "city",   "county",   "district",   "hamlet", "oblast", "port",   "province",
    "region", "republic", "settlement", "suburb", "town",   "village"};
static_assert(std::is_sorted(std::begin(kPlaceNouns), std::end(kPlaceNouns)));

template <typename Table>
bool Has(const Table& table, std::string_view word) {
  return std::binary_search(std::begin(table), std::end(table), word);
}

}  // namespace

std::string_view RecordType(EntityType tagged, const TokenizedSentence& sentence, uint32_t begin,
                            uint32_t end) {
  bool all_demonyms = true;
  for (uint32_t i = begin; i < end; ++i) {
    if (!LookUpDemonym(sentence.tokens[i].word).found) all_demonyms = false;
  }
  // "Russian" is a nationality whatever the tagger called it; a person is never a demonym alone.
  if (all_demonyms && tagged != EntityType::kPer) return "NORP";
  const auto word_before = [&](uint32_t back) {
    return begin >= back ? sentence.tokens[begin - back].word : std::string_view();
  };
  if (word_before(1) == "of" && Has(kPlaceNouns, word_before(2))) return "GPE";
  if (Has(kOrganisationNouns, word_before(1))) return "ORG";
  switch (tagged) {
    case EntityType::kPer: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kMisc: return "MISC";
    case EntityType::kLoc: {
      const Token& first = sentence.tokens[begin];
      const Token& last = sentence.tokens[end - 1];
      const std::string_view name =
          sentence.text.substr(first.span.begin, last.span.end - first.span.begin);
      if (Has(kFeatureWords, last.word) || Has(kRegions, name)) return "LOC";
      return "GPE";
    }
  }
  return "MISC";
}

}  // namespace sitrep::ner
