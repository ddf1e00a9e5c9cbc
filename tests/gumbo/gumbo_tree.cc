// See gumbo_tree.h. Used by tests/html_parsers_test.cc and fuzz/fuzz_html_tree.cc.
#include "gumbo/gumbo_tree.h"

#include <gumbo.h>

#include <string>
#include <utility>
#include <vector>

#include "gumbo/gumbo_arena.h"
#include "read/strings.h"

namespace sitrep {
namespace {

// An unknown tag's name is only in the tag as written ("<my-tag a=b>").
std::string UnknownTagName(GumboStringPiece tag) {
  const std::string_view written(tag.data, tag.length);
  const size_t begin = written.find_first_not_of("</");
  if (begin == std::string_view::npos) return "";
  size_t end = begin;
  while (end < written.size() && !IsHtmlSpace(written[end]) && written[end] != '/' &&
         written[end] != '>') {
    ++end;
  }
  return LowerAscii(written.substr(begin, end - begin));
}

void Append(HtmlNode* parent, HtmlNode* child) {
  child->parent = parent;
  if (parent->last_child == nullptr) {
    parent->first_child = child;
  } else {
    parent->last_child->next_sibling = child;
  }
  parent->last_child = child;
}

}  // namespace

std::unique_ptr<HtmlDocument> GumboHtmlTree(std::string_view html) {
  auto document = std::make_unique<HtmlDocument>();
  HtmlArena& arena = document->arena;
  document->root = arena.NewNode();
  document->root->type = NodeType::kDocument;
  GumboArena gumbo_arena;
  GumboOptions options = gumbo_arena.Options(kGumboDefaultOptions);
  options.max_errors = 0;
  const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  // Copied depth first with an explicit stack: a page may nest deeply.
  std::vector<std::pair<const GumboNode*, HtmlNode*>> stack;
  const GumboVector& top = output->document->v.document.children;
  for (unsigned i = top.length; i-- > 0;) {
    stack.emplace_back(static_cast<const GumboNode*>(top.data[i]), document->root);
  }
  while (!stack.empty()) {
    const auto [from, parent] = stack.back();
    stack.pop_back();
    if (from->type == GUMBO_NODE_TEXT || from->type == GUMBO_NODE_WHITESPACE ||
        from->type == GUMBO_NODE_CDATA) {
      HtmlNode* text = arena.NewNode();
      text->type = NodeType::kText;
      text->text = arena.Copy(from->v.text.text);
      Append(parent, text);
      continue;
    }
    if (from->type != GUMBO_NODE_ELEMENT && from->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& e = from->v.element;
    HtmlNode* node = arena.NewNode();
    node->foreign = e.tag_namespace != GUMBO_NAMESPACE_HTML;
    const std::string name = e.tag == GUMBO_TAG_UNKNOWN
                                 ? UnknownTagName(e.original_tag)
                                 : LowerAscii(gumbo_normalized_tagname(e.tag));
    node->name = arena.Copy(name);
    node->tag = node->foreign ? Tag::kUnknown : TagOfName(name);
    if (e.attributes.length > 0) {
      auto* attributes =
          static_cast<HtmlAttribute*>(arena.Allocate(sizeof(HtmlAttribute) * e.attributes.length));
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        attributes[i] = {arena.Copy(a->name), arena.Copy(a->value)};
      }
      node->attributes = attributes;
      node->attribute_count = e.attributes.length;
      IndexAttributes(node, &arena);
    }
    Append(parent, node);
    for (unsigned i = e.children.length; i-- > 0;) {
      stack.emplace_back(static_cast<const GumboNode*>(e.children.data[i]), node);
    }
  }
  return document;
}

}  // namespace sitrep
