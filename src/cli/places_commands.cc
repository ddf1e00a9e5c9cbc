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

// Reads line |where| of a batch into |a| (whose text the toponyms point into, so |a| must not
// move afterwards).
Status ParseBatchLine(const std::string& line, const std::string& where, BatchArticle* a) {
  const nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("text") || !doc["text"].is_string() ||
      !doc.contains("spans") || !doc["spans"].is_array()) {
    return Status(ErrorCode::kParseError, where + ": expected {\"text\", \"spans\"}");
  }
  a->text = doc["text"].get<std::string>();
  const std::vector<uint32_t> starts = CodePointStarts(a->text);
  for (const auto& s : doc["spans"]) {
    if (!s.is_array() || s.size() != 2 || !s[0].is_number_integer() || !s[1].is_number_integer()) {
      return Status(ErrorCode::kParseError, where + ": a span is [start, end]");
    }
    Result<Toponym> t = ToponymAt(a->text, starts, s[0].get<int64_t>(), s[1].get<int64_t>(), where);
    if (!t.ok()) return t.status();
    a->toponyms.push_back(std::move(t).value());
  }
  // The article's address, when the line gives one: its country is the outlet's, its name may
  // be the outlet's town's, and its site's other articles say where the site writes about.
  if (doc.contains("url") && doc["url"].is_string()) a->url = doc["url"].get<std::string>();
  return Status::Ok();
}

// The output line for one article's choices.
std::string ResolvedLine(const places::Gazetteer& g, std::span<const places::Choice> choices) {
  nlohmann::ordered_json resolved = nlohmann::ordered_json::array();
  for (const places::Choice& c : choices) {
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
         {"precision", places::PrecisionOf(p.kind, c.vicinity)},
         {"confidence", c.confidence}});
  }
  return nlohmann::ordered_json{{"resolved", std::move(resolved)}}.dump() + "\n";
}

// Resolves the lines of |in| in the mode |options| asks for. The batch mode (the default) reads
// them whole: each article is resolved once on its own, and again with what the other articles of
// its site are about (site_regions.h), earlier and later. The others go line by line: each article
// alone (--each-alone, --prominence-only), or with what its site's earlier articles taught
// (--in-order, as `analyze` learns).
int ResolveLines(const places::PlaceResolver& resolver, places::Ranking ranking,
                 const ResolvePlacesOptions& options, FILE* out, FILE* err) {
  std::ifstream in(options.jsonl, std::ios::binary);
  if (!in) return Fail(err, Status(ErrorCode::kNotFound, options.jsonl + ": cannot open"));
  const places::Gazetteer& g = resolver.gazetteer();
  const bool batch =
      ranking == places::Ranking::kContext && !options.each_alone && !options.in_order;
  const bool learn = batch || options.in_order;
  places::SiteRegions sites;
  if (!options.site_memory.empty()) {
    Result<places::SiteRegions> loaded = places::SiteRegions::Load(options.site_memory, g);
    if (!loaded.ok()) return Fail(err, loaded.status());
    sites = std::move(loaded).value();
  }
  // The batch's articles, with their choices and the regions they teach; a stream keeps one.
  std::deque<BatchArticle> articles;  // a deque: each text stays where its toponyms point
  std::vector<std::vector<places::Choice>> choices;
  std::vector<std::vector<uint32_t>> lessons;
  size_t number = 0, documents = 0;
  double seconds = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty()) continue;
    if (!batch) {
      articles.clear();
      choices.clear();
      lessons.clear();
    }
    BatchArticle& a = articles.emplace_back();
    const Status parsed = ParseBatchLine(line, options.jsonl + ":" + std::to_string(number), &a);
    if (!parsed.ok()) return Fail(err, parsed);
    ++documents;
    const double start = CpuSeconds();
    const std::string country = places::OutletCountry(a.url), town = places::OutletTown(a.url, g);
    choices.push_back(resolver.Resolve(a.toponyms, a.text, ranking, country, town));
    const std::string site = learn ? places::SiteOfUrl(a.url) : std::string();
    lessons.push_back(learn ? places::ArticleRegions(g, choices.back()) : std::vector<uint32_t>());
    if (batch) {
      sites.Add(site, lessons.back());
      seconds += CpuSeconds() - start;
      continue;
    }
    if (options.in_order) {
      // As the places stage learns (places_stage.cc): from the choices made with what the
      // site's earlier articles taught.
      const std::vector<places::RegionShare> earlier = sites.Of(site);
      if (!earlier.empty()) {
        choices.back() = resolver.Resolve(a.toponyms, a.text, ranking, country, town, earlier);
        lessons.back() = places::ArticleRegions(g, choices.back());
      }
      sites.Add(site, lessons.back());
    }
    seconds += CpuSeconds() - start;
    std::fputs(ResolvedLine(g, choices.back()).c_str(), out);
  }
  for (size_t k = 0; batch && k < articles.size(); ++k) {
    const BatchArticle& a = articles[k];
    const double start = CpuSeconds();
    const std::vector<places::RegionShare> others = sites.Of(places::SiteOfUrl(a.url), lessons[k]);
    if (!others.empty()) {
      choices[k] = resolver.Resolve(a.toponyms, a.text, ranking, places::OutletCountry(a.url),
                                    places::OutletTown(a.url, g), others);
    }
    seconds += CpuSeconds() - start;
    std::fputs(ResolvedLine(g, choices[k]).c_str(), out);
  }
  if (!options.site_memory.empty()) {
    const Status saved = sites.Save(options.site_memory, g);
    if (!saved.ok()) return Fail(err, saved);
  }
  if (options.stats) {
    std::fprintf(err, "sitrep: %zu documents resolved in %.3f s CPU (%.0f documents/s)\n",
                 documents, seconds, seconds > 0 ? double(documents) / seconds : 0.0);
  }
  return 0;
}

}  // namespace

int RunResolvePlaces(const ResolvePlacesOptions& options, FILE* out, FILE* err) {
  if (options.jsonl.empty() == (options.text.empty() || options.spans.empty())) {
    return Fail(err,
                Status(ErrorCode::kInvalidArgument, "give either --text and --spans, or --jsonl"));
  }
  if (int(options.each_alone) + int(options.prominence_only) + int(options.in_order) > 1) {
    return Fail(err, Status(ErrorCode::kInvalidArgument,
                            "give one of --each-alone, --prominence-only and --in-order"));
  }
  if (!options.site_memory.empty() && !options.in_order) {
    return Fail(err, Status(ErrorCode::kInvalidArgument, "--site-memory goes with --in-order"));
  }
  Result<places::Gazetteer> g = places::Gazetteer::Load(options.gazetteer);
  if (!g.ok()) return Fail(err, g.status());
  const places::PlaceResolver resolver(std::move(g).value());
  const places::Ranking ranking =
      options.prominence_only ? places::Ranking::kProminence : places::Ranking::kContext;
  return options.jsonl.empty() ? ResolveOne(resolver, ranking, options, out, err)
                               : ResolveLines(resolver, ranking, options, out, err);
}

}  // namespace sitrep
