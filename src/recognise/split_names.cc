// Names the tagger cut in two, joined again. Tested by split_names_test.cc.
#include "recognise/split_names.h"

#include <algorithm>
#include <cctype>

#include "recognise/place_names.h"

namespace sitrep::ner {
namespace {

bool Capitalised(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

bool IsAnd(std::string_view word) { return word == "and" || word == "&"; }

// Only a sentence with "and" between two capitalised words can hold such a name: the rest are
// not folded or looked up.
bool MayHoldJoinedName(const TokenizedSentence& s) {
  for (size_t i = 1; i + 1 < s.tokens.size(); ++i) {
    if (IsAnd(s.tokens[i].word) && Capitalised(s.tokens[i - 1].word) &&
        Capitalised(s.tokens[i + 1].word)) {
      return true;
    }
  }
  return false;
}

// "al-Salam", "el-Arish", "ash-Shaddadi": an Arabic article, a hyphen and a capital.
bool IsArticleName(std::string_view word) {
  static constexpr std::string_view kArticles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-",
                                                   "at-", "az-", "an-", "ez-", "ed-", "es-"};
  for (std::string_view a : kArticles) {
    if (word.size() > a.size() && word.starts_with(a) && Capitalised(word.substr(a.size()))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void JoinArabicArticleNames(const std::vector<TokenizedSentence>& sentences,
                            std::vector<Candidate>* candidates) {
  std::vector<Candidate>& cs = *candidates;
  std::vector<Candidate> kept;
  kept.reserve(cs.size());
  for (size_t i = 0; i < cs.size(); ++i) {
    Candidate c = cs[i];
    const std::vector<Token>& tokens = sentences[c.sentence].tokens;
    for (;;) {
      uint32_t end = c.end;
      while (end < tokens.size() && IsArticleName(tokens[end].word)) ++end;
      if (end == c.end) break;
      c.end = end;
      // The tagger's span that began inside the words taken in is part of this one.
      while (i + 1 < cs.size() && cs[i + 1].sentence == c.sentence && cs[i + 1].begin < c.end) {
        c.end = std::max(c.end, cs[++i].end);
      }
    }
    kept.push_back(c);
  }
  cs = std::move(kept);
}

void JoinSplitCountryNames(const KeyedTable& places,
                           const std::vector<TokenizedSentence>& sentences,
                           std::vector<Candidate>* candidates) {
  if (places.empty()) return;
  std::vector<PlaceWords> words;
  std::vector<bool> capitalised;
  std::vector<PlaceMatch> matches;
  std::vector<Candidate> joined;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const TokenizedSentence& sentence = sentences[s];
    if (!MayHoldJoinedName(sentence)) continue;
    words.clear();
    capitalised.clear();
    for (const Token& t : sentence.tokens) {
      words.push_back(FoldPlaceToken(t.word));
      capitalised.push_back(Capitalised(t.word));
    }
    FindPlaceNames(places, words, capitalised, &matches);
    for (const PlaceMatch& m : matches) {
      if (!(m.kinds & kPlaceCountry) || m.end - m.begin < 3) continue;
      bool has_and = false;
      for (uint32_t k = m.begin + 1; k + 1 < m.end; ++k) has_and |= IsAnd(sentence.tokens[k].word);
      if (!has_and) continue;
      const auto overlaps = [&](const Candidate& c) {
        return c.sentence == s && c.begin < m.end && m.begin < c.end;
      };
      // A longer name that holds the country's ("the Bosnia and Herzegovina Football
      // Federation") is the tagger's reading to keep.
      const bool held = std::any_of(
          candidates->begin(), candidates->end(),
          [&](const Candidate& c) { return overlaps(c) && (c.begin < m.begin || m.end < c.end); });
      if (held) continue;
      std::erase_if(*candidates, overlaps);
      joined.push_back({s, m.begin, m.end, "GPE"});
    }
  }
  if (joined.empty()) return;
  candidates->insert(candidates->end(), joined.begin(), joined.end());
  std::sort(candidates->begin(), candidates->end(), [](const Candidate& a, const Candidate& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin < b.begin;
  });
}

}  // namespace sitrep::ner
