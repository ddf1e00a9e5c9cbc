// The tree builder: html_tokenizer's tokens to the element tree of html_tree.h, by the part of
// the WHATWG tree construction rules that decides where text and elements land on real pages:
// html, head and body implied; head elements; end tags implied by start tags (<p> by blocks,
// <li>, <dd>/<dt>, <option>, headings, table cells, rows and sections); end tags honoured only
// when their element is in scope; void elements; the text states of <title>, <textarea>,
// <style>, <script> and the like; SVG and MathML subtrees and the HTML tags that end them.
//
// Simplified, with the place marked (TreeBuildNotes::simplified): the adoption agency (a
// misnested formatting end tag such as "<b><p>x</b>" is ignored unless it closes elements
// within its block), the reopening of formatting elements a block closed, foster parenting
// (text or elements between table rows stay where they are), <template> contents, framesets
// and <select>'s own rules. The readers take text and blocks from the tree, and on real pages
// these cases move a word of text or an empty element at most; fuzz/fuzz_html_tree.cc checks
// every page without them gives gumbo's tree, and tests/html_parsers_test.cc that the real
// pages of the evaluation set read the same with either.
//
// Not for: scripting, quirks beyond <table> in <p>, or parse errors.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "read/html_tree.h"

namespace sitrep {

// The deepest the tree builder nests elements; deeper start tags become empty elements whose
// content goes to their parent. The prepass (html_prepass.h) cuts pages at kMaxHtmlDepth
// elements already, not counting a table's implied <tbody>, rows and cells (up to three more
// for each table); this bounds the scope searches whatever it lets through.
inline constexpr size_t kMaxTreeDepth = 4096;

struct TreeBuildNotes {
  bool flattened = false;   // some elements were nested past kMaxTreeDepth or the prepass's cap
  bool simplified = false;  // a rule the builder simplifies applied (see the top of this file)
};

// The tree of |html| (valid UTF-8) as written, with no prepass.
std::unique_ptr<HtmlDocument> BuildHtmlTree(std::string html, TreeBuildNotes* notes);

// The tree of |utf8| (valid UTF-8) after the prepass: without scripts but JSON-LD, style sheets,
// comments and SVG drawings. |*flattened| tells whether markup nested too deep was flattened.
std::unique_ptr<HtmlDocument> ParseHtml(std::string_view utf8, bool* flattened);

}  // namespace sitrep
