// Unicode NFC with utf8proc, and a quick test that spares most text the normalizer. Tested by
// nfc_test.cc.
#include "read/nfc.h"

#include <utf8proc.h>

#include <array>
#include <atomic>
#include <cstdlib>

#include "core/byte_scan.h"
#include "core/utf8.h"

namespace sitrep {
namespace {

// Whether NFC may change |cp| or join it to the code point before it, whatever its neighbours:
// Unicode's NFC_Quick_Check of No or Maybe, derived from utf8proc's tables.
bool MayChange(int32_t cp) {
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  if (p->comp_exclusion) return true;
  // The second half of a composition: utf8proc marks it in the upper half of comb_index.
  if (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000) return true;
  // Hangul vowels and final consonants join the syllable before them by rule, not by table.
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) return true;
  // A canonical decomposition that NFC does not compose back: a single code point (the ohm
  // sign to omega) or one starting with a combining mark.
  if (p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX) {
    utf8proc_int32_t parts[4];
    int last_boundclass = 0;
    const utf8proc_ssize_t n =
        utf8proc_decompose_char(cp, parts, 4, UTF8PROC_DECOMPOSE, &last_boundclass);
    if (n == 1 || (n > 1 && utf8proc_get_property(parts[0])->combining_class != 0)) return true;
  }
  return false;
}

// What the quick test needs of a code point: its combining class (low byte) and whether it may
// change (kMayChange), worked out once per code point of the Basic Multilingual Plane as text
// brings it (kKnown). Relaxed atomics: threads may fill it at once, each writing the same.
constexpr uint16_t kKnown = 0x8000, kMayChange = 0x100;
std::atomic<uint16_t> bmp_facts[0x10000];

uint16_t FactsOf(int32_t cp) {
  auto work_out = [cp] {
    return static_cast<uint16_t>(kKnown | (MayChange(cp) ? kMayChange : 0) |
                                 utf8proc_get_property(cp)->combining_class);
  };
  if (cp > 0xFFFF) return work_out();
  uint16_t facts = bmp_facts[cp].load(std::memory_order_relaxed);
  if (facts == 0) {
    facts = work_out();
    bmp_facts[cp].store(facts, std::memory_order_relaxed);
  }
  return facts;
}

// Whether |run| holds more than kMaxMarks combining marks in a row. utf8proc puts a run of marks
// in canonical order by exchanging neighbours, so a hostile page of marks alone takes time that
// grows with the square of their number (200 KB of them took 18 s). Unicode's Stream-Safe Text
// Format bounds such a run at 30; no writing system needs more, so a longer one is kept as given.
constexpr size_t kMaxMarks = 30;
bool HasOverlongMarks(std::string_view run) {
  size_t marks = 0;
  for (size_t at = 0; at < run.size();) {
    const auto cp = static_cast<int32_t>(DecodeUtf8(run, &at));
    marks = cp >= 0x300 && (FactsOf(cp) & 0xFF) != 0 ? marks + 1 : 0;
    if (marks > kMaxMarks) return true;
  }
  return false;
}

}  // namespace

bool MayNotBeNfc(std::string_view utf8) {
  // Unicode's quick check: a code point that may change, or combining marks out of their
  // canonical order (a higher class before a lower one).
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  uint8_t last_class = 0;
  size_t after_last = 0;  // where the code point after the last one looked up starts
  for (size_t i = SkipAscii(utf8, 0); i < utf8.size(); i = SkipAscii(utf8, i)) {
    // 0xCC leads the two-byte forms from U+0300 on; every byte below it is ASCII, a trailing
    // byte, or leads a code point below U+0300: of class 0, and never changed by NFC.
    if (bytes[i] < 0xCC) {
      ++i;
      continue;
    }
    if (i != after_last) last_class = 0;  // code points of class 0 came between
    size_t at = i;
    const uint16_t facts = FactsOf(static_cast<int32_t>(DecodeUtf8(utf8, &at)));
    const uint8_t combining_class = facts & 0xFF;
    if ((facts & kMayChange) || (combining_class != 0 && last_class > combining_class)) {
      return true;
    }
    last_class = combining_class;
    after_last = i = at;
  }
  return false;
}

std::string ToNfc(std::string_view utf8) {
  // NFC never joins anything to an ASCII character that follows it, nor reorders across one, so
  // the text is normalised a stretch at a time: each run of other characters with the ASCII one
  // before it (which may be a base its accents join), and only the runs the quick check doubts.
  // A page is mostly ASCII markup, and its few doubtful words cost what they are, not what the
  // page is.
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  std::string out;
  out.reserve(utf8.size());
  size_t copied = 0;  // |utf8| up to here is in |out|
  for (size_t i = SkipAscii(utf8, 0); i < utf8.size(); i = SkipAscii(utf8, i)) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const size_t begin = i > 0 ? i - 1 : 0;
    size_t end = i;
    while (end < utf8.size() && bytes[end] >= 0x80) ++end;
    const std::string_view run = utf8.substr(begin, end - begin);
    if (MayNotBeNfc(run) && !HasOverlongMarks(run)) {
      utf8proc_uint8_t* nfc = nullptr;
      // With the length given, a NUL byte is a character like any other.
      const utf8proc_ssize_t n =
          utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()),
                       static_cast<utf8proc_ssize_t>(run.size()), &nfc,
                       static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
      // An error only for invalid UTF-8, which the readers have already repaired: kept as is.
      if (n >= 0) {
        out.append(utf8.substr(copied, begin - copied));
        out.append(reinterpret_cast<const char*>(nfc), size_t(n));
        copied = end;
      }
      std::free(nfc);
    }
    i = end;
  }
  out.append(utf8.substr(copied));
  return out;
}

}  // namespace sitrep
