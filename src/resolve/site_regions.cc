// Sites' regions from their articles. Tested by site_regions_test.cc.
#include "resolve/site_regions.h"

#include <algorithm>
#include <unordered_set>

namespace sitrep::places {

std::vector<uint32_t> ArticleRegions(const Gazetteer& gazetteer, std::span<const Choice> choices) {
  std::vector<uint32_t> out;
  std::unordered_set<uint32_t> seen;
  for (const Choice& c : choices) {
    if (c.entry == kNoEntry || !seen.insert(c.entry).second) continue;
    const Place p = gazetteer.Get(c.entry);
    // Every paper names the capitals: they say nothing of where a site is local (and a lone
    // "London" first read as England's would make a London, Ontario paper's site English).
    if (p.feature_code == "PPLC") continue;
    if (IsLocal(p.kind) && p.admin1 != kNoEntry) out.push_back(p.admin1);
  }
  return out;
}

void SiteRegions::Add(std::string_view site, std::span<const uint32_t> regions) {
  Article article{kNone, {}};
  for (uint32_t r : regions) {
    const auto it = std::find_if(article.own.begin(), article.own.end(),
                                 [&](const RegionShare& s) { return s.region == r; });
    if (it != article.own.end()) {
      it->share += 1;
    } else {
      article.own.push_back(RegionShare{r, 1});
    }
  }
  for (RegionShare& s : article.own) s.share /= double(regions.size());
  if (!site.empty()) {
    const auto [it, added] = site_index_.emplace(std::string(site), sites_.size());
    if (added) sites_.emplace_back();
    article.site = it->second;
    Site& s = sites_[article.site];
    for (const RegionShare& r : article.own) s.sums[r.region] += r.share;
    s.articles += !article.own.empty();
  }
  articles_.push_back(std::move(article));
}

std::vector<RegionShare> SiteRegions::OfOthers(size_t article) const {
  std::vector<RegionShare> out;
  if (article >= articles_.size() || articles_[article].site == kNone) return out;
  const Article& a = articles_[article];
  const Site& site = sites_[a.site];
  const size_t others = site.articles - (a.own.empty() ? 0 : 1);
  if (others == 0) return out;
  for (const auto& [region, sum] : site.sums) {
    double share = sum;
    for (const RegionShare& own : a.own) {
      if (own.region == region) share -= own.share;
    }
    // Exact sums of shares that cancel leave rounding dust, not a region.
    if (share > 1e-9) out.push_back(RegionShare{region, share / double(others)});
  }
  std::sort(out.begin(), out.end(),
            [](const RegionShare& x, const RegionShare& y) { return x.region < y.region; });
  return out;
}

}  // namespace sitrep::places
