// The prepass: one linear scan over a page before the tree builder (html_tree_builder.h) sees it,
// which caps how deep the markup nests and takes out what no reader uses, so that the parser
// builds a smaller tree in less time. It was written for gumbo, which fuzz_html_prepass still
// checks it against: gumbo's tree of the page and of the prepass's copy are the same.
//
// Why a depth cap: gumbo 0.10.1 has no tree-depth limit. For many start tags its scope checks walk
// the whole stack of open elements (100,000 nested <div>s take 19 s), each recorded parse error
// copies that stack (20,000 <div>s take 3 GB), and it frees the tree recursively (a deep tree
// overflows the stack). So the scan models the stack of open elements by tag name and drops the
// tags that would open an element deeper than kMaxHtmlDepth, and their end tags, keeping the text
// (Blink's parser caps its tree at 512 too).
//
// Why the cuts: on real pages about half the bytes are scripts, style sheets, comments and inline
// SVG drawings, and gumbo spends most of its time reading bytes one code point at a time. The
// prepass empties <script> (all but JSON-LD, which the metadata reader needs) and <style>, drops
// comments, the contents of self-contained <svg> drawings, and the style= and on* attributes. It
// follows the HTML tokenizer's rules for where each of these ends (script escapes, comment forms,
// attribute quoting), so gumbo builds the same tree less those parts; fuzz_html_prepass checks it.
//
// Not for: parsing. The scan follows the tree builder only as far as counting depth and telling
// HTML from SVG/MathML needs; where it cannot tell, it stops cutting and only guards depth.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep {

// The deepest element the parser is given: real pages nest a few dozen levels.
inline constexpr size_t kMaxHtmlDepth = 512;

struct PrepassResult {
  // Tags that would have opened an element deeper than kMaxHtmlDepth were dropped.
  bool flattened = false;
};

// Writes |html| to |*out| (replacing its contents) without what no reader uses and without the
// tags nested past kMaxHtmlDepth (and their end tags); their text is kept.
PrepassResult PrepassHtml(std::string_view html, std::string* out);

}  // namespace sitrep
