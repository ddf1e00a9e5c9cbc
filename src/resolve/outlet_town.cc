// The town an outlet is named after. Tested by outlet_town_test.cc.
#include "resolve/outlet_town.h"

#include <algorithm>
#include <array>
#include <vector>

#include "read/strings.h"
#include "read/url.h"
#include "resolve/name_fold.h"

namespace sitrep::places {
namespace {

constexpr size_t kShortestTown = 5;
// Villages under 1,000 people are places an article may name, not towns a paper is named or
// files its stories after; their names are the words of addresses too ("story" is Story,
// Wyoming, of 800 people: "/arlington_news/story/1.html" is Arlington's).
constexpr uint32_t kSmallestTown = 1000;

// A town's own name (of a town of kSmallestTown people or more), and no first-level region's: a
// "florida" is the state's, whatever Cuban town bears the name. A country's name may be a local
// paper's town (the Palestine Herald's).
bool IsTown(const Gazetteer& g, std::string_view letters) {
  bool town = false;
  for (uint32_t e : g.LookupName(letters)) {
    const Place p = g.Get(e);
    if (p.kind == FeatureKind::kCity && p.population >= kSmallestTown &&
        FoldName(p.name) == letters) {
      town = true;
    }
    if (p.kind == FeatureKind::kAdmin1) return false;
  }
  return town;
}

// A county's name (of a county of kSmallestTown people or more, as the gazetteer indexes counties
// without their word), and no first-level region's: "/metro/hennepin/" files a story under Hennepin
// County, whatever towns bear the name too.
bool IsCounty(const Gazetteer& g, std::string_view letters) {
  bool county = false;
  for (uint32_t e : g.LookupName(letters)) {
    const Place p = g.Get(e);
    if (p.kind == FeatureKind::kAdmin2 && p.population >= kSmallestTown &&
        IsCountyNamed(p, letters)) {
      county = true;
    }
    if (p.kind == FeatureKind::kAdmin1) return false;
  }
  return county;
}

// The words papers, their sections and their addresses are named with: no town's or county's
// name, nor a part of one, in an address ("themercurydaily": no Mercury; "reporter": no Porter;
// "/metro/": no Metro; "/story/": no Story County). Lower case.
constexpr std::array<std::string_view, 46> kMastheadWords = {
    "advocate", "argus",     "beacon",   "bulletin", "chronicle", "citizen",  "courier",
    "daily",    "democrat",  "dispatch", "eagle",    "economy",   "enquirer", "examiner",
    "express",  "gazette",   "globe",    "guardian", "herald",    "inquirer", "journal",
    "leader",   "ledger",    "mail",     "mercury",  "messenger", "metro",    "monitor",
    "news",     "observer",  "online",   "pioneer",  "plaza",     "post",     "press",
    "record",   "register",  "reporter", "review",   "sentinel",  "stories",  "story",
    "telegram", "telegraph", "times",    "tribune"};

bool IsMastheadWord(std::string_view word) {
  return std::find(kMastheadWords.begin(), kMastheadWords.end(), word) != kMastheadWords.end();
}

// |label| without the masthead words at its start and end ("austindailyherald": "austin").
std::string_view WithoutMastheadWords(std::string_view label) {
  for (bool cut = true; cut && !label.empty();) {
    cut = false;
    for (std::string_view word : kMastheadWords) {
      if (label.starts_with(word)) {
        label.remove_prefix(word.size());
        cut = true;
      } else if (label.ends_with(word)) {
        label.remove_suffix(word.size());
        cut = true;
      }
    }
  }
  return label;
}

// The host's labels that may carry a name: not "www", nor the public suffix the site sits under
// ("com", "co.uk": what SiteOf leaves after the site's own label), split at hyphens too.
std::vector<std::string> Labels(std::string_view url) {
  const std::string host = HostOf(url);
  const std::string_view site = SiteOf(host);
  const size_t suffix = site.find('.');
  if (suffix == std::string_view::npos) return {};
  const std::string_view named =
      std::string_view(host).substr(0, host.size() - (site.size() - suffix));
  std::vector<std::string> labels;
  size_t start = 0;
  for (size_t i = 0; i <= named.size(); ++i) {
    if (i == named.size() || named[i] == '.' || named[i] == '-') {
      if (i > start) labels.emplace_back(named.substr(start, i - start));
      start = i + 1;
    }
  }
  return labels;
}

// The last section of the address's path (not its final segment, the article's own) that is a
// town's or a county's name, with a "_news" after it or not: "/arlington_news/story/1.html",
// "/news/canada/toronto/slug", "/metro/dekalb/stories/...": local sites file stories under their
// towns and counties.
std::string PathTown(std::string_view url, const Gazetteer& g) {
  const std::string_view path = PathOf(url);
  if (path.empty()) return "";
  std::string found;
  size_t start = 1;
  for (size_t slash = path.find('/', start); slash != std::string_view::npos;
       start = slash + 1, slash = path.find('/', start)) {
    std::string section = LowerAscii(path.substr(start, slash - start));
    std::replace_if(
        section.begin(), section.end(), [](char c) { return c == '_' || c == '-'; }, ' ');
    if (section.ends_with(" news")) section.resize(section.size() - 5);
    if (section.size() < kShortestTown || !std::all_of(section.begin(), section.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || c == ' ';
        })) {
      continue;
    }
    if (!IsMastheadWord(section) && (IsTown(g, section) || IsCounty(g, section))) found = section;
  }
  return found;
}

}  // namespace

bool IsCountyOf(std::string_view name, std::string_view stem) {
  if (!name.starts_with(stem)) return false;
  const std::string_view rest = name.substr(stem.size());
  return rest == " county" || rest == " parish";
}

bool IsCountyNamed(const Place& county, std::string_view folded) {
  return county.kind == FeatureKind::kAdmin2 && IsCountyOf(FoldName(county.name), folded);
}

std::string OutletTown(std::string_view url, const Gazetteer& gazetteer) {
  // Papers put their town first ("parisbeacon": Paris, not Beacon), after a "the"
  // ("theparisnews"); a town last ("onlineathens") counts when no label starts with one.
  std::string head, tail;
  for (std::string label : Labels(url)) {
    bool letters = true;
    for (char c : label) letters = letters && c >= 'a' && c <= 'z';
    if (!letters) continue;
    if (label.starts_with("the") && label.size() > 3 + kShortestTown) label.erase(0, 3);
    label = std::string(WithoutMastheadWords(label));
    for (size_t n = label.size(); n >= kShortestTown && n > head.size(); --n) {
      if (IsTown(gazetteer, std::string_view(label).substr(0, n))) {
        head = label.substr(0, n);
        break;
      }
    }
    for (size_t n = label.size(); n >= kShortestTown && n > tail.size(); --n) {
      if (IsTown(gazetteer, std::string_view(label).substr(label.size() - n))) {
        tail = label.substr(label.size() - n);
        break;
      }
    }
  }
  if (!head.empty()) return head;
  if (!tail.empty()) return tail;
  return PathTown(url, gazetteer);
}

}  // namespace sitrep::places
