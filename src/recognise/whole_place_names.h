// Country names the tagger cuts in two. "Bosnia and Herzegovina" and "Trinidad and Tobago" are
// one country each, but the tagger reads "and" as the end of a name: it tags "Bosnia" GPE and
// "Herzegovina" a person, and the map then shows a country and a region where the text named one
// country. Where a country's name of three or more words joined by "and" is written whole, the
// spans the tagger found inside it become one GPE span.
//
// Not for: lists of places ("Russia and Ukraine" is no country's name, so it is left alone), or
// names a longer span holds ("the Bosnia and Herzegovina Football Federation" stays an ORG).
#pragma once

#include <vector>

#include "recognise/entity_mentions.h"
#include "recognise/keyed_table.h"

namespace sitrep::ner {

// |places| is the model's place-name table (place_names.h). Keeps reading order.
void JoinSplitCountryNames(const KeyedTable& places,
                           const std::vector<TokenizedSentence>& sentences,
                           std::vector<Candidate>* candidates);

}  // namespace sitrep::ner
