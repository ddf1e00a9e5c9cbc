// The kind of a link inside an article's body: `related` for a pointer to another story of the
// site ("Read more: ...", "Related article: ..."), `source` for a link that cites where a fact
// comes from (another site's page, a document, or a link after "according to", "said in a
// report"), else `other` (the site's own topic pages, people, products).
//
// Not for: links outside the body (menus, footers); html_body never reads those.
#pragma once

#include <string_view>

#include "core/article.h"

namespace sitrep {

struct LinkContext {
  std::string_view anchor;  // the link's text, white space collapsed
  // The text of its paragraph before the link, white space collapsed; only its last
  // kLinkBeforeReach bytes are read.
  std::string_view before;
  std::string_view url;        // resolved
  std::string_view page_host;  // HostOf the article's own URL, or "" when unknown
  bool related_line = false;   // its paragraph opens with a related-link cue
};

LinkKind KindOfLink(const LinkContext& link);
constexpr size_t kLinkBeforeReach = 48;

// The length of a related-link cue at the start of |text| ("Read more", "Related article",
// "Lesen Sie auch"), or 0. It reads no further than kRelatedCueReach bytes of |text|.
size_t RelatedCueLength(std::string_view text);
constexpr size_t kRelatedCueReach = 16;

}  // namespace sitrep
