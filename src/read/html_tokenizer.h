// The HTML tokenizer: a page's text to start tags (lower-case name, attributes with character
// references decoded, self-closing flag; without the style= and on* attributes, which only style
// or script a page), end tags and text runs, by the WHATWG tokenizer's
// states: data, RCDATA, RAWTEXT, script data with its escapes, PLAINTEXT, tags and attributes,
// character references (named, with the legacy names written without ";", and numeric),
// comments, doctypes and, in SVG or MathML, CDATA sections.
//
// Why its own: the readers need tags, attributes and text, and a scanner that hands out views
// into the page (copying only what had character references or carriage returns) runs several
// times faster than a general parser reading code point by code point. The tree builder
// (html_tree_builder.h) drives it, since only the tree knows which text state an element opens.
//
// Not for: building a tree, or parse errors; ill-formed input is read as the standard says
// (reported errors aside), never refused. The input must be valid UTF-8 (charset.h decodes every
// page), which is why code points need no checking here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "read/html_tree.h"

namespace sitrep {

struct HtmlToken {
  enum class Type : uint8_t { kText, kStartTag, kEndTag, kDoctype, kEnd };
  Type type = Type::kEnd;
  bool self_closing = false;
  // kDoctype: it names "html" and no public or system identifier makes it a quirks one.
  bool standards_doctype = false;
  Tag tag = Tag::kUnknown;
  std::string_view name;     // a tag's name, lower case
  std::string_view text;     // kText
  bool dropped_nul = false;  // kText: NULs were dropped from it (they count as text before <body>)
  // A start tag's attributes, the first of each name; valid until the next token.
  const HtmlAttribute* attributes = nullptr;
  uint32_t attribute_count = 0;
};

class HtmlTokenizer {
 public:
  // Decoded strings (text with character references, lower-cased names) go to |arena|; the rest
  // are views into |html|, which must outlive the tree.
  HtmlTokenizer(std::string_view html, HtmlArena* arena) : html_(html), arena_(arena) {}

  // The next token; kEnd at the page's end, and from then on.
  HtmlToken Next();

  // What the text after the start tag just read is, as the tree builder decides: up to the
  // element's end tag, decoded (RCDATA) or not (RAWTEXT, script); or all the rest (PLAINTEXT).
  // With |skip| the text is read past and not handed out: scripts but JSON-LD and style sheets,
  // which no reader uses.
  enum class TextState : uint8_t { kData, kRcdata, kRawText, kScript, kPlaintext };
  void SetTextState(TextState state, std::string_view end_tag_name, bool skip = false);
  // Whether some tag so far repeated an attribute name (the first counts).
  bool repeated_attribute() const { return repeated_attribute_; }
  // In SVG or MathML content "<![CDATA[...]]>" is text; in HTML it is a bogus comment.
  // |html_text|: the current SVG or MathML element is one whose text is read as HTML's (an
  // integration point), where a NUL is dropped rather than made U+FFFD.
  void set_in_foreign_content(bool foreign, bool html_text) {
    in_foreign_content_ = foreign;
    foreign_text_ = foreign && !html_text;
  }

 private:
  HtmlToken ReadTag(size_t lt, bool end_tag);
  HtmlToken ReadDoctype(size_t lt);
  // What a run of text is, for what Decode does to it: kData and kRcdata decode character
  // references, kAttribute by the attribute rule, kRaw none; kData drops NULs, the others make
  // them U+FFFD.
  enum class TextKind : uint8_t { kData, kRcdata, kRaw, kAttribute };
  // |s| with character references, carriage returns, NULs and the code points gumbo replaces
  // resolved, in the arena.
  std::string_view Decode(std::string_view s, TextKind kind);
  // |plain|: the text is known to need no decoding.
  HtmlToken TextToken(size_t begin, size_t end, TextKind kind, bool plain = false);
  // A tag or attribute name lower-cased, NULs and the code points gumbo replaces as U+FFFD.
  std::string_view LowerName(std::string_view name);

  std::string_view html_;
  HtmlArena* arena_;
  size_t pos_ = 0;
  TextState state_ = TextState::kData;
  bool skip_text_ = false;
  std::string_view end_tag_name_;
  bool in_foreign_content_ = false;
  bool foreign_text_ = false;
  bool repeated_attribute_ = false;
  bool dropped_nul_ = false;  // by the last Decode
  std::vector<HtmlAttribute> attributes_;
  std::string scratch_;
};

}  // namespace sitrep
