// Place-name folding: the one spelling key under which the gazetteer indexes names and the places
// stage looks them up, so that spellings a reader takes for the same name meet.
//
// Folding lowercases (Unicode case folding), strips accents and other marks (Kramatorśk,
// Dnipró), drops apostrophes of every kind and full stops (Kramators'k, Kramators’k and
// Kramatorsk; U.S. and US), turns hyphens, dashes, slashes, commas and runs of white space into
// one space (Ivano-Frankivsk and Ivano Frankivsk) and spells a few letters that have no
// decomposition the Latin way (ø o, ł l, đ d, æ ae, œ oe, ß ss, ı i, þ th). Non-Latin scripts
// are folded for case and marks and otherwise kept.
//
// Not for: transliteration (Kiev and Kyiv meet through the gazetteer's alternate names, not
// here) or deciding what is a place name. Tested by name_fold_test.cc.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::places {

// The folded key of |name| (valid UTF-8); empty when nothing but punctuation is left.
std::string FoldName(std::string_view name);

}  // namespace sitrep::places
