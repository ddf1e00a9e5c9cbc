// A streaming JSON writer: values go straight into a string as they are named, with no document
// tree in between. The record of one article is written once per article, and building an
// nlohmann tree of its sentences, spans and strings only to print it cost more than all of the
// metadata reading (about a tenth of a page's time).
//
// Output is nlohmann::json's dump() byte for byte, so records stay the same whichever writes them,
// but for two things: a few doubles, where nlohmann's Grisu2 gives 17 digits and this the shortest
// form, and the line ends U+0085, U+2028 and U+2029, written as \u escapes because readers that
// break lines on them (Python's str.splitlines()) would cut a JSON Lines record in two. Layout:
// compact ("{"a":1,"b":[]}") or indented by |indent| spaces per level; strings escaped with
// \" \\ \b \f \n \r \t and \u00XX for other controls, everything else as UTF-8 ("/" not
// escaped); ill-formed UTF-8 replaced by one U+FFFD per maximal ill-formed subpart; doubles in the
// shortest form that reads back the same, with ".0" on whole numbers, plain from 0.0001 to 15
// digits before the point and "1e-05" style beyond; NaN and infinity as null.
//
// Not for: parsing, or checking the caller's nesting (a key outside an object, an unbalanced
// End*): those are bugs in the caller, which the debug assertions catch.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

class JsonWriter {
 public:
  // Appends to |*out|, which must outlive the writer; |indent| < 0 writes on one line.
  explicit JsonWriter(std::string* out, int indent = -1) : out_(out), indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // The next member's name; its value is the next value written.
  void Key(std::string_view name);

  void String(std::string_view s);
  // null for an empty string: unknown metadata is null in the record.
  void StringOrNull(std::string_view s);
  void Null();
  void Bool(bool b);
  void Int(int64_t n);
  void Uint(uint64_t n);
  void Double(double d);
  // A value the caller wrote as JSON itself, in the writer's layout: for the small objects a
  // record holds by the thousand (a sentence's span), which one append writes faster than a call
  // per brace, name and number. The caller answers for it being one valid value.
  void Raw(std::string_view json);
  // Whether values are written on one line (indent < 0), as Raw's caller must write them.
  bool compact() const { return indent_ < 0; }

 private:
  // Before a value or a key: the comma and line break that separate it from the one before.
  void Separate();
  void Close(char bracket);
  void NewLine(size_t depth);

  struct Level {
    bool empty = true;
  };
  std::string* out_;
  int indent_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

// Appends |s| as a JSON string, quotes included, by the rules above.
void AppendJsonString(std::string_view s, std::string* out);
// Appends |d| as a JSON number by the rules above.
void AppendJsonDouble(double d, std::string* out);

}  // namespace sitrep
