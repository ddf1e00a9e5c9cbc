// Where a place name lies inside a span the tagger or the gazetteer scan found: the tagger's
// mentions are often wider than the name ("the Paris Public Library",
// "D-N.D.", "Dublin City Council"), and a town written with its region is two places ("Atlanta,
// Georgia", "Washington, D.C."), as the geoparsing corpora mark them and as a map shows them.
//
// The functions take the gazetteer's answers as predicates, so they know nothing of ranking:
//   known(s)  - the places stage finds candidates for s (PlaceResolver::Candidates);
//   named(s)  - s is itself a name or alternate name in the gazetteer (no variant tried);
//   region(s) - s names a first-level region or a country (the qualifier in "Paris, Tenn.");
//   own_name(s) - s is some place's own name, not only an alternate ("Carson City");
//   town(s)   - the most prominent place s can be is a town ("Dublin", not "Kansas");
//   area(s)   - s names an area that is no administrative unit ("eastern Ukraine", the Donbas).
//
// Not for: deciding whether a capitalised span is a place at all (the places stage's scan) or
// resolving it. Tested by toponym_spans_test.cc.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace sitrep::places {

struct NameTests {
  std::function<bool(std::string_view)> known, named, region, own_name, town, area;
};

// The part of |span| that names a place, a view into it:
//   - without a last word "State", "City" or "District" that only an organisation's name adds
//     ("Dublin City Council" was cut to "Dublin City" by the tagger, "Ohio State University"):
//     when the span is no place's own name and the words before that last one name a town
//     (Kansas City, Quebec City and Carson City stay whole; an alternate "Dublin City" does not
//     keep the council's word);
//   - the whole span when the gazetteer names it;
//   - when nothing of the whole is known: without a party's letter ("D-N.D."), or the leading
//     words up to a word of an institution's name or a possessive ("Paris Public Library",
//     "Washington's Dulles Airport"). A leading compass word stays: "Northeast Georgia" is
//     Georgia in one corpus and "Eastern Mediterranean" a place of its own in another, and
//     cutting it gained nothing on the three (bench/README.md);
//   - else the whole span, to be left unresolved.
std::string_view FitPlaceName(std::string_view span, const NameTests& tests);

// Lower-cased words that say a part of a place ("eastern", "north", "central", "upper"): alone
// they are no place here, though GeoNames lists North and Central as regions of Cameroon and
// Uganda.
bool IsCompassWord(std::string_view folded);

// The place name that ends at |name_end| in |text| and begins |name_begin| bytes in, widened to
// the compass word before it when the two name an area of their own: "eastern Ukraine" and
// "southern Russia" are regions of the hand-kept list, where the tagger marks only the country.
// Only such areas: "east London" is no South African city, "western Australia" not always the
// state.
// Returns the byte where the name begins.
size_t WithCompassWord(std::string_view text, size_t name_begin, size_t name_end,
                       const NameTests& tests);

// "Atlanta, Georgia" and "Washington, D.C." as two names, the second the region or country
// that holds the first; any other span as itself.
std::vector<std::string_view> SplitQualified(std::string_view span, const NameTests& tests);

}  // namespace sitrep::places
