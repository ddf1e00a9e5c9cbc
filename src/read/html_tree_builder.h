// The tree builder: html_tokenizer's tokens to the element tree of html_tree.h, by the part of
// the WHATWG tree construction rules that decides where text and elements land on real pages:
// html, head and body implied; head elements; end tags implied by start tags (<p> by blocks,
// <li>, <dd>/<dt>, <option>, headings, table cells, rows and sections); end tags honoured only
// when their element is in scope; void elements; the text states of <title>, <textarea>,
// <style>, <script> and the like; SVG and MathML subtrees and the HTML tags that end them.
//
// What no reader uses stays out of the tree: the text of scripts but JSON-LD, style sheets,
// comments, and (html_tokenizer) the style= and on* attributes. On real pages about half the
// bytes are these. Markup nested deeper than kMaxHtmlDepth is flattened.
//
// Simplified, with the place marked (TreeBuildNotes::simplified): the adoption agency (a
// misnested formatting end tag such as "<b><p>x</b>" is ignored unless it closes elements
// within its block), the reopening of formatting elements a block closed, foster parenting
// (text or elements between table rows stay where they are), <template> contents, framesets
// and <select>'s own rules. The readers take text and blocks from the tree, and on real pages
// these cases move a word of text or an empty element at most; fuzz/fuzz_html_tree.cc checks
// every page without them gives gumbo's tree (less what is left out), and
// tests/real_pages_test.cc that the real pages of the evaluation set read the same with either.
//
// Not for: scripting, quirks beyond <table> in <p>, or parse errors.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "read/html_tree.h"

namespace sitrep {

// The deepest element the builder opens (prose blocks and links kProseHeadroom deeper): real
// pages nest a few dozen levels; a deeper start tag is dropped, its text kept, and the page is
// said to be flattened. This bounds the scope searches, which walk the stack of open elements
// (Blink's parser caps its tree at 512 too).
inline constexpr size_t kMaxHtmlDepth = 512;
inline constexpr size_t kProseHeadroom = 32;

struct TreeBuildNotes {
  bool flattened = false;   // some start tags were dropped at kMaxHtmlDepth
  bool simplified = false;  // a rule the builder simplifies applied (see the top of this file)
  // A tag repeated an attribute name; the first counts. (gumbo 0.10.1 can misname the attribute
  // after such a one, so the differential fuzzer passes these pages over.)
  bool repeated_attribute = false;
};

// The tree of |html| (valid UTF-8), which the document keeps.
std::unique_ptr<HtmlDocument> BuildHtmlTree(std::string html, TreeBuildNotes* notes);

// The same for the readers, without a copy of the page: the tree points into |utf8|, which must
// outlive the document. |*flattened| tells whether markup nested too deep was flattened.
std::unique_ptr<HtmlDocument> ParseHtml(std::string_view utf8, bool* flattened);

}  // namespace sitrep
