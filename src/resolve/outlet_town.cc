// The town an outlet is named after. Tested by outlet_town_test.cc.
#include "resolve/outlet_town.h"

#include <vector>

#include "resolve/name_fold.h"

namespace sitrep::places {
namespace {

constexpr size_t kShortestTown = 5;

bool IsTown(const Gazetteer& g, std::string_view letters) {
  for (uint32_t e : g.LookupName(letters)) {
    const Place p = g.Get(e);
    if (p.kind == FeatureKind::kCity && FoldName(p.name) == letters) return true;
  }
  return false;
}

// The host's labels that may carry a name: not "www", not the top-level domain nor a
// second-level one under it ("co" of "co.uk", "com" of "com.lb").
std::vector<std::string> Labels(std::string_view url) {
  const size_t scheme = url.find("://");
  std::string_view host = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  std::vector<std::string> parts;
  std::string part;
  for (char c : host) {
    if (c == '.') {
      parts.push_back(part);
      part.clear();
    } else {
      part += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
  }
  parts.push_back(part);
  if (!parts.empty()) parts.pop_back();  // the top-level domain
  while (!parts.empty() && parts.size() > 1 && parts.back().size() <= 3) parts.pop_back();
  std::vector<std::string> labels;
  for (const std::string& p : parts) {
    if (p == "www") continue;
    size_t start = 0;
    for (size_t dash; (dash = p.find('-', start)) != std::string::npos; start = dash + 1) {
      labels.push_back(p.substr(start, dash - start));
    }
    labels.push_back(p.substr(start));
  }
  return labels;
}

}  // namespace

std::string OutletTown(std::string_view url, const Gazetteer& gazetteer) {
  // Papers put their town first ("parisbeacon": Paris, not Beacon), after a "the"
  // ("theparisnews"); a town last ("onlineathens") counts when no label starts with one.
  std::string head, tail;
  for (std::string label : Labels(url)) {
    bool letters = true;
    for (char c : label) letters = letters && c >= 'a' && c <= 'z';
    if (!letters) continue;
    if (label.starts_with("the") && label.size() > 3 + kShortestTown) label.erase(0, 3);
    for (size_t n = label.size(); n >= kShortestTown && n > head.size(); --n) {
      if (IsTown(gazetteer, std::string_view(label).substr(0, n))) {
        head = label.substr(0, n);
        break;
      }
    }
    for (size_t n = label.size(); n >= kShortestTown && n > tail.size(); --n) {
      if (IsTown(gazetteer, std::string_view(label).substr(label.size() - n))) {
        tail = label.substr(label.size() - n);
        break;
      }
    }
  }
  return head.empty() ? tail : head;
}

}  // namespace sitrep::places
