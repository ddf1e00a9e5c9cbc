// An outlet's country from its address. Tested by outlet_country_test.cc.
#include "resolve/outlet_country.h"

#include <unordered_set>

#include "read/url.h"

namespace sitrep::places {

std::string OutletCountry(std::string_view url) {
  const std::string whole_host = HostOf(url);
  std::string_view host = whole_host;
  while (host.ends_with('.')) host.remove_suffix(1);  // a fully qualified "example.co.uk."
  const size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || host.size() - dot != 3) return {};
  std::string code;
  for (char c : host.substr(dot + 1)) {
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return {};
    code.push_back(c);
  }
  static const std::unordered_set<std::string_view> kSoldForTheirLetters = {
      "AI", "AM", "AS", "CC", "CO", "FM", "GG", "IO", "LY",
      "ME", "NU", "SH", "TK", "TO", "TV", "WS", "EU"};
  if (kSoldForTheirLetters.count(code)) return {};
  if (code == "UK") return "GB";
  return code;
}

}  // namespace sitrep::places
