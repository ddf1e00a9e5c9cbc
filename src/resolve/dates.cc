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

namespace {

// The time each sentence is about: see SentenceDates in core/article.h.
SentenceDates DatesOfSentences(const Article& article, size_t body_dates) {
  SentenceDates out(article.sentences.size(), -1);
  size_t d = 0, paragraph = 0;
  int carried = -1;
  for (size_t i = 0; i < article.sentences.size(); ++i) {
    const Span& s = article.sentences[i];
    while (paragraph < article.paragraphs.size() && article.paragraphs[paragraph].end <= s.begin) {
      ++paragraph;
      carried = -1;  // a new paragraph starts from the article's date
    }
    int own = -1;
    for (; d < body_dates && article.dates[d].span.begin < s.end; ++d) {
      const DateMention& m = article.dates[d];
      const bool placed =
          (m.type == "DATE" || m.type == "TIME") && !m.value.empty() && m.precision != "reference";
      if (own < 0 && placed && s.Contains(m.span)) own = int(d);
    }
    if (own >= 0) carried = own;
    out[i] = carried;
  }
  return out;
}

}  // namespace

Status DatesStage::Run(Article& article) const {
  timex::TimeOptions options;
  options.day_first = WritesDayFirst(article);
  // Kept by the thread for its next article: grown anew for each one, its vectors cost an
  // article dozens of allocations.
  thread_local timex::TimeScratch scratch;
  const std::optional<timex::Date> dct = timex::ParseIsoDate(article.published);
  article.dates.clear();
  // The body in reading order, so that "that day" finds the day named before it; the title and
  // each caption apart, against the article's date alone.
  auto add = [&](std::string_view text, const std::vector<Span>& sentences, TextField field,
                 uint32_t index) {
    std::vector<timex::TimeExpression> found;
    for (const Span& s : sentences) RecogniseTime(text, s, options, &scratch, &found);
    timex::TimeResolver resolver(dct);
    const int first = int(article.dates.size());
    for (const timex::TimeExpression& x : found) {
      timex::ResolvedTime r = resolver.Resolve(x);
      article.dates.push_back({x.span, field, index, std::move(r.type), std::move(r.value),
                               std::move(r.precision), std::move(r.mod), std::move(r.part_of_day),
                               r.confidence, x.range_end < 0 ? -1 : first + x.range_end});
    }
  };
  add(article.text, article.sentences, TextField::kBody, 0);
  const size_t body_dates = article.dates.size();
  add(article.title, {{0, uint32_t(article.title.size())}}, TextField::kTitle, 0);
  for (uint32_t i = 0; i < article.images.size(); ++i) {
    const std::string& caption = article.images[i].caption;
    add(caption, {{0, uint32_t(caption.size())}}, TextField::kCaption, i);
  }
  article.sentence_dates = DatesOfSentences(article, body_dates);
  return Status::Ok();
}

}  // namespace sitrep
