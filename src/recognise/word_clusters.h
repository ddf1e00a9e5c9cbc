// Word clusters learned from unlabeled text, for the tagger's features: words that occur in
// similar contexts ("Bakhmut", "Avdiivka"; "Shoigu", "Podolyak") get similar bit paths, so a
// name the labeled data never saw still looks like the names it did see.
//
// The paths play the role of Brown clusters' (Ratinov and Roth use their prefixes as features),
// built more cheaply in two steps under the same class-bigram likelihood:
//   1. exchange clustering (Martin, Liermann and Ney 1998): every word starts in a class by its
//      frequency rank and is moved, a word at a time, to the class that most raises the
//      likelihood of the text, for a fixed number of passes;
//   2. the classes are merged greedily, two at a time, by the same likelihood, into a binary
//      tree; a word's path is the way from the root to its class (0 left, 1 right).
// Brown's own algorithm merges words bottom-up and costs O(V C^2); this costs O(passes * bigram
// types * C) plus O(C^4 / 8) for the tree, about a minute for a million words and 256 classes.
//
// Words are taken as written, with digits folded to 0 ("1996" and "2023" are one word). Words
// seen fewer than |min_count| times stand for their shape ("<Xx>", "<d>") while clustering and get
// no path of their own.
//
// Deterministic: no randomness; ties go to the lower class or pair number.
//
// At run time the paths live in a keyed table (keyed_table.h) inside the model file: key
// ClusterKey(word), values the first 32 steps of the path (step i is bit 31 - i) and its length.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "recognise/keyed_table.h"

namespace sitrep::ner {

struct ClusterOptions {
  int classes = 256;
  int passes = 20;
  int min_count = 2;
};

struct WordPath {
  std::string word;  // digits folded to 0
  std::string path;  // '0' and '1', root first
  uint64_t count = 0;
};

// The word form clustering and lookup agree on: |word| with ASCII digits as '0'.
std::string ClusterWord(std::string_view word);

// Trains on |sentences| (token sequences). Returns every word seen at least min_count times with
// its path, sorted by path, then by count (descending), then by word.
Result<std::vector<WordPath>> TrainWordClusters(
    const std::vector<std::vector<std::string_view>>& sentences, const ClusterOptions& options);

// The paths file, one word a line: "path<TAB>word<TAB>count" (the layout of Liang's Brown
// clustering output, so either can be read).
std::string FormatWordPaths(const std::vector<WordPath>& paths);
Result<std::vector<WordPath>> ParseWordPaths(std::string_view text);

// A word's path as the features read it.
struct ClusterPath {
  uint32_t bits = 0;
  uint32_t length = 0;  // 0: the word has no cluster
  // The first min(k, length) steps, as one number that also tells the length apart.
  uint64_t Prefix(uint32_t k) const {
    const uint32_t n = k < length ? k : length;
    return n == 0 ? 0 : uint64_t(n) << 32 | (n >= 32 ? bits : bits >> (32 - n));
  }
};

// The key a word is filed under: its bytes with ASCII digits as '0' (ClusterWord), hashed.
uint64_t ClusterKey(std::string_view word);

// The keyed table of |paths|, and a word's path in one.
std::string BuildClusterTable(const std::vector<WordPath>& paths);
inline ClusterPath FindCluster(const KeyedTable& table, std::string_view word) {
  const KeyedValue v = table.Find(ClusterKey(word));
  return {v.first, v.second};
}

}  // namespace sitrep::ner
