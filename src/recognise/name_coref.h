// In-article coreference of names: which tagged spans name the same real-world thing.
//
// Rules, applied to spans from the fullest (most tokens) down, so a short form meets the long
// one it abbreviates:
//   - the same name, compared by a spelling key that folds case, dots, y/i and doubled letters,
//     so transliteration variants meet ("Zelensky", "Zelenskyy", "Zelenskiy");
//   - a tail of a person's name ("Shoigu" for "Sergei Shoigu"), whatever type the tagger gave the
//     short form; when two people share it, the one named most recently before it;
//   - an acronym: defined in parentheses after the name ("Armed Forces of Ukraine (AFU)", added as
//     a span when the tagger missed it), or the initials of a multi-word name.
// An entity's type is the one most of its mentions have (ties: its fullest form's); its name is
// its fullest form, and every other form is an alias.
//
// Not for: pronouns or descriptions ("the minister"), or linking across articles.
#pragma once

#include <string>
#include <vector>

#include "recognise/entity_mentions.h"

namespace sitrep::ner {

struct NameCluster {
  std::string_view type;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<uint32_t> members;  // candidate indices, ascending (reading order)
};

// Clusters |candidates| (in reading order). May append candidates for acronyms defined in
// parentheses; keeps the vector in reading order.
std::vector<NameCluster> ClusterNames(const std::vector<TokenizedSentence>& sentences,
                                      std::vector<Candidate>* candidates);

// The spelling key of one word: "Zelenskyy" -> "zelenski", "U.S." -> "us".
std::string NameKey(std::string_view word);

}  // namespace sitrep::ner
