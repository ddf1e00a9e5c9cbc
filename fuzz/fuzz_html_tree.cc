// Differential: html_tree_builder's tree of a page against gumbo's (the full HTML5 algorithm).
// Where the builder says it simplified a rule (html_tree_builder.h), or flattened deep markup,
// the trees may differ, and where a tag repeats an attribute or holds a NUL, or an end tag names
// an element gumbo does not know, gumbo departs from the standard: such input is passed over, as
// is MathML, where gumbo puts an HTML start tag at a text integration point ("<mo><b>") in
// MathML and the standard, as this builder, in HTML, a numeric character reference past
// U+10FFFF, which gumbo overflows, and a nameless end tag "</>", after which gumbo names the next
// element "";
// otherwise they must be the same less what the builder leaves out on purpose (the text of scripts
// but JSON-LD and of style sheets, and style= and on* attributes): element names, SVG/MathML or
// HTML, attributes in order, and text with white space collapsed (gumbo splits and joins text nodes
// in ways of its own).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "gumbo/gumbo_tree.h"
#include "read/html_tree_builder.h"
#include "read/strings.h"

namespace {

struct Outliner {
  std::string out;
  std::string pending;

  void Flush() {
    if (pending.find_first_not_of(' ') != std::string::npos) out += "[" + pending + "]";
    pending.clear();
  }
  bool Enter(const sitrep::HtmlNode* node) {
    if (sitrep::IsText(node)) {
      for (const char c : node->text) {
        if (!sitrep::IsHtmlSpace(c)) {
          pending += c;
        } else if (!pending.empty() && pending.back() != ' ') {
          pending += ' ';
        }
      }
      return false;
    }
    if (!sitrep::IsElement(node)) return true;
    Flush();
    // An unknown tag's name comes from the tag as written in gumbo's tree, without the
    // replacements of NULs and controls that its known names and the builder's have.
    std::string name = sitrep::LowerAscii(node->name);
    if (std::any_of(name.begin(), name.end(), [](char c) {
          return static_cast<unsigned char>(c) < 0x20 || c == 0x7F || (c & 0x80) != 0;
        })) {
      name = "?";
    }
    out += "<" + std::string(node->foreign ? "*" : "") + name;
    for (uint32_t i = 0; i < node->attribute_count; ++i) {
      const std::string_view attribute = node->attributes[i].name;
      if (attribute == "style" || (attribute.size() > 2 && attribute.starts_with("on"))) continue;
      out += " " + std::string(attribute) + "=" + std::string(node->attributes[i].value);
    }
    out += ">";
    // The text left out on purpose.
    const bool left_out =
        !node->foreign && (node->tag == sitrep::Tag::kStyle ||
                           (node->tag == sitrep::Tag::kScript &&
                            !sitrep::ContainsNoCase(sitrep::Attr(node, "type"), "ld+json")));
    if (left_out) out += "</>";
    return !left_out;
  }
  void Leave(const sitrep::HtmlNode*) {
    Flush();
    out += "</>";
  }
};

std::string Outline(const sitrep::HtmlDocument& document) {
  Outliner outliner;
  sitrep::Walk(document.root, outliner);
  outliner.Flush();
  return outliner.out;
}

// Whether |html| has an end tag of an element sitrep does not know by name ("</my-widget>"):
// gumbo 0.10.1 takes any two such names for the same element, so its tree is not the standard's.
bool HasUnknownEndTag(std::string_view html) {
  for (size_t at = html.find("</"); at != std::string_view::npos; at = html.find("</", at + 2)) {
    size_t end = at + 2;
    while (end < html.size() && !sitrep::IsHtmlSpace(html[end]) && html[end] != '/' &&
           html[end] != '>') {
      ++end;
    }
    const std::string name = sitrep::LowerAscii(html.substr(at + 2, end - at - 2));
    if (!name.empty() && sitrep::IsAsciiAlpha(name[0]) &&
        sitrep::TagOfName(name) == sitrep::Tag::kUnknown) {
      return true;
    }
  }
  return false;
}

// Whether a tag of |html| has a NUL in it, which gumbo 0.10.1 reads in ways of its own. A tag
// runs to the first '>' outside a quoted value ('<l l=">"\0>' is one tag).
bool HasNulInTag(std::string_view html) {
  for (size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt + 1)) {
    char quote = 0;
    for (size_t i = lt + 1; i < html.size(); ++i) {
      const char c = html[i];
      if (c == '\0') return true;
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        lt = i;
        break;
      }
    }
  }
  return false;
}

// Whether |html| has a numeric character reference of more than seven digits, past U+10FFFF,
// which gumbo 0.10.1 overflows into a stray byte where the standard gives U+FFFD.
bool HasHugeNumericReference(std::string_view html) {
  for (size_t at = html.find("&#"); at != std::string_view::npos; at = html.find("&#", at + 2)) {
    size_t i = at + 2;
    if (i < html.size() && (html[i] == 'x' || html[i] == 'X')) ++i;
    size_t digits = 0;
    while (i < html.size() && sitrep::IsAsciiAlnum(html[i])) ++i, ++digits;
    if (digits > 7) return true;
  }
  return false;
}

// Whether |html| has an end tag with no name, "</>": the standard drops it whole, as sitrep does,
// and gumbo 0.10.1 gives the next element an empty name ("<p>x</><foo>y").
bool HasNamelessEndTag(std::string_view html) { return html.find("</>") != std::string_view::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;  // larger pages add time, not paths
  // The parser, like gumbo here, is given valid UTF-8 (charset.h decodes every page).
  std::string html;
  sitrep::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &html);
  sitrep::TreeBuildNotes notes;
  const auto ours = sitrep::BuildHtmlTree(html, &notes);
  if (notes.simplified || notes.flattened || notes.repeated_attribute || HasUnknownEndTag(html) ||
      HasNulInTag(html) || sitrep::ContainsNoCase(html, "<math") || HasHugeNumericReference(html) ||
      HasNamelessEndTag(html)) {
    return 0;
  }
  const std::string got = Outline(*ours);
  const std::string want = Outline(*sitrep::GumboHtmlTree(html));
  if (got != want) {
    const std::string report =
        "page:\n" + html + "\nwant (gumbo):\n" + want + "\ngot:\n" + got + "\n";
    std::fwrite(report.data(), 1, report.size(), stderr);
    std::abort();
  }
  return 0;
}
