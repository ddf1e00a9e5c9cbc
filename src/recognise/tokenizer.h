// Word tokens of running text, cut the way the tagger's training data (CoNLL-2003, Penn
// Treebank style) is cut: punctuation apart from words, the possessive "'s" and "n't" apart,
// hyphenated words ("U.S.-based", "pre-war"), numbers ("4,000") and abbreviations with their
// dots ("U.S.", "Mr.", "Gen.") kept whole.
//
// Each token keeps its byte span in the text and a `word` for the tagger: the text itself, or
// for typographic punctuation the ASCII form the training data uses (“ ” -> ", ’s -> 's), so a
// curly quote and a straight one look alike to the model. No token allocates.
//
// Not for: sentence boundaries (segment/sentences.h) or languages written without spaces.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace sitrep::ner {

struct Token {
  Span span;              // bytes of the text
  std::string_view word;  // what the tagger reads; points into the text or a static string
};

// Appends the tokens of |text| within |range| to |out|. |text| must be valid UTF-8.
void Tokenize(std::string_view text, Span range, std::vector<Token>* out);

}  // namespace sitrep::ner
