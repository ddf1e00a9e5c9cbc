// Names in title-case text: headlines and link texts ("Russia's Losses in Bakhmut 5 Times
// Higher Than Ukraine's, NATO Estimates") capitalise every word, so capitals say nothing there
// and the tagger, trained on sentence case and all-caps headlines, finds "Times Higher".
//
// In a title-case sentence a tagged span is kept only where it names what the article names in
// ordinary sentences ("Bakhmut", "Ukraine"), or is an acronym ("NATO"); a span is cut down to
// those parts. Elsewhere nothing changes.
//
// Not for: all-caps headlines, which the tagger's features handle (ner_features.h).
#pragma once

#include <vector>

#include "recognise/entity_mentions.h"

namespace sitrep::ner {

// Most words capitalised, in a sentence of at least four words.
bool IsTitleCase(const TokenizedSentence& sentence);

// Rewrites the candidates of title-case sentences as described above; keeps reading order.
void TrimTitleCaseSpans(const std::vector<TokenizedSentence>& sentences,
                        std::vector<Candidate>* candidates);

}  // namespace sitrep::ner
