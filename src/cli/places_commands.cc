// The resolve-places command. Tested by places_commands_test.cc.
#include "cli/places_commands.h"

#include <ctime>
#include <deque>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/utf8.h"
#include "read/url.h"
#include "record/json_record.h"
#include "resolve/outlet_country.h"
#include "resolve/outlet_town.h"
#include "resolve/places.h"
#include "resolve/site_regions.h"

namespace sitrep {
namespace {

using places::Toponym;

Result<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot open");
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  if (!IsValidUtf8(text)) return Status(ErrorCode::kParseError, path + ": not valid UTF-8");
  return text;
}

// The byte offset of every code point of |text|, and of its end.
std::vector<uint32_t> CodePointStarts(std::string_view text) {
  std::vector<uint32_t> starts;
  for (size_t pos = 0; pos < text.size();) {
    starts.push_back(uint32_t(pos));
    DecodeUtf8(text, &pos);
  }
  starts.push_back(uint32_t(text.size()));
  return starts;
}

// A body toponym for code points [start, end) of |text|, or an error naming |where|.
Result<Toponym> ToponymAt(std::string_view text, const std::vector<uint32_t>& starts, int64_t start,
                          int64_t end, const std::string& where) {
  const int64_t n = int64_t(starts.size()) - 1;
  if (start < 0 || end <= start || end > n) {
    return Status(ErrorCode::kInvalidArgument,
                  where + ": span " + std::to_string(start) + "-" + std::to_string(end) +
                      " is not within the text's " + std::to_string(n) + " code points");
  }
  const Span span{starts[size_t(start)], starts[size_t(end)]};
  return Toponym{Mention{TextField::kBody, 0, span}, span.Of(text), ""};
}

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

int Fail(FILE* err, const Status& s) {
  std::fprintf(err, "sitrep: %s\n", s.ToString().c_str());
  return 1;
}

int ResolveOne(const places::PlaceResolver& resolver, places::Ranking ranking,
               const ResolvePlacesOptions& options, FILE* out, FILE* err) {
  Result<std::string> text = ReadText(options.text);
  if (!text.ok()) return Fail(err, text.status());
  Result<std::string> spans = ReadText(options.spans);
  if (!spans.ok()) return Fail(err, spans.status());
  const std::vector<uint32_t> starts = CodePointStarts(text.value());
  std::vector<Toponym> toponyms;
  std::istringstream lines(spans.value());
  size_t number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.empty() || line == "\r") continue;
    const std::string where = options.spans + ":" + std::to_string(number);
    long long start = 0, end = 0;
    char tab = 0;
    std::istringstream fields(line);
    if (!(fields >> start) || !fields.get(tab) || tab != '\t' || !(fields >> end)) {
      return Fail(err, Status(ErrorCode::kParseError, where + ": expected start<TAB>end"));
    }
    Result<Toponym> t = ToponymAt(text.value(), starts, start, end, where);
    if (!t.ok()) return Fail(err, t.status());
    toponyms.push_back(std::move(t).value());
  }
  Article article;
  article.text = std::move(text).value();
  // The toponyms' views point into the string read above; re-point them at the article's copy.
  for (Toponym& t : toponyms) t.surface = t.where.span.Of(article.text);
  const std::vector<places::Choice> choices = resolver.Resolve(toponyms, article.text, ranking);
  article.places = resolver.ToPlaces(toponyms, choices);
  std::fprintf(out, "%s\n", PlacesToJson(article, 2).c_str());
  return 0;
}

// One line of a batch: the article, its spans as toponyms (views into |text|) and its address.
struct BatchArticle {
  std::string text;
  std::vector<Toponym> toponyms;
  std::string url;
};

// The batch is read whole: each article is resolved once on its own, and again with what the
// other articles of its site are about (site_regions.h) when there are any.
int ResolveBatch(const places::PlaceResolver& resolver, places::Ranking ranking,
                 const ResolvePlacesOptions& options, FILE* out, FILE* err) {
  std::ifstream in(options.jsonl, std::ios::binary);
  if (!in) return Fail(err, Status(ErrorCode::kNotFound, options.jsonl + ": cannot open"));
  std::deque<BatchArticle> articles;  // a deque: each text stays where its toponyms point
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty()) continue;
    const std::string where = options.jsonl + ":" + std::to_string(number);
    const nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("text") ||
        !doc["text"].is_string() || !doc.contains("spans") || !doc["spans"].is_array()) {
      return Fail(err, Status(ErrorCode::kParseError, where + ": expected {\"text\", \"spans\"}"));
    }
    BatchArticle& a = articles.emplace_back();
    a.text = doc["text"].get<std::string>();
    const std::vector<uint32_t> starts = CodePointStarts(a.text);
    for (const auto& s : doc["spans"]) {
      if (!s.is_array() || s.size() != 2 || !s[0].is_number_integer() ||
          !s[1].is_number_integer()) {
        return Fail(err, Status(ErrorCode::kParseError, where + ": a span is [start, end]"));
      }
      Result<Toponym> t =
          ToponymAt(a.text, starts, s[0].get<int64_t>(), s[1].get<int64_t>(), where);
      if (!t.ok()) return Fail(err, t.status());
      a.toponyms.push_back(std::move(t).value());
    }
    // The article's address, when the line gives one: its country is the outlet's, its name
    // may be the outlet's town's, and its site's other articles say where the site writes about.
    if (doc.contains("url") && doc["url"].is_string()) a.url = doc["url"].get<std::string>();
  }
  const places::Gazetteer& g = resolver.gazetteer();
  places::SiteRegions sites;
  std::vector<std::vector<places::Choice>> choices;
  double seconds = 0;
  for (const BatchArticle& a : articles) {
    const double start = CpuSeconds();
    choices.push_back(resolver.Resolve(a.toponyms, a.text, ranking, places::OutletCountry(a.url),
                                       places::OutletTown(a.url, g)));
    if (ranking == places::Ranking::kContext && !options.each_alone) {
      const std::string host = HostOf(a.url);
      sites.Add(SiteOf(host), places::ArticleRegions(g, choices.back()));
    }
    seconds += CpuSeconds() - start;
  }
  for (size_t k = 0; k < articles.size(); ++k) {
    const BatchArticle& a = articles[k];
    const double start = CpuSeconds();
    const std::vector<places::RegionShare> site = sites.OfOthers(k);
    if (!site.empty()) {
      choices[k] = resolver.Resolve(a.toponyms, a.text, ranking, places::OutletCountry(a.url),
                                    places::OutletTown(a.url, g), site);
    }
    seconds += CpuSeconds() - start;
    nlohmann::ordered_json resolved = nlohmann::ordered_json::array();
    for (const places::Choice& c : choices[k]) {
      if (c.entry == places::kNoEntry) {
        resolved.push_back(nullptr);
        continue;
      }
      const places::Place p = g.Get(c.entry);
      resolved.push_back(
          {{"geonames_id", p.geonames_id ? nlohmann::json(p.geonames_id) : nlohmann::json()},
           {"name", p.name},
           {"lat", p.lat},
           {"lon", p.lon},
           {"country", p.country},
           {"feature", places::FeatureKindName(p.kind)},
           {"confidence", c.confidence}});
    }
    std::fprintf(out, "%s\n",
                 nlohmann::ordered_json{{"resolved", std::move(resolved)}}.dump().c_str());
  }
  if (options.stats) {
    std::fprintf(err, "sitrep: %zu documents resolved in %.3f s CPU (%.0f documents/s)\n",
                 articles.size(), seconds, seconds > 0 ? double(articles.size()) / seconds : 0.0);
  }
  return 0;
}

}  // namespace

int RunResolvePlaces(const ResolvePlacesOptions& options, FILE* out, FILE* err) {
  if (options.jsonl.empty() == (options.text.empty() || options.spans.empty())) {
    return Fail(err,
                Status(ErrorCode::kInvalidArgument, "give either --text and --spans, or --jsonl"));
  }
  Result<places::Gazetteer> g = places::Gazetteer::Load(options.gazetteer);
  if (!g.ok()) return Fail(err, g.status());
  const places::PlaceResolver resolver(std::move(g).value());
  const places::Ranking ranking =
      options.prominence_only ? places::Ranking::kProminence : places::Ranking::kContext;
  return options.jsonl.empty() ? ResolveOne(resolver, ranking, options, out, err)
                               : ResolveBatch(resolver, ranking, options, out, err);
}

}  // namespace sitrep
