// Clause tense cues. Tested by clause_tense_test.cc.
#include "recognise/clause_tense.h"

#include <algorithm>
#include <array>

namespace sitrep::timex {
namespace {

// Cues are looked for this many tokens either side, and not across a sentence-internal clause
// break such as a semicolon.
constexpr size_t kWindow = 10;

bool Lower(std::string_view word, std::array<char, 24>* buf, std::string_view* out) {
  if (word.size() >= buf->size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    (*buf)[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  *out = std::string_view(buf->data(), word.size());
  return true;
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Irregular past forms common in news; regular ones are found by their -ed ending.
bool IrregularPast(std::string_view w) {
  return OneOf(
      w, {"was",    "were",  "had",      "did",      "said",      "told",   "met",    "made",
          "took",   "came",  "went",     "began",    "saw",       "gave",   "got",    "held",
          "left",   "fell",  "rose",     "won",      "lost",      "led",    "sent",   "spoke",
          "wrote",  "found", "thought",  "brought",  "bought",    "sold",   "struck", "shot",
          "hit",    "ran",   "put",      "set",      "kept",      "knew",   "paid",   "became",
          "fought", "flew",  "drove",    "broke",    "chose",     "stood",  "spent",  "caught",
          "taught", "felt",  "heard",    "meant",    "read",      "built",  "slid",   "sank",
          "swore",  "wore",  "grew",     "threw",    "drew",      "forgot", "froze",  "ate",
          "fled",   "quit",  "cut",      "cost",     "bid",       "let",    "shut",   "spread",
          "hurt",   "beat",  "overtook", "withdrew", "undertook", "arose",  "awoke"});
}

// Words ending in -ed that are no past verbs.
bool FalsePast(std::string_view w) {
  return OneOf(
      w, {"need",     "speed",  "seed",    "feed",     "bed",      "red",    "shed",  "bleed",
          "breed",    "creed",  "greed",   "weed",     "hundred",  "sacred", "naked", "wicked",
          "indeed",   "united", "proceed", "succeed",  "exceed",   "ted",    "fred",  "ahmed",
          "mohammed", "based",  "related", "expected", "scheduled"});
}

Tense CueOf(std::string_view w, std::string_view next) {
  if (OneOf(w, {"will", "'ll", "shall", "wo", "gonna", "scheduled", "expected", "plans", "intends",
                "tomorrow", "next", "upcoming"})) {
    return Tense::kFuture;
  }
  if (w.ends_with("'ll")) return Tense::kFuture;  // she'll: the tokenizer keeps it whole
  if ((w == "going" || w == "is" || w == "are" || w == "due") && next == "to") {
    return Tense::kFuture;
  }
  // The future seen from a report: "planned to leave on Thursday", "would travel Friday",
  // "set to resume Monday", "as soon as Tuesday", "effective June 1".
  if (OneOf(w, {"would", "could", "might", "plan", "planned", "planning", "effective", "expect",
                "expects", "supposed"})) {
    return Tense::kFutureInPast;
  }
  if (w == "set" && (next == "to" || next == "for")) return Tense::kFutureInPast;
  if ((w == "soon" || w == "early") && next == "as") return Tense::kFutureInPast;
  if (IrregularPast(w)) return Tense::kPast;
  if (w.size() > 3 && w.ends_with("ed") && !FalsePast(w)) return Tense::kPast;
  if (OneOf(w, {"is", "are", "says", "say", "am", "has", "have"})) return Tense::kPresent;
  return Tense::kUnknown;
}

bool ClauseBreak(std::string_view w) { return w == ";" || w == ":" || w == "--"; }

}  // namespace

Tense ClauseTense(std::span<const ner::Token> sentence, size_t begin, size_t end) {
  std::array<char, 24> buf{}, next_buf{};
  // Cue at tokens[i] (with the following word for "going to"), or unknown.
  auto cue_at = [&](size_t i) {
    std::string_view w, next;
    if (!Lower(sentence[i].word, &buf, &w)) return Tense::kUnknown;
    if (i + 1 < sentence.size()) Lower(sentence[i + 1].word, &next_buf, &next);
    // A deadline: "by Friday", "until mid-November". "Up until Thursday", a sentence opening
    // "Until Thursday, they had" and "had filed by Wednesday" look back.
    if (i + 1 == begin && i > 0 && (w == "by" || w == "until") && sentence[i - 1].word != "up" &&
        sentence[i - 1].word != "Up") {
      bool perfect = false;
      for (size_t k = begin > kWindow ? begin - kWindow : 0; k < i; ++k) {
        perfect |= sentence[k].word == "had";
      }
      return perfect ? Tense::kPast : Tense::kFutureInPast;
    }
    const Tense t = CueOf(w, next);
    // "markets untouched by": a participle after the expression, no verb of its clause.
    if (i >= end && t == Tense::kPast && next == "by" && !IrregularPast(w)) return Tense::kUnknown;
    return t;
  };
  // Nearest cue first; before the expression wins a tie ("said on Monday it would").
  for (size_t d = 1; d <= kWindow; ++d) {
    bool left_open = begin >= d, right_open = end + d - 1 < sentence.size();
    if (left_open) {
      for (size_t k = begin - d + 1; k < begin; ++k) left_open &= !ClauseBreak(sentence[k].word);
    }
    if (left_open) {
      const Tense t = cue_at(begin - d);
      if (t != Tense::kUnknown) return t;
    }
    if (right_open) {
      for (size_t k = end; k < end + d - 1; ++k) right_open &= !ClauseBreak(sentence[k].word);
    }
    if (right_open) {
      const Tense t = cue_at(end + d - 1);
      if (t != Tense::kUnknown) return t;
    }
    if (!left_open && !right_open) break;
  }
  return Tense::kUnknown;
}

}  // namespace sitrep::timex
