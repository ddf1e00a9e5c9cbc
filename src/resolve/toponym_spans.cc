// A place name's extent inside a wider span. Tested by toponym_spans_test.cc.
#include "resolve/toponym_spans.h"

#include <string>
#include <unordered_set>

namespace sitrep::places {
namespace {

// Capitalised words that begin the rest of an institution's or a facility's name after the
// place it is named for.
bool IsInstitutionWord(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "Public",     "Library",   "School",   "High",     "Middle",     "Elementary", "Senate",
      "House",      "Fair",      "Hospital", "Center",   "Centre",     "Civic",      "Hall",
      "Council",    "Police",    "Airport",  "Museum",   "Court",      "University", "College",
      "Department", "Fire",      "Chamber",  "Board",    "Commission", "Sheriff",    "Sheriff's",
      "Town",       "Community", "Regional", "Memorial", "Municipal",  "General",    "Times",
      "Post",       "Herald",    "News",     "Journal",  "Daily",      "Gazette",    "Tribune"};
  return kWords.count(word) > 0;
}

// The words of |s| (split at spaces) as views into it.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// |s| from the start of word |from| to the end of word |to| (inclusive).
std::string_view Between(std::string_view s, const std::vector<std::string_view>& words,
                         size_t from, size_t to) {
  const size_t begin = size_t(words[from].data() - s.data());
  const size_t end = size_t(words[to].data() - s.data()) + words[to].size();
  return s.substr(begin, end - begin);
}

std::string_view WithoutPossessive(std::string_view w) {
  for (std::string_view p : {"'s", "\u2019s"}) {
    if (w.size() > p.size() && w.ends_with(p)) return w.substr(0, w.size() - p.size());
  }
  return w;
}

}  // namespace

bool IsCompassWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      "north",     "south",        "east",         "west",         "central",     "northern",
      "southern",  "eastern",      "western",      "northeast",    "northwest",   "southeast",
      "southwest", "federal",      "middle",       "upper",        "lower",       "metro",
      "midwest",   "northeastern", "northwestern", "southeastern", "southwestern"};
  return kWords.count(folded) > 0;
}

size_t WithCompassWord(std::string_view text, size_t name_begin, size_t name_end,
                       const NameTests& tests) {
  if (name_begin < 2 || name_end > text.size() || text[name_begin - 1] != ' ') return name_begin;
  size_t word = name_begin - 1;
  while (word > 0 && ((text[word - 1] >= 'a' && text[word - 1] <= 'z') ||
                      (text[word - 1] >= 'A' && text[word - 1] <= 'Z') || text[word - 1] == '-'))
    --word;
  std::string folded(text.substr(word, name_begin - 1 - word));
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  }
  std::erase(folded, '-');  // "north-eastern" as "northeastern"
  if (folded.empty() || !IsCompassWord(folded)) return name_begin;
  return tests.area(text.substr(word, name_end - word)) ? word : name_begin;
}

std::string_view FitPlaceName(std::string_view span, const NameTests& tests) {
  const std::vector<std::string_view> words = Words(span);
  if (words.size() >= 2) {
    const std::string_view last = words.back();
    if (last == "State" || last == "City" || last == "District") {
      const std::string_view rest = Between(span, words, 0, words.size() - 2);
      if (!tests.named(span) ? tests.known(rest) : !tests.own_name(span) && tests.town(rest))
        return rest;
    }
  }
  if (tests.named(span)) return span;
  if (tests.known(span) || words.empty()) return span;
  // "D-N.D.", "R-Westfield": a party's letter before a state or town.
  for (std::string_view party : {"D-", "R-", "I-"}) {
    if (span.starts_with(party) && tests.known(span.substr(party.size())))
      return span.substr(party.size());
  }
  for (size_t n = words.size() - 1; n >= 1; --n) {
    const std::string_view head = Between(span, words, 0, n - 1);
    const std::string_view bare = WithoutPossessive(head);
    if (bare.size() < head.size() && tests.known(bare)) return bare;
    if (IsInstitutionWord(words[n]) && tests.known(head)) return head;
  }
  return span;
}

std::vector<std::string_view> SplitQualified(std::string_view span, const NameTests& tests) {
  const size_t comma = span.find(", ");
  if (comma == std::string_view::npos || comma == 0 || span.find(", ", comma + 1) != span.npos)
    return {span};
  const std::string_view place = span.substr(0, comma), qualifier = span.substr(comma + 2);
  if (!tests.region(qualifier) || !tests.known(place)) return {span};
  return {place, qualifier};
}

}  // namespace sitrep::places
