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
// Not for: the lookup table the tagger reads at run time (cluster_table.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep::ner {

struct ClusterOptions {
  int classes = 256;
  int passes = 8;
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

}  // namespace sitrep::ner
