// Sentence segmentation of news prose. Tested by sentences_test.cc.
//
// What: the sentences of each paragraph, as trimmed byte spans into Article::text.
//
// How: one forward pass per paragraph. Most bytes are skipped through a 256-entry table; the pass
// stops only at a terminator (. ! ? … and the full-width 。！？) or at a double quote, whose
// open/closed state it tracks. At a terminator it takes the whole run ("?!", "..."), then any
// closing quotes and brackets, which belong to the sentence. A boundary needs white space after
// that (so "U.S.-based", "3.5" and "example.com" never split), and then the next word decides:
//   - a lower-case next word never starts a sentence ("Why now?" she asked / etc. and more);
//   - inside an open quote that ends in ',' (or in '?' '!' before an attribution), every stop is
//     kept inside one sentence: "We will win. They will lose," he said.
//   - '?' and '!' split, unless they close a quote that an attribution follows ("Smith asked");
//   - an ellipsis splits only before a capital, and not into an attribution either;
//   - '.' splits, except after a title ("Gen.", "Lt. Col."), after "No."/"Jan." before a number,
//     after an initial or dotted acronym ("John F. Kennedy", "U.S. President") unless the next
//     word is a common sentence opener ("the U.S. The ..."), and after a.m./p.m. before a
//     weekday or a time zone.
// The words those rules consult are four small sorted tables below; lookups are binary searches
// over string_views, and the only allocation is the output vector.
//
// Why: news copy is edited prose with a small, well-known set of traps (titles, initials, wire
// abbreviations, quotations with attribution). Rules over the next and previous word cover them
// in linear time and are easy to audit against a failing sentence; a trained model (Punkt, a
// tagger) would cost a data file and an order of magnitude in speed for little gain on this genre.
//
// Limits: a sentence that starts in lower case ("iPhone sales rose.") is joined to the one
// before; "vitamin C. Sales rose" stays one sentence (the initial rule), while a title-case
// headline "U.S. And EU Agree" splits (the opener rule); "St." is always Saint, never Street;
// "Acme Inc. Chief Executive ..." splits after "Inc."; a line break is white space, so a
// headline line glued to the body without a blank line joins the first sentence; German „…“
// quotes and single-quoted quotations are not tracked; the English word tables do not help
// other languages, although case, quotes and white space are Unicode-aware throughout.
#include "segment/sentences.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <string_view>

#include "core/byte_scan.h"
#include "core/error_codes.h"
#include "core/utf8.h"

namespace sitrep {
namespace {

enum class AbbrevKind : uint8_t {
  kNeverFinal,    // a title or connective: a name or a clause always follows
  kBeforeNumber,  // ends no sentence when a number follows ("No. 3", "Jan. 5")
};

struct Abbreviation {
  std::string_view word;  // as written, without the final dot
  AbbrevKind kind;
};

// Byte-sorted, case-sensitive. "etc.", "Inc.", "Jr." and state names are deliberately absent:
// they end sentences often enough that the ordinary rule (split before a capital) suits them.
constexpr Abbreviation kAbbreviations[] = {
    {"Adm", AbbrevKind::kNeverFinal},   {"Amb", AbbrevKind::kNeverFinal},
    {"Apr", AbbrevKind::kBeforeNumber}, {"Art", AbbrevKind::kBeforeNumber},
    {"Atty", AbbrevKind::kNeverFinal},  {"Aug", AbbrevKind::kBeforeNumber},
    {"Brig", AbbrevKind::kNeverFinal},  {"Capt", AbbrevKind::kNeverFinal},
    {"Cmdr", AbbrevKind::kNeverFinal},  {"Col", AbbrevKind::kNeverFinal},
    {"Cpl", AbbrevKind::kNeverFinal},   {"Dec", AbbrevKind::kBeforeNumber},
    {"Det", AbbrevKind::kNeverFinal},   {"Dr", AbbrevKind::kNeverFinal},
    {"Feb", AbbrevKind::kBeforeNumber}, {"Fig", AbbrevKind::kBeforeNumber},
    {"Fr", AbbrevKind::kNeverFinal},    {"Ft", AbbrevKind::kNeverFinal},
    {"Gen", AbbrevKind::kNeverFinal},   {"Gens", AbbrevKind::kNeverFinal},
    {"Gov", AbbrevKind::kNeverFinal},   {"Hon", AbbrevKind::kNeverFinal},
    {"Insp", AbbrevKind::kNeverFinal},  {"Jan", AbbrevKind::kBeforeNumber},
    {"Jul", AbbrevKind::kBeforeNumber}, {"Jun", AbbrevKind::kBeforeNumber},
    {"Lt", AbbrevKind::kNeverFinal},    {"Maj", AbbrevKind::kNeverFinal},
    {"Mar", AbbrevKind::kBeforeNumber}, {"Messrs", AbbrevKind::kNeverFinal},
    {"Mme", AbbrevKind::kNeverFinal},   {"Mr", AbbrevKind::kNeverFinal},
    {"Mrs", AbbrevKind::kNeverFinal},   {"Ms", AbbrevKind::kNeverFinal},
    {"Msgr", AbbrevKind::kNeverFinal},  {"Mt", AbbrevKind::kNeverFinal},
    {"No", AbbrevKind::kBeforeNumber},  {"Nos", AbbrevKind::kBeforeNumber},
    {"Nov", AbbrevKind::kBeforeNumber}, {"Oct", AbbrevKind::kBeforeNumber},
    {"Pres", AbbrevKind::kNeverFinal},  {"Prof", AbbrevKind::kNeverFinal},
    {"Pvt", AbbrevKind::kNeverFinal},   {"Rep", AbbrevKind::kNeverFinal},
    {"Reps", AbbrevKind::kNeverFinal},  {"Rev", AbbrevKind::kNeverFinal},
    {"Sen", AbbrevKind::kNeverFinal},   {"Sens", AbbrevKind::kNeverFinal},
    {"Sep", AbbrevKind::kBeforeNumber}, {"Sept", AbbrevKind::kBeforeNumber},
    {"Sgt", AbbrevKind::kNeverFinal},   {"St", AbbrevKind::kNeverFinal},
    {"Supt", AbbrevKind::kNeverFinal},  {"Vol", AbbrevKind::kBeforeNumber},
    {"a.k.a", AbbrevKind::kNeverFinal}, {"approx", AbbrevKind::kBeforeNumber},
    {"ca", AbbrevKind::kBeforeNumber},  {"cf", AbbrevKind::kNeverFinal},
    {"e.g", AbbrevKind::kNeverFinal},   {"i.e", AbbrevKind::kNeverFinal},
    {"p", AbbrevKind::kBeforeNumber},   {"pp", AbbrevKind::kBeforeNumber},
    {"v", AbbrevKind::kNeverFinal},     {"viz", AbbrevKind::kNeverFinal},
    {"vs", AbbrevKind::kNeverFinal},
};

// Words that open sentences far more often than they continue a name, so an initial or a dotted
// acronym before one is the end of a sentence ("sanctions on the U.S. The measures ..."). "No"
// is left out because "the U.S. No. 2 diplomat" is commoner than a sentence opening with it.
constexpr std::string_view kSentenceOpeners[] = {
    "A",       "After",  "All",   "Also",    "Although", "An",      "And",       "As",    "At",
    "Both",    "But",    "By",    "Despite", "During",   "Each",    "Earlier",   "Even",  "For",
    "From",    "He",     "Her",   "His",     "How",      "However", "I",         "If",    "In",
    "Instead", "It",     "Its",   "Last",    "Later",    "Many",    "Meanwhile", "Most",  "Now",
    "On",      "One",    "Only",  "Our",     "She",      "Since",   "So",        "Some",  "Still",
    "Such",    "That",   "The",   "Their",   "Then",     "There",   "These",     "They",  "This",
    "Those",   "Though", "Under", "Until",   "We",       "What",    "When",      "While", "Why",
    "With",    "Yet",    "You"};

// Words that continue a clock time: "at 9 a.m. Monday", "at 6 p.m. GMT".
constexpr std::string_view kAfterClockTime[] = {
    "BST", "CEST",     "CET",    "EDT",      "EEST",    "EET", "EST",
    "ET",  "Friday",   "GMT",    "MSK",      "Monday",  "PDT", "PST",
    "PT",  "Saturday", "Sunday", "Thursday", "Tuesday", "UTC", "Wednesday"};

// Verbs of saying: a capitalised name followed by one of these attributes the quote before it
// ("Why now?" Smith asked.) instead of starting a new sentence.
constexpr std::string_view kCueVerbs[] = {
    "added",    "adds",  "asked",   "asks",   "continued", "declared", "explained",
    "insisted", "noted", "replied", "said",   "says",      "shouted",  "stated",
    "tells",    "told",  "tweeted", "warned", "writes",    "wrote"};

constexpr auto kWord = [](const Abbreviation& a) { return a.word; };
static_assert(std::ranges::adjacent_find(kAbbreviations, std::ranges::greater_equal{}, kWord) ==
                  std::end(kAbbreviations),
              "kAbbreviations must be byte-sorted and unique");
static_assert(std::ranges::adjacent_find(kSentenceOpeners, std::ranges::greater_equal{}) ==
              std::end(kSentenceOpeners));
static_assert(std::ranges::adjacent_find(kAfterClockTime, std::ranges::greater_equal{}) ==
              std::end(kAfterClockTime));
static_assert(std::ranges::adjacent_find(kCueVerbs, std::ranges::greater_equal{}) ==
              std::end(kCueVerbs));

template <size_t N>
bool InTable(const std::string_view (&table)[N], std::string_view word) {
  return std::ranges::binary_search(table, word);
}

const Abbreviation* FindAbbreviation(std::string_view word) {
  const auto it = std::ranges::lower_bound(kAbbreviations, word, {}, kWord);
  return it != std::end(kAbbreviations) && it->word == word ? it : nullptr;
}

bool IsTitle(std::string_view word) {
  const Abbreviation* abbrev = FindAbbreviation(word);
  return abbrev != nullptr && abbrev->kind == AbbrevKind::kNeverFinal;
}

// Bytes at which the scan must look closer: terminators, the ASCII double quote, and the lead
// bytes of « » (C2), “ ” … (E2), 。(E3) and ！？｡ (EF). Everything else, including all of
// Cyrillic and accented Latin, is skipped sixteen bytes a test (NextStopByte).
constexpr std::array<char, 8> kStops = {'.', '!', '?', '"', '\xC2', '\xE2', '\xE3', '\xEF'};
constexpr std::array<bool, 256> kStopBytes = [] {
  std::array<bool, 256> t{};
  for (const char c : kStops) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// The first byte from |pos| before |end| that kStopBytes marks, or |end|: sixteen bytes a test,
// as a paragraph holds a stop byte every hundred bytes or so.
size_t NextStopByte(std::string_view text, size_t pos, size_t end) {
#ifdef __SSE2__
  for (; pos + 16 <= end; pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const auto is = [&v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    // Written out rather than looped over kStops, which the compiler left as a loop.
    const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_or_si128(is(kStops[0]), is(kStops[1])),
                                                   _mm_or_si128(is(kStops[2]), is(kStops[3]))),
                                      _mm_or_si128(_mm_or_si128(is(kStops[4]), is(kStops[5])),
                                                   _mm_or_si128(is(kStops[6]), is(kStops[7]))));
    if (const int mask = _mm_movemask_epi8(stop); mask != 0) return pos + __builtin_ctz(mask);
  }
#endif
  while (pos < end && !kStopBytes[static_cast<unsigned char>(text[pos])]) ++pos;
  return pos;
}

struct CodePoint {
  char32_t value;
  uint32_t size;
};

CodePoint At(std::string_view text, size_t pos) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return {b, 1};
  size_t next = pos;
  const char32_t cp = DecodeUtf8(text, &next);
  return {cp, static_cast<uint32_t>(next - pos)};
}

// Start of the code point that ends at |pos|; |pos| > |lo|.
size_t PrevStart(std::string_view text, size_t lo, size_t pos) {
  size_t p = pos - 1;
  while (p > lo && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

utf8proc_category_t Category(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  if (c == 0xA0 || c == 0x85) return true;
  const utf8proc_category_t cat = Category(c);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool IsOpener(char32_t c) {
  if (c < 0x80) return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{';
  const utf8proc_category_t cat = Category(c);
  return cat == UTF8PROC_CATEGORY_PS || cat == UTF8PROC_CATEGORY_PI;
}

bool IsCloser(char32_t c) {
  if (c < 0x80) return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
  const utf8proc_category_t cat = Category(c);
  return cat == UTF8PROC_CATEGORY_PE || cat == UTF8PROC_CATEGORY_PF;
}

bool IsDash(char32_t c) { return c == U'\u2014' || c == U'\u2013'; }
bool IsOpeningDoubleQuote(char32_t c) { return c == U'\u201C' || c == U'\u00AB'; }
bool IsClosingDoubleQuote(char32_t c) { return c == '"' || c == U'\u201D' || c == U'\u00BB'; }

enum class Shape : uint8_t { kLower, kUpper, kCaseless, kDigit, kOther };

Shape ShapeOf(char32_t c) {
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return Shape::kLower;
    if (c >= 'A' && c <= 'Z') return Shape::kUpper;
    if (c >= '0' && c <= '9') return Shape::kDigit;
    return Shape::kOther;
  }
  switch (Category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return Shape::kUpper;
    case UTF8PROC_CATEGORY_LL: return Shape::kLower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return Shape::kCaseless;
    case UTF8PROC_CATEGORY_ND: return Shape::kDigit;
    default: return Shape::kOther;
  }
}

bool IsLetter(Shape s) { return s == Shape::kLower || s == Shape::kUpper || s == Shape::kCaseless; }

// Terminator classes; a run may mix them ("?!", "...?").
enum : uint8_t { kDot = 1, kStrong = 2, kEllipsis = 4, kFullWidth = 8 };

uint8_t TerminatorClass(char32_t c) {
  switch (c) {
    case '.': return kDot;
    case '!':
    case '?': return kStrong;
    case U'\u2026': return kEllipsis;
    case U'\u3002':                     // 。
    case U'\uFF01':                     // ！
    case U'\uFF1F':                     // ？
    case U'\uFF61': return kFullWidth;  // ｡
    default: return 0;
  }
}

// A word as Paragraph::WordAt finds it: its shape is that of its first character, and |letters|
// its leading run of letters.
struct Word {
  Shape shape = Shape::kOther;
  std::string_view letters;
  size_t end = 0;
};

// "F", "É", "U.S", "J.R.R", "Ph.D": dot-separated groups of at most three letters, each
// starting with a capital; a lone group must be a single letter, so "Mr" and "NATO" are not.
bool IsInitials(std::string_view token) {
  constexpr int kMaxGroup = 3;
  int groups = 0;
  int group_size = 0;
  for (size_t pos = 0; pos < token.size();) {
    const CodePoint c = At(token, pos);
    pos += c.size;
    if (c.value == '.') {
      if (group_size == 0) return false;
      group_size = 0;
      continue;
    }
    const Shape shape = ShapeOf(c.value);
    if (group_size == 0) {
      if (shape != Shape::kUpper) return false;
      ++groups;
    } else if (!IsLetter(shape)) {
      return false;
    }
    if (++group_size > kMaxGroup) return false;
  }
  return group_size > 0 && (groups > 1 || group_size == 1);
}

// Whether a single '.' after |token| ends the sentence, given the next word.
bool DotEnds(std::string_view token, const Word& next) {
  if (const Abbreviation* abbrev = FindAbbreviation(token)) {
    return abbrev->kind == AbbrevKind::kBeforeNumber && next.shape != Shape::kDigit;
  }
  if (token == "a.m" || token == "p.m" || token == "A.M" || token == "P.M") {
    return !InTable(kAfterClockTime, next.letters);
  }
  if (IsInitials(token)) {
    return next.shape == Shape::kUpper && InTable(kSentenceOpeners, next.letters);
  }
  return true;
}

// The paragraph being split: |text| is the whole article, |end| the end of the paragraph with
// trailing white space trimmed.
struct Paragraph {
  std::string_view text;
  size_t end;

  size_t SkipSpace(size_t pos) const {
    while (pos < end) {
      const CodePoint c = At(text, pos);
      if (!IsSpace(c.value)) break;
      pos += c.size;
    }
    return pos;
  }

  // The word at |pos| after any opening quotes, brackets, dashes and the spaces between them.
  Word WordAt(size_t pos) const {
    Word w;
    while (pos < end) {
      const CodePoint c = At(text, pos);
      if (!IsOpener(c.value) && !IsDash(c.value) && !IsSpace(c.value)) break;
      pos += c.size;
    }
    const size_t first = pos;
    while (pos < end) {
      const CodePoint c = At(text, pos);
      const Shape shape = ShapeOf(c.value);
      if (pos == first) w.shape = shape;
      if (!IsLetter(shape)) break;
      pos += c.size;
    }
    w.letters = text.substr(first, pos - first);
    w.end = pos;
    return w;
  }

  // Whether the words at |pos| attribute a quote that just closed: a lower-case word ("she
  // asked", "— сказал он"), or up to five capitalised words, titles and initials with their
  // dots, then a verb of saying ("Defense Minister Sergei Shoigu said", "Ms. Adeyemi said").
  bool AttributionFollows(size_t pos) const {
    constexpr int kMaxNameWords = 5;
    Word w = WordAt(pos);
    if (w.shape == Shape::kLower) return true;
    for (int k = 0; k < kMaxNameWords && w.shape == Shape::kUpper; ++k) {
      size_t after = w.end;
      if (after < end && text[after] == '.' && (IsTitle(w.letters) || IsInitials(w.letters))) {
        ++after;
      }
      w = WordAt(after);
      if (w.shape == Shape::kLower) return InTable(kCueVerbs, w.letters);
    }
    return false;
  }

  // Whether the quote that is open at |from| runs on into the rest of its sentence, which keeps
  // every stop inside it from ending one: it closes after a comma ("...," he said / «...», —),
  // or after '?', '!' or a dash with an attribution next. An unclosed quote does not run on.
  bool QuoteRunsOn(size_t from) const {
    for (size_t pos = NextStopByte(text, from, end); pos < end;
         pos = NextStopByte(text, pos, end)) {
      const CodePoint c = At(text, pos);
      if (IsClosingDoubleQuote(c.value)) {
        const size_t after = pos + c.size;
        const char32_t before = At(text, PrevStart(text, from, pos)).value;
        if (before == ',' || (after < end && text[after] == ',')) return true;
        if (before == '?' || before == '!' || before == U'\u2026' || IsDash(before)) {
          return AttributionFollows(after);
        }
        return false;
      }
      pos += c.size;
    }
    return false;
  }

  // The word that ends at |dot|, without the opening punctuation or dashes before it and the
  // closing punctuation after it.
  std::string_view TokenBefore(size_t sentence_begin, size_t dot) const {
    size_t begin = dot;
    while (begin > sentence_begin) {
      const size_t p = PrevStart(text, sentence_begin, begin);
      if (IsSpace(At(text, p).value)) break;
      begin = p;
    }
    size_t stop = dot;
    while (stop > begin) {
      const size_t p = PrevStart(text, begin, stop);
      if (!IsCloser(At(text, p).value)) break;
      stop = p;
    }
    while (begin < stop) {
      const CodePoint c = At(text, begin);
      if (!IsOpener(c.value) && !IsDash(c.value)) break;
      begin += c.size;
    }
    return text.substr(begin, stop - begin);
  }
};

// Appends the sentences of |paragraph| to |out|, so the stage fills one vector for the article.
void AppendSentences(std::string_view text, Span paragraph, std::vector<Span>* out) {
  SITREP_ASSERT(paragraph.begin <= paragraph.end && paragraph.end <= text.size());
  size_t end = paragraph.end;
  while (end > paragraph.begin) {
    const size_t p = PrevStart(text, paragraph.begin, end);
    if (!IsSpace(At(text, p).value)) break;
    end = p;
  }
  const Paragraph para{text, end};
  size_t start = para.SkipSpace(paragraph.begin);

  bool in_quote = false;
  size_t quote_opened_at = 0;
  // QuoteRunsOn answers for a whole quote at once; caching the answer by the quote's opening
  // keeps the pass linear when one quote holds many stops.
  size_t verdict_for = std::string_view::npos;
  bool quote_runs_on = false;

  size_t pos = start;
  while ((pos = NextStopByte(text, pos, end)) < end) {
    const CodePoint c = At(text, pos);
    uint8_t classes = TerminatorClass(c.value);
    if (classes == 0) {
      // The ASCII quote has no direction: it opens when no quote is open and closes otherwise.
      if (c.value == '"' ? !in_quote : IsOpeningDoubleQuote(c.value)) {
        in_quote = true;
        quote_opened_at = pos;
      } else if (IsClosingDoubleQuote(c.value)) {
        in_quote = false;
      }
      pos += c.size;
      continue;
    }

    const size_t stop = pos;
    size_t run_end = pos + c.size;
    int dots = c.value == '.';
    while (run_end < end) {
      const CodePoint t = At(text, run_end);
      const uint8_t cls = TerminatorClass(t.value);
      if (cls == 0) break;
      classes |= cls;
      dots += t.value == '.';
      run_end += t.size;
    }
    if (dots > 1) classes |= kEllipsis;
    size_t close_end = run_end;
    bool closes_quote = false;
    while (close_end < end) {
      const CodePoint t = At(text, close_end);
      if (!IsCloser(t.value)) break;
      closes_quote |= IsClosingDoubleQuote(t.value);
      close_end += t.size;
    }
    const bool quoted = in_quote && !closes_quote;
    if (closes_quote) in_quote = false;
    pos = close_end;
    if (close_end >= end) break;
    const bool full_width = classes & kFullWidth;
    if (!full_width && !IsSpace(At(text, close_end).value)) continue;

    const size_t next_begin = para.SkipSpace(close_end);
    const Word next = para.WordAt(next_begin);
    const auto ends_here = [&] {
      if (full_width) return true;
      if (next.shape == Shape::kLower) return false;
      if (quoted) {
        if (verdict_for != quote_opened_at) {
          quote_runs_on = para.QuoteRunsOn(close_end);
          verdict_for = quote_opened_at;
        }
        if (quote_runs_on) return false;
      }
      if ((classes & (kStrong | kEllipsis)) && closes_quote &&
          para.AttributionFollows(next_begin)) {
        return false;
      }
      if (classes & kStrong) return true;
      if (classes & kEllipsis) return next.shape == Shape::kUpper || next.shape == Shape::kCaseless;
      return DotEnds(para.TokenBefore(start, stop), next);
    };
    if (!ends_here()) continue;
    out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(close_end)});
    start = next_begin;
    pos = next_begin;
  }
  if (start < end) out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, Span paragraph) {
  std::vector<Span> sentences;
  AppendSentences(text, paragraph, &sentences);
  return sentences;
}

Status SentenceSegmenter::Run(Article& article) const {
  article.sentences.clear();
  for (const Span& paragraph : article.paragraphs) {
    AppendSentences(article.text, paragraph, &article.sentences);
  }
  return Status::Ok();
}

}  // namespace sitrep
