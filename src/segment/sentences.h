// Sentence segmentation of news prose: the `sentences` layer.
//
// Splits each paragraph of Article::text into sentences. Rule-based, tuned to news copy:
// abbreviations ("U.S.-based", "Mr.", "Gen.", "a.m.", initials), quotations that end a sentence
// (`."`), sentences inside quotes, ellipses, numbers with dots, headlines without a final stop.
// A sentence never crosses a paragraph boundary.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/stage.h"

namespace sitrep {

// Sentences of |text| within |paragraph|, as absolute byte spans, trimmed of surrounding
// whitespace, in order, non-overlapping. |text| must be valid UTF-8.
std::vector<Span> SplitSentences(std::string_view text, Span paragraph);

class SentenceSegmenter : public Stage {
 public:
  std::string_view Name() const override { return "sentences.v1"; }
  std::vector<std::string> Reads() const override { return {"text", "paragraphs"}; }
  std::vector<std::string> Writes() const override { return {"sentences"}; }
  Status Run(Article& article) const override;
};

}  // namespace sitrep
