// See caption_credit.h. Tested by caption_credit_test.cc.
//
// The credit is looked for from the end: a caption may name a photographer in its text ("Tom
// Ilg's photo of the bridge"), but a credit word followed by a name and nothing else closes it.
#include "read/caption_credit.h"

#include <algorithm>
#include <array>

#include "read/byline.h"
#include "read/strings.h"

namespace sitrep {
namespace {

// Credit words as captions write them, lower case; matched at a word start.
constexpr auto kCreditWords = std::to_array<std::string_view>(
    {"photo:", "photos:", "photograph:", "photo by", "photograph by", "picture:", "image:",
     "credit:", "credits:", "source:", "foto:", "fotos:", "bild:", "bilder:", "quelle:", "\u00a9",
     "(c)", "copyright"});

// A credit is short: a name, an agency, a few of them. Longer, it is the caption itself that
// follows a credit set first ("© Ana Ruiz The ferry leaves the pier at dawn...").
constexpr size_t kMaxCreditBytes = 120;
constexpr long kMaxCreditWords = 8;

bool IsWordStart(std::string_view text, size_t at) {
  return at == 0 || !IsAsciiAlnum(text[at - 1]);
}

// Trailing spaces and the marks that set a credit off ("-", "|", "/", "(", "–").
std::string TrimCaptionEnd(std::string_view text) {
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    for (const std::string_view mark : {" ", "-", "|", "/", "(", "[", "\u2013", "\u2014"}) {
      if (text.ends_with(mark)) {
        text.remove_suffix(mark.size());
        trimmed = true;
      }
    }
  }
  return std::string(text);
}

}  // namespace

CaptionCredit SplitCaptionCredit(std::string_view caption) {
  const std::string text = CleanMetaText(caption);
  const std::string lower = LowerAscii(text);
  size_t best = std::string::npos;
  for (const std::string_view word : kCreditWords) {
    for (size_t at = lower.rfind(word); at != std::string::npos;
         at = at == 0 ? std::string::npos : lower.rfind(word, at - 1)) {
      if (IsWordStart(lower, at) && text.size() - at <= kMaxCreditBytes) {
        if (best == std::string::npos || at < best) best = at;
        break;
      }
    }
  }
  if (best == std::string::npos) return {text, ""};
  std::string_view credit = std::string_view(text).substr(best);
  // "(Foto: dpa)": the parenthesis closed the credit; an open one before it goes with the
  // caption's end.
  const bool in_parentheses = best > 0 && text[best - 1] == '(';
  if (in_parentheses && credit.ends_with(")")) credit.remove_suffix(1);
  // A credit word with nothing after it ("Photo:") credits no one.
  std::string rest = CleanMetaText(credit);
  if (std::count(rest.begin(), rest.end(), ' ') >= kMaxCreditWords) return {text, ""};
  for (const std::string_view word : kCreditWords) {
    if (StartsWithNoCase(rest, word)) {
      if (CleanMetaText(std::string_view(rest).substr(word.size())).empty()) return {text, ""};
      break;
    }
  }
  return {TrimCaptionEnd(std::string_view(text).substr(0, best)), std::move(rest)};
}

}  // namespace sitrep
