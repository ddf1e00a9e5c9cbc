// A JSON text read into a small tree for json_ld: values in one array, strings as views into the
// text (or into the tree, where escapes had to be decoded), and each object's members sorted by
// key with the last of a repeated key kept, as a std::map-based DOM would hold them.
//
// Why not nlohmann::json, which read these scripts before: its tree allocates a node, a map and a
// string for every value, and a page's JSON-LD took more time to build that tree than to walk it.
// What this reader accepts is what nlohmann::json::parse(text, nullptr, false, true) accepts (RFC
// 8259 with // and /* */ comments, a leading byte order mark, input ending at a NUL byte where a
// token may start, numbers that overflow a double turned down); json_tree_test checks the two
// agree.
//
// Not for: writing JSON (core/json_writer does), numbers' values (the readers need none), or
// texts that must stay valid while the tree lives elsewhere: |text| must outlive the tree.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

class JsonTree {
 public:
  enum class Type : uint8_t { kNull, kBoolean, kNumber, kString, kArray, kObject };

  struct Value {
    Type type = Type::kNull;
    std::string_view text;  // a string's decoded text
    uint32_t first = 0;     // an array's or object's members: members_[first, first + count)
    uint32_t count = 0;
  };
  struct Member {
    std::string_view key;  // "" for an array's elements
    const Value* value = nullptr;
  };

  // Reads |text|; false, and nothing to read, when it is not JSON.
  bool Parse(std::string_view text);

  const Value& Root() const { return values_[root_]; }
  // An object's members in the order of their keys' bytes, or an array's elements in order.
  std::span<const Member> Members(const Value& value) const;
  // The value of |key| in |object|, or nullptr when it has none (or is no object).
  const Value* Find(const Value& object, std::string_view key) const;

 private:
  bool Read();
  bool SkipSpace();
  bool AtEnd() const;
  bool ReadString(std::string_view* out);
  bool ReadKey(std::string_view* key);
  bool ReadScalar(uint32_t* value);
  uint32_t AddValue(Value value);

  std::string_view text_;
  size_t at_ = 0;
  std::vector<Value> values_;
  std::vector<Member> members_;
  std::deque<std::string> decoded_;  // strings with escapes, decoded; a deque keeps views valid
  uint32_t root_ = 0;
};

}  // namespace sitrep
