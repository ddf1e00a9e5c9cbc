// A compiled set of token patterns: each pattern is a sequence of token classes ("MONTH DAY
// COMMA? YEAR"), matched longest-first at a token position.
//
// Tokens are given as bit masks of the classes they belong to (a token may be several: "May" is
// a month, "1990" a year and a number). Patterns are compiled once into a trie over class masks,
// optional elements expanded, so matching walks the trie from one token and costs nothing at a
// token whose classes no pattern starts with, the common case in running text.
//
// Not for: what a match means (the grammar that uses it, time_expressions.cc) or regular
// expressions over characters.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep {

using ClassMask = uint64_t;

struct PatternMatch {
  size_t length = 0;  // tokens; 0 when nothing matched
  int pattern = -1;   // index of the pattern in the order given
};

class TokenPatterns {
 public:
  // Patterns are space-separated elements; an element is one class name or several joined by
  // '|' (any of them), with a trailing '?' when it may be left out. |class_of| maps a name to
  // its mask (0 for an unknown name, which is an error).
  static Result<TokenPatterns> Compile(std::span<const std::string_view> patterns,
                                       const std::function<ClassMask(std::string_view)>& class_of);

  // The longest match starting at tokens[at]; among equally long ones the earliest pattern.
  PatternMatch Longest(std::span<const ClassMask> tokens, size_t at) const;

  // The classes a match can start with: a token outside them starts none.
  ClassMask starts() const { return starts_; }

 private:
  struct Edge {
    ClassMask mask;
    uint32_t to;
  };
  struct Node {
    std::vector<Edge> edges;
    int accept = -1;
  };
  void Insert(const std::vector<std::pair<ClassMask, bool>>& elements, size_t i, uint32_t node,
              int pattern);

  std::vector<Node> nodes_;
  ClassMask starts_ = 0;
};

}  // namespace sitrep
