// UTF-8 at the edges of the pipeline: repairing what readers are handed, and turning the
// library's byte offsets into the code-point offsets that the record promises.
//
// Not for: normalisation, case folding or character classes; those use utf8proc where a stage
// needs them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// Copies |in| to |out|, replacing every ill-formed sequence (overlong forms, surrogates, code
// points past U+10FFFF, stray continuation bytes, truncated sequences) with U+FFFD, one per
// maximal ill-formed subpart as Unicode recommends. Returns the number of replacements made.
size_t RepairUtf8(std::string_view in, std::string* out);

// The length of the well-formed sequence that starts at |text[i]| (1 for ASCII), or 0 with *bad
// set to the length of the maximal ill-formed subpart there (at least 1), which one U+FFFD
// replaces.
size_t WellFormedUtf8Length(std::string_view text, size_t i, size_t* bad);

// True when |text| is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

// Decodes the code point at |text[*pos]| and advances *pos past it. The text must be valid UTF-8.
char32_t DecodeUtf8(std::string_view text, size_t* pos);
// Appends the UTF-8 encoding of |cp| to |out|.
void AppendUtf8(char32_t cp, std::string* out);

// Maps byte offsets into one valid UTF-8 text to code-point offsets. Keeps a checkpoint every
// kStride bytes so a lookup is O(kStride) and memory is 4/kStride of the text, which matters on
// the 100 MB inputs the readers accept (6 MB for one at kStride 64; a record asks for two offsets
// a sentence, and counting up to 255 bytes for each was a fifth of writing the record). |text|
// must outlive the index.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // |byte_offset| must be <= text.size() and on a code-point boundary.
  uint32_t ToCodePoint(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // code points before byte i*kStride
};

}  // namespace sitrep
