// The first-level regions a news site writes about, learned from the site's own articles (a
// source's "local lexicon", in the geoparsing literature's words): a local paper's towns lie in
// one state or two, so on a site whose other articles resolve their towns in Nebraska a lone
// "Columbus" or "Norfolk" is Nebraska's, not Ohio's or Virginia's, though the article itself
// names nothing else.
//
// An article never learns from itself: no first choice vouches for itself. Two ways of asking:
//  - a batch read whole (`resolve-places --jsonl`) adds every article with the regions of its
//    choices made without the site's, then asks for each the shares of the site's *other*
//    articles (Of with the article's own regions left out): the order of articles does not
//    matter;
//  - a stream (`analyze`, `resolve-places --in-order`) asks for each article the shares of the
//    site's *earlier* articles (Of), resolves with them, then adds the regions of the choices it
//    ends with: article k uses what articles 0..k-1 and the memory file taught, so the result is
//    fixed by the input order alone.
// The memory is kept between runs as a text file (Save, Load; format below), so that a resumed
// or next day's ingest goes on from what was learned. An article added under its id is learned
// once: a rerun over articles the memory already holds (after a killed run, whose file was saved
// part way) adds nothing twice, and each such article is asked about with its own regions left
// out (Learned, then Of with them), so it never vouches for itself. The ids and their regions
// make the memory grow with the articles that taught (a line of some 30 bytes each), not only
// with the sites.
//
// File format (UTF-8 text, tab-separated fields, one record a line):
//   sitrep-site-memory<TAB>2                                  the magic word and the version
//   site<TAB>SITE<TAB>ARTICLES                                a site and its articles with towns
//   region<TAB>CC<TAB>GEONAMES_ID<TAB>NAME<TAB>SUM            one of its regions: the country,
//                                                             the region's GeoNames id (0 when
//                                                             none) and name, and the summed
//                                                             shares of its articles' towns
//   article<TAB>ID<TAB>I,J,...                                one of its articles added under an
//                                                             id: the id's hash (16 hex digits,
//                                                             core/article.h's Hash64) and the
//                                                             regions of its towns, one a town,
//                                                             as 0-based places among the site's
//                                                             region lines above
//   end<TAB>SITES                                             the number of sites: a file cut
//                                                             short has no end line
// Regions are named, not numbered, so that a file outlives a rebuilt gazetteer; a region the
// gazetteer no longer has is an error, not a silent loss. Version 1 files (before article lines)
// are read as they are: their articles have no ids, and a rerun over them learns them again.
//
// Not for: which site an address is (read/url.h's SiteOf), nor ranking (places.cc weighs the
// shares). Tested by site_regions_test.cc.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "resolve/places.h"

namespace sitrep::places {

// The first-level region of each distinct town or county chosen in an article (once however
// often it is named), in order of first mention; places without a region, areas and countries'
// capitals are left out.
std::vector<uint32_t> ArticleRegions(const Gazetteer& gazetteer, std::span<const Choice> choices);

// The site of an article's address: the registrable part of its host ("" when it has none).
std::string SiteOfUrl(std::string_view url);

class SiteRegions {
 public:
  // Adds an article of |site| with the regions of its towns and counties (ArticleRegions). An
  // article with no site, or no towns, teaches nothing. |article| is its id (the record's):
  // added again under an id already added (a rerun after a killed run, a page read twice), it
  // teaches nothing more. An empty id is never recognised.
  void Add(std::string_view site, std::span<const uint32_t> regions, std::string_view article = {});
  // The regions article |article| of |site| was added with, empty when it was not: Of's |own|,
  // so that an article read again is resolved with what the others taught.
  std::span<const uint32_t> Learned(std::string_view site, std::string_view article) const;
  // Over the articles of |site| added so far that have towns, less one already added whose
  // regions were |own| (the batch's article itself): the share of each region, each article
  // weighing one, split evenly over its towns; sorted by region, empty when none. Linear in the
  // site's regions, with no hashing or sorting per call.
  std::vector<RegionShare> Of(std::string_view site, std::span<const uint32_t> own = {}) const;

  // The memory as the file's text, sites in order of name (the same memory, the same bytes).
  std::string ToText(const Gazetteer& gazetteer) const;
  // The memory from a file's text; |where| names it in errors ("FILE:LINE: ...").
  static Result<SiteRegions> FromText(std::string_view text, const Gazetteer& gazetteer,
                                      const std::string& where);
  // Reads |path|: a file that does not exist is an empty memory (the first run); one that is
  // empty, cut short, of another version or naming an unknown region is an error.
  static Result<SiteRegions> Load(const std::string& path, const Gazetteer& gazetteer);
  // Writes |path| whole or not at all (a temporary file beside it, then renamed over it).
  Status Save(const std::string& path, const Gazetteer& gazetteer) const;

  size_t site_count() const { return sites_.size(); }

 private:
  struct Site {
    std::vector<RegionShare> sums;  // sorted by region: summed shares of its articles' towns
    size_t articles = 0;            // with at least one town
    // The articles added under an id, by Hash64 of the id: the regions each was added with.
    std::unordered_map<uint64_t, std::vector<uint32_t>> learned;
  };
  std::map<std::string, Site, std::less<>> sites_;  // by name: the file's order
};

}  // namespace sitrep::places
