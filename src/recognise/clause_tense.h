// The tense of the clause around a word, as far as news needs it to place a bare weekday or
// month: "Ukraine vowed Monday" is the Monday before the article, "will meet on Friday" the
// Friday after it.
//
// Reads auxiliaries and verb forms near the word (will, 'll, shall, going to, is to, plans to,
// scheduled; -ed forms, was, said and other irregular pasts), the nearest cue winning, and a few
// verb groups as one: a participle after "be" takes the tense of what precedes it ("is heard",
// "would be paid"), a plan in the past perfect is past ("had been due to"), an auxiliary before
// a plan looks ahead ("were planning"), an infinitive after a verb of intent is later ("agreed
// to sell it in March"). Quotation marks, semicolons and dashes end the clause, and a report
// framed after a comma ("..., an official said") gives no tense to what it reports. A clause
// with no cue is unknown; the caller decides (news mostly reports the past).
//
// Not for: full tense and aspect analysis; there is no part-of-speech tagger behind it.
#pragma once

#include <span>
#include <string_view>

#include "recognise/tokenizer.h"

namespace sitrep::timex {

// kFutureInPast is the future seen from a report ("planned to leave on Thursday", "would travel
// Friday", "as soon as Tuesday"): later than the report, but not later than today by default.
enum class Tense { kUnknown, kPast, kPresent, kFuture, kFutureInPast };

// The tense around tokens [begin, end) of |sentence| (the tokens of one sentence).
Tense ClauseTense(std::span<const ner::Token> sentence, size_t begin, size_t end);

}  // namespace sitrep::timex
