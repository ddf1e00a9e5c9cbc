// The place relations stage. Tested by place_relations_test.cc.
#include "resolve/place_relations.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "recognise/tokenizer.h"
#include "resolve/geodesy.h"

namespace sitrep::places {
namespace {

// A word of a sentence, lower-cased when ASCII; punctuation is a word of its own.
struct Word {
  uint32_t begin = 0, end = 0;
  std::string lower;
};

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// The sentence's tokens as the tagger cuts them (numbers such as "1,000" and compounds such as
// "north-east" whole, brackets and dashes apart), lower-cased for the look-ups below.
std::vector<Word> Words(std::string_view text, Span s) {
  std::vector<ner::Token> tokens;
  ner::Tokenize(text, s, &tokens);
  std::vector<Word> words;
  words.reserve(tokens.size());
  for (const ner::Token& t : tokens) {
    Word w{t.span.begin, t.span.end, std::string(t.span.Of(text))};
    for (char& ch : w.lower) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    words.push_back(std::move(w));
  }
  return words;
}

struct Bearing {
  std::string_view word, code;
  double degrees;
};
constexpr Bearing kBearings[] = {
    {"north", "N", 0},      {"northeast", "NE", 45},  {"north-east", "NE", 45},
    {"east", "E", 90},      {"southeast", "SE", 135}, {"south-east", "SE", 135},
    {"south", "S", 180},    {"southwest", "SW", 225}, {"south-west", "SW", 225},
    {"west", "W", 270},     {"northwest", "NW", 315}, {"north-west", "NW", 315},
    {"northwards", "N", 0}, {"eastwards", "E", 90},   {"southwards", "S", 180},
    {"westwards", "W", 270}};

const Bearing* FindBearing(std::string_view w) {
  for (const Bearing& b : kBearings) {
    if (b.word == w) return &b;
  }
  return nullptr;
}

struct Unit {
  std::string_view word;
  double km;
};
constexpr Unit kUnits[] = {{"km", 1},           {"kms", 1},         {"kilometers", 1},
                           {"kilometres", 1},   {"kilometer", 1},   {"kilometre", 1},
                           {"miles", 1.609344}, {"mile", 1.609344}, {"mi", 1.609344},
                           {"meters", 0.001},   {"metres", 0.001},  {"meter", 0.001},
                           {"metre", 0.001},    {"m", 0.001}};

const Unit* FindUnit(std::string_view w) {
  for (const Unit& u : kUnits) {
    if (u.word == w) return &u;
  }
  return nullptr;
}

constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"a", 1},        {"an", 1},      {"one", 1},     {"two", 2},       {"three", 3},
    {"four", 4},     {"five", 5},    {"six", 6},     {"seven", 7},     {"eight", 8},
    {"nine", 9},     {"ten", 10},    {"eleven", 11}, {"twelve", 12},   {"fifteen", 15},
    {"twenty", 20},  {"thirty", 30}, {"forty", 40},  {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"hundred", 100}, {"dozen", 12}};

// A count as written: digits with thousands commas and a decimal point, or a number word.
bool ParseNumber(std::string_view w, double* out) {
  for (const auto& [word, value] : kNumberWords) {
    if (word == w) {
      *out = value;
      return true;
    }
  }
  std::string digits;
  for (char c : w) {
    if (c != ',') digits += c;
  }
  if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits[0]))) return false;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
  return ec == std::errc() && end == digits.data() + digits.size();
}

// Words that qualify a distance and belong to it ("about 10 km", "less than a mile").
bool IsHedge(std::string_view w) {
  return w == "about" || w == "some" || w == "around" || w == "roughly" || w == "nearly" ||
         w == "almost" || w == "approximately" || w == "just" || w == "only" || w == "over" ||
         w == "under" || w == "barely";
}

// What a relation may be measured from when the gazetteer has no name for it. "The town" and
// "the city" are left out: they point back to a place named before, and are no anchor alone.
bool IsAnchorNoun(std::string_view w) {
  return w == "frontline" || w == "front" || w == "line" || w == "border" || w == "capital" ||
         w == "coast" || w == "river" || w == "airport" || w == "base" || w == "plant" ||
         w == "crossing" || w == "bridge" || w == "dam" || w == "port" || w == "sea" ||
         w == "lake" || w == "centre" || w == "center" || w == "frontier" || w == "boundary" ||
         w == "highway";
}

// A kind of settlement, as in "the town of Chasiv Yar".
bool IsPlaceKindNoun(std::string_view w) {
  return w == "city" || w == "town" || w == "village" || w == "port" || w == "region" ||
         w == "province" || w == "oblast" || w == "district" || w == "settlement" ||
         w == "capital" || w == "hamlet" || w == "suburb" || w == "county" || w == "state";
}

// Words that may stand between a place and the relation that locates it: "Chasiv Yar, 10 km
// west of ...", "Soledar, a small town north of ...", "Avdiivka, which lies just north of ...".
bool MayLinkSubject(std::string_view w) {
  return w == "," || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-" || w == "(" ||
         w == "a" || w == "an" || w == "the" || w == "small" || w == "tiny" || w == "frontline" ||
         w == "front-line" || w == "key" || w == "strategic" || w == "industrial" ||
         w == "eastern" || w == "western" || w == "northern" || w == "southern" || w == "coastal" ||
         w == "border" || w == "which" || w == "is" || w == "lies" || w == "located" ||
         w == "situated" || IsPlaceKindNoun(w);
}

struct BodyMention {
  Span span;
  int place;
};

// The place mention starting at byte |begin|, or nullptr.
const BodyMention* MentionAt(const std::vector<BodyMention>& mentions, uint32_t begin) {
  const auto it =
      std::lower_bound(mentions.begin(), mentions.end(), begin,
                       [](const BodyMention& m, uint32_t b) { return m.span.begin < b; });
  return it != mentions.end() && it->span.begin == begin ? &*it : nullptr;
}

// Whether |w| is part of a place's name ("South" in "South Sudan"). Mentions do not overlap,
// so the one that starts last at or before the word is the only one that can hold it.
bool InsideMention(const std::vector<BodyMention>& mentions, const Word& w) {
  const auto it =
      std::upper_bound(mentions.begin(), mentions.end(), w.begin,
                       [](uint32_t b, const BodyMention& m) { return b < m.span.begin; });
  return it != mentions.begin() && w.end <= std::prev(it)->span.end;
}

// The head of a relation at words[i]: its kind, its bearing, and the first word after it.
struct Head {
  std::string_view kind;
  const Bearing* bearing = nullptr;
  size_t first = 0, next = 0;  // words[first, next) are the head's
};

bool MatchHead(const std::vector<Word>& w, size_t i, Head* h) {
  const auto is = [&](size_t k, std::string_view s) { return k < w.size() && w[k].lower == s; };
  h->first = i;
  if (const Bearing* b = FindBearing(w[i].lower); b && is(i + 1, "of")) {
    h->kind = "bearing";
    h->bearing = b;
    h->next = i + 2;
    return true;
  }
  if (is(i, "outside")) {
    h->kind = "outside";
    h->next = is(i + 1, "of") ? i + 2 : i + 1;
    return true;
  }
  if (is(i, "near") || (is(i, "close") && is(i + 1, "to"))) {
    h->kind = "near";
    h->next = is(i, "near") ? i + 1 : i + 2;
    return true;
  }
  if (is(i, "outskirts") && is(i + 1, "of")) {
    h->kind = "outskirts";
    if (i > 0 && is(i - 1, "the")) h->first = i - 1;
    h->next = i + 2;
    return true;
  }
  if (is(i, "off") && is(i + 1, "the") && (is(i + 2, "coast") || is(i + 2, "shores")) &&
      is(i + 3, "of")) {
    h->kind = "off_coast";
    h->next = i + 4;
    return true;
  }
  if (is(i, "from") || (is(i, "away") && is(i + 1, "from"))) {
    h->kind = "distance";
    h->next = is(i, "from") ? i + 1 : i + 2;
    return true;
  }
  return false;
}

// The distance written just before words[end], skipping a conversion in brackets ("10
// kilometers (6 miles) west of"): its words [first, stop) and its value in km.
bool DistanceBefore(const std::vector<Word>& w, size_t end, size_t* first, size_t* stop,
                    double* km) {
  size_t j = end;
  if (j > 0 && w[j - 1].lower == ")") {
    size_t k = j - 1;
    while (k > 0 && end - k < 8 && w[k].lower != "(") --k;
    if (w[k].lower != "(") return false;
    j = k;
  }
  if (j == 0) return false;
  const std::string& last = w[j - 1].lower;
  double number = 0;
  const Unit* unit = FindUnit(last);
  size_t start;
  if (unit && j >= 2 && ParseNumber(w[j - 2].lower, &number)) {
    start = j - 2;
  } else if (unit && (last == "miles" || last == "mile") && j >= 3 &&
             w[j - 2].lower == "nautical" && ParseNumber(w[j - 3].lower, &number)) {
    static constexpr Unit kNautical = {"nautical miles", 1.852};
    unit = &kNautical;
    start = j - 3;
  } else {
    // "10km": digits with the unit glued on.
    size_t digits = 0;
    while (digits < last.size() && (std::isdigit(static_cast<unsigned char>(last[digits])) ||
                                    last[digits] == '.' || last[digits] == ',')) {
      ++digits;
    }
    if (digits == 0 || digits == last.size()) return false;
    unit = FindUnit(std::string_view(last).substr(digits));
    if (!unit || !ParseNumber(std::string_view(last).substr(0, digits), &number)) return false;
    start = j - 1;
  }
  if (number <= 0) return false;
  if (start > 0 && IsHedge(w[start - 1].lower)) {
    --start;
  } else if (start > 1 && w[start - 1].lower == "than" &&
             (w[start - 2].lower == "less" || w[start - 2].lower == "more")) {
    start -= 2;
  } else if (start > 1 && w[start - 1].lower == "to" && w[start - 2].lower == "up") {
    start -= 2;
  }
  *first = start;
  *stop = j;
  *km = number * unit->km;
  return true;
}

}  // namespace

Status PlaceRelationStage::Run(Article& article) const {
  article.place_relations.clear();
  std::vector<BodyMention> mentions;
  for (size_t p = 0; p < article.places.size(); ++p) {
    for (const PlaceMention& m : article.places[p].mentions) {
      if (m.where.field == TextField::kBody) mentions.push_back({m.where.span, int(p)});
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const BodyMention& a, const BodyMention& b) { return a.span.begin < b.span.begin; });

  std::vector<Span> sentences = article.sentences;
  if (sentences.empty()) sentences.push_back(Span{0, uint32_t(article.text.size())});
  for (const Span& sentence : sentences) {
    const std::vector<Word> w = Words(article.text, sentence);
    for (size_t i = 0; i < w.size(); ++i) {
      Head head;
      if (!MatchHead(w, i, &head) || InsideMention(mentions, w[i])) continue;
      PlaceRelation r;
      r.kind = head.kind;
      size_t first = head.first, stop = 0;
      double km = 0;
      if (DistanceBefore(w, head.first, &first, &stop, &km)) {
        r.distance_km = km;
        r.distance = Span{w[first].begin, w[stop - 1].end};
      } else if (r.kind == "distance") {
        continue;  // "from" alone is no relation
      }
      if (head.bearing) r.bearing = head.bearing->code;

      // The anchor: a place the places layer resolved, or a line or landmark no list has.
      size_t a = head.next;
      const auto word_is = [&](size_t k, std::string_view s) {
        return k < w.size() && w[k].lower == s;
      };
      if (word_is(a, "the") && a + 2 < w.size() && IsPlaceKindNoun(w[a + 1].lower) &&
          word_is(a + 2, "of")) {
        a += 3;
      }
      if (a >= w.size()) continue;
      const BodyMention* anchor = MentionAt(mentions, w[a].begin);
      if (!anchor && word_is(a, "the") && a + 1 < w.size()) {
        anchor = MentionAt(mentions, w[a + 1].begin);
      }
      if (anchor) {
        r.anchor = anchor->span;
        r.anchor_place = anchor->place;
      } else if (word_is(a, "the")) {
        // "the front line", "the Russian border", "the line of contact": up to three words
        // before the noun, none of them punctuation.
        size_t noun = 0;
        for (size_t k = a + 1; k < w.size() && k <= a + 4; ++k) {
          if (!IsWordByte(static_cast<unsigned char>(w[k].lower[0]))) break;
          if (IsAnchorNoun(w[k].lower)) noun = k;
        }
        if (noun == 0) continue;
        size_t last = noun;
        if (w[noun].lower == "line" && word_is(noun + 1, "of") && word_is(noun + 2, "contact")) {
          last = noun + 2;
        }
        r.anchor = Span{w[a].begin, w[last].end};
      } else {
        continue;
      }
      r.span = Span{w[first].begin, r.anchor.end};

      // The place so located: the nearest place mention before the phrase in the sentence,
      // with nothing but linking words between.
      const auto before =
          std::lower_bound(mentions.begin(), mentions.end(), r.span.begin,
                           [](const BodyMention& m, uint32_t b) { return m.span.end <= b; });
      if (before != mentions.begin()) {
        const BodyMention& m = *std::prev(before);
        bool linked = m.span.begin >= sentence.begin && m.place != r.anchor_place;
        size_t k = std::partition_point(w.begin(), w.begin() + first,
                                        [&](const Word& x) { return x.begin < m.span.end; }) -
                   w.begin();
        for (size_t links = 0; linked && k < first; ++k) {
          linked = MayLinkSubject(w[k].lower) && ++links <= 6;
        }
        if (linked) {
          r.subject = m.span;
          r.subject_place = m.place;
        }
      }

      if (r.anchor_place >= 0 && r.bearing.size() && r.distance_km > 0) {
        const ResolvedPlace& p = article.places[size_t(r.anchor_place)];
        if (p.precision == "city") {
          MovePoint(p.lat, p.lon, head.bearing->degrees, r.distance_km, &r.lat, &r.lon);
          r.has_point = true;
        }
      }
      article.place_relations.push_back(std::move(r));
      // Go on after the anchor: its words are no head of another relation.
      while (i + 1 < w.size() && w[i + 1].begin < article.place_relations.back().span.end) ++i;
    }
  }
  return Status::Ok();
}

}  // namespace sitrep::places
