// Character encodings: turning the bytes of a page in any common encoding into UTF-8, the one
// encoding every later stage reads.
//
// The decision follows browsers (the WHATWG Encoding and HTML standards): a byte order mark wins,
// then what the page declares, then the bytes themselves. Labels are the WHATWG ones, so
// "iso-8859-1" and "us-ascii" read as windows-1252, as a browser would read them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/read_options.h"

namespace sitrep {

struct DecodedText {
  std::string utf8;      // valid UTF-8, without the byte order mark
  std::string encoding;  // the WHATWG name of what the bytes were read as: "UTF-8", "windows-1251"
  size_t replaced = 0;   // ill-formed sequences that became U+FFFD
  // Mis-declared or unknown charsets, and replacements, as sentences for Article::warnings.
  std::vector<std::string> warnings;
};

// Decodes |bytes| to UTF-8. Never fails: bytes that no encoding explains become U+FFFD and a
// warning. Decided in this order:
//   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//   2. a declaration: for HTML (and kAuto) a <meta charset> or <meta http-equiv="Content-Type">
//      in the first 4 KiB, else an XML declaration's encoding. A declaration the bytes
//      contradict loses, with a warning: UTF-8 bytes under a legacy label read as UTF-8, and
//      ill-formed bytes under a label read as the detected encoding when detection is sure;
//   3. UTF-8, when the bytes are UTF-8 (or UTF-8 with a little damage);
//   4. detection among windows-1252, windows-1251, KOI8-R, Shift_JIS, EUC-JP, gb18030 and Big5;
//   5. UTF-8 with replacements, when nothing else fits.
DecodedText DecodeToUtf8(std::string_view bytes, InputFormat format_hint);

// The same, without copying a page that needs no change: returns |bytes| themselves when they
// are valid UTF-8 read as UTF-8 with no byte order mark (most pages), else |out->utf8|, which is
// then the only text set. The result is valid while both |bytes| and |*out| are.
std::string_view DecodeToUtf8(std::string_view bytes, InputFormat format_hint, DecodedText* out);

// "UTF-8", "UTF-16LE" or "UTF-16BE" when |bytes| starts with that byte order mark, else "".
// UTF-16 text is full of NUL bytes, so callers that refuse binary input ask this first.
std::string_view EncodingFromBom(std::string_view bytes);

}  // namespace sitrep
