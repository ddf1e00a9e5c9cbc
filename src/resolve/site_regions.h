// The first-level regions a news site writes about, learned from the site's own articles (a
// source's "local lexicon", in the geoparsing literature's words): a local paper's towns lie in
// one state or two, so on a site whose other articles resolve their towns in Nebraska a lone
// "Columbus" or "Norfolk" is Nebraska's, not Ohio's or Virginia's, though the article itself
// names nothing else. A batch resolves every article once without this, adds each article's
// regions here, then resolves each again with the shares of its site's other articles
// (PlaceResolver::Resolve's |site_regions|): leaving the article's own out, so that a first
// choice does not vouch for itself, and the result does not depend on the order of articles.
//
// Not for: a single article (there is nothing to learn from), nor which site an address is
// (read/url.h's SiteOf). Tested by site_regions_test.cc.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "resolve/places.h"

namespace sitrep::places {

// The first-level region of each distinct town or county chosen in an article (once however
// often it is named), in order of first mention; places without a region, areas and countries'
// capitals are left out.
std::vector<uint32_t> ArticleRegions(const Gazetteer& gazetteer, std::span<const Choice> choices);

class SiteRegions {
 public:
  // Adds the next article (numbered from 0 in the order added) of |site| with the regions of its
  // towns and counties (ArticleRegions). An article with no site stands alone.
  void Add(std::string_view site, std::span<const uint32_t> regions);
  // For article |article|: over the other articles of its site that have towns, the share of
  // each region, each article weighing one, split evenly over its towns; empty when none.
  std::vector<RegionShare> OfOthers(size_t article) const;

 private:
  struct Site {
    std::unordered_map<uint32_t, double> sums;  // region -> summed shares of its articles
    size_t articles = 0;                        // with at least one town
  };
  struct Article {
    size_t site;  // index into sites_, or kNone
    std::vector<RegionShare> own;
  };
  static constexpr size_t kNone = size_t(-1);
  std::unordered_map<std::string, size_t> site_index_;
  std::vector<Site> sites_;
  std::vector<Article> articles_;
};

}  // namespace sitrep::places
