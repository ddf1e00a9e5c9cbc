// Role phrases around person names. Tested by roles_test.cc.
//
// Each pattern walks the tokens next to a person span, one word class at a time, and gives up at
// the first word that cannot be part of a role; so the patterns stay short and predictable, and
// a missed role costs less than a wrong one.
#include "recognise/roles.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "recognise/lexicons.h"

namespace sitrep::ner {
namespace {

// Words that qualify a title ("deputy foreign minister", "Defense Minister"). Lower case, sorted.
constexpr std::string_view kModifiers[] = {
    "acting",    "affairs",  "agriculture", "armed",       "army",         "assistant",
    "associate", "culture",  "defence",     "defense",     "deputy",       "development",
    "economic",  "economy",  "education",   "emergencies", "emergency",    "energy",
    "executive", "finance",  "first",       "forces",      "foreign",      "former",
    "general",   "health",   "high",        "home",        "human",        "intelligence",
    "interior",  "joint",    "justice",     "local",       "managing",     "military",
    "national",  "navy",     "opposition",  "party",       "presidential", "press",
    "prime",     "regional", "rights",      "security",    "senior",       "special",
    "staff",     "state",    "supreme",     "top",         "trade",        "transport",
    "vice",
};
static_assert(std::is_sorted(std::begin(kModifiers), std::end(kModifiers)));

std::string Lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsModifier(std::string_view word) {
  return word.size() <= 16 &&
         std::binary_search(std::begin(kModifiers), std::end(kModifiers), Lower(word));
}

bool IsDeterminer(std::string_view w) { return w == "the" || w == "The" || w == "a" || w == "an"; }

// The candidate each token belongs to, per sentence (-1 for none).
std::vector<std::vector<int>> Owners(const std::vector<TokenizedSentence>& sentences,
                                     const std::vector<Candidate>& candidates) {
  std::vector<std::vector<int>> owner(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) owner[s].assign(sentences[s].tokens.size(), -1);
  for (size_t c = 0; c < candidates.size(); ++c) {
    for (uint32_t t = candidates[c].begin; t < candidates[c].end; ++t) {
      owner[candidates[c].sentence][t] = int(c);
    }
  }
  return owner;
}

bool Belongs(const Candidate& c) { return c.type == "NORP" || c.type == "GPE" || c.type == "ORG"; }

struct Finder {
  const std::vector<TokenizedSentence>& sentences;
  const std::vector<Candidate>& candidates;
  std::vector<std::vector<int>> owner;

  std::string Of(int c) const {
    const Candidate& cand = candidates[size_t(c)];
    if (cand.type == "NORP") {
      const Demonym d = LookUpDemonym(sentences[cand.sentence].tokens[cand.begin].word);
      if (d.found && !d.place.empty()) return std::string(d.place);
    }
    return std::string(SurfaceOf(sentences, cand));
  }

  Role Make(uint32_t sentence, uint32_t first, uint32_t last_plus_one, uint32_t title_first,
            uint32_t title_end, int of) const {
    const TokenizedSentence& s = sentences[sentence];
    Role role;
    role.title = std::string(
        s.text.substr(s.tokens[title_first].span.begin,
                      s.tokens[title_end - 1].span.end - s.tokens[title_first].span.begin));
    if (of >= 0) role.of = Of(of);
    role.mention = s.where;
    role.mention.span = {s.tokens[first].span.begin, s.tokens[last_plus_one - 1].span.end};
    return role;
  }

  // "Russian Defense Minister [Sergei Shoigu]", "Secretary of State [Antony Blinken]".
  bool Before(const Candidate& person, Role* out) const {
    const TokenizedSentence& s = sentences[person.sentence];
    const std::vector<int>& own = owner[person.sentence];
    int j = int(person.begin) - 1;
    uint32_t first = person.begin, title_first = person.begin;
    bool has_title = false;
    int of = -1;
    while (j >= 0) {
      const std::string_view w = s.tokens[size_t(j)].word;
      const int c = own[size_t(j)];
      if (c >= 0 && Belongs(candidates[size_t(c)])) {
        of = c;
        first = candidates[size_t(c)].begin;
        j = int(first) - 1;
        continue;
      }
      if (w == "'s" && j > 0 && own[size_t(j - 1)] >= 0 &&
          Belongs(candidates[size_t(own[size_t(j - 1)])])) {
        --j;  // the owner's span is taken on the next turn
        continue;
      }
      const bool title = IsRoleTitle(w);
      // "Secretary of State": "of" inside the phrase, between a title and what it is of.
      const bool joins = w == "of" && j > 0 && IsRoleTitle(s.tokens[size_t(j - 1)].word);
      if (!title && !IsModifier(w) && !joins) break;
      if (of >= 0) break;  // "UN chief": a role word left of the organisation starts another
      has_title |= title;
      first = title_first = uint32_t(j);
      --j;
    }
    if (!has_title) return false;
    *out = Make(person.sentence, first, person.begin, title_first, person.begin, of);
    return true;
  }

  // "[Shoigu], Russia's defence minister," and "[X], the head of Wagner,".
  bool After(const Candidate& person, Role* out) const {
    const TokenizedSentence& s = sentences[person.sentence];
    const std::vector<int>& own = owner[person.sentence];
    const uint32_t n = uint32_t(s.tokens.size());
    uint32_t j = person.end;
    if (j >= n || s.tokens[j].word != ",") return false;
    const uint32_t first = ++j;
    if (j < n && IsDeterminer(s.tokens[j].word)) ++j;
    int of = -1;
    if (j < n && own[j] >= 0 && Belongs(candidates[size_t(own[j])])) {
      const Candidate& c = candidates[size_t(own[j])];
      of = own[j];
      j = c.end;
      if (j < n && s.tokens[j].word == "'s") ++j;
    }
    const uint32_t title_first = j;
    uint32_t title_end = j;
    while (j < n && (IsRoleTitle(s.tokens[j].word) || IsModifier(s.tokens[j].word))) {
      if (IsRoleTitle(s.tokens[j].word)) title_end = j + 1;
      ++j;
    }
    if (title_end == title_first || title_end != j) return false;
    uint32_t last = title_end;
    if (j + 1 < n && s.tokens[j].word == "of" && own[j + 1] >= 0 &&
        Belongs(candidates[size_t(own[j + 1])])) {
      of = own[j + 1];
      last = j = candidates[size_t(of)].end;
    }
    const bool closed = j == n || s.tokens[j].word == "," || s.tokens[j].word == "." ||
                        s.tokens[j].word == ")" || s.tokens[j].word == ";";
    if (!closed) return false;
    *out = Make(person.sentence, first, last, title_first, title_end, of);
    return true;
  }

  // "the head of Wagner, [Yevgeny Prigozhin]".
  bool AppositionBefore(const Candidate& person, Role* out) const {
    const TokenizedSentence& s = sentences[person.sentence];
    const std::vector<int>& own = owner[person.sentence];
    if (person.begin < 2 || s.tokens[person.begin - 1].word != ",") return false;
    int j = int(person.begin) - 2;
    const uint32_t last = uint32_t(j) + 1;
    int of = -1;
    const int c = own[size_t(j)];
    if (c >= 0 && Belongs(candidates[size_t(c)])) {
      const int k = int(candidates[size_t(c)].begin) - 1;
      if (k < 1 || s.tokens[size_t(k)].word != "of") return false;
      of = c;
      j = k - 1;
    }
    const uint32_t title_end = uint32_t(j) + 1;
    if (!IsRoleTitle(s.tokens[size_t(j)].word)) return false;
    while (j >= 0 &&
           (IsRoleTitle(s.tokens[size_t(j)].word) || IsModifier(s.tokens[size_t(j)].word))) {
      --j;
    }
    const uint32_t title_first = uint32_t(j + 1);
    // The phrase must open a noun phrase: "the head of ...", not the tail of another clause.
    if (j < 0 || !IsDeterminer(s.tokens[size_t(j)].word)) return false;
    *out = Make(person.sentence, uint32_t(j), last, title_first, title_end, of);
    return true;
  }
};

}  // namespace

bool IsRoleTitle(std::string_view word) {
  if (IsTitleWord(word)) return true;
  // "Secretary-General", "commander-in-chief": a hyphenated word headed by a title.
  const size_t dash = word.find('-');
  return dash != std::string_view::npos && dash > 0 && IsTitleWord(word.substr(0, dash));
}

std::vector<std::pair<uint32_t, Role>> FindRoles(const std::vector<TokenizedSentence>& sentences,
                                                 const std::vector<Candidate>& candidates) {
  const Finder finder{sentences, candidates, Owners(sentences, candidates)};
  std::vector<std::pair<uint32_t, Role>> out;
  for (uint32_t c = 0; c < candidates.size(); ++c) {
    if (candidates[c].type != "PERSON") continue;
    Role role;
    if (finder.Before(candidates[c], &role)) out.emplace_back(c, role);
    if (finder.AppositionBefore(candidates[c], &role)) out.emplace_back(c, role);
    if (finder.After(candidates[c], &role)) out.emplace_back(c, role);
  }
  return out;
}

}  // namespace sitrep::ner
