// The depth guard: caps how deep the markup handed to gumbo can nest.
//
// Why: gumbo 0.10.1 has no tree-depth limit. For many start tags its scope checks walk the whole
// stack of open elements (100,000 nested <div>s take 19 s), each recorded parse error copies that
// stack (20,000 <div>s take 3 GB), and it frees the tree recursively (a deep tree overflows the
// stack). So before parsing, a linear scan models the stack of open elements by tag name and drops
// the tags that would open an element deeper than kMaxHtmlDepth, and their end tags, keeping the
// text (Blink's parser caps its tree at 512 too).
//
// Not for: parsing. The scan follows the tree builder only as far as counting depth needs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep {

// The deepest element the parser is given: real pages nest a few dozen levels.
inline constexpr size_t kMaxHtmlDepth = 512;

// Copies |html| to |out| without the tags that would open an element deeper than kMaxHtmlDepth
// (and without their end tags); their text is kept. Returns false, leaving |out| alone, when
// nothing is that deep, which is every ordinary page: they pay for one scan and no copy.
bool FlattenDeepNesting(std::string_view html, std::string* out);

}  // namespace sitrep
