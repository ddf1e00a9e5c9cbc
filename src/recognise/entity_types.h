// From the tagger's four CoNLL types to the record's six: PER -> PERSON, ORG -> ORG,
// LOC -> GPE or LOC, MISC -> NORP or MISC.
//
// GPE (a place with a government: country, region, city) versus LOC (a place without one: a
// river, a sea, a mountain range, a continent) is decided from the name: a geographic feature
// word at its end ("Dnipro River", "Black Sea") or a continent or natural region ("Europe",
// "Middle East") makes it LOC, anything else GPE, which is what most place names in news are.
// NORP is a MISC (or any) span whose words are demonyms or group adjectives ("Russian",
// "Ukrainians", "Kurdish"): lexicons.h.
//
// Known limit: without a gazetteer lookup, an unusual natural place name ("Sahel") reads as GPE.
//
// Not for: deciding what an ambiguous capital means ("Moscow" as the Russian government keeps
// GPE, with its surface form).
#pragma once

#include <string_view>

#include "recognise/entity_mentions.h"

namespace sitrep::ner {

// The record type of tokens [begin, end) of |sentence| tagged |tagged|. Returns a static string.
std::string_view RecordType(EntityType tagged, const TokenizedSentence& sentence, uint32_t begin,
                            uint32_t end);

}  // namespace sitrep::ner
