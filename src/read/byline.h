// Author names out of what pages write about them: "By Ana Ruiz and Li Wei, Reuters",
// "Von Jana Berg | 14.05.2024", "Ana Ruiz, Senior Correspondent", "ana@example.org". One list of
// names, people and agencies alike, without the words and facts glued around them.
//
// Not for: finding bylines in a page (html_metadata does) or telling people from agencies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

// |text| with every kind of Unicode space (NBSP, thin and zero-width spaces...) made one ASCII
// space, soft hyphens dropped and the ends trimmed: metadata is compared and printed as one line.
// Cleaning stops once the text made is longer than |max_bytes|, for callers that drop longer text:
// a page's every block is captured as a possible byline, most are whole paragraphs, and cleaning
// them to the end was a twentieth of a page's work.
std::string CleanMetaText(std::string_view text, size_t max_bytes = SIZE_MAX);
// The same into |out| (its old contents replaced), for a caller that keeps few of the texts it
// cleans and cleans them into one buffer, allocating only for those it keeps.
void CleanMetaTextInto(std::string_view text, size_t max_bytes, std::string* out);
// Whether CleanMetaText(|text|) is sure to be longer than |max_bytes|: it keeps every ASCII byte
// but white space and control characters, and more than |max_bytes| of those are counted sixteen
// at a time. Most blocks a page's walk captures are paragraphs dropped for their length, and
// counting is cheaper than cleaning them. False says nothing: the text may be longer still.
bool CleansLongerThan(std::string_view text, size_t max_bytes);

// The names in |byline|, in order, each once. Leading "By", "Von", "Posted by", "Autor:" and the
// like go; the list is split on commas, semicolons, "and", "und", "&", "|" and "/"; a part that
// is a job title, a date, an e-mail address, a URL, a site address, a company ("... GmbH"), a
// placeholder ("Super User") or a sentence is dropped, a list that ends in a country is an
// address, and a name ends where a date or a "Published"/"Updated" note is glued to it.
std::vector<std::string> SplitAuthors(std::string_view byline);

// The names after a byline's lead-in inside a short line of page text: "12.05.2024 | von Ana
// Ruiz" and "Posted by ana_r on May 12" give one name each; a line without a lead-in where a
// byline starts (its beginning, or after punctuation or a date) gives none.
inline constexpr size_t kMaxBylineLine = 160;
std::vector<std::string> NamesAfterLeadIn(std::string_view text);

// Whether |label| is a lead-in alone that names a writer, as share cards label their fields
// ("Written by", "Verfasst von:", "Autor"); "Filed under" or "Reading time" is none.
bool IsWriterLabel(std::string_view label);

// The name in a short line that holds nothing else but dates and times, parted by separators:
// "14.05.2024 - Ana Ruiz", "04.02.2022 | 13:10 Uhr | Ana Ruiz", "Ana Ruiz | 14.05.2024". A name
// must have two to four words, each capitalised: "14.05.2024 - Hamburg" gives none.
std::vector<std::string> NameBesideDate(std::string_view text);

}  // namespace sitrep
