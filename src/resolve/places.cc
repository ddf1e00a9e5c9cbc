// Place resolution (PlaceResolver); the stage that finds the toponyms is places_stage.cc.
// Tested by places_test.cc.
#include "resolve/places.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "resolve/name_fold.h"
#include "resolve/namesakes.h"
#include "resolve/outlet_town.h"
#include "resolve/toponym_spans.h"

namespace sitrep::places {
namespace {

// How much each kind of evidence weighs; see the file comment of places.h for the method.
constexpr double kCountryBonus = 2.0;  // a country over a town of the same name
constexpr double kContinentBonus = 3.0;
constexpr double kAdmin1Bonus = -0.5;  // a region's population is its cities' sum: New York state
                                       // would outweigh the city without this
constexpr double kAdmin2Bonus = -1.0;  // the same for a county named as its seat (Paris, Paris)
constexpr double kOwnNameBonus = 1.0;  // the place's main name, not one of its alternates
constexpr double kCapitalBonus = 0.7;  // capitals are named more than towns of their size
// The hand-kept areas have no population; these stand in for it (as log10 of a population).
constexpr double kContinentProminence = 9.0;
constexpr double kAreaProminence = 5.5;
constexpr double kCountryContext = 4.0;  // times the share of context in the candidate's country
// The outlet's country (outlet_country.h): less than a town's own name is worth, so alone it
// turns no capital into a namesake town ("Paris" in an American paper is still France's).
constexpr double kOutletCountry = 0.75;
// The town the outlet is named after (outlet_town.h), when the article names it: enough to put
// a town of 20,000 people over the country or capital of its name. When the article does not
// name it, the town still stands as one more of the article's places for coherence: a paper's
// other towns lie around it (Berea beside Richmond, Kentucky; Dublin beside Columbus, Ohio).
constexpr double kOutletTown = 5.0;
// The site's other articles (site_regions.h): times the share of their towns in the candidate's
// first-level region. A local paper's lone "Columbus" is its own state's when the site's other
// stories are; a national site's shares are spread thin. Chosen on LGL's even documents (2 to 10
// tried: they rise to 5 and stay within four toponyms of it up to 10; the least weight of that
// plateau is kept), reported on the odd ones and the other sets (bench/README).
constexpr double kSiteRegion = 5.0;
// The first-level region most of the article's other towns and counties lie in, when two or more
// do: times their share. "Conway" beside Aiken, Beaufort and Gaffney is South Carolina's, though
// none of them is near it nor the state named (coherence and kNearby reach 200 km or so). Not
// with the site's regions, which say the same of a local paper from its other articles. Chosen
// on LGL's even documents (1 to 5 tried: 3 to 5 best, the least kept), reported on the odd ones
// and the other sets (bench/README).
constexpr double kArticleRegion = 3.0;
constexpr double kArticleRegionPlaces = 2;
constexpr double kNamedRegion = 2.5;  // the article names the region the candidate lies in
constexpr double kQualified = 5.0;    // "Paris, Tenn.": the name is written with its region
// How far below a city the region of its name is put, or the city below the region when the
// words around the name say the region is meant (namesakes.h).
constexpr double kNamesakeMargin = 1.0;
constexpr double kNearby = 2.0;  // times the share of other places within kNearKm
constexpr double kNearKm = 200;
// Any reading of the other names close by: Huntsville and Walker County are both in Texas, and
// both in Alabama too, but the Texan pair lies 10 km apart and the Alabaman one 110 km. Closeness
// is exp(-km / kCloseKm), for each other name its closest reading among its first kReadings.
// The weight is high because the mean is over all the other names, most of which a local story's
// town is not near (a county, a state, the country): 6 kept of 2 to 13 tried on the three sets
// (LGL rose to 6 and fell past 7; TR-News and GeoVirus moved by a toponym or none).
constexpr double kCoherence = 6.0;  // times the mean closeness over the other names
constexpr double kCloseKm = 50;
constexpr size_t kReadings = 16;
constexpr size_t kMaxCandidates = 64;
// Coherence looks at the first this many distinct names only: past them an article is a list or
// a directory rather than a story, and the cost, names squared, stays bounded on hostile pages.
constexpr size_t kCoherenceNames = 256;
constexpr uint32_t kMinAliasedCityPopulation = 1000000;  // see PlaceResolver::Candidates
// A place the gazetteer lacks (a village under 1,000 people, a camp, a crossing) is a reading of
// the name of a town too, when the article is about another country than the town's: more of
// its other names lie in that one country than in any other, at least two. The unlisted reading
// then scores as a village with its own name (log10 of 1,000, plus kOwnNameBonus) in that country,
// near the others. It is never chosen; it only takes its share of the confidence, so a lone town on
// another continent ("Arima" of Trinidad in a story about Syria) is not reported as certain.
// Capitals and cities of 100,000 people are known by their names and have no such rival
// ("Brussels" in a story about Bosnia is Belgium's).
constexpr double kUnlistedPlace = 3.0 + kOwnNameBonus;
constexpr double kUnlistedMinVotes = 2;
constexpr uint32_t kUnlistedRivalPopulation = 100000;

double Prior(const Place& p, std::string_view folded_surface) {
  double s = std::log10(double(p.population) + 1);
  switch (p.kind) {
    case FeatureKind::kCountry: s += kCountryBonus; break;
    case FeatureKind::kContinent: s = kContinentProminence + kContinentBonus; break;
    case FeatureKind::kAdmin1: s += kAdmin1Bonus; break;
    case FeatureKind::kAdmin2: s += kAdmin2Bonus; break;
    case FeatureKind::kRegion:
    case FeatureKind::kPhysical: s = std::max(s, kAreaProminence); break;
    default: break;
  }
  if (p.feature_code == "PPLC") s += kCapitalBonus;
  if (FoldName(p.name) == folded_surface) s += kOwnNameBonus;
  return s;
}

// A word for the people or things of a region or continent given as a place ("Ohioans", "South
// Ossetian", "European", "Asian", "Dagestani", "Abkhaz", "Ontarians") stands for the area, as a
// nationality word given as a place stands for its country: the area whose name the word is
// with "ans", "ns", "an", "n" or "i" taken off, "ia" put on, or "ian" made "io". Areas only
// (first-level regions, countries, continents, hand-kept regions): a town's name is no adjective
// ("Morgan" is no word for Morga).
std::vector<uint32_t> AreaOfAdjective(const Gazetteer& g, std::string_view folded) {
  constexpr size_t kShortestStem = 3;
  struct Ending {
    std::string_view off, on;
  };
  std::vector<uint32_t> out;
  for (const Ending ending :
       {Ending{"ans", ""}, Ending{"ns", ""}, Ending{"an", ""}, Ending{"n", ""}, Ending{"i", ""},
        Ending{"", "ia"}, Ending{"ians", "io"}, Ending{"ian", "io"}}) {
    if (folded.size() < ending.off.size() + kShortestStem || !folded.ends_with(ending.off))
      continue;
    const std::string area =
        std::string(folded.substr(0, folded.size() - ending.off.size())) + std::string(ending.on);
    for (uint32_t e : g.Lookup(area)) {
      const FeatureKind kind = g.Get(e).kind;
      if (kind == FeatureKind::kAdmin1 || kind == FeatureKind::kCountry ||
          kind == FeatureKind::kContinent || kind == FeatureKind::kRegion) {
        out.push_back(e);
      }
    }
    if (!out.empty()) break;
  }
  return out;
}

// |folded| with its abbreviated words written out ("st paris" as "saint paris", "w columbia" as
// "west columbia", "ft myers"), or empty when it has none. The last word is never one: "Paris St"
// is no saint's. Tried only for names given as places: in running text "St. Patrick" and "St.
// Michael" are saints far more often than the towns named for them.
std::string WithAbbreviationsWrittenOut(std::string_view folded) {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"st", "saint"}, {"ste", "sainte"}, {"mt", "mount"}, {"ft", "fort"}, {"pt", "port"},
      {"n", "north"},  {"s", "south"},    {"e", "east"},   {"w", "west"}};
  std::string out;
  bool changed = false;
  for (size_t start = 0; start < folded.size();) {
    size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    const std::string_view word = folded.substr(start, end - start);
    const auto full = end < folded.size() ? kWords.find(word) : kWords.end();
    if (!out.empty()) out += ' ';
    out += full != kWords.end() ? full->second : word;
    changed = changed || full != kWords.end();
    start = end + 1;
  }
  return changed ? out : std::string();
}

std::string_view StripPossessive(std::string_view s) {
  for (std::string_view suffix : {"'s", "’s"}) {
    if (s.size() > suffix.size() && s.ends_with(suffix))
      return s.substr(0, s.size() - suffix.size());
  }
  return s;
}

// The country codes of the nationality words capitalised in |text| ("Ukrainian", "Russians").
std::vector<std::string_view> DemonymCountries(const Gazetteer& g, std::string_view text) {
  std::vector<std::string_view> out;
  std::unordered_set<std::string> seen;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!(c >= 'A' && c <= 'Z')) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < text.size() &&
           ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z')))
      ++j;
    std::string word = FoldName(text.substr(i, j - i));
    if (word.size() > 3 && word.back() == 's') word.pop_back();  // "Russians"
    if (word.size() >= 4 && seen.insert(word).second) {
      for (uint32_t e : g.Lookup(word)) {
        const Place p = g.Get(e);
        if (p.kind == FeatureKind::kDemonym && !p.country.empty()) out.push_back(p.country);
      }
    }
    i = j;
  }
  return out;
}

// The regions and countries written right after |surface| in |text| as its qualifier ("Paris,
// Tenn.", "Athens, Greece", "London, Ont."): the entries of the longest run of up to three
// capitalised words after the comma that names a first-level region or a country.
std::vector<uint32_t> Qualifiers(const Gazetteer& g, std::string_view text,
                                 std::string_view surface, bool abbreviated_only) {
  if (surface.data() < text.data() || surface.data() + surface.size() > text.data() + text.size())
    return {};
  size_t i = size_t(surface.data() - text.data()) + surface.size();
  if (i >= text.size() || text[i] != ',') return {};
  ++i;
  while (i < text.size() && text[i] == ' ') ++i;
  std::vector<size_t> ends;  // after each word
  size_t j = i;
  while (ends.size() < 3 && j < text.size() && text[j] >= 'A' && text[j] <= 'Z') {
    while (j < text.size() &&
           (std::isalpha(static_cast<unsigned char>(text[j])) || text[j] == '.' || text[j] == '-'))
      ++j;
    ends.push_back(j);
    if (j + 1 >= text.size() || text[j] != ' ') break;
    ++j;
  }
  for (size_t n = ends.size(); n >= 1; --n) {
    const std::string_view words = text.substr(i, ends[n - 1] - i);
    if (abbreviated_only && words.find('.') == std::string_view::npos) continue;
    std::vector<uint32_t> out;
    for (uint32_t e : g.Lookup(FoldName(words))) {
      const FeatureKind kind = g.Get(e).kind;
      if (kind == FeatureKind::kAdmin1 || kind == FeatureKind::kCountry) out.push_back(e);
    }
    if (!out.empty()) return out;
  }
  return {};
}

// True when |place| lies in one of |regions| (first-level regions or countries).
bool WithinAny(const Gazetteer& g, const Place& place, std::span<const uint32_t> regions) {
  return std::any_of(regions.begin(), regions.end(), [&](uint32_t r) {
    const Place region = g.Get(r);
    return region.kind == FeatureKind::kCountry ? region.country == place.country
                                                : place.admin1 == r;
  });
}

// The share of |region| in |shares| (sorted by region), 0 when absent.
double ShareOf(std::span<const RegionShare> shares, uint32_t region) {
  const auto it = std::lower_bound(shares.begin(), shares.end(), region,
                                   [](const RegionShare& s, uint32_t r) { return s.region < r; });
  return it != shares.end() && it->region == region ? it->share : 0;
}

// The towns and counties the outlet may be named after or file the story under (outlet_town.h):
// those of that name in the outlet's country when its address names one, and never another
// country's capital: a capital's papers go by their own country's domain, so "theparisnews.com"
// is no paper of France's.
std::vector<uint32_t> OutletTowns(const Gazetteer& g, std::string_view town,
                                  std::string_view country) {
  std::vector<uint32_t> out;
  if (town.empty()) return out;
  for (uint32_t e : g.Lookup(town)) {
    const Place p = g.Get(e);
    if (!(p.kind == FeatureKind::kCity || IsCountyNamed(p, town)) ||
        (!country.empty() && p.country != country)) {
      continue;
    }
    if (p.feature_code == "PPLC" && p.country != country) continue;
    out.push_back(e);
  }
  return out;
}

// True when the folded name |key| is the outlet's town or county (OutletTowns), with the
// county's word or without it ("Hennepin County" of a site filing it under "/hennepin/").
bool NamesOutletTown(std::string_view key, std::string_view outlet_town) {
  return !outlet_town.empty() && (key == outlet_town || IsCountyOf(key, outlet_town));
}

// True when a name's most prominent reading is a first-level region (Washington, California).
// Such a name is read as a town only on its prominence or a qualifier ("Washington, Pa."), never
// because the article's other places are near the town: in "Washington, Pennsylvania and
// California" the states' namesake towns in Pennsylvania would vouch for one another. Country
// names are left to context: a local paper's Palestine or Lebanon is the town nearby (Palestine,
// Texas), and a list of countries has no namesakes close together to mislead it.
bool AreaName(const Gazetteer& g, std::span<const uint32_t> readings) {
  return !readings.empty() && g.Get(readings.front()).kind == FeatureKind::kAdmin1;
}

// For each toponym whose name is a city's and its region's (|namesakes|, by name), whether the
// region is meant: by the words around it, by a list of regions it stands in ("Oregon and
// Washington"), or as the region of the town written before it ("Buffalo, New York").
std::vector<bool> RegionMeant(const Gazetteer& g, std::string_view text,
                              std::span<const Toponym> toponyms, const std::vector<size_t>& name_of,
                              const std::vector<std::vector<uint32_t>>& readings,
                              const std::vector<std::optional<NamesakePair>>& namesakes) {
  std::vector<bool> out(toponyms.size(), false);
  if (std::none_of(namesakes.begin(), namesakes.end(), [](const auto& n) { return n.has_value(); }))
    return out;
  std::vector<size_t> order(toponyms.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::less<const char*>()(toponyms[a].surface.data(), toponyms[b].surface.data());
  });
  const auto region_name = [&](size_t k) { return !namesakes[k] && AreaName(g, readings[k]); };
  for (size_t p = 0; p < order.size(); ++p) {
    const size_t i = order[p], k = name_of[i];
    if (!namesakes[k]) continue;
    const std::string_view surface = toponyms[i].surface;
    bool meant = RegionWordsAround(text, surface);
    if (!meant && p > 0 && Joined(text, toponyms[order[p - 1]].surface, surface)) {
      const size_t before = name_of[order[p - 1]];
      const std::string_view left = toponyms[order[p - 1]].surface;
      const uint32_t region = readings[k][namesakes[k]->region];
      const bool qualifies =
          std::string_view(left.data() + left.size(), 2) == ", " &&
          std::any_of(readings[before].begin(), readings[before].end(), [&](uint32_t e) {
            const Place town = g.Get(e);
            return IsLocal(town.kind) && town.admin1 == region;
          });
      meant = region_name(before) || qualifies;
    }
    // "Washington, D.C.": a region after the name that holds the city qualifies it.
    if (!meant && p + 1 < order.size() && Joined(text, surface, toponyms[order[p + 1]].surface)) {
      const size_t after = name_of[order[p + 1]];
      const Place city = g.Get(readings[k][namesakes[k]->city]);
      meant = region_name(after) && std::find(readings[after].begin(), readings[after].end(),
                                              city.admin1) == readings[after].end();
    }
    out[i] = meant;
  }
  return out;
}

// For each candidate of each name (by |keys| order), the mean over the article's other names
// of the closeness of their nearest reading; 0 for areas and when no other name has a town or
// county reading. Area names (AreaName) take no part.
std::vector<std::vector<double>> Coherence(const Gazetteer& g,
                                           const std::vector<std::vector<uint32_t>>& readings,
                                           const std::vector<bool>& area) {
  struct Point {
    float lat, lon;
  };
  const size_t names = std::min(readings.size(), kCoherenceNames);
  std::vector<std::vector<Point>> points(names);
  for (size_t k = 0; k < names; ++k) {
    if (area[k]) continue;
    for (size_t r = 0; r < readings[k].size() && points[k].size() < kReadings; ++r) {
      const Place p = g.Get(readings[k][r]);
      if (IsLocal(p.kind)) {
        points[k].push_back(Point{float(p.lat), float(p.lon)});
      }
    }
  }
  // Beyond this many degrees of latitude, closeness is nil (exp(-6) at kCloseKm 50).
  constexpr float kFarDegrees = float(6 * kCloseKm / 111.2);
  size_t with_points = 0;
  for (const std::vector<Point>& p : points) with_points += !p.empty();
  std::vector<std::vector<double>> out(readings.size());
  for (size_t k = 0; k < readings.size(); ++k) {
    out[k].assign(readings[k].size(), 0.0);
    if (k >= names || area[k]) continue;
    const size_t others = with_points - (points[k].empty() ? 0 : 1);
    if (others == 0) continue;
    for (size_t r = 0; r < readings[k].size(); ++r) {
      const Place c = g.Get(readings[k][r]);
      if (!IsLocal(c.kind)) continue;
      double sum = 0;
      for (size_t j = 0; j < names; ++j) {
        if (j == k) continue;
        double best = 0;
        for (const Point& o : points[j]) {
          if (std::fabs(o.lat - float(c.lat)) > kFarDegrees) continue;
          best = std::max(best, std::exp(-DistanceKm(c.lat, c.lon, o.lat, o.lon) / kCloseKm));
        }
        sum += best;
      }
      out[k][r] = sum / double(others);
    }
  }
  return out;
}

}  // namespace

bool IsLocal(FeatureKind kind) {
  return kind == FeatureKind::kCity || kind == FeatureKind::kAdmin2;
}

std::string_view PrecisionOf(FeatureKind kind, bool vicinity) {
  switch (kind) {
    case FeatureKind::kCity: return vicinity ? "vicinity" : "city";
    case FeatureKind::kAdmin1: return "admin1";
    case FeatureKind::kAdmin2: return "admin2";
    case FeatureKind::kCountry: return "country";
    default: return "region";
  }
}

PlaceResolver::TownReadings PlaceResolver::TownOfAPart(std::string_view folded) const {
  // A part of a town is within reach of the town ("South Los Angeles", "North Dallas"), a "Town
  // of Groton" is Groton and the "Greater Toronto Area" Toronto's; a part of a continent or a
  // state is not near its middle ("Southern Europe"), so only towns and counties are read.
  // Waters, parks and stations the gazetteer lacks are mostly named after the town or county
  // they lie in or by ("the Passaic River", "Lake Geneva", "Port of Oakland", "Union Station"):
  // the town or county of the name stands for them. Mountains and islands are named after people
  // and peoples more than towns, so they are left unread.
  std::string_view rest;
  const size_t space = folded.find(' ');
  if (space == std::string_view::npos) return {};
  if (IsCompassWord(folded.substr(0, space))) rest = folded.substr(space + 1);
  bool unit = false;  // the town itself, named with its kind
  for (std::string_view words :
       {"town of ", "city of ", "township of ", "village of ", "borough of "}) {
    if (rest.empty() && folded.starts_with(words)) {
      rest = folded.substr(words.size());
      unit = true;
    }
  }
  if (rest.empty() && folded.starts_with("greater ")) {
    rest = folded.substr(8);
    if (rest.ends_with(" area")) rest.remove_suffix(5);  // "Greater Toronto Area"
  }
  bool named_after = false;  // a water, park or station, rather than a part or a unit
  for (std::string_view words : {"lake ", "river ", "port of "}) {
    if (rest.empty() && folded.starts_with(words)) {
      rest = folded.substr(words.size());
      named_after = true;
    }
  }
  for (std::string_view word : {" river", " lake", " creek", " park", " valley", " falls",
                                " harbor", " harbour", " bay", " sound", " station"}) {
    if (rest.empty() && folded.size() > word.size() && folded.ends_with(word)) {
      rest = folded.substr(0, folded.size() - word.size());
      named_after = true;
    }
  }
  if (rest.empty()) return {};
  TownReadings out;
  out.vicinity = !unit;
  const std::vector<uint32_t> readings = Candidates(rest);
  // Named after a state or a country ("Lake Erie" is not; "the Delaware River" is): no town
  // of the name stands for it.
  if (named_after && !readings.empty() &&
      (AreaName(gazetteer_, readings) ||
       gazetteer_.Get(readings.front()).kind == FeatureKind::kCountry)) {
    return {};
  }
  for (uint32_t e : readings) {
    if (IsLocal(gazetteer_.Get(e).kind)) out.entries.push_back(e);
  }
  return out;
}

std::vector<uint32_t> PlaceResolver::Candidates(std::string_view surface) const {
  std::string folded = FoldName(StripPossessive(surface));
  std::span<const uint32_t> hits = gazetteer_.Lookup(folded);
  if (hits.empty() && folded.starts_with("the ")) hits = gazetteer_.Lookup(folded.substr(4));
  if (hits.empty()) {
    // "Rapides Parish", "Polk County", "Tewksbury Twp.": a unit the gazetteer lacks, but whose seat
    // or namesake town is usually within reach. "Plymouth Co." is the county first.
    for (std::string_view word : {" county", " parish", " township", " twp", " co", " city",
                                  " district", " province", " region", " state", " oblast"}) {
      if (folded.size() > word.size() && folded.ends_with(word)) {
        const std::string_view stem =
            std::string_view(folded).substr(0, folded.size() - word.size());
        if (word == " co") hits = gazetteer_.Lookup(std::string(stem) + " county");
        if (hits.empty()) hits = gazetteer_.Lookup(stem);
        break;
      }
    }
  }
  if (hits.empty() && folded.size() > 4 && folded.back() == 's') {
    hits = gazetteer_.Lookup(std::string_view(folded).substr(0, folded.size() - 1));  // Russians
  }
  // A county written without its word, as local news does ("in Clarke and Oconee"), when the
  // name is nothing else.
  if (hits.empty()) hits = gazetteer_.Lookup(folded + " county");
  // When a region or country bears the name as its own, a town that bears it only as an
  // alternate is no reading (Missouri is a name of Bozeman, Montana, in GeoNames), unless the town
  // is a capital or a city of a million (Washington, New York).
  // The region's namesake city stays (Genève for Geneva: namesakes.h).
  std::vector<Place> areas_named;
  for (uint32_t e : hits) {
    const Place p = gazetteer_.Get(e);
    if ((p.kind == FeatureKind::kAdmin1 || p.kind == FeatureKind::kCountry) &&
        FoldName(p.name) == folded) {
      areas_named.push_back(p);
    }
  }
  // A nationality word given as a place ("Turkish" in "Turkish forces", as geoparsing gold
  // marks it) stands for its country.
  std::vector<uint32_t> out;
  for (uint32_t e : hits) {
    const Place p = gazetteer_.Get(e);
    if (!areas_named.empty() && p.kind == FeatureKind::kCity &&
        p.population < kMinAliasedCityPopulation && p.feature_code != "PPLC" &&
        FoldName(p.name) != folded &&
        std::none_of(areas_named.begin(), areas_named.end(),
                     [&](const Place& area) { return IsNamesakeCity(p, area); })) {
      continue;
    }
    if (p.kind == FeatureKind::kDemonym) {
      // A region's or a continent's people ("Texan", "European") stand for that place.
      const std::optional<uint32_t> place =
          p.admin1 != kNoEntry ? std::optional<uint32_t>(p.admin1) : gazetteer_.Country(p.country);
      if (!place || std::find(out.begin(), out.end(), *place) != out.end()) continue;
      e = *place;
    }
    out.push_back(e);
    if (out.size() == kMaxCandidates) break;
  }
  return out;
}

std::vector<Choice> PlaceResolver::Resolve(std::span<const Toponym> toponyms,
                                           std::string_view context_text, Ranking ranking,
                                           std::string_view outlet_country,
                                           std::string_view outlet_town,
                                           std::span<const RegionShare> site_regions) const {
  struct Scored {
    std::vector<uint32_t> entries;
    std::vector<double> prior;
    std::string key;        // the folded surface: repeated mentions vote once
    bool vicinity = false;  // the entries are the towns the name lies in or by (TownOfAPart)
  };
  std::vector<Scored> all(toponyms.size());
  std::vector<uint32_t> pick(toponyms.size(), kNoEntry);
  std::vector<double> best_score(toponyms.size(), 0);
  for (size_t i = 0; i < toponyms.size(); ++i) {
    Scored& s = all[i];
    s.key = FoldName(StripPossessive(toponyms[i].surface));
    s.entries = Candidates(toponyms[i].surface);
    if (s.entries.empty()) s.entries = AreaOfAdjective(gazetteer_, s.key);
    if (s.entries.empty()) {
      const std::string written_out = WithAbbreviationsWrittenOut(s.key);
      if (!written_out.empty()) s.entries = Candidates(written_out);
    }
    if (s.entries.empty()) {
      TownReadings towns = TownOfAPart(s.key);
      s.entries = std::move(towns.entries);
      s.vicinity = towns.vicinity;
    }
    for (uint32_t e : s.entries) s.prior.push_back(Prior(gazetteer_.Get(e), s.key));
    const auto best = std::max_element(s.prior.begin(), s.prior.end());
    if (best != s.prior.end()) pick[i] = s.entries[size_t(best - s.prior.begin())];
  }
  std::vector<std::vector<double>> scores(toponyms.size());
  for (size_t i = 0; i < toponyms.size(); ++i) scores[i] = all[i].prior;
  // The last pass's country votes, for the unlisted reading (kUnlistedPlace).
  std::unordered_map<std::string_view, double> final_votes;
  double final_total = 0;

  if (ranking == Ranking::kContext) {
    const std::vector<std::string_view> demonyms = DemonymCountries(gazetteer_, context_text);
    std::unordered_map<std::string_view, size_t> name_index;  // folded surface -> distinct name
    std::vector<std::vector<uint32_t>> readings;
    std::vector<size_t> name_of(toponyms.size());
    std::vector<bool> area_name;
    for (size_t i = 0; i < toponyms.size(); ++i) {
      const auto [it, added] = name_index.emplace(all[i].key, readings.size());
      if (added) {
        readings.push_back(all[i].entries);
        area_name.push_back(AreaName(gazetteer_, all[i].entries));
      }
      name_of[i] = it->second;
    }
    const std::vector<uint32_t> outlet_towns = OutletTowns(gazetteer_, outlet_town, outlet_country);
    std::vector<std::vector<double>> coherence;
    if (!outlet_towns.empty() && !name_index.contains(outlet_town)) {
      // The outlet's town as one more name, whose own closeness to the others is not wanted.
      std::vector<std::vector<uint32_t>> with_outlet = readings;
      with_outlet.push_back(outlet_towns);
      std::vector<bool> area_with_outlet = area_name;
      area_with_outlet.push_back(false);
      coherence = Coherence(gazetteer_, with_outlet, area_with_outlet);
      coherence.pop_back();
    } else {
      coherence = Coherence(gazetteer_, readings, area_name);
    }
    std::vector<std::optional<NamesakePair>> namesakes(readings.size());
    for (size_t k = 0; k < readings.size(); ++k)
      namesakes[k] = FindNamesakes(gazetteer_, readings[k]);
    const std::vector<bool> region_meant =
        RegionMeant(gazetteer_, context_text, toponyms, name_of, readings, namesakes);
    // A qualifier written after any mention of a name holds for every mention of it. After an
    // area name, a comma and another region are a list ("Texas, Oklahoma and Kansas"); only an
    // abbreviation qualifies it ("Washington, D.C.").
    std::vector<std::vector<uint32_t>> qualifiers(readings.size());
    for (size_t i = 0; i < toponyms.size(); ++i) {
      if (!qualifiers[name_of[i]].empty()) continue;
      qualifiers[name_of[i]] =
          Qualifiers(gazetteer_, context_text, toponyms[i].surface, area_name[name_of[i]]);
    }
    for (int pass = 0; pass < 2; ++pass) {
      // One vote per distinct name: the chosen place's country, region and point.
      std::unordered_map<std::string, uint32_t> by_key;
      // The first kCoherenceNames of them, in reading order, are the ones a candidate is
      // measured against: the cost is names squared.
      std::vector<std::pair<std::string_view, uint32_t>> nearby_picks;
      for (size_t i = 0; i < toponyms.size(); ++i) {
        if (pick[i] == kNoEntry || !by_key.emplace(all[i].key, pick[i]).second) continue;
        if (nearby_picks.size() < kCoherenceNames) nearby_picks.emplace_back(all[i].key, pick[i]);
      }
      std::unordered_map<std::string_view, double> votes;
      for (std::string_view c : demonyms) votes[c] += 1;
      double total = double(demonyms.size());
      for (const auto& [key, e] : by_key) {
        const Place p = gazetteer_.Get(e);
        if (!p.country.empty()) {
          votes[p.country] += 1;
          total += 1;
        }
      }
      final_votes = votes;
      final_total = total;
      // The article's towns and counties by first-level region, one vote a place (kArticleRegion).
      std::unordered_map<uint32_t, double> region_votes;
      double local_places = 0;
      std::unordered_set<uint32_t> counted;
      for (const auto& [key, e] : by_key) {
        const Place p = gazetteer_.Get(e);
        if (!IsLocal(p.kind) || !counted.insert(e).second) continue;
        local_places += 1;
        if (p.admin1 != kNoEntry) region_votes[p.admin1] += 1;
      }
      // Mentions of one name score alike (but for the words around them that may say a region
      // is meant): each name is scored once, which keeps a long text linear in its mentions.
      std::unordered_map<size_t, size_t> scored;  // name * 2 + region meant -> first mention
      for (size_t i = 0; i < toponyms.size(); ++i) {
        const Scored& s = all[i];
        const auto [first, added] = scored.emplace(name_of[i] * 2 + region_meant[i], i);
        if (!added && all[first->second].entries == s.entries) {
          scores[i] = scores[first->second];
          continue;
        }
        const auto own = by_key.find(s.key);
        const Place own_pick = own != by_key.end() ? gazetteer_.Get(own->second) : Place();
        const double others = total - (own_pick.country.empty() ? 0 : 1);
        for (size_t k = 0; k < s.entries.size(); ++k) {
          const Place c = gazetteer_.Get(s.entries[k]);
          double score = s.prior[k];
          if (!outlet_country.empty() && c.country == outlet_country) score += kOutletCountry;
          if (NamesOutletTown(s.key, outlet_town) &&
              std::find(outlet_towns.begin(), outlet_towns.end(), s.entries[k]) !=
                  outlet_towns.end()) {
            score += kOutletTown;
          }
          if (others > 0 && !c.country.empty()) {
            const auto v = votes.find(c.country);
            double n = v == votes.end() ? 0 : v->second;
            if (c.country == own_pick.country) n -= 1;
            score += kCountryContext * n / others;
          }
          const bool town_of_area_name = area_name[name_of[i]] && IsLocal(c.kind);
          if (site_regions.empty() && IsLocal(c.kind) && !town_of_area_name &&
              c.admin1 != kNoEntry) {
            const bool own_local = own != by_key.end() && IsLocal(own_pick.kind);
            const auto v = region_votes.find(c.admin1);
            double n = v == region_votes.end() ? 0 : v->second;
            if (own_local && own_pick.admin1 == c.admin1) n -= 1;
            const double others_local = local_places - (own_local ? 1 : 0);
            if (n >= kArticleRegionPlaces) score += kArticleRegion * n / others_local;
          }
          if (IsLocal(c.kind) && !town_of_area_name && c.admin1 != kNoEntry)
            score += kSiteRegion * ShareOf(site_regions, c.admin1);
          size_t near = 0, points = 0;
          bool region_named = false;  // once, however many ways it is written (California, Calif.)
          for (const auto& [key, e] : nearby_picks) {
            if (key == s.key || town_of_area_name) continue;
            const Place o = gazetteer_.Get(e);
            if (!region_named && c.admin1 != kNoEntry && e == c.admin1) {
              score += kNamedRegion;
              region_named = true;
            }
            if (!IsLocal(o.kind)) continue;
            ++points;
            if (DistanceKm(c.lat, c.lon, o.lat, o.lon) < kNearKm) ++near;
          }
          if (points > 0 && IsLocal(c.kind)) score += kNearby * double(near) / double(points);
          score += kCoherence * coherence[name_of[i]][k];
          if (IsLocal(c.kind) && WithinAny(gazetteer_, c, qualifiers[name_of[i]]))
            score += kQualified;
          scores[i][k] = score;
        }
        if (const std::optional<NamesakePair>& pair = namesakes[name_of[i]]) {
          double& region = scores[i][pair->region];
          double& city = scores[i][pair->city];
          // The one meant takes the better standing of the two (the region's people are
          // mostly the city's, or the capital is why the name is known) and the other yields.
          double& meant = region_meant[i] ? region : city;
          double& other = region_meant[i] ? city : region;
          meant = std::max(meant, other);
          other = meant - kNamesakeMargin;
        }
      }
      for (size_t i = 0; i < toponyms.size(); ++i) {
        const auto best = std::max_element(scores[i].begin(), scores[i].end());
        if (best != scores[i].end()) pick[i] = all[i].entries[size_t(best - scores[i].begin())];
      }
    }
  }

  std::vector<Choice> out(toponyms.size());
  for (size_t i = 0; i < toponyms.size(); ++i) {
    if (scores[i].empty()) continue;
    const size_t best =
        size_t(std::max_element(scores[i].begin(), scores[i].end()) - scores[i].begin());
    double sum = 0;
    for (double v : scores[i]) sum += std::exp(v - scores[i][best]);
    const Place chosen = gazetteer_.Get(all[i].entries[best]);
    if (ranking == Ranking::kContext && IsLocal(chosen.kind) &&
        chosen.population < kUnlistedRivalPopulation && chosen.feature_code != "PPLC") {
      // The other names' votes, as a candidate's country context counts them.
      const double others = final_total - (chosen.country.empty() ? 0 : 1);
      double top = 0, second = 0;
      std::string_view top_country;
      for (const auto& [country, n] : final_votes) {
        const double v = n - (country == chosen.country ? 1 : 0);
        if (v > top) {
          second = top;
          top = v;
          top_country = country;
        } else {
          second = std::max(second, v);
        }
      }
      if (top >= kUnlistedMinVotes && top > second && top_country != chosen.country) {
        const double unlisted = kUnlistedPlace + (kCountryContext + kNearby) * top / others;
        sum += std::exp(unlisted - scores[i][best]);
      }
    }
    out[i] = Choice{all[i].entries[best], 1.0 / sum, all[i].vicinity};
  }
  return out;
}

std::vector<ResolvedPlace> PlaceResolver::ToPlaces(std::span<const Toponym> toponyms,
                                                   std::span<const Choice> choices) const {
  std::vector<ResolvedPlace> out;
  // A town and a river named after it are two places at one point, each with its own precision.
  std::unordered_map<uint64_t, size_t> index;
  for (size_t i = 0; i < toponyms.size(); ++i) {
    const Choice& c = choices[i];
    if (c.entry == kNoEntry) continue;
    auto [it, added] = index.emplace(uint64_t{c.entry} << 1 | uint64_t{c.vicinity}, out.size());
    if (added) {
      const Place p = gazetteer_.Get(c.entry);
      ResolvedPlace r;
      r.geonames_id = p.geonames_id;
      r.name = p.name;
      r.lat = p.lat;
      r.lon = p.lon;
      r.south = p.box.south;
      r.west = p.box.west;
      r.north = p.box.north;
      r.east = p.box.east;
      r.country = p.country;
      r.admin1 = p.admin1_name;
      r.feature = FeatureKindName(p.kind);
      r.precision = PrecisionOf(p.kind, c.vicinity);
      out.push_back(std::move(r));
    }
    ResolvedPlace& r = out[it->second];
    r.confidence = std::max(r.confidence, c.confidence);
    r.mentions.push_back(PlaceMention{toponyms[i].where, toponyms[i].role});
  }
  return out;
}

}  // namespace sitrep::places
