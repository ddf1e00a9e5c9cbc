// See html_tree.h. Tested through html_reader_test.cc.
#include "read/html_tree.h"

#include <algorithm>

#include "read/body.h"
#include "read/html_prepass.h"

namespace sitrep {
namespace {

const GumboOptions& ParseOptions() {
  static const GumboOptions options = [] {
    GumboOptions o = kGumboDefaultOptions;
    // Each recorded error holds a copy of the open-element stack; nobody reads them here.
    o.max_errors = 0;
    return o;
  }();
  return options;
}

}  // namespace

ParsedHtml ParseHtml(std::string_view utf8, bool* flattened) {
  std::string html;
  *flattened = PrepassHtml(utf8, &html).flattened;
  auto arena = std::make_unique<GumboArena>();
  const GumboOptions options = arena->Options(ParseOptions());
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  return ParsedHtml(std::move(arena), output);
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

GumboTag HtmlTag(const GumboNode* node) {
  if (!IsElement(node) || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
    return GUMBO_TAG_UNKNOWN;
  }
  return node->v.element.tag;
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

bool IsTagOneOf(GumboTag tag, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::string ChildText(const GumboNode* node) {
  std::string text;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (IsText(child)) text += child->v.text.text;
  }
  return CollapseWhitespace(text);
}

}  // namespace sitrep
