// The working data of the entities stage, shared by its parts (entity_types, name_coref, roles):
// every tokenised sentence of the article's text fields, and the spans the tagger found in them.
//
// Not for: the record; the stage turns these into Article::entities (core/article.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "recognise/bio_tags.h"
#include "recognise/tokenizer.h"

namespace sitrep::ner {

struct TokenizedSentence {
  Mention where;          // field and index; the span is the sentence's
  std::string_view text;  // the whole field's string, which token spans index
  std::vector<Token> tokens;
};

// One tagged span: tokens [begin, end) of sentences[sentence], with the record's type.
struct Candidate {
  uint32_t sentence = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string_view type;  // PERSON, ORG, GPE, LOC, NORP, MISC (static strings)
};

// The text of a candidate, from its first token's start to its last token's end.
inline std::string_view SurfaceOf(const std::vector<TokenizedSentence>& sentences,
                                  const Candidate& c) {
  const TokenizedSentence& s = sentences[c.sentence];
  return s.text.substr(s.tokens[c.begin].span.begin,
                       s.tokens[c.end - 1].span.end - s.tokens[c.begin].span.begin);
}

}  // namespace sitrep::ner
