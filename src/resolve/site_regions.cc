// Sites' regions from their articles, and the memory file. Tested by site_regions_test.cc.
#include "resolve/site_regions.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_set>

#include "core/article.h"
#include "read/url.h"
#include "resolve/name_fold.h"

namespace sitrep::places {
namespace {

constexpr std::string_view kMagic = "sitrep-site-memory";
constexpr int kVersion = 2;  // 2: article lines (ids); version 1 files are read as they are

// An article's towns as shares of one, by region (sorted): two towns in Nebraska and one in Iowa
// are Nebraska 2/3, Iowa 1/3. Add and Of compute them alike, so that an article's own shares
// leave the site's sums exactly.
std::vector<RegionShare> OwnShares(std::span<const uint32_t> regions) {
  std::vector<RegionShare> own;
  for (uint32_t r : regions) {
    const auto it = std::lower_bound(own.begin(), own.end(), r,
                                     [](const RegionShare& s, uint32_t x) { return s.region < x; });
    if (it != own.end() && it->region == r) {
      it->share += 1;
    } else {
      own.insert(it, RegionShare{r, 1});
    }
  }
  for (RegionShare& s : own) s.share /= double(regions.size());
  return own;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

template <typename T>
bool ParseNumber(std::string_view s, T* value) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && end == s.data() + s.size();
}

// The first-level region of |country| with this GeoNames id and name.
std::optional<uint32_t> FindRegion(const Gazetteer& g, std::string_view country, uint32_t id,
                                   std::string_view name) {
  for (uint32_t e : g.Lookup(FoldName(name))) {
    const Place p = g.Get(e);
    if (p.kind == FeatureKind::kAdmin1 && p.country == country && p.geonames_id == id &&
        p.name == name) {
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace

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

std::string SiteOfUrl(std::string_view url) { return std::string(SiteOf(HostOf(url))); }

void SiteRegions::Add(std::string_view site, std::span<const uint32_t> regions,
                      std::string_view article) {
  if (site.empty() || regions.empty()) return;
  auto found = sites_.find(site);
  if (found == sites_.end()) found = sites_.emplace(std::string(site), Site()).first;
  Site& s = found->second;
  if (!article.empty() &&
      !s.learned.try_emplace(Hash64(article), regions.begin(), regions.end()).second) {
    return;
  }
  for (const RegionShare& r : OwnShares(regions)) {
    const auto it =
        std::lower_bound(s.sums.begin(), s.sums.end(), r.region,
                         [](const RegionShare& x, uint32_t region) { return x.region < region; });
    if (it != s.sums.end() && it->region == r.region) {
      it->share += r.share;
    } else {
      s.sums.insert(it, r);
    }
  }
  ++s.articles;
}

std::span<const uint32_t> SiteRegions::Learned(std::string_view site,
                                               std::string_view article) const {
  if (site.empty() || article.empty()) return {};
  const auto found = sites_.find(site);
  if (found == sites_.end()) return {};
  const auto it = found->second.learned.find(Hash64(article));
  if (it == found->second.learned.end()) return {};
  return it->second;
}

std::vector<RegionShare> SiteRegions::Of(std::string_view site,
                                         std::span<const uint32_t> own) const {
  std::vector<RegionShare> out;
  if (site.empty()) return out;
  const auto found = sites_.find(site);
  if (found == sites_.end()) return out;
  const Site& s = found->second;
  const size_t others = s.articles - (own.empty() ? 0 : 1);
  if (others == 0) return out;
  const std::vector<RegionShare> mine = OwnShares(own);
  out.reserve(s.sums.size());
  auto m = mine.begin();
  for (const RegionShare& r : s.sums) {
    double share = r.share;
    while (m != mine.end() && m->region < r.region) ++m;
    if (m != mine.end() && m->region == r.region) share -= m->share;
    // Exact sums of shares that cancel leave rounding dust, not a region.
    if (share > 1e-9) out.push_back(RegionShare{r.region, share / double(others)});
  }
  return out;
}

std::string SiteRegions::ToText(const Gazetteer& gazetteer) const {
  std::string out = std::string(kMagic) + "\t" + std::to_string(kVersion) + "\n";
  char number[32];
  for (const auto& [site, s] : sites_) {
    out += "site\t" + site + "\t" + std::to_string(s.articles) + "\n";
    for (const RegionShare& r : s.sums) {
      const Place p = gazetteer.Get(r.region);
      // Seventeen digits read back as the same double, so a resumed run adds up as one would.
      std::snprintf(number, sizeof number, "%.17g", r.share);
      out += "region\t" + std::string(p.country) + "\t" + std::to_string(p.geonames_id) + "\t" +
             std::string(p.name) + "\t" + number + "\n";
    }
    // By id, so that the same memory is the same bytes however it was reached (one run, or a
    // killed run's file and a rerun).
    std::vector<uint64_t> ids;
    ids.reserve(s.learned.size());
    for (const auto& [id, regions] : s.learned) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    for (const uint64_t id : ids) {
      std::snprintf(number, sizeof number, "%016llx", static_cast<unsigned long long>(id));
      out += "article\t" + std::string(number) + "\t";
      const std::vector<uint32_t>& regions = s.learned.at(id);
      for (size_t i = 0; i < regions.size(); ++i) {
        const auto at = std::lower_bound(
            s.sums.begin(), s.sums.end(), regions[i],
            [](const RegionShare& x, uint32_t region) { return x.region < region; });
        out += (i ? "," : "") + std::to_string(at - s.sums.begin());
      }
      out += "\n";
    }
  }
  out += "end\t" + std::to_string(sites_.size()) + "\n";
  return out;
}

Result<SiteRegions> SiteRegions::FromText(std::string_view text, const Gazetteer& gazetteer,
                                          const std::string& where) {
  SiteRegions memory;
  size_t number = 0, pos = 0;
  const auto fail = [&](const std::string& why) {
    return Status(ErrorCode::kParseError,
                  where + (number ? ":" + std::to_string(number) : "") + ": " + why);
  };
  if (text.empty()) return fail("empty: not a site memory file (cut short when written?)");
  Site* site = nullptr;
  const std::string* site_name = nullptr;
  std::vector<uint32_t> site_regions;  // the site's region lines, in the file's order
  bool ended = false;
  while (pos < text.size()) {
    ++number;
    const size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) return fail("the line has no end: cut short");
    const std::string_view line = text.substr(pos, newline - pos);
    pos = newline + 1;
    const std::vector<std::string_view> f = Fields(line);
    if (number == 1) {
      int version = 0;
      if (f.size() != 2 || f[0] != kMagic || !ParseNumber(f[1], &version)) {
        return fail("not a site memory file (it begins with \"" + std::string(kMagic) + "\")");
      }
      if (version < 1 || version > kVersion) {
        return fail("site memory of version " + std::string(f[1]) + "; this sitrep reads 1 to " +
                    std::to_string(kVersion));
      }
      continue;
    }
    if (ended) return fail("a line after the end line");
    if (f[0] == "site") {
      size_t articles = 0;
      if (f.size() != 3 || f[1].empty() || !ParseNumber(f[2], &articles) || articles == 0) {
        return fail("expected site<TAB>SITE<TAB>ARTICLES (one or more)");
      }
      const auto [it, added] = memory.sites_.try_emplace(std::string(f[1]));
      if (!added) return fail("site " + std::string(f[1]) + " is listed twice");
      site = &it->second;
      site_name = &it->first;
      site->articles = articles;
      site_regions.clear();
    } else if (f[0] == "region") {
      uint32_t id = 0;
      double sum = 0;
      if (f.size() != 5 || !ParseNumber(f[2], &id) || !ParseNumber(f[4], &sum) ||
          !std::isfinite(sum) || sum <= 0) {
        return fail("expected region<TAB>CC<TAB>GEONAMES_ID<TAB>NAME<TAB>SUM (above zero)");
      }
      if (site == nullptr) return fail("a region before any site");
      if (sum > double(site->articles) + 1e-6) {
        return fail("region " + std::string(f[3]) + " holds more than site " + *site_name +
                    "'s articles");
      }
      const std::optional<uint32_t> region = FindRegion(gazetteer, f[1], id, f[3]);
      if (!region) {
        return fail("region " + std::string(f[1]) + " " + std::string(f[3]) + " (" +
                    std::string(f[2]) +
                    ") is not in this gazetteer: written with another? (remove the file to "
                    "start the memory afresh)");
      }
      site_regions.push_back(*region);
      if (!site->sums.empty() && site->sums.back().region >= *region) {
        // Written in the gazetteer's order; another order means the file was edited or the
        // gazetteer rebuilt: sort, refusing a region listed twice.
        const auto it =
            std::lower_bound(site->sums.begin(), site->sums.end(), *region,
                             [](const RegionShare& x, uint32_t r) { return x.region < r; });
        if (it != site->sums.end() && it->region == *region) {
          return fail("region " + std::string(f[3]) + " is listed twice for one site");
        }
        site->sums.insert(it, RegionShare{*region, sum});
      } else {
        site->sums.push_back(RegionShare{*region, sum});
      }
    } else if (f[0] == "article") {
      uint64_t id = 0;
      if (f.size() != 3 || f[1].size() != 16 || f[2].empty() ||
          std::from_chars(f[1].data(), f[1].data() + 16, id, 16).ptr != f[1].data() + 16) {
        return fail("expected article<TAB>ID<TAB>I,J,... (ID as 16 hex digits)");
      }
      if (site == nullptr) return fail("an article before any site");
      std::vector<uint32_t> regions;
      for (size_t start = 0; start <= f[2].size();) {
        const size_t comma = std::min(f[2].find(',', start), f[2].size());
        size_t i = 0;
        if (!ParseNumber(f[2].substr(start, comma - start), &i) || i >= site_regions.size()) {
          return fail("article " + std::string(f[1]) + ": expected places among the site's " +
                      std::to_string(site_regions.size()) + " regions above, not '" +
                      std::string(f[2]) + "'");
        }
        regions.push_back(site_regions[i]);
        start = comma + 1;
      }
      if (site->learned.size() == site->articles) {
        return fail("more articles than site " + *site_name + " counts");
      }
      if (!site->learned.try_emplace(id, std::move(regions)).second) {
        return fail("article " + std::string(f[1]) + " is listed twice");
      }
    } else if (f[0] == "end") {
      size_t sites = 0;
      if (f.size() != 2 || !ParseNumber(f[1], &sites)) return fail("expected end<TAB>SITES");
      if (sites != memory.sites_.size()) {
        return fail("the end line counts " + std::string(f[1]) + " sites, the file holds " +
                    std::to_string(memory.sites_.size()));
      }
      ended = true;
    } else {
      return fail("unknown line \"" + std::string(f[0]) + "\"");
    }
  }
  if (!ended) return fail("no end line: cut short");
  return memory;
}

Result<SiteRegions> SiteRegions::Load(const std::string& path, const Gazetteer& gazetteer) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) && !ec) return SiteRegions();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open");
  std::stringstream s;
  s << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, path + ": read failed");
  return FromText(s.str(), gazetteer, path);
}

Status SiteRegions::Save(const std::string& path, const Gazetteer& gazetteer) const {
  const std::string text = ToText(gazetteer);
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  // The bytes reach the disk (fsync) before the rename makes them the file: a crash of the
  // machine, not only of the process, then leaves the old file or the new one, never an empty
  // one under the name.
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status(ErrorCode::kIoError, temp + ": " + std::strerror(errno));
  size_t written = 0;
  int error = 0;
  while (written < text.size() && error == 0) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n > 0) {
      written += size_t(n);
    } else if (n == 0 || errno != EINTR) {
      error = n == 0 ? EIO : errno;
    }
  }
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return Status(ErrorCode::kIoError, temp + ": cannot write: " + std::strerror(error));
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return Status(ErrorCode::kIoError, path + ": " + ec.message());
  }
  return Status::Ok();
}

}  // namespace sitrep::places
