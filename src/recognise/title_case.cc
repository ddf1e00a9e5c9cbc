// Title-case spans. Tested by title_case_test.cc.
#include "recognise/title_case.h"

#include <algorithm>
#include <map>
#include <string>

#include "recognise/name_coref.h"

namespace sitrep::ner {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

bool IsAcronym(std::string_view w) {
  return w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), IsUpper);
}

std::string KeyOf(const TokenizedSentence& s, uint32_t begin, uint32_t end) {
  std::string key;
  for (uint32_t i = begin; i < end; ++i) {
    if (i > begin) key.push_back(' ');
    key += NameKey(s.tokens[i].word);
  }
  return key;
}

}  // namespace

bool IsTitleCase(const TokenizedSentence& sentence) {
  size_t words = 0, capitalised = 0, all_caps = 0;
  for (const Token& t : sentence.tokens) {
    if (t.word.empty() || !IsLetter(t.word[0])) continue;
    ++words;
    if (IsUpper(t.word[0])) ++capitalised;
    if (std::none_of(t.word.begin(), t.word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      ++all_caps;
    }
  }
  // An all-caps headline is not title case: the tagger reads those (ner_features.h).
  return words >= 4 && capitalised * 10 >= words * 7 && all_caps * 2 < words;
}

void TrimTitleCaseSpans(const std::vector<TokenizedSentence>& sentences,
                        std::vector<Candidate>* candidates) {
  std::vector<bool> title_case(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) title_case[s] = IsTitleCase(sentences[s]);
  // What ordinary sentences name, by spelling key, with the type they gave it.
  std::map<std::string, std::string_view> known;
  for (const Candidate& c : *candidates) {
    if (!title_case[c.sentence])
      known.emplace(KeyOf(sentences[c.sentence], c.begin, c.end), c.type);
  }
  std::vector<Candidate> out;
  for (const Candidate& c : *candidates) {
    if (!title_case[c.sentence]) {
      out.push_back(c);
      continue;
    }
    const TokenizedSentence& s = sentences[c.sentence];
    for (uint32_t i = c.begin; i < c.end;) {
      uint32_t matched = 0;
      std::string_view type;
      for (uint32_t j = c.end; j > i && !matched; --j) {
        auto it = known.find(KeyOf(s, i, j));
        if (it != known.end()) {
          matched = j;
          type = it->second;
        }
      }
      if (matched) {
        out.push_back({c.sentence, i, matched, type});
        i = matched;
      } else {
        if (IsAcronym(s.tokens[i].word)) out.push_back({c.sentence, i, i + 1, c.type});
        ++i;
      }
    }
  }
  *candidates = std::move(out);
}

}  // namespace sitrep::ner
