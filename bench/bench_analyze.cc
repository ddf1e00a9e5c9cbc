// bench_analyze: the whole `sitrep analyze` path on plain text (read, segment, JSON record), in
// MB of input per second on one core.
//
// Corpus: the running text of the TimeBank and AQUAINT news articles in ../shared/data/time
// (tags stripped), 256 articles. Measured three ways: article by article as a batch would go,
// and as one text of growing size (64 KiB to 16 MiB, the corpus repeated) to show the path stays
// linear. Each run prints a hash of its output as its label, so a fast but wrong build shows up
// as a changed hash (SQLite's speedtest1 --verify).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/article.h"
#include "pipeline/registry.h"
#include "record/json_record.h"

namespace {

namespace fs = std::filesystem;

// The text between <TEXT> and </TEXT> with every tag removed.
std::string RunningText(const std::string& tml) {
  const size_t begin = tml.find("<TEXT>");
  const size_t end = tml.find("</TEXT>");
  if (begin == std::string::npos || end == std::string::npos) return "";
  std::string out;
  bool in_tag = false;
  for (size_t i = begin + 6; i < end; ++i) {
    if (tml[i] == '<') in_tag = true;
    if (!in_tag) out.push_back(tml[i]);
    if (tml[i] == '>') in_tag = false;
  }
  return out;
}

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> corpus = [] {
    std::vector<std::string> docs;
    const fs::path root = SITREP_SHARED_DIR "/data/time/data/TBAQ-cleaned";
    if (!fs::exists(root)) return docs;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.path().extension() == ".tml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string text = RunningText(ss.str());
      if (!text.empty()) docs.push_back(std::move(text));
    }
    return docs;
  }();
  return corpus;
}

sitrep::ReadOptions TextOptions() {
  sitrep::ReadOptions options;
  options.format = sitrep::InputFormat::kText;
  options.max_bytes = size_t{1} << 30;
  return options;
}

void BM_AnalyzeArticles(benchmark::State& state) {
  const auto& corpus = Corpus();
  if (corpus.empty()) {
    state.SkipWithError("../shared/data/time is not here");
    return;
  }
  const sitrep::Pipeline pipeline = sitrep::DefaultPipeline().value();
  const sitrep::ReadOptions options = TextOptions();
  // The output hash is taken once, outside the timed loop, so hashing is not what is measured.
  std::string all;
  for (const std::string& doc : corpus) {
    all += sitrep::HashHex(sitrep::ToJson(pipeline.Analyze(doc, "-", options).value()));
  }
  const std::string digest = sitrep::HashHex(all);
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& doc : corpus) {
      benchmark::DoNotOptimize(sitrep::ToJson(pipeline.Analyze(doc, "-", options).value()));
      bytes += doc.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles"] = static_cast<double>(corpus.size());
  state.SetLabel("output " + digest);
}
BENCHMARK(BM_AnalyzeArticles)->Unit(benchmark::kMillisecond);

void BM_AnalyzeOneText(benchmark::State& state) {
  const auto& corpus = Corpus();
  if (corpus.empty()) {
    state.SkipWithError("../shared/data/time is not here");
    return;
  }
  std::string text;
  for (size_t i = 0; text.size() < static_cast<size_t>(state.range(0)); ++i) {
    text += corpus[i % corpus.size()];
    text += "\n\n";
  }
  text.resize(static_cast<size_t>(state.range(0)));
  const sitrep::Pipeline pipeline = sitrep::DefaultPipeline().value();
  const sitrep::ReadOptions options = TextOptions();
  const std::string digest =
      sitrep::HashHex(sitrep::ToJson(pipeline.Analyze(text, "-", options).value()));
  for (auto _ : state) {
    benchmark::DoNotOptimize(sitrep::ToJson(pipeline.Analyze(text, "-", options).value()));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetLabel("output " + digest);
}
BENCHMARK(BM_AnalyzeOneText)
    ->RangeMultiplier(4)
    ->Range(64 << 10, 16 << 20)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
