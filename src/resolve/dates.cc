// The dates stage. Tested by dates_test.cc and tests/example_article_test.cc.
#include "resolve/dates.h"

#include "read/url.h"
#include "recognise/time_expressions.h"
#include "resolve/time_resolution.h"

namespace sitrep {

bool WritesDayFirst(const Article& article) {
  const std::string_view lang = article.language;
  if (lang.size() >= 5 && (lang[0] == 'e' || lang[0] == 'E') &&
      (lang[1] == 'n' || lang[1] == 'N')) {
    const std::string_view region = lang.substr(3, 2);
    return !(region == "US" || region == "us" || region == "PH" || region == "ph");
  }
  const std::string host =
      HostOf(article.canonical_url.empty() ? article.url : article.canonical_url);
  const size_t dot = host.rfind('.');
  if (dot == std::string::npos) return false;
  const std::string_view tld = std::string_view(host).substr(dot + 1);
  // A country-code domain other than the US and the few that write the month first.
  return tld.size() == 2 && tld != "us" && tld != "ph" && tld != "fm";
}

Status DatesStage::Run(Article& article) const {
  timex::TimeOptions options;
  options.day_first = WritesDayFirst(article);
  timex::TimeScratch scratch;
  std::vector<timex::TimeExpression> found;
  for (const Span& s : article.sentences) RecogniseTime(article.text, s, options, &scratch, &found);
  timex::TimeResolver resolver(timex::ParseIsoDate(article.published));
  article.dates.clear();
  article.dates.reserve(found.size());
  for (const timex::TimeExpression& x : found) {
    timex::ResolvedTime r = resolver.Resolve(x);
    article.dates.push_back({x.span, std::move(r.type), std::move(r.value), std::move(r.precision),
                             std::move(r.mod), std::move(r.part_of_day), r.confidence,
                             x.range_end});
  }
  return Status::Ok();
}

}  // namespace sitrep
