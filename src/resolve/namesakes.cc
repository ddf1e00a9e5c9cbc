// A city and the region of the same name. Tested by namesakes_test.cc.
#include "resolve/namesakes.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "resolve/name_fold.h"

namespace sitrep::places {
namespace {

// A city this share of a region's people or more is what the region is known by.
constexpr double kNamesakeShare = 0.25;
// How many leading letters the city's name and the region's must share (Genève, Geneva).
constexpr size_t kSharedPrefix = 4;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  }
  return out;
}

// Words for a region or its government, as written after its name or before "of" and its name.
bool IsRegionWord(std::string_view lower) {
  // Not "government": "the Washington government" is the nation's.
  static const std::unordered_set<std::string_view> kWords = {
      "state",      "province", "canton",   "region",  "oblast",      "governorate",
      "prefecture", "gov",      "governor", "premier", "legislature", "statehouse"};
  return kWords.count(lower) > 0;
}

bool BeginsAlike(std::string_view a, std::string_view b) {
  const std::string fa = FoldName(a), fb = FoldName(b);
  const size_t n = std::min({kSharedPrefix, fa.size(), fb.size()});
  return n > 0 && fa.compare(0, n, fb, 0, n) == 0;
}

}  // namespace

bool IsNamesakeCity(const Place& city, const Place& region) {
  if (city.kind != FeatureKind::kCity || region.kind != FeatureKind::kAdmin1 ||
      city.country != region.country) {
    return false;
  }
  if (city.feature_code == "PPLC") return true;
  return city.admin1 == region.index && region.population > 0 &&
         double(city.population) >= kNamesakeShare * double(region.population) &&
         BeginsAlike(city.name, region.name);
}

std::optional<NamesakePair> FindNamesakes(const Gazetteer& g,
                                          std::span<const uint32_t> candidates) {
  for (size_t r = 0; r < candidates.size(); ++r) {
    const Place region = g.Get(candidates[r]);
    if (region.kind != FeatureKind::kAdmin1) continue;
    // Candidates come most prominent first, so the first namesake found is the likeliest.
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (IsNamesakeCity(g.Get(candidates[c]), region)) return NamesakePair{r, c};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool RegionWordsAround(std::string_view text, std::string_view surface) {
  // The name itself may carry the word ("Washington State", "State of New York").
  const std::string folded = " " + FoldName(surface) + " ";
  for (std::string_view w : {" state ", " province ", " canton ", " region ", " oblast "}) {
    if (folded.find(w) != std::string::npos) return true;
  }
  if (surface.data() < text.data() || surface.data() + surface.size() > text.data() + text.size())
    return false;
  const size_t begin = size_t(surface.data() - text.data());
  // After: "New York state", "Quebec's premier", "New York Gov. Andrew".
  size_t i = begin + surface.size();
  for (std::string_view possessive : {"'s", "\u2019s"}) {
    if (text.substr(i).starts_with(possessive)) i += possessive.size();
  }
  if (i < text.size() && text[i] == ' ') {
    size_t j = ++i;
    while (j < text.size() && IsAsciiLetter(text[j])) ++j;
    if (IsRegionWord(Lower(text.substr(i, j - i)))) return true;
  }
  // Before: "the state of Washington", "governor of New York".
  size_t k = begin;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k >= 3 && text.substr(k - 3, 3) == " of") {
    size_t end = k - 3, start = end;
    while (start > 0 && IsAsciiLetter(text[start - 1])) --start;
    return IsRegionWord(Lower(text.substr(start, end - start)));
  }
  return false;
}

bool Joined(std::string_view text, std::string_view left, std::string_view right) {
  const char* const from = left.data() + left.size();
  if (left.data() < text.data() || right.data() + right.size() > text.data() + text.size() ||
      from > right.data()) {
    return false;
  }
  const std::string_view between(from, size_t(right.data() - from));
  for (std::string_view joiner : {", ", " and ", " or ", ", and ", ", or ", " & ", "/", " / "}) {
    if (between == joiner) return true;
  }
  return false;
}

}  // namespace sitrep::places
