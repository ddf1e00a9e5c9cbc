// See link_kind.h. Tested by link_kind_test.cc.
//
// Why these cues: a related link announces itself ("Read more", "See also") in its own text or at
// the head of its line; a source is either somewhere else (another site, which a reporter links
// to show where something was said or published) or is introduced by a verb of saying or a
// citing phrase just before it. A site's own subdomains count as the site: "news.example.org"
// linking "example.org" cites nothing. Social networks are not sources by themselves: their
// links are mostly share and follow buttons that slipped into the text.
#include "read/link_kind.h"

#include <array>
#include <string>

#include "read/strings.h"
#include "read/url.h"

namespace sitrep {
namespace {

bool IsSocialSite(std::string_view site) {
  return IsOneOf(site, {"facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com",
                        "pinterest.com", "whatsapp.com", "reddit.com", "t.me", "telegram.me",
                        "tiktok.com", "xing.com", "tumblr.com", "flipboard.com"});
}

bool IsDocument(std::string_view url) {
  const std::string_view path = url.substr(0, url.find_first_of("?#"));
  return EndsWithNoCase(path, ".pdf") || EndsWithNoCase(path, ".doc") ||
         EndsWithNoCase(path, ".docx") || EndsWithNoCase(path, ".xls") ||
         EndsWithNoCase(path, ".xlsx") || EndsWithNoCase(path, ".csv");
}

bool IsHomePage(std::string_view url) {
  const size_t scheme = url.find("://");
  const size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return true;
  const std::string_view rest = url.substr(path);
  return rest == "/" || rest.starts_with("/?") || rest.starts_with("/#");
}

// Whether a citing phrase stands in the last kLinkBeforeReach bytes before a link ("according to
// the <a>ministry</a>"), starting a word ("via", not "aviation").
bool CitedBefore(std::string_view before) {
  if (before.size() > kLinkBeforeReach) before.remove_prefix(before.size() - kLinkBeforeReach);
  std::array<char, kLinkBeforeReach> lower;
  for (size_t i = 0; i < before.size(); ++i) lower[i] = ToLowerAscii(before[i]);
  const std::string_view text(lower.data(), before.size());
  static constexpr std::string_view kCues[] = {
      "according to", "reported", "said",    "says",      "told",      "wrote",    "published",
      "study",        "report",   "survey",  "data from", "source:",   "sources:", "via",
      "cited",        "quoted",   "zufolge", "laut",      "berichtet", "quelle",   "studie"};
  // The bytes a cue starts with: most word starts are turned away by one load.
  static constexpr std::array<bool, 256> kStarts = [] {
    std::array<bool, 256> starts{};
    for (const std::string_view cue : kCues) starts[static_cast<unsigned char>(cue.front())] = true;
    return starts;
  }();
  // One pass over the word starts, each tried against the cues that begin with its letter.
  for (size_t at = 0; at < text.size(); ++at) {
    if (!kStarts[static_cast<unsigned char>(text[at])]) continue;
    if (at > 0 && IsAsciiAlpha(text[at - 1])) continue;
    const std::string_view rest = text.substr(at);
    for (const std::string_view cue : kCues) {
      if (cue.front() == rest.front() && StartsWithBytes(rest, cue)) return true;
    }
  }
  return false;
}

}  // namespace

size_t RelatedCueLength(std::string_view text) {
  // Named arrays, not lists written in the loop: a list of literals had its lengths counted
  // with strlen on every call, and every body block is asked.
  static constexpr std::string_view kCues[] = {
      "related article", "related",        "read more",      "read also",  "see also",
      "lesen sie auch",  "lesen sie mehr", "mehr zum thema", "weiterlesen"};
  if (text.empty()) return 0;
  // Most lines asked open with none of the cues' first letters: a byte compare turns each cue
  // away before a comparison without case.
  const char first = ToLowerAscii(text.front());
  for (const std::string_view cue : kCues) {
    if (cue.front() == first && StartsWithNoCase(text, cue) &&
        (text.size() == cue.size() || !IsAsciiAlnum(text[cue.size()]))) {
      return cue.size();
    }
  }
  return 0;
}

LinkKind KindOfLink(const LinkContext& link) {
  if (link.related_line || RelatedCueLength(link.anchor) > 0) return LinkKind::kRelated;
  const std::string link_host = HostOf(link.url);
  const std::string_view page_host = link.page_host;
  const std::string_view link_site = SiteOf(link_host);
  if (!link_host.empty() && IsSocialSite(link_site)) return LinkKind::kOther;
  // A deep link to another site cites a page there; a link to a site's home page names an
  // organisation ("the <a>UN refugee agency</a> said").
  const bool elsewhere = !link_host.empty() && !page_host.empty() &&
                         link_site != SiteOf(page_host) && !IsHomePage(link.url);
  if (elsewhere || IsDocument(link.url) || CitedBefore(link.before)) return LinkKind::kSource;
  return LinkKind::kOther;
}

}  // namespace sitrep
