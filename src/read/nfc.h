// Unicode Normalization Form C for what a page says, so that the same word is the same code
// points whatever the site's software did to it: "ড়" written as one code point (U+09DC, which
// NFC splits) or as two, "é" as one or as "e" and a combining accent. NFC is what the web is
// asked to use (W3C's character model) and what people type, so a search of the record for a
// name typed by hand finds it.
//
// Not for: case or compatibility folding (NFKC; "ﬁ" stays "ﬁ"), which changes what the page
// says rather than how it is encoded: name_fold.cc folds names for matching.
#pragma once

#include <string>
#include <string_view>

namespace sitrep {

// False when |utf8| is certainly in NFC already: true when it holds a code point that NFC may
// change or join to its neighbour (a character NFC never keeps, the second half of a
// composition) or combining marks out of order. Quick for most text: code points below U+0300
// are never looked up.
bool MayNotBeNfc(std::string_view utf8);

// |utf8| (valid UTF-8) in NFC.
std::string ToNfc(std::string_view utf8);

}  // namespace sitrep
