// URL helpers shared by the readers: joining a relative reference to a base URL and reading the
// host. Deliberately small (RFC 3986 section 5.2 for the forms pages use) rather than a URL
// library: the readers only need to turn links into absolute URLs.
#pragma once

#include <string>
#include <string_view>

namespace sitrep {

// |ref| made absolute against |base|: "/a" and "a" and "../a" and "//host/a" and "?q" and "#f"
// are handled; an absolute |ref| or an empty |base| returns |ref| unchanged.
std::string ResolveUrl(std::string_view base, std::string_view ref);

// The host of |url| in lower case without "www.", or "" when |url| has no host.
std::string HostOf(std::string_view url);

// The registrable part of a host, roughly: the last two labels, or three when the second-level
// label is a generic one of a country domain ("bbc.co.uk", "abc.net.au").
std::string_view SiteOf(std::string_view host);

// The path of |url| without its query and fragment: "/news/2024/slug" of
// "https://host/news/2024/slug?page=2#top". "" when an absolute URL stops at its host; a reference
// without a host ("/a/b") is all path. Readers look for dates and towns in it, never in the host.
std::string_view PathOf(std::string_view url);

// |url| without its fragment and a trailing slash, for telling whether two addresses name one
// page: "https://example.org/a/#top" and "https://example.org/a" are the same page.
std::string WithoutFragment(std::string_view url);

// The date a URL's path spells ("/2024/05/14/slug", "/2024-05-14-slug", and day first where the
// day is past the 12th: "/23-05-2024-slug") as YYYY-MM-DD, or "": many sites file articles under
// their publication day.
std::string DateFromUrlPath(std::string_view url);

}  // namespace sitrep
