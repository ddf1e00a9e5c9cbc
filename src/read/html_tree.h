// The gumbo tree: parsing a page with the prepass in front, and the small accessors and the
// iterative walk that the HTML readers share.
//
// Not for: deciding what a node means (metadata, prose, boilerplate); html_metadata and html_body
// do that.
#pragma once

#include <gumbo.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/gumbo_arena.h"

namespace sitrep {

// A page's tree and the arena it lives in (gumbo_arena.h), freed together.
class ParsedHtml {
 public:
  ParsedHtml(std::unique_ptr<GumboArena> arena, GumboOutput* output)
      : arena_(std::move(arena)), output_(output) {}
  explicit operator bool() const { return output_ != nullptr; }
  const GumboOutput* operator->() const { return output_; }

 private:
  std::unique_ptr<GumboArena> arena_;
  GumboOutput* output_;
};

// Parses |utf8| (valid UTF-8) into a tree after the prepass (html_prepass.h): without scripts but
// JSON-LD, style sheets, comments and SVG drawings, and with markup nested past kMaxHtmlDepth
// flattened, setting |*flattened| when it was. Null only when gumbo could not allocate.
ParsedHtml ParseHtml(std::string_view utf8, bool* flattened);

bool IsElement(const GumboNode* node);
bool IsText(const GumboNode* node);
// The element's tag when it is an HTML element; SVG and MathML reuse some names (<title>, <a>).
GumboTag HtmlTag(const GumboNode* node);
// The attribute's value, or "" when the node has none.
std::string_view Attr(const GumboNode* node, const char* name);
// Null for nodes without children (text, comments).
const GumboVector* Children(const GumboNode* node);
bool IsTagOneOf(GumboTag tag, std::initializer_list<GumboTag> tags);
// The text children of |node|, white space collapsed: all that <title> holds, since the
// tokenizer reads its content as text.
std::string ChildText(const GumboNode* node);

// Calls visitor.Enter(node) for each node under |root| (itself included) in document order; when
// Enter returns true for an element, its children follow and then visitor.Leave(element). An
// explicit stack, never recursion: a page may nest deeply.
template <typename Visitor>
void Walk(const GumboNode* root, Visitor& visitor) {
  struct Step {
    const GumboNode* node;
    bool leaving;
  };
  std::vector<Step> stack = {{root, false}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    if (step.leaving) {
      visitor.Leave(step.node);
      continue;
    }
    const GumboVector* children = Children(step.node);
    if (!visitor.Enter(step.node) || children == nullptr) continue;
    stack.push_back({step.node, true});
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), false});
    }
  }
}

}  // namespace sitrep
