// Differential: read/json_tree's reading of a text against nlohmann::json's, which JSON-LD was
// read with before. They must take and turn down the same texts, and read the same values
// (strings as decoded, members in key order, the last of a repeated key kept).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "read/json_tree.h"
#include "read/json_tree_testing.h"

namespace {

// How deep |text|'s brackets go, at most (brackets in strings counted too).
size_t MaxDepth(std::string_view text) {
  size_t depth = 0, deepest = 0;
  for (const char c : text) {
    if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  sitrep::JsonTree tree;
  const bool read = tree.Parse(text);
  const nlohmann::json reference = nlohmann::json::parse(text, nullptr, false, true);
  // The printers recurse: past a few hundred levels only the verdicts are held against each other.
  const bool printable = MaxDepth(text) <= 300;
  const std::string ours = !read ? "(not JSON)" : printable ? sitrep::Shape(tree, tree.Root()) : "";
  const std::string theirs = reference.is_discarded() ? "(not JSON)"
                             : printable              ? sitrep::Shape(reference)
                                                      : "";
  if (ours != theirs) {
    std::fprintf(stderr, "json_tree read %s\nnlohmann read %s\n", ours.c_str(), theirs.c_str());
    std::abort();
  }
  return 0;
}
