// Token patterns. Tested by token_patterns_test.cc.
//
// Optional elements are expanded at compile time (each pattern becomes every path with and
// without them), so matching is a plain depth-first walk of a trie. Edges with the same mask
// share a child, so patterns with a common beginning are walked once.
#include "recognise/token_patterns.h"

#include <string>

namespace sitrep {

void TokenPatterns::Insert(const std::vector<std::pair<ClassMask, bool>>& elements, size_t i,
                           uint32_t node, int pattern) {
  if (i == elements.size()) {
    if (nodes_[node].accept < 0) nodes_[node].accept = pattern;
    return;
  }
  const auto [mask, optional] = elements[i];
  if (optional) Insert(elements, i + 1, node, pattern);
  uint32_t child = 0;
  bool found = false;
  for (const Edge& e : nodes_[node].edges) {
    if (e.mask == mask) {
      child = e.to;
      found = true;
      break;
    }
  }
  if (!found) {
    child = uint32_t(nodes_.size());
    nodes_[node].edges.push_back({mask, child});
    nodes_.emplace_back();
  }
  Insert(elements, i + 1, child, pattern);
}

Result<TokenPatterns> TokenPatterns::Compile(
    std::span<const std::string_view> patterns,
    const std::function<ClassMask(std::string_view)>& class_of) {
  TokenPatterns out;
  out.nodes_.emplace_back();
  for (size_t p = 0; p < patterns.size(); ++p) {
    std::vector<std::pair<ClassMask, bool>> elements;
    std::string_view rest = patterns[p];
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      std::string_view element = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      if (element.empty()) continue;
      const bool optional = element.back() == '?';
      if (optional) element.remove_suffix(1);
      ClassMask mask = 0;
      while (!element.empty()) {
        const size_t bar = element.find('|');
        const std::string_view name = element.substr(0, bar);
        const ClassMask m = class_of(name);
        if (m == 0) {
          return Status(
              ErrorCode::kInvalidArgument,
              "token pattern " + std::to_string(p) + ": unknown class '" + std::string(name) + "'");
        }
        mask |= m;
        element = bar == std::string_view::npos ? std::string_view() : element.substr(bar + 1);
      }
      elements.push_back({mask, optional});
    }
    bool all_optional = true;
    for (const auto& e : elements) all_optional = all_optional && e.second;
    if (all_optional) {
      return Status(ErrorCode::kInvalidArgument,
                    "token pattern " + std::to_string(p) + " can match nothing");
    }
    out.Insert(elements, 0, 0, int(p));
  }
  for (const Edge& e : out.nodes_[0].edges) out.starts_ |= e.mask;
  return out;
}

PatternMatch TokenPatterns::Longest(std::span<const ClassMask> tokens, size_t at) const {
  PatternMatch best;
  if (at >= tokens.size() || !(tokens[at] & starts_)) return best;
  // Explicit stack of (node, depth): patterns are short, so it stays small.
  struct Frame {
    uint32_t node;
    uint32_t depth;
  };
  Frame stack[64];
  size_t top = 0;
  stack[top++] = {0, 0};
  while (top > 0) {
    const Frame f = stack[--top];
    const Node& n = nodes_[f.node];
    if (n.accept >= 0 &&
        (f.depth > best.length || (f.depth == best.length && n.accept < best.pattern))) {
      best = {f.depth, n.accept};
    }
    const size_t i = at + f.depth;
    if (i >= tokens.size()) continue;
    for (const Edge& e : n.edges) {
      if ((tokens[i] & e.mask) && top < std::size(stack)) stack[top++] = {e.to, f.depth + 1};
    }
  }
  return best;
}

}  // namespace sitrep
