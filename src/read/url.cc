// URL joining and host extraction. Tested by url_test.cc.
#include "read/url.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "read/date_line.h"
#include "read/strings.h"

namespace sitrep {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of "scheme:" at the start of |s|, or 0.
size_t SchemeLength(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':') return i > 0 ? i + 1 : 0;
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
    if (!ok) return 0;
  }
  return 0;
}

// |url| without the spaces around it: pages write href=" /a " and feeds put addresses on lines
// of their own, and a URL parser drops them (WHATWG URL, "strip leading and trailing C0
// control or space").
std::string_view TrimmedUrl(std::string_view url) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= ' ') url.remove_prefix(1);
  while (!url.empty() && static_cast<unsigned char>(url.back()) <= ' ') url.remove_suffix(1);
  return url;
}

// RFC 3986 5.2.4: removes "." and ".." segments.
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= path.size()) {
    size_t slash = path.find('/', i);
    if (slash == std::string_view::npos) slash = path.size();
    const std::string_view seg = path.substr(i, slash - i);
    if (seg == "..") {
      if (out.size() > 1) out.pop_back();
    } else if (seg != ".") {
      out.push_back(seg);
    }
    i = slash + 1;
  }
  std::string joined;
  for (size_t k = 0; k < out.size(); ++k) {
    if (k) joined += '/';
    joined += out[k];
  }
  // A trailing "." or ".." names a directory, so the result keeps its slash.
  if (path.ends_with("/.") || path.ends_with("/..")) joined += '/';
  return joined;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  base = TrimmedUrl(base);
  ref = TrimmedUrl(ref);
  if (base.empty() || SchemeLength(ref) > 0) return std::string(ref);
  const size_t scheme = SchemeLength(base);
  if (scheme == 0) return std::string(ref);
  if (ref.starts_with("//")) return std::string(base.substr(0, scheme)) + std::string(ref);

  // base = scheme ":" "//" authority path [?query] [#fragment]
  size_t authority_end = scheme;
  if (base.substr(scheme).starts_with("//")) {
    authority_end = base.find_first_of("/?#", scheme + 2);
    if (authority_end == std::string_view::npos) authority_end = base.size();
  }
  const std::string_view origin = base.substr(0, authority_end);
  const std::string_view rest = base.substr(authority_end);
  const size_t path_end = std::min(rest.find_first_of("?#"), rest.size());
  const std::string_view base_path = rest.substr(0, path_end);

  if (ref.empty()) return std::string(base.substr(0, base.find('#')));
  if (ref[0] == '#') return std::string(base.substr(0, base.find('#'))) + std::string(ref);
  if (ref[0] == '?') return std::string(origin) + std::string(base_path) + std::string(ref);

  const size_t ref_path_end = std::min(ref.find_first_of("?#"), ref.size());
  const std::string_view ref_path = ref.substr(0, ref_path_end);
  std::string merged;
  if (ref_path.starts_with('/')) {
    merged = ref_path;
  } else {
    const size_t last_slash = base_path.rfind('/');
    merged = last_slash == std::string_view::npos
                 ? "/"
                 : std::string(base_path.substr(0, last_slash + 1));
    merged += ref_path;
  }
  return std::string(origin) + RemoveDotSegments(merged) + std::string(ref.substr(ref_path_end));
}

std::string HostOf(std::string_view url) {
  url = TrimmedUrl(url);
  const size_t scheme = SchemeLength(url);
  url.remove_prefix(scheme);
  if (!url.starts_with("//")) return "";
  url.remove_prefix(2);
  url = url.substr(0, url.find_first_of("/?#"));
  if (const size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  if (const size_t colon = url.find(':'); colon != std::string_view::npos)
    url = url.substr(0, colon);
  std::string host(url);
  std::transform(host.begin(), host.end(), host.begin(), Lower);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

std::string_view PathOf(std::string_view url) {
  url = TrimmedUrl(url);
  url.remove_prefix(SchemeLength(url));
  if (url.starts_with("//")) {
    const size_t path = url.find_first_of("/?#", 2);
    if (path == std::string_view::npos || url[path] != '/') return {};
    url.remove_prefix(path);
  }
  return url.substr(0, url.find_first_of("?#"));
}

std::string WithoutFragment(std::string_view url) {
  url = url.substr(0, url.find('#'));
  if (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

std::string DateFromUrlPath(std::string_view url) {
  url = PathOf(url);
  const auto digits = [&](size_t at, size_t n) {
    if (at + n > url.size()) return -1;
    int value = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (url[i] < '0' || url[i] > '9') return -1;
      value = value * 10 + (url[i] - '0');
    }
    return value;
  };
  for (size_t at = url.find('/'); at != std::string_view::npos; at = url.find('/', at + 1)) {
    // A day first ("/23-01-2022-slug", "/news/29-10-2021") where the order is beyond doubt: a
    // day after the 12th. "/05-06-2022" may be either way round and is left alone.
    if (const int first = digits(at + 1, 2), second = digits(at + 4, 2), year = digits(at + 7, 4);
        first > 12 && second >= 1 && second <= 12 && year >= 1990 && year <= 2099 &&
        url[at + 3] == '-' && url[at + 6] == '-' &&
        (at + 11 == url.size() || url[at + 11] < '0' || url[at + 11] > '9')) {
      char iso[32];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, second, first);
      if (IsIsoDate(iso)) return iso;
    }
    // A year segment starts right after the slash: "/2024/05/14/" or "/2024-05-14-slug".
    const size_t y = at + 1;
    const int year = digits(y, 4);
    if (year < 1990 || year > 2099) continue;
    const char separator = y + 4 < url.size() ? url[y + 4] : 0;
    if (separator != '/' && separator != '-' && separator != '_') continue;
    // Months and days in one or two digits; the day must end its segment or word.
    size_t m = y + 5, month_digits = digits(m, 2) >= 0 ? 2 : 1;
    const int month = digits(m, month_digits);
    if (month < 1 || month > 12 || m + month_digits >= url.size() ||
        url[m + month_digits] != separator) {
      continue;
    }
    const size_t d = m + month_digits + 1;
    const size_t day_digits = digits(d, 2) >= 0 ? 2 : 1;
    const int day = digits(d, day_digits);
    const size_t end = d + day_digits;
    if (day < 1 || (end < url.size() && url[end] >= '0' && url[end] <= '9')) continue;
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    if (IsIsoDate(iso)) return iso;
  }
  return "";
}

std::string_view SiteOf(std::string_view host) {
  const size_t last = host.rfind('.');
  if (last == std::string_view::npos || last == 0) return host;
  size_t second = host.rfind('.', last - 1);
  if (second == std::string_view::npos) return host;
  const std::string_view label = host.substr(second + 1, last - second - 1);
  if (IsOneOf(label, {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})) {
    const size_t third = second == 0 ? std::string_view::npos : host.rfind('.', second - 1);
    return third == std::string_view::npos ? host : host.substr(third + 1);
  }
  return host.substr(second + 1);
}

}  // namespace sitrep
