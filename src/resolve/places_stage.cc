// The places stage: the article's toponyms (the tagger's places, the name inside a wider
// mention, gazetteer names it missed, datelines and local towns), resolved by PlaceResolver
// (places.cc) into the record's places. Tested by places_test.cc.
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "recognise/tokenizer.h"
#include "resolve/name_fold.h"
#include "resolve/outlet_country.h"
#include "resolve/outlet_town.h"
#include "resolve/places.h"
#include "resolve/site_regions.h"
#include "resolve/toponym_spans.h"

namespace sitrep::places {
namespace {

// A capitalised span the tagger left untyped counts as a place only when it names something this
// prominent: a town's name is too often a person's or a word's (Mobile, Victoria, Florence).
constexpr uint32_t kMinUntaggedCityPopulation = 100000;
// How close a town must lie to the article's other towns for a name the tagger did not mark as
// a place to be taken for it (PlaceStage::Run).
constexpr double kLocalKm = 25;
constexpr size_t kMaxAnchors = 256;  // places a local name is measured against

// "Ukrainian", "Ukrainians".
bool IsNationalityWord(const Gazetteer& g, std::string_view folded) {
  const auto demonym = [&](std::string_view key) {
    const std::span<const uint32_t> hits = g.Lookup(key);
    return std::any_of(hits.begin(), hits.end(),
                       [&](uint32_t e) { return g.Get(e).kind == FeatureKind::kDemonym; });
  };
  return demonym(folded) || (folded.ends_with('s') && demonym(folded.substr(0, folded.size() - 1)));
}

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

// The word after |end| in |text|, lowercased, when it is a verb of saying or deciding.
bool SpeechVerbFollows(std::string_view text, uint32_t end) {
  size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
  static const std::unordered_set<std::string_view> kVerbs = {
      "said",    "says",     "announced", "warned",   "accused",   "denied",    "insisted",
      "claimed", "demanded", "urged",     "rejected", "condemned", "responded", "vowed"};
  return kVerbs.count(text.substr(i, j - i)) > 0;
}

// Whether |word| (folded) is cut from a word of |name| (folded): its first letter starts one of
// the name's words and the rest follow in order, fewer of them: "ind" and "ky" of Indiana and
// Kentucky, "va" of West Virginia; not "azaz" of I'zaz, whose alternate it only is.
bool AbbreviatesAWordOf(std::string_view word, std::string_view name) {
  for (size_t start = 0; start < name.size(); ++start) {
    if ((start > 0 && name[start - 1] != ' ') || name[start] != word[0]) continue;
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (end - start <= word.size()) continue;
    size_t matched = 1;
    for (size_t k = start + 1; k < end && matched < word.size(); ++k) {
      if (name[k] == word[matched]) ++matched;
    }
    if (matched == word.size()) return true;
  }
  return false;
}

// "Ind." and "Ky." are tokenised without their full stop. A short capitalised word followed by
// one that abbreviates a word of its place's name, and is no word of it, is an abbreviation, and
// the stop is part of it; "Iraq." and "Congo." end sentences (words of the places' names), and so
// do "UK." and "DRC." (initials, written without stops when they are the name) and "Azaz." (an
// alternate spelling, no abbreviation).
void IncludeAbbreviationDot(std::string_view text, const Place& place, Toponym* t) {
  constexpr size_t kLongestAbbreviation = 5;
  const std::string_view s = t->surface;
  // The last word decides: "Ind.", and "Va." of "W. Va.".
  const size_t space = s.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? s : s.substr(space + 1);
  if (last.size() < 2 || last.size() > kLongestAbbreviation || s.data() < text.data() ||
      s.data() + s.size() >= text.data() + text.size() || s.data()[s.size()] != '.' ||
      !IsCapitalised(last) ||
      !std::all_of(last.begin() + 1, last.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return;
  }
  const std::string folded_name = FoldName(place.name);
  if ((" " + folded_name + " ").find(" " + FoldName(s) + " ") != std::string::npos) return;
  const std::string folded_last = FoldName(last);
  if (folded_last.empty() || !AbbreviatesAWordOf(folded_last, folded_name)) return;
  t->surface = std::string_view(s.data(), s.size() + 1);
  t->where.span.end += 1;
}

// The dateline's place at the start of a sentence's |tokens|: a run of up to four words in
// capitals followed by a dash or a comma.
std::optional<Span> Dateline(std::string_view text, const std::vector<ner::Token>& tokens) {
  constexpr size_t kLongestDateline = 4;
  size_t n = 0;
  while (n < tokens.size() && n < kLongestDateline) {
    const std::string_view w = tokens[n].word;
    const bool capitals = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || c == '.' || c == '\'';
                          });
    if (!capitals) break;
    ++n;
  }
  if (n == 0) return std::nullopt;
  const Span span{tokens[0].span.begin, tokens[n - 1].span.end};
  size_t i = span.end;
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string_view rest = text.substr(i);
  for (std::string_view mark : {"-", ",", "\u2014", "\u2013"}) {
    if (rest.starts_with(mark)) return span;
  }
  return std::nullopt;
}

}  // namespace

Status PlaceStage::Run(Article& article) const {
  const Gazetteer& g = resolver_.gazetteer();
  std::vector<Toponym> toponyms;
  const auto any_of_name = [&](std::string_view s, auto&& test) {
    const std::string folded = FoldName(s);
    const std::span<const uint32_t> hits = g.Lookup(folded);
    return std::any_of(hits.begin(), hits.end(),
                       [&](uint32_t e) { return test(g.Get(e), folded); });
  };
  NameTests tests;
  tests.known = [&](std::string_view s) { return !resolver_.Candidates(s).empty(); };
  tests.named = [&](std::string_view s) { return !g.Lookup(FoldName(s)).empty(); };
  tests.region = [&](std::string_view s) {
    return any_of_name(s, [](const Place& p, const std::string&) {
      return p.kind == FeatureKind::kAdmin1 || p.kind == FeatureKind::kCountry;
    });
  };
  tests.own_name = [&](std::string_view s) {
    return any_of_name(
        s, [](const Place& p, const std::string& folded) { return FoldName(p.name) == folded; });
  };
  tests.area = [&](std::string_view s) {
    return any_of_name(
        s, [](const Place& p, const std::string&) { return p.kind == FeatureKind::kRegion; });
  };
  tests.town = [&](std::string_view s) {
    const std::vector<uint32_t> found = resolver_.Candidates(s);
    return !found.empty() && g.Get(found.front()).kind == FeatureKind::kCity;
  };
  // Body spans of the entity mentions the scan below leaves alone: all but organisations, whose
  // names hold the places they are in or serve (the Gainesville Police Department, Kanawha
  // County as the county's government).
  std::vector<Span> named;
  // Whole mentions of people and other names that may yet be local towns (a team named for its
  // town, a town the tagger took for a surname): the scan passes them as local names only. A
  // person named in full elsewhere in the article is a person.
  std::vector<Span> maybe_towns;
  for (const Entity& e : article.entities) {
    const bool place = e.type == "GPE" || e.type == "LOC";
    size_t most_words = 0;
    for (const Mention& m : e.mentions) {
      const std::string_view text = m.span.Of(FieldText(article, m));
      most_words =
          std::max<size_t>(most_words, 1 + size_t(std::count(text.begin(), text.end(), ' ')));
    }
    for (const Mention& m : e.mentions) {
      const std::string_view field = FieldText(article, m), whole = m.span.Of(field);
      if (m.field == TextField::kBody && e.type != "ORG") {
        named.push_back(m.span);
        const size_t words = 1 + size_t(std::count(whole.begin(), whole.end(), ' '));
        if ((e.type == "PERSON" && words == most_words) || e.type == "MISC")
          maybe_towns.push_back(m.span);
      }
      if (!place) continue;
      // The name inside the mention ("Paris Public Library"), or the two of "Atlanta, Georgia".
      for (std::string_view part : SplitQualified(whole, tests)) {
        const std::string_view name = FitPlaceName(part, tests);
        Mention sub = m;
        sub.span.begin = m.span.begin + uint32_t(name.data() - whole.data());
        sub.span.end = sub.span.begin + uint32_t(name.size());
        sub.span.begin = uint32_t(WithCompassWord(field, sub.span.begin, sub.span.end, tests));
        toponyms.push_back(Toponym{sub, sub.span.Of(field), ""});
      }
    }
  }
  // Sorted, so that the scan below asks of each span in logarithmic time: a long text has tens
  // of thousands of mentions, and a linear search per span made the stage quadratic.
  const auto by_position = [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  };
  std::sort(named.begin(), named.end(), by_position);
  std::sort(maybe_towns.begin(), maybe_towns.end(), by_position);
  std::vector<uint32_t> reach(named.size());  // the furthest end of named[0..i]
  for (size_t i = 0; i < named.size(); ++i) {
    reach[i] = std::max(named[i].end, i > 0 ? reach[i - 1] : 0);
  }
  const auto covered = [&](const Span& s) {
    const auto after = std::lower_bound(named.begin(), named.end(), s.end,
                                        [](const Span& n, uint32_t end) { return n.begin < end; });
    return after != named.begin() && reach[size_t(after - named.begin()) - 1] > s.begin;
  };
  // Capitalised spans of the body that no entity but an organisation covers, longest gazetteer
  // match first.
  // Spans that are places only if a town of their name lies close to the article's other places.
  std::vector<Toponym> local_names;
  const uint32_t longest = std::min<uint32_t>(4, g.longest_name_words());
  std::vector<ner::Token> tokens;
  for (const Span& sentence : article.sentences) {
    tokens.clear();
    ner::Tokenize(article.text, sentence, &tokens);
    // A dateline opens the sentence: "CROMWELL — Police said", "CHARLESTON, W.Va. (AP) --". Its
    // town is the story's, however small and whatever the tagger took it for.
    size_t first = 0;
    if (const std::optional<Span> dateline = Dateline(article.text, tokens)) {
      const bool tagged_place =
          std::any_of(toponyms.begin(), toponyms.end(), [&](const Toponym& t) {
            return t.where.field == TextField::kBody && t.where.span == *dateline;
          });
      if (!tagged_place && !resolver_.Candidates(dateline->Of(article.text)).empty()) {
        toponyms.push_back(
            Toponym{Mention{TextField::kBody, 0, *dateline}, dateline->Of(article.text), ""});
      }
      while (first < tokens.size() && tokens[first].span.begin < dateline->end) ++first;
    }
    for (size_t j = first; j < tokens.size();) {
      size_t taken = 0;
      for (size_t n = std::min<size_t>(longest, tokens.size() - j); n >= 1 && !taken; --n) {
        const Span span{tokens[j].span.begin, tokens[j + n - 1].span.end};
        if (!IsCapitalised(tokens[j].word) || !IsCapitalised(tokens[j + n - 1].word)) continue;
        if (n == 1 && j == 0) continue;  // a sentence's first word is no clue
        const bool maybe_town =
            std::binary_search(maybe_towns.begin(), maybe_towns.end(), span, by_position);
        if (covered(span) && !maybe_town) continue;
        // Short words (La, Pa), compass words (North, Central: regions of Cameroon and Uganda)
        // and nationality words are no places of their own here.
        const std::string folded = FoldName(span.Of(article.text));
        if (n == 1 && (folded.size() < 3 || IsCompassWord(folded))) continue;
        if (IsNationalityWord(g, folded)) continue;
        const std::vector<uint32_t> found = resolver_.Candidates(span.Of(article.text));
        if (found.empty()) continue;
        // "Dublin City Council": the name ends before the word the organisation adds.
        if (n > 1 && FitPlaceName(span.Of(article.text), tests).size() < span.size()) continue;
        const Place top = g.Get(found.front());
        // "The" opens the sentence, not the name (The U.S.), unless the name has it (The Hague).
        if (folded.starts_with("the ") && !FoldName(top.name).starts_with("the ")) continue;
        // A county is written with its "County" or "Parish"; a lone word that names one
        // elsewhere (Lincoln, Grant) is more often something else.
        if (top.kind == FeatureKind::kAdmin2 && n == 1) continue;
        // A short word that is only an alternate name (Miss., Mass., Ill. for US states) is
        // more often the word.
        if (n == 1 && folded.size() < 6 && FoldName(top.name) != folded) continue;
        const Toponym t{Mention{TextField::kBody, 0, span}, span.Of(article.text), ""};
        if (maybe_town ||
            (top.kind == FeatureKind::kCity && top.population < kMinUntaggedCityPopulation)) {
          local_names.push_back(t);
        } else {
          toponyms.push_back(t);
        }
        taken = n;
      }
      j += taken ? taken : 1;
    }
  }
  // Names the gazetteer does not know are left out here, before the resolver would read a word
  // for an area's people ("Ohioans", "European") as the area: such words only mark context in an
  // article's record (given spans are places by the caller's word, and resolve).
  std::erase_if(toponyms,
                [&](const Toponym& t) { return resolver_.Candidates(t.surface).empty(); });
  // In order of first mention, as the record lists places.
  const auto sort_toponyms = [&] {
    std::stable_sort(toponyms.begin(), toponyms.end(), [](const Toponym& a, const Toponym& b) {
      if (a.where.field != b.where.field) return a.where.field < b.where.field;
      if (a.where.index != b.where.index) return a.where.index < b.where.index;
      return a.where.span.begin < b.where.span.begin;
    });
  };
  sort_toponyms();
  const std::string_view url = article.canonical_url.empty() ? article.url : article.canonical_url;
  const std::string outlet_country = OutletCountry(url), outlet_town = OutletTown(url, g);
  // The first choices, without the site's memory, only find the anchors for local names below;
  // the last resolution, whichever it is, adds the memory.
  std::vector<Choice> choices =
      resolver_.Resolve(toponyms, article.text, Ranking::kContext, outlet_country, outlet_town);
  bool with_memory = false;
  // Local news names its towns without the tagger's help ("Decatur beat Shiloh"): a small
  // town's name, or a name the tagger gave a person or a team, is a place when a town of that
  // name lies within kLocalKm of a town or county the article's other places were resolved to.
  if (!local_names.empty()) {
    // Each place once, and no more than kMaxAnchors of them: the cost is names times anchors.
    std::vector<std::pair<double, double>> anchors;
    std::unordered_set<uint32_t> seen;
    for (const Choice& c : choices) {
      if (c.entry == kNoEntry || anchors.size() == kMaxAnchors || !seen.insert(c.entry).second)
        continue;
      const Place p = g.Get(c.entry);
      if (IsLocal(p.kind)) anchors.emplace_back(p.lat, p.lon);
    }
    const size_t before = toponyms.size();
    // A name is near or not wherever it recurs: each is measured once.
    std::unordered_map<std::string_view, bool> near_by_name;
    for (const Toponym& t : local_names) {
      const auto [known, unmeasured] = near_by_name.try_emplace(t.surface, false);
      if (unmeasured) {
        const std::vector<uint32_t> found = resolver_.Candidates(t.surface);
        known->second = std::any_of(found.begin(), found.end(), [&](uint32_t e) {
          const Place p = g.Get(e);
          return p.kind == FeatureKind::kCity &&
                 std::any_of(anchors.begin(), anchors.end(), [&](const auto& a) {
                   return WithinKm(p.lat, p.lon, a.first, a.second, kLocalKm);
                 });
        });
      }
      if (known->second) toponyms.push_back(t);
    }
    if (toponyms.size() > before) {
      sort_toponyms();
      choices = resolver_.Resolve(toponyms, article.text, Ranking::kContext, outlet_country,
                                  outlet_town, article.site_regions);
      with_memory = true;
    }
  }
  // With what the site's earlier articles taught, when the caller gave any; then what this
  // article teaches the articles after it, from the choices it ends with. (Taught from the
  // choices made without the memory, so that the memory after k articles would not depend on
  // what they were taught, LGL's given toponyms in input order were 14 fewer, 7 on each half.)
  if (!with_memory && !article.site_regions.empty()) {
    choices = resolver_.Resolve(toponyms, article.text, Ranking::kContext, outlet_country,
                                outlet_town, article.site_regions);
  }
  article.site_lesson = ArticleRegions(g, choices);
  for (size_t i = 0; i < toponyms.size(); ++i) {
    if (choices[i].entry == kNoEntry) continue;
    const Place p = g.Get(choices[i].entry);
    IncludeAbbreviationDot(FieldText(article, toponyms[i].where), p, &toponyms[i]);
    const bool seat = p.kind == FeatureKind::kCountry || p.feature_code == "PPLC";
    if (seat &&
        SpeechVerbFollows(FieldText(article, toponyms[i].where), toponyms[i].where.span.end)) {
      toponyms[i].role = "government";
    }
  }
  article.places = resolver_.ToPlaces(toponyms, choices);
  return Status::Ok();
}

}  // namespace sitrep::places
