// A picture's credit written into its caption: "The bridge at dawn. Photo: Tom Ilg/Harbour
// Agency", "Ferries at the pier (Foto: dpa)", "Old harbour © Jana Berg". Pages that mark the
// credit with its own element are read by html_body; many only write it after the caption.
//
// Not for: finding figures or captions (html_body does), or credits given apart from a caption
// (JSON-LD's creditText).
#pragma once

#include <string>
#include <string_view>

namespace sitrep {

struct CaptionCredit {
  std::string caption;
  std::string credit;  // "" when the caption names none
};

// Splits a credit off the end of |caption| where a credit word opens it ("Photo:", "Foto:",
// "Bild:", "Image:", "Credit:", "Quelle:", "Source:", "Photo by", "©", "(c)", "Copyright"), in
// parentheses or not. The credit keeps its word ("Photo: Tom Ilg"), as pages print it; the
// caption loses the punctuation that set the credit off. A caption with no such word, or that
// is nothing but the credit, is returned whole with an empty credit only in the first case.
CaptionCredit SplitCaptionCredit(std::string_view caption);

}  // namespace sitrep
