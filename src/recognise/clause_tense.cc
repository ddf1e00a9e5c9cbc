// Clause tense cues. Tested by clause_tense_test.cc.
#include "recognise/clause_tense.h"

#include <algorithm>
#include <array>

namespace sitrep::timex {
namespace {

// Cues are looked for this many tokens either side, and not across a sentence-internal clause
// break such as a semicolon.
constexpr size_t kWindow = 12;

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

// Past verbs that take an infinitive naming what is to come: "agreed to buy the unit in
// March" is a later March than the agreement.
bool PlanVerb(std::string_view w) {
  return OneOf(w, {"agreed", "decided", "promised", "pledged", "vowed", "offered", "hoped",
                   "intended", "threatened", "prepared", "aimed"});
}

// Forms of "be" before a participle: "is heard" is present, "will be paid" takes its tense from
// what comes before "be".
bool PresentBe(std::string_view w) { return w == "is" || w == "are" || w == "am"; }

Tense CueOf(std::string_view w, std::string_view next) {
  if (OneOf(w, {"will", "'ll", "shall", "wo", "gonna", "scheduled", "expected", "plans", "intends",
                "tomorrow", "upcoming"})) {
    return Tense::kFuture;
  }
  if (w == "next" && next != "to") return Tense::kFuture;  // "next to" is a place
  if (w.ends_with("'ll")) return Tense::kFuture;           // she'll: the tokenizer keeps it whole
  if ((w == "going" || w == "is" || w == "are" || w == "due") && next == "to") {
    return Tense::kFuture;
  }
  // "could not be reached Monday": what could not be done was tried before the report.
  if (w == "could" && (next == "not" || next == "n't")) return Tense::kPast;
  // The future seen from a report: "planned to leave on Thursday", "would travel Friday",
  // "set to resume Monday", "as soon as Tuesday", "effective June 1".
  if (OneOf(w, {"would", "could", "might", "plan", "planned", "planning", "effective", "expect",
                "expects", "supposed", "due"})) {
    return Tense::kFutureInPast;
  }
  if (w == "set" && (next == "to" || next == "for")) return Tense::kFutureInPast;
  if ((w == "soon" || w == "early") && next == "as") return Tense::kFutureInPast;
  if (IrregularPast(w)) return Tense::kPast;
  if (w.size() > 3 && w.ends_with("ed") && !FalsePast(w)) return Tense::kPast;
  if (OneOf(w, {"is", "are", "says", "say", "am", "has", "have"})) return Tense::kPresent;
  return Tense::kUnknown;
}

bool ReportingVerb(std::string_view w) {
  return OneOf(w, {"said", "says", "say", "told", "added", "reported", "announced", "stated"});
}

// A quotation mark parts the quoted words from the clause that reports them: in "'He will
// leave Thursday,' Castro said", "said" is no tense of Thursday.
// The tokenizer cuts '' into two apostrophes and leaves `` on the word it opens.
bool ClauseBreak(std::span<const ner::Token> sentence, size_t k) {
  const std::string_view w = sentence[k].word;
  if (w == "'") {
    return (k + 1 < sentence.size() && sentence[k + 1].word == "'") ||
           (k > 0 && sentence[k - 1].word == "'");
  }
  return w == ";" || w == ":" || w == "--" || w == "\"" || w.starts_with("``");
}

}  // namespace

Tense ClauseTense(std::span<const ner::Token> sentence, size_t begin, size_t end) {
  std::array<char, 24> buf{}, next_buf{};
  // Cue at tokens[i] (with the following word for "going to"), or unknown.
  auto cue_at = [&](size_t i) {
    std::string_view w, next;
    if (!Lower(sentence[i].word, &buf, &w)) return Tense::kUnknown;
    if (i + 1 < sentence.size()) Lower(sentence[i + 1].word, &next_buf, &next);
    // "since March" looks back, whatever the verbs around say.
    if (i + 1 == begin && w == "since") return Tense::kPast;
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
    // "agreed to buy the unit in March": the infinitive's time is after the agreement.
    if (w == "to" && i < begin && i > 0 && i + 1 < begin) {
      std::array<char, 24> verb_buf{};
      std::string_view verb;
      if (Lower(sentence[i - 1].word, &verb_buf, &verb) && PlanVerb(verb)) {
        return Tense::kFutureInPast;
      }
    }
    Tense t = CueOf(w, next);
    // "were planning a rally on Saturday", "is expected Friday": the verb after the auxiliary
    // says when.
    if (w == "was" || w == "were" || w == "is" || w == "are") {
      std::array<char, 24> after_buf{};
      std::string_view after;
      if (i + 2 < sentence.size()) Lower(sentence[i + 2].word, &after_buf, &after);
      const Tense then = CueOf(next, after);
      if (then == Tense::kFuture || then == Tense::kFutureInPast) {
        return t == Tense::kPast ? Tense::kFutureInPast : then;
      }
    }
    // "markets untouched by": a participle after the expression, no verb of its clause.
    if (i >= end && t == Tense::kPast && next == "by" && !IrregularPast(w)) return Tense::kUnknown;
    if (i > 0 && t != Tense::kUnknown) {
      std::array<char, 24> prev_buf{};
      std::string_view prev;
      Lower(sentence[i - 1].word, &prev_buf, &prev);
      // A participle after "be": "is heard" is present; "will be paid" is told by "will".
      if (t == Tense::kPast && w != "was" && w != "were" && w != "had" && w != "did") {
        if (PresentBe(prev)) return Tense::kPresent;
        if (prev == "be" || prev == "being") return Tense::kUnknown;
      }
      // A plan in the past perfect has had its day: "had been due to expire Friday".
      if (t == Tense::kFuture || t == Tense::kFutureInPast) {
        const bool had_been = prev == "been" && i > 1 && sentence[i - 2].word == "had";
        if (prev == "had" || had_been) return Tense::kPast;
      }
    }
    return t;
  };
  // Nearest cue first; before the expression wins a tie ("said on Monday it would").
  for (size_t d = 1; d <= kWindow; ++d) {
    bool left_open = begin >= d, right_open = end + d - 1 < sentence.size();
    if (left_open) {
      for (size_t k = begin - d + 1; k < begin; ++k) left_open &= !ClauseBreak(sentence, k);
    }
    if (left_open) {
      const Tense t = cue_at(begin - d);
      if (t != Tense::kUnknown) return t;
    }
    if (right_open) {
      for (size_t k = end; k < end + d - 1; ++k) right_open &= !ClauseBreak(sentence, k);
    }
    if (right_open) {
      const size_t k = end + d - 1;
      // "... in early March, an official said": a report after a comma frames the clause
      // before it; its verb is no tense of what is reported. After a sentence's opening
      // adverbial ("In September, it announced") the verb is the clause's own.
      bool comma_before = false;
      for (size_t j = end; j < k && !comma_before; ++j) comma_before = sentence[j].word == ",";
      const bool frame = comma_before && begin > 2 && ReportingVerb(sentence[k].word);
      const Tense t = frame ? Tense::kUnknown : cue_at(k);
      if (t != Tense::kUnknown) return t;
    }
    if (!left_open && !right_open) break;
  }
  return Tense::kUnknown;
}

}  // namespace sitrep::timex
