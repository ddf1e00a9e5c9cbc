// The country an outlet's address names: its host's country-code top-level domain ("bbc.co.uk"
// is GB, "irishtimes.com" nothing, "kyivindependent.com" nothing, "pravda.com.ua" UA). A local
// paper names its own country's towns; the places stage counts the outlet's country as one more
// place of the article when it ranks namesakes (Dublin, Ireland against Dublin, Ohio).
//
// Domains that are sold worldwide for their letters and say nothing of a country (.tv, .io, .co,
// .me, .fm, .ai, .ly...) name none.
//
// Not for: parsing URLs in general (only the host is read) or an outlet's name. Tested by
// outlet_country_test.cc.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::places {

// ISO 3166-1 alpha-2 code ("GB" for .uk), or empty when the address names no country.
std::string OutletCountry(std::string_view url);

}  // namespace sitrep::places
