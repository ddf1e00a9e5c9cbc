// The outlet behind a URL: "https://www.themoscowtimes.com/..." -> "The Moscow Times".
//
// A small table of news sites whose names cannot be read off their host; for any other host the
// registrable part of the host is returned ("example-news.org"), which is what a reader would cite.
#pragma once

#include <string>
#include <string_view>

namespace sitrep {

// The outlet's name for |url|, or "" when |url| has no host.
std::string OutletFromUrl(std::string_view url);

}  // namespace sitrep
