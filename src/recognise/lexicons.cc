// The lexicons, as sorted static tables searched by binary search: a few hundred entries, no
// allocation at start-up, and the lists stay readable in the source. Tested by lexicons_test.cc.
#include "recognise/lexicons.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace sitrep::ner {
namespace {

// Lower case; the lookup folds the word to lower case first.
constexpr std::string_view kTitles[] = {
    "adm",         "adm.",          "admiral",    "aide",
    "ambassador",  "archbishop",    "bishop",     "brig",
    "brig.",       "cabinet",       "capt",       "capt.",
    "captain",     "cardinal",      "ceo",        "chairman",
    "chairwoman",  "chancellor",    "chief",      "col",
    "col.",        "colonel",       "commander",  "commissioner",
    "congressman", "congresswoman", "councillor", "count",
    "dr",          "dr.",           "duke",       "emir",
    "emperor",     "envoy",         "gen",        "gen.",
    "general",     "gov",           "gov.",       "governor",
    "head",        "judge",         "justice",    "king",
    "leader",      "lieutenant",    "lt",         "lt.",
    "maj",         "maj.",          "major",      "marshal",
    "mayor",       "minister",      "mr",         "mr.",
    "mrs",         "mrs.",          "ms",         "ms.",
    "mullah",      "officer",       "pope",       "premier",
    "president",   "prime",         "prince",     "princess",
    "prof",        "prof.",         "professor",  "queen",
    "rabbi",       "rep",           "rep.",       "representative",
    "secretary",   "sen",           "sen.",       "senator",
    "sergeant",    "sgt",           "sgt.",       "sheikh",
    "sir",         "speaker",       "spokesman",  "spokesperson",
    "spokeswoman", "sultan",
};

constexpr std::string_view kHonorifics[] = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."};

struct DemonymEntry {
  std::string_view word;
  std::string_view place;
};

// Sorted by word. Groups without one country (religions, ethnic groups) map to "".
constexpr DemonymEntry kDemonyms[] = {
    {"Afghan", "Afghanistan"},
    {"African", "Africa"},
    {"Albanian", "Albania"},
    {"Algerian", "Algeria"},
    {"American", "United States"},
    {"Angolan", "Angola"},
    {"Arab", ""},
    {"Argentine", "Argentina"},
    {"Argentinian", "Argentina"},
    {"Armenian", "Armenia"},
    {"Asian", "Asia"},
    {"Australian", "Australia"},
    {"Austrian", "Austria"},
    {"Azerbaijani", "Azerbaijan"},
    {"Bahraini", "Bahrain"},
    {"Bangladeshi", "Bangladesh"},
    {"Belarusian", "Belarus"},
    {"Belgian", "Belgium"},
    {"Bolivian", "Bolivia"},
    {"Bosnian", "Bosnia and Herzegovina"},
    {"Brazilian", "Brazil"},
    {"British", "United Kingdom"},
    {"Buddhist", ""},
    {"Bulgarian", "Bulgaria"},
    {"Burmese", "Myanmar"},
    {"Cambodian", "Cambodia"},
    {"Cameroonian", "Cameroon"},
    {"Canadian", "Canada"},
    {"Catholic", ""},
    {"Chechen", "Chechnya"},
    {"Chilean", "Chile"},
    {"Chinese", "China"},
    {"Christian", ""},
    {"Colombian", "Colombia"},
    {"Communist", ""},
    {"Congolese", "Congo"},
    {"Conservative", ""},
    {"Croatian", "Croatia"},
    {"Cuban", "Cuba"},
    {"Cypriot", "Cyprus"},
    {"Czech", "Czech Republic"},
    {"Danish", "Denmark"},
    {"Democrat", ""},
    {"Democratic", ""},
    {"Dutch", "Netherlands"},
    {"Ecuadorian", "Ecuador"},
    {"Egyptian", "Egypt"},
    {"English", "England"},
    {"Eritrean", "Eritrea"},
    {"Estonian", "Estonia"},
    {"Ethiopian", "Ethiopia"},
    {"European", "Europe"},
    {"Filipino", "Philippines"},
    {"Finnish", "Finland"},
    {"French", "France"},
    {"Georgian", "Georgia"},
    {"German", "Germany"},
    {"Ghanaian", "Ghana"},
    {"Greek", "Greece"},
    {"Guatemalan", "Guatemala"},
    {"Haitian", "Haiti"},
    {"Hindu", ""},
    {"Honduran", "Honduras"},
    {"Hungarian", "Hungary"},
    {"Icelandic", "Iceland"},
    {"Indian", "India"},
    {"Indonesian", "Indonesia"},
    {"Iranian", "Iran"},
    {"Iraqi", "Iraq"},
    {"Irish", "Ireland"},
    {"Islamic", ""},
    {"Islamist", ""},
    {"Israeli", "Israel"},
    {"Italian", "Italy"},
    {"Ivorian", "Ivory Coast"},
    {"Jamaican", "Jamaica"},
    {"Japanese", "Japan"},
    {"Jewish", ""},
    {"Jordanian", "Jordan"},
    {"Kazakh", "Kazakhstan"},
    {"Kenyan", "Kenya"},
    {"Korean", "Korea"},
    {"Kosovar", "Kosovo"},
    {"Kurdish", ""},
    {"Kuwaiti", "Kuwait"},
    {"Kyrgyz", "Kyrgyzstan"},
    {"Latvian", "Latvia"},
    {"Lebanese", "Lebanon"},
    {"Liberian", "Liberia"},
    {"Libyan", "Libya"},
    {"Lithuanian", "Lithuania"},
    {"Macedonian", "North Macedonia"},
    {"Malaysian", "Malaysia"},
    {"Malian", "Mali"},
    {"Maltese", "Malta"},
    {"Marxist", ""},
    {"Mexican", "Mexico"},
    {"Moldovan", "Moldova"},
    {"Mongolian", "Mongolia"},
    {"Montenegrin", "Montenegro"},
    {"Moroccan", "Morocco"},
    {"Mozambican", "Mozambique"},
    {"Muslim", ""},
    {"Namibian", "Namibia"},
    {"Nepalese", "Nepal"},
    {"Nigerian", "Nigeria"},
    {"Nigerien", "Niger"},
    {"Norwegian", "Norway"},
    {"Omani", "Oman"},
    {"Orthodox", ""},
    {"Pakistani", "Pakistan"},
    {"Palestinian", "Palestine"},
    {"Panamanian", "Panama"},
    {"Paraguayan", "Paraguay"},
    {"Persian", "Iran"},
    {"Peruvian", "Peru"},
    {"Polish", "Poland"},
    {"Portuguese", "Portugal"},
    {"Protestant", ""},
    {"Qatari", "Qatar"},
    {"Republican", ""},
    {"Romanian", "Romania"},
    {"Russian", "Russia"},
    {"Rwandan", "Rwanda"},
    {"Salvadoran", "El Salvador"},
    {"Saudi", "Saudi Arabia"},
    {"Scottish", "Scotland"},
    {"Senegalese", "Senegal"},
    {"Serb", "Serbia"},
    {"Serbian", "Serbia"},
    {"Shia", ""},
    {"Shiite", ""},
    {"Singaporean", "Singapore"},
    {"Slovak", "Slovakia"},
    {"Slovenian", "Slovenia"},
    {"Socialist", ""},
    {"Somali", "Somalia"},
    {"Soviet", "Soviet Union"},
    {"Spanish", "Spain"},
    {"Sri Lankan", "Sri Lanka"},
    {"Sudanese", "Sudan"},
    {"Sunni", ""},
    {"Swedish", "Sweden"},
    {"Swiss", "Switzerland"},
    {"Syrian", "Syria"},
    {"Taiwanese", "Taiwan"},
    {"Tajik", "Tajikistan"},
    {"Taliban", ""},
    {"Tanzanian", "Tanzania"},
    {"Thai", "Thailand"},
    {"Tunisian", "Tunisia"},
    {"Turkish", "Turkey"},
    {"Turkmen", "Turkmenistan"},
    {"Ugandan", "Uganda"},
    {"Ukrainian", "Ukraine"},
    {"Uruguayan", "Uruguay"},
    {"Uzbek", "Uzbekistan"},
    {"Venezuelan", "Venezuela"},
    {"Vietnamese", "Vietnam"},
    {"Welsh", "Wales"},
    {"Western", ""},
    {"Yemeni", "Yemen"},
    {"Zambian", "Zambia"},
    {"Zimbabwean", "Zimbabwe"},
};

template <typename Table, typename Key>
bool SortedContains(const Table& table, Key key) {
  return std::binary_search(std::begin(table), std::end(table), key);
}

std::string Lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

static_assert(std::is_sorted(std::begin(kTitles), std::end(kTitles)));
static_assert(std::is_sorted(std::begin(kHonorifics), std::end(kHonorifics)));
static_assert(std::is_sorted(std::begin(kDemonyms), std::end(kDemonyms),
                             [](const DemonymEntry& a, const DemonymEntry& b) {
                               return a.word < b.word;
                             }));

}  // namespace

bool IsTitleWord(std::string_view word) {
  if (word.size() > 16) return false;
  return SortedContains(kTitles, std::string_view(Lower(word)));
}

bool IsHonorific(std::string_view word) {
  if (word.size() > 4) return false;
  return SortedContains(kHonorifics, std::string_view(Lower(word)));
}

Demonym LookUpDemonym(std::string_view word) {
  auto it = std::lower_bound(std::begin(kDemonyms), std::end(kDemonyms), word,
                             [](const DemonymEntry& e, std::string_view w) { return e.word < w; });
  // Plurals ("Russians", "Ukrainians") are the same group.
  if ((it == std::end(kDemonyms) || it->word != word) && word.size() > 3 && word.back() == 's') {
    return LookUpDemonym(word.substr(0, word.size() - 1));
  }
  if (it == std::end(kDemonyms) || it->word != word) return {};
  return {true, it->place};
}

}  // namespace sitrep::ner
