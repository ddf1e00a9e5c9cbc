// The tagger's features: for every token of a document, a short list of hashed feature ids.
//
// A feature is a template (word, lower case, shape, prefix, suffix, neighbour, capitalisation in
// context, lexicon membership...) and a value; it becomes one bucket of a 2^hash_bits table by
// hashing. Hashing keeps the model a fixed size, needs no feature dictionary at run time and
// allocates no strings: each word's hashes are computed once, from its bytes, and combined with
// integer mixing. Collisions cost a little accuracy; 2^20 buckets keep them rare for the ~10^6
// distinct features of a news training set.
//
// Word clusters learned from unlabeled text (word_clusters.h), when the model has them, add the
// prefixes of the cluster paths of the token and its neighbours, as Ratinov and Roth do with
// Brown clusters: short prefixes are coarse classes, long ones nearly the word itself.
//
// Place names from the gazetteer (place_names.h), when the model has them: each token learns
// the kinds of the names that cover it, and whether it is the whole name, its first token or a
// later one ("New" in "New York" is not "York").
// The same table's word lists of given names, name words and company words (place_names.h) become
// features the same way.
//
// Document context is part of a token's features: whether its lower-case form appears in lower
// case elsewhere in the document (a sentence-initial "The" vs "Bakhmut"), whether the whole
// sentence is in capitals (a headline or dateline, where case says nothing), and for a
// capitalised token the words around up to four of its other occurrences ("Pirelli" here,
// "Pirelli 's cables division" there).
//
// Changing what is extracted changes what a model means: bump kFeatureVersion, which every model
// file records, so an old model is refused rather than silently wrong.
//
// Not for: choosing tags (ner_model.h) or learning weights (ner_trainer.h).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognise/keyed_table.h"

namespace sitrep::ner {

inline constexpr uint32_t kFeatureVersion = 6;

// One sentence's words, and a document as its sentences in order.
using Sentence = std::vector<std::string_view>;
using Document = std::vector<Sentence>;

// Feature ids of a document's tokens, flattened: token t (counting across sentences) has
// ids[begin[t] .. begin[t + 1]). Reused across documents to avoid reallocation.
struct DocumentFeatures {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> begin;
  std::vector<uint64_t>
      keys;  // per token: its lower-case form, hashed (doc_context.h groups by it)
  size_t TokenCount() const { return begin.empty() ? 0 : begin.size() - 1; }
};

class FeatureExtractor {
 public:
  // |clusters| (word_clusters.h) and |places| (place_names.h) may be empty; the bytes they view
  // must outlive the extractor.
  explicit FeatureExtractor(uint32_t hash_bits, const KeyedTable& clusters = KeyedTable(),
                            const KeyedTable& places = KeyedTable())
      : hash_bits_(hash_bits), clusters_(clusters), places_(places) {}
  uint32_t hash_bits() const { return hash_bits_; }

  // Replaces |out| with the features of |doc|.
  void Extract(const Document& doc, DocumentFeatures* out) const;

 private:
  uint32_t hash_bits_;
  KeyedTable clusters_, places_;  // views: cheap to copy
};

// The table row of feature |value| of template |tmpl|. Templates below 1000 are this file's;
// doc_context.h numbers its own from 1000.
uint32_t FeatureId(uint64_t tmpl, uint64_t value, uint32_t hash_bits);

// Exposed for tests: "Bakhmut" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "AFP" -> "X".
// Runs of one character class collapse to one; letters outside ASCII count as lower case unless
// their first code point is an upper-case letter.
void ShortShape(std::string_view word, std::string* out);

}  // namespace sitrep::ner
