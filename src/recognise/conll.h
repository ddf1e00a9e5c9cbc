// CoNLL-2003 files: documents of sentences of tokens, one token a line.
//
// Only the first column (the word) is read as input; the last column, when it is a tag, is kept
// as gold for training and scoring. POS and chunk columns are never used, so a model trained here
// needs nothing but tokens at run time. Gold tags are converted from IOB1 to IOB2 on reading.
// Every line of the file is kept in order, so `sitrep tag --conll` can print the input back with
// a predicted tag appended.
//
// Not for: tokenising running text (tokenizer.h does that for articles).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "recognise/bio_tags.h"

namespace sitrep::ner {

struct ConllToken {
  std::string_view word;
  Tag gold = kOutside;
};

struct ConllSentence {
  std::vector<ConllToken> tokens;
  std::vector<std::string_view> Words() const;
  std::vector<Tag> GoldTags() const;
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

struct ConllLine {
  std::string_view text;
  int32_t token = -1;  // index among all tokens of the file, or -1 for a blank/-DOCSTART- line
};

// A parsed file. Views point into |text|, which the corpus owns: do not copy a corpus after
// taking views from it (it is move-only for that reason).
struct ConllCorpus {
  std::string text;
  std::vector<ConllDocument> documents;
  std::vector<ConllLine> lines;
  bool has_gold = false;  // every token line had a tag in its last column

  ConllCorpus() = default;
  ConllCorpus(ConllCorpus&&) = default;
  ConllCorpus& operator=(ConllCorpus&&) = default;
  ConllCorpus(const ConllCorpus&) = delete;
  size_t TokenCount() const;
};

// Parses CoNLL text. A line with one column, or whose last column is not shaped like a tag
// ("NNP"), is a token without gold; a malformed tag ("X-FOO") is an error.
Result<ConllCorpus> ParseConll(std::string text);
Result<ConllCorpus> ReadConllFile(const std::string& path);

}  // namespace sitrep::ner
