// Small hand-written word lists that the tagger uses as features and the entity stage uses for
// types and roles: titles and honorifics ("President", "Minister", "Mr."), and demonyms and
// nationality or group adjectives ("Russian", "Ukrainian", "Kurdish"), each with the country or
// place it belongs to where there is one.
//
// Lookups are by exact word (case-sensitive for demonyms, which are capitalised in English; titles
// also match lower case because news writes "the defence minister"). Written for this project.
//
// Not for: place names (the gazetteer) or organisations.
#pragma once

#include <string_view>

namespace sitrep::ner {

// "President", "minister", "Gen.", "Mr": a word that names an office, rank or honorific.
bool IsTitleWord(std::string_view word);
// "Mr", "Mrs", "Ms", "Dr" (with or without the dot): honorifics that only ever precede a name.
bool IsHonorific(std::string_view word);
// "Russian" -> "Russia"; "Kurdish" -> "" (a group without a country); nullopt-like empty view
// with found=false for anything that is not a demonym.
struct Demonym {
  bool found = false;
  std::string_view place;
};
Demonym LookUpDemonym(std::string_view word);

}  // namespace sitrep::ner
