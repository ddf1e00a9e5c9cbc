// JSON trees as text, for json_tree_test and fuzz/fuzz_json_tree to hold JsonTree's reading of
// a text against nlohmann::json's: strings quoted as decoded, numbers as "#" (the readers need
// no number's value), members in the order each tree gives them.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "read/json_tree.h"

namespace sitrep {

// JsonTree's tree as text.
inline std::string Shape(const JsonTree& tree, const JsonTree::Value& value) {
  switch (value.type) {
    case JsonTree::Type::kNull: return "null";
    case JsonTree::Type::kBoolean: return "bool";
    case JsonTree::Type::kNumber: return "#";
    case JsonTree::Type::kString: return "\"" + std::string(value.text) + "\"";
    case JsonTree::Type::kArray:
    case JsonTree::Type::kObject: {
      const bool object = value.type == JsonTree::Type::kObject;
      std::string out = object ? "{" : "[";
      for (const JsonTree::Member& member : tree.Members(value)) {
        if (out.size() > 1) out += ",";
        if (object) out += "\"" + std::string(member.key) + "\":";
        out += Shape(tree, *member.value);
      }
      return out + (object ? "}" : "]");
    }
  }
  return "";
}

// The same for nlohmann's tree, the reference this reader must agree with.
inline std::string Shape(const nlohmann::json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "bool";
  if (value.is_number()) return "#";
  if (value.is_string()) return "\"" + value.get<std::string>() + "\"";
  std::string out = value.is_object() ? "{" : "[";
  for (const auto& [key, child] : value.items()) {
    if (out.size() > 1) out += ",";
    if (value.is_object()) out += "\"" + key + "\":";
    out += Shape(child);
  }
  return out + (value.is_object() ? "}" : "]");
}

}  // namespace sitrep
