// Roles and titles the article gives a person, with the organisation or country they belong to:
//   - before the name: "Russian Defense Minister Sergei Shoigu", "UN chief Antonio Guterres",
//     "Ukrainian presidential aide Mykhaylo Podolyak", "Secretary of State Antony Blinken";
//   - an apposition after it: "Shoigu, Russia's defence minister,";
//   - an apposition before it: "the head of Wagner, Yevgeny Prigozhin".
// A role phrase is built only of title words (lexicons.h), a short list of modifiers ("deputy",
// "foreign", "presidential"), and tagged nationalities, places and organisations, and must hold
// a title word: "told AFP Mykhaylo Podolyak" gives AFP no role over him. A nationality gives
// its country ("Russian" -> "Russia"); a place or organisation gives its name.
//
// Not for: roles stated in a separate clause ("Shoigu, who heads the ministry") or by a
// predicate ("Shoigu is the minister").
#pragma once

#include <utility>
#include <vector>

#include "recognise/entity_mentions.h"

namespace sitrep::ner {

// The roles of the PERSON candidates, as (candidate index, role), in reading order.
std::vector<std::pair<uint32_t, Role>> FindRoles(const std::vector<TokenizedSentence>& sentences,
                                                 const std::vector<Candidate>& candidates);

// "Minister", "minister", "secretary-general": a word that can head a role phrase. Exposed for
// the stage, which keeps such words out of a person's name.
bool IsRoleTitle(std::string_view word);

}  // namespace sitrep::ner
