// Differential: gumbo's tree of a page and of the prepass's copy of it (html_prepass.h) must be
// the same less what the prepass means to take out: comments, the text of scripts but JSON-LD
// and of style sheets, the contents of <svg> drawings, and style= and on* attributes. Text is
// compared with white space collapsed, since a dropped comment joins the text around it.
#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "gumbo/gumbo_arena.h"
#include "read/html_prepass.h"
#include "read/strings.h"

namespace {

void AddText(std::string_view text, std::string* pending) {
  for (const char c : text) {
    if (!sitrep::IsHtmlSpace(c)) {
      *pending += c;
    } else if (!pending->empty() && pending->back() != ' ') {
      *pending += ' ';
    }
  }
}

void FlushText(std::string* pending, std::string* out) {
  if (pending->find_first_not_of(' ') != std::string::npos) *out += "[" + *pending + "]";
  pending->clear();
}

// An unknown tag's name is only in the tag as written ("<my-tag a=b>"), lower-cased by the
// tokenizer.
std::string UnknownTagName(GumboStringPiece tag) {
  const std::string_view written(tag.data, tag.length);
  size_t begin = written.find_first_not_of("</");
  if (begin == std::string_view::npos) return "";
  size_t end = begin;
  while (end < written.size() && !sitrep::IsHtmlSpace(written[end]) && written[end] != '/' &&
         written[end] != '>') {
    ++end;
  }
  return sitrep::LowerAscii(written.substr(begin, end - begin));
}

// The tree as text, less what the prepass takes out.
std::string Normalized(std::string_view html) {
  // gumbo leaks a few strings on some tag soup; the arena frees them, as in production.
  sitrep::GumboArena arena;
  GumboOptions options = arena.Options(kGumboDefaultOptions);
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  std::string out = std::to_string(output->document->v.document.doc_type_quirks_mode);
  std::string pending;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{output->document, false}};
  while (!stack.empty()) {
    const auto [node, leaving] = stack.back();
    stack.pop_back();
    if (leaving) {
      FlushText(&pending, &out);
      out += ">";
      continue;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AddText(node->v.text.text, &pending);
      continue;
    }
    if (node->type == GUMBO_NODE_COMMENT) continue;
    const GumboVector* children = &node->v.document.children;
    bool skip_children = false;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& e = node->v.element;
      FlushText(&pending, &out);
      out += "<" + std::to_string(e.tag_namespace) + ":" +
             (e.tag == GUMBO_TAG_UNKNOWN ? UnknownTagName(e.original_tag)
                                         : gumbo_normalized_tagname(e.tag));
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        const std::string_view name = a->name;
        if (name == "style" || (name.size() > 2 && name.starts_with("on"))) continue;
        out += " " + std::string(name) + "=" + a->value;
      }
      const bool html_ns = e.tag_namespace == GUMBO_NAMESPACE_HTML;
      const GumboAttribute* type = gumbo_get_attribute(&e.attributes, "type");
      skip_children = (html_ns && e.tag == GUMBO_TAG_SCRIPT &&
                       (type == nullptr || !sitrep::ContainsNoCase(type->value, "ld+json"))) ||
                      (html_ns && e.tag == GUMBO_TAG_STYLE) ||
                      (e.tag_namespace == GUMBO_NAMESPACE_SVG && e.tag == GUMBO_TAG_SVG);
      children = &e.children;
    }
    stack.push_back({node, true});
    if (skip_children) continue;
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), false});
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;  // gumbo runs twice; larger pages add time, not paths
  // The prepass, like the parser behind it, is given valid UTF-8 (charset.h decodes every page);
  // gumbo reads ill-formed bytes in ways of its own.
  std::string html;
  sitrep::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &html);
  std::string prepassed;
  if (sitrep::PrepassHtml(html, &prepassed).flattened) return 0;  // meant to differ
  const std::string expected = Normalized(html);
  const std::string actual = Normalized(prepassed);
  if (expected != actual) {
    const std::string report =
        "prepassed:\n" + prepassed + "\nwant:\n" + expected + "\ngot:\n" + actual + "\n";
    std::fwrite(report.data(), 1, report.size(), stderr);
    std::abort();
  }
  return 0;
}
