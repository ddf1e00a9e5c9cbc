// Treebank-style tokenising. Tested by tokenizer_test.cc.
//
// Works chunk by chunk (a chunk is a run of non-space characters): peel opening punctuation off
// the front, closing punctuation, a final period and a clitic off the back, and what is left is
// one token. Deciding whether a final period belongs to the word is the one judgement: it does
// for abbreviations ("Mr.", "Gen."), initials ("J."), and dotted forms ("U.S.", "a.m."), unless
// the chunk ends the sentence, where the period is the full stop (as in the training data, which
// writes "U.S." then "." only when both are there).
#include "recognise/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sitrep::ner {
namespace {

// Abbreviations that take a period, lower case without it.
constexpr std::string_view kAbbreviations[] = {
    "adm", "apr", "aug",  "capt", "cmdr", "co", "col", "corp", "dec",  "dr",  "feb", "fig",
    "fri", "gen", "gov",  "inc",  "jan",  "jr", "jul", "jun",  "lt",   "ltd", "maj", "mar",
    "mon", "mr",  "mrs",  "ms",   "mt",   "no", "nov", "oct",  "prof", "rep", "rev", "sat",
    "sen", "sep", "sept", "sgt",  "sr",   "st", "sun", "thu",  "tue",  "vs",  "wed"};
static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations)));

bool IsSpace(std::string_view text, size_t i, size_t* len) {
  const unsigned char c = text[i];
  if (c > ' ' && c != 0xC2) return false;  // most bytes, at once
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < text.size() && text[i + 1] == '\xA0') {  // no-break space
    *len = 2;
    return true;
  }
  return false;
}

// Punctuation that is a token of its own at either end of a chunk, with the form the tagger
// sees. Multi-byte forms are the typographic quotes, dashes and ellipsis.
struct Punct {
  std::string_view bytes;
  std::string_view word;
};
constexpr Punct kOpening[] = {{"\"", "\""},
                              {"'", "'"},
                              {"(", "("},
                              {"[", "["},
                              {"{", "{"},
                              {"\xE2\x80\x9C", "\""},
                              {"\xE2\x80\x98", "'"},
                              {"\xC2\xAB", "\""},
                              {"\xE2\x80\x9E", "\""},
                              {"\xE2\x80\x94", "--"},
                              {"\xE2\x80\x93", "-"}};
constexpr Punct kClosing[] = {{"\"", "\""},
                              {"'", "'"},
                              {")", ")"},
                              {"]", "]"},
                              {"}", "}"},
                              {",", ","},
                              {";", ";"},
                              {":", ":"},
                              {"!", "!"},
                              {"?", "?"},
                              {"\xE2\x80\x9D", "\""},
                              {"\xE2\x80\x99", "'"},
                              {"\xC2\xBB", "\""},
                              {"\xE2\x80\xA6", "..."},
                              {"\xE2\x80\x94", "--"},
                              {"\xE2\x80\x93", "-"}};

// The bytes a piece of punctuation of |table| may start (|last| false) or end with: most chunks
// are words, and one look at a byte rules them out before the table is searched.
template <size_t N>
constexpr std::array<bool, 256> EdgeBytes(const Punct (&table)[N], bool last) {
  std::array<bool, 256> bytes{};
  for (const Punct& p : table) {
    bytes[static_cast<unsigned char>(last ? p.bytes.back() : p.bytes.front())] = true;
  }
  return bytes;
}
constexpr std::array<bool, 256> kOpeningFirst = EdgeBytes(kOpening, false);
constexpr std::array<bool, 256> kClosingLast = EdgeBytes(kClosing, true);

bool MayStartOpening(std::string_view chunk) {
  return !chunk.empty() && kOpeningFirst[static_cast<unsigned char>(chunk.front())];
}

const Punct* MatchFront(std::string_view chunk) {
  if (!MayStartOpening(chunk)) return nullptr;
  for (const Punct& p : kOpening) {
    if (chunk.size() > p.bytes.size() && chunk.starts_with(p.bytes)) return &p;
  }
  return nullptr;
}

const Punct* MatchBack(std::string_view chunk) {
  if (chunk.empty()) return nullptr;
  const auto last = static_cast<unsigned char>(chunk.back());
  if (last != '.' && !kClosingLast[last]) return nullptr;
  if (chunk.ends_with("...") && chunk.size() > 3) {
    static constexpr Punct kDots = {"...", "..."};
    return &kDots;
  }
  for (const Punct& p : kClosing) {
    if (chunk.size() > p.bytes.size() && chunk.ends_with(p.bytes)) return &p;
  }
  return nullptr;
}

// The tagger's form of a chunk that is punctuation and nothing else, or the chunk itself.
std::string_view WordOf(std::string_view chunk) {
  constexpr size_t kLongestPunct = 3;
  // Short words ("the", "of") are most chunks this short; no punctuation starts with a letter.
  const unsigned first = static_cast<unsigned char>(chunk.front());
  if (chunk.size() > kLongestPunct || (first | 0x20u) - 'a' < 26u || first - '0' < 10u) {
    return chunk;
  }
  for (const Punct& p : kOpening) {
    if (chunk == p.bytes) return p.word;
  }
  for (const Punct& p : kClosing) {
    if (chunk == p.bytes) return p.word;
  }
  return chunk;
}

bool KeepsPeriod(std::string_view word_with_period) {
  const std::string_view w = word_with_period.substr(0, word_with_period.size() - 1);
  if (w.empty()) return false;
  if (w.find('.') != std::string_view::npos) return true;                            // U.S., a.m.
  if (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) return true;  // J.
  if (w.size() > 4) return false;
  std::array<char, 4> lower{};
  for (size_t i = 0; i < w.size(); ++i) {
    lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  }
  return std::binary_search(std::begin(kAbbreviations), std::end(kAbbreviations),
                            std::string_view(lower.data(), w.size()));
}

// A clitic at the end of a word: 's, ’s, n't. Returns its length in bytes and its word, or 0.
size_t Clitic(std::string_view chunk, std::string_view* word) {
  static constexpr Punct kClitics[] = {{"'s", "'s"},
                                       {"'S", "'S"},
                                       {"\xE2\x80\x99s", "'s"},
                                       {"\xE2\x80\x99S", "'S"},
                                       {"n't", "n't"},
                                       {"n\xE2\x80\x99t", "n't"}};
  if (chunk.size() < 2 || (chunk.back() != 's' && chunk.back() != 'S' && chunk.back() != 't'))
    return 0;
  // Every clitic has its apostrophe, ' or the last byte of ’, right before its last letter:
  // most words ending in s or t are ruled out at once.
  const char before = chunk[chunk.size() - 2];
  if (before != '\'' && before != '\x99') return 0;
  for (const Punct& c : kClitics) {
    if (chunk.size() > c.bytes.size() && chunk.ends_with(c.bytes)) {
      *word = c.word;
      return c.bytes.size();
    }
  }
  return 0;
}

}  // namespace

void Tokenize(std::string_view text, Span range, std::vector<Token>* out) {
  size_t i = range.begin;
  const size_t end = std::min<size_t>(range.end, text.size());
  std::vector<Token> tail;  // closing tokens of the current chunk, collected back to front
  while (i < end) {
    size_t len = 0;
    if (IsSpace(text, i, &len)) {
      i += len;
      continue;
    }
    size_t j = i;
    // Most bytes are no space of any kind: one compare each before IsSpace is asked.
    while (j < end) {
      const auto c = static_cast<unsigned char>(text[j]);
      if ((c <= ' ' || c == 0xC2) && IsSpace(text, j, &len)) break;
      ++j;
    }
    const bool last_chunk = [&] {
      size_t k = j, n = 0;
      while (k < end && IsSpace(text, k, &n)) k += n;
      return k >= end;
    }();
    uint32_t b = uint32_t(i), e = uint32_t(j);
    i = j;
    for (const Punct* p; (p = MatchFront(text.substr(b, e - b)));) {
      out->push_back({{b, uint32_t(b + p->bytes.size())}, p->word});
      b += uint32_t(p->bytes.size());
    }
    tail.clear();
    for (;;) {
      const std::string_view chunk = text.substr(b, e - b);
      if (const Punct* p = MatchBack(chunk)) {
        tail.push_back({{uint32_t(e - p->bytes.size()), e}, p->word});
        e -= uint32_t(p->bytes.size());
        continue;
      }
      if (chunk.size() > 1 && chunk.back() == '.') {
        // A full stop, unless the word owns it; inside a sentence only abbreviations own one.
        const bool at_end = last_chunk && tail.empty();
        const bool dotted = chunk.substr(0, chunk.size() - 1).find('.') != std::string_view::npos;
        if (!KeepsPeriod(chunk) || (at_end && !dotted)) {
          tail.push_back({{e - 1, e}, text.substr(e - 1, 1)});
          --e;
          continue;
        }
      }
      break;
    }
    std::string_view clitic_word;
    if (const size_t n = Clitic(text.substr(b, e - b), &clitic_word)) {
      tail.push_back({{uint32_t(e - n), e}, clitic_word});
      e -= uint32_t(n);
    }
    if (e > b) out->push_back({{b, e}, WordOf(text.substr(b, e - b))});
    out->insert(out->end(), tail.rbegin(), tail.rend());
  }
}

}  // namespace sitrep::ner
