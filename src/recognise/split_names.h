// Names the tagger cuts in two, joined again.
//
// Country names: "Bosnia and Herzegovina" and "Trinidad and Tobago" are one country each, but
// the tagger reads "and" as the end of a name: it tags "Bosnia" GPE and "Herzegovina" a person,
// and the map then shows a country and a region where the text named one country. Where a
// country's name of three or more words joined by "and" is written whole, the spans the tagger
// found inside it become one GPE span. Lists ("Russia and Ukraine") are no country's name and
// stay apart; a longer name that holds a country's ("the Bosnia and Herzegovina Football
// Federation") stays as tagged.
//
// Arabic names with the article: "Bab al-Salam", "Deir al-Zor", "Jabal al-Akhdar" begin with a
// capital, go on in lower case, and the tagger often stops at the lower case ("Bab" GPE,
// "al-Salam" MISC), so the places stage then finds the town of al-Bab. A span followed at once by
// such words ("al-", "el-", "ad-"... and a capital) takes them in, and a span they began is part
// of it.
//
// Not for: names the tagger missed altogether, or splitting names it ran together.
#pragma once

#include <vector>

#include "recognise/entity_mentions.h"
#include "recognise/keyed_table.h"

namespace sitrep::ner {

// |places| is the model's place-name table (place_names.h). Both keep reading order.
void JoinSplitCountryNames(const KeyedTable& places,
                           const std::vector<TokenizedSentence>& sentences,
                           std::vector<Candidate>* candidates);
void JoinArabicArticleNames(const std::vector<TokenizedSentence>& sentences,
                            std::vector<Candidate>* candidates);

}  // namespace sitrep::ner
