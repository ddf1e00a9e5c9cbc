// bench_time: sitrep's time expressions over a batch of plain-text documents, for bench/time/run.
//
// Usage: bench_time MANIFEST [PASSES]. MANIFEST has one "path<TAB>reference date" line per
// document (the date may be empty: unknown). Prints one JSON line per document, {"file", "dates":
// [{"start", "end" (code points), "text", "type", "value"}]}, the form score.py reads for every
// system; then on stderr the tokens and CPU time of PASSES passes over the whole batch
// (tokenising, recognising and resolving, sentences split beforehand as the pipeline does).
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "recognise/time_expressions.h"
#include "recognise/tokenizer.h"
#include "resolve/time_resolution.h"
#include "segment/sentences.h"

namespace {

struct Document {
  std::string path;
  std::string text;
  std::optional<sitrep::timex::Date> dct;
  std::vector<sitrep::Span> sentences;
};

double CpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

int main(int argc, char** argv) {
  using namespace sitrep;
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_time MANIFEST [PASSES]\n");
    return 2;
  }
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::ifstream manifest(argv[1]);
  if (!manifest) {
    std::fprintf(stderr, "bench_time: cannot read %s\n", argv[1]);
    return 2;
  }
  std::vector<Document> docs;
  for (std::string line; std::getline(manifest, line);) {
    if (line.empty()) continue;
    Document d;
    const size_t tab = line.find('\t');
    d.path = line.substr(0, tab);
    if (tab != std::string::npos) d.dct = timex::ParseIsoDate(line.substr(tab + 1));
    std::ifstream in(d.path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "bench_time: cannot read %s\n", d.path.c_str());
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    d.text = ss.str();
    // Paragraphs are blank-line separated, as in an article's text.
    size_t start = 0;
    while (start < d.text.size()) {
      size_t end = d.text.find("\n\n", start);
      if (end == std::string::npos) end = d.text.size();
      for (const Span& s : SplitSentences(d.text, {uint32_t(start), uint32_t(end)})) {
        d.sentences.push_back(s);
      }
      start = end + 2;
    }
    docs.push_back(std::move(d));
  }

  timex::TimeScratch scratch;
  std::vector<timex::TimeExpression> found;
  size_t tokens = 0, expressions = 0;
  std::vector<ner::Token> count;
  for (const Document& d : docs) {
    for (const Span& s : d.sentences) {
      count.clear();
      ner::Tokenize(d.text, s, &count);
      tokens += count.size();
    }
  }
  const double start = CpuSeconds();
  for (int pass = 0; pass < passes; ++pass) {
    for (const Document& d : docs) {
      found.clear();
      for (const Span& s : d.sentences) RecogniseTime(d.text, s, {}, &scratch, &found);
      timex::TimeResolver resolver(d.dct);
      for (const auto& x : found) expressions += resolver.Resolve(x).value.size() > 0;
    }
  }
  const double seconds = CpuSeconds() - start;

  for (const Document& d : docs) {
    found.clear();
    for (const Span& s : d.sentences) RecogniseTime(d.text, s, {}, &scratch, &found);
    timex::TimeResolver resolver(d.dct);
    const CodePointIndex index(d.text);
    nlohmann::ordered_json dates = nlohmann::ordered_json::array();
    for (const auto& x : found) {
      const timex::ResolvedTime r = resolver.Resolve(x);
      dates.push_back({{"start", index.ToCodePoint(x.span.begin)},
                       {"end", index.ToCodePoint(x.span.end)},
                       {"text", x.span.Of(d.text)},
                       {"type", r.type},
                       {"value", r.value}});
    }
    nlohmann::ordered_json line = {{"file", d.path}, {"dates", std::move(dates)}};
    std::cout << line.dump() << '\n';
  }
  std::fprintf(stderr,
               "bench_time: %zu documents, %zu tokens, %d passes, %.3f s CPU, %.0f tokens/s, %.1f "
               "ms per million tokens\n",
               docs.size(), tokens, passes, seconds, double(tokens) * passes / seconds,
               1000 * seconds / (double(tokens) * passes / 1e6));
  (void)expressions;
  return 0;
}
