// Test helper: sentences written with their tagged spans marked, "[Sergei Shoigu|PERSON] said",
// turned into the entities stage's working data (entity_mentions.h). For tests only.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "recognise/entity_mentions.h"

namespace sitrep::ner {

// Builds one tokenised sentence per string and a candidate per "[...|TYPE]" mark, so a test
// reads like annotated text: "[Sergei Shoigu|PERSON] said".
struct MarkedText {
  std::vector<std::string> texts;
  std::vector<TokenizedSentence> sentences;
  std::vector<Candidate> candidates;

  explicit MarkedText(std::vector<std::string> marked) {
    texts.reserve(marked.size());
    for (const std::string& m : marked) {
      std::string plain;
      std::vector<std::tuple<size_t, size_t, std::string>> marks;
      for (size_t i = 0; i < m.size(); ++i) {
        if (m[i] == '[') {
          const size_t bar = m.find('|', i), close = m.find(']', i);
          const size_t start = plain.size();
          plain += m.substr(i + 1, bar - i - 1);
          marks.emplace_back(start, plain.size(), m.substr(bar + 1, close - bar - 1));
          i = close;
        } else {
          plain.push_back(m[i]);
        }
      }
      texts.push_back(plain);
      marks_.push_back(marks);
    }
    for (size_t s = 0; s < texts.size(); ++s) {
      TokenizedSentence ts;
      ts.text = texts[s];
      Tokenize(ts.text, {0, uint32_t(ts.text.size())}, &ts.tokens);
      for (const auto& [b, e, type] : marks_[s]) {
        Candidate c{uint32_t(s), 0, 0, Intern(type)};
        for (uint32_t t = 0; t < ts.tokens.size(); ++t) {
          if (ts.tokens[t].span.begin == b) c.begin = t;
          if (ts.tokens[t].span.end == e) c.end = t + 1;
        }
        candidates.push_back(c);
      }
      sentences.push_back(std::move(ts));
    }
  }
  static std::string_view Intern(const std::string& type) {
    for (std::string_view t : {"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"}) {
      if (t == type) return t;
    }
    return "MISC";
  }
  std::vector<std::vector<std::tuple<size_t, size_t, std::string>>> marks_;
};

}  // namespace sitrep::ner
