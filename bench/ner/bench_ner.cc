// bench_ner: the entity tagger on CoNLL-2003 dev (eng.testa), as one table.
//
// Prints, for the model at ner::DefaultModelPath() ($SITREP_NER_MODEL to choose another):
//   - span precision/recall/F1 per type and overall (conlleval's exact-match rule, IOB2);
//   - tagging speed in tokens per second of CPU time (features, scores and Viterbi over
//     pre-tokenised documents), the best of --repeat passes;
//   - the whole `sitrep analyze` path on the same documents rebuilt as plain text (tokens joined
//     by spaces, one sentence a paragraph, as ../shared/peers/bin/eval_ner_conll.py rebuilds them
//     for the peers): read, segment, tokenise, tag, types, coreference, roles and the JSON record;
//     its entity mentions are scored on character spans with the record's types mapped back to
//     CoNLL's (PERSON->PER, GPE and LOC->LOC, NORP->MISC);
//   - model load time (map and checksum) and resident memory;
//   - a hash of every predicted tag, so a fast but different build shows (SQLite's speedtest1).
// Run it pinned to one core (bench/ner/run does): the figures are per core.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "pipeline/registry.h"
#include "recognise/conll.h"
#include "recognise/ner_model.h"
#include "recognise/span_score.h"
#include "record/json_record.h"

namespace {

using namespace sitrep;
// CPU time of this thread, not wall time: the machines these figures come from are shared, and a
// busy neighbour stretches wall time but not the work done.
struct Clock {
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
  }
};

double Seconds(double since) { return Clock::now() - since; }

long ResidentKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) return std::atol(line.c_str() + 6);
  }
  return 0;
}

std::string_view ConllType(std::string_view record_type) {
  if (record_type == "PERSON") return "PER";
  if (record_type == "GPE" || record_type == "LOC") return "LOC";
  if (record_type == "NORP" || record_type == "MISC") return "MISC";
  return "ORG";
}

struct CharCounts {
  std::map<std::string, ner::Counts> by_type;
  ner::Counts overall;
  void Add(const std::set<std::tuple<uint32_t, uint32_t, std::string>>& gold,
           const std::set<std::tuple<uint32_t, uint32_t, std::string>>& predicted) {
    for (const auto& g : gold) {
      ++overall.gold;
      ++by_type[std::get<2>(g)].gold;
    }
    for (const auto& p : predicted) {
      ++overall.predicted;
      ++by_type[std::get<2>(p)].predicted;
      if (gold.count(p)) {
        ++overall.correct;
        ++by_type[std::get<2>(p)].correct;
      }
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string dev = SITREP_SHARED_DIR "/data/ner/conll2003/eng.testa";
  int repeat = 5;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--dev") && i + 1 < argc) dev = argv[++i];
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::max(1, std::atoi(argv[++i]));
  }
  const long rss_start = ResidentKb();
  const std::string model_path = ner::DefaultModelPath();
  double load_ms = 1e9;
  Result<ner::NerModel> model = Status(ErrorCode::kNotFound, "not loaded");
  for (int i = 0; i < 5; ++i) {
    const auto t0 = Clock::now();
    model = ner::NerModel::Load(model_path);
    load_ms = std::min(load_ms, 1000 * Seconds(t0));
    if (!model.ok()) break;
  }
  if (!model.ok()) {
    std::fprintf(stderr, "bench_ner: %s (run `make model`)\n", model.status().ToString().c_str());
    return 1;
  }
  Result<ner::ConllCorpus> corpus = ner::ReadConllFile(dev);
  if (!corpus.ok()) {
    std::fprintf(stderr, "bench_ner: %s\n", corpus.status().ToString().c_str());
    return 1;
  }
  const ner::ConllCorpus& c = corpus.value();
  std::vector<ner::Document> docs;
  for (const ner::ConllDocument& d : c.documents) {
    ner::Document doc;
    for (const ner::ConllSentence& s : d.sentences) doc.push_back(s.Words());
    docs.push_back(std::move(doc));
  }
  const size_t tokens = c.TokenCount();

  // Tagging only.
  ner::SpanScore score;
  uint64_t hash = 1469598103934665603ull;
  double best = 1e9;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = Clock::now();
    std::vector<std::vector<std::vector<ner::Tag>>> all;
    all.reserve(docs.size());
    for (const ner::Document& doc : docs) all.push_back(model.value().TagDocument(doc));
    best = std::min(best, Seconds(t0));
    if (r > 0) continue;
    for (size_t d = 0; d < docs.size(); ++d) {
      for (size_t s = 0; s < docs[d].size(); ++s) {
        score.Add(c.documents[d].sentences[s].GoldTags(), all[d][s]);
        for (ner::Tag t : all[d][s]) hash = (hash ^ t) * 1099511628211ull;
      }
    }
  }
  const long rss_tagger = ResidentKb();

  // The whole analyze path on the documents as plain text.
  Result<Pipeline> pipeline = DefaultPipeline();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "bench_ner: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  std::vector<std::string> texts;
  std::vector<std::set<std::tuple<uint32_t, uint32_t, std::string>>> gold_chars;
  for (const ner::ConllDocument& d : c.documents) {
    std::string text;
    std::set<std::tuple<uint32_t, uint32_t, std::string>> gold;
    for (const ner::ConllSentence& s : d.sentences) {
      std::vector<uint32_t> starts;
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        if (i) text += ' ';
        starts.push_back(uint32_t(text.size()));
        text += s.tokens[i].word;
      }
      for (const ner::TokenSpan& g : ner::SpansOf(s.GoldTags())) {
        const uint32_t end = starts[g.end - 1] + uint32_t(s.tokens[g.end - 1].word.size());
        gold.emplace(starts[g.begin], end, std::string(ner::TypeName(g.type)));
      }
      text += "\n\n";
    }
    texts.push_back(std::move(text));
    gold_chars.push_back(std::move(gold));
  }
  ReadOptions options;
  options.format = InputFormat::kText;
  double analyze_best = 1e9;
  CharCounts analyze_score;
  for (int r = 0; r < std::max(1, repeat / 2); ++r) {
    const auto t0 = Clock::now();
    size_t bytes = 0;
    std::vector<Article> articles;
    for (const std::string& text : texts) {
      Result<Article> a = pipeline.value().Analyze(text, "doc.txt", options);
      if (!a.ok()) {
        std::fprintf(stderr, "bench_ner: %s\n", a.status().ToString().c_str());
        return 1;
      }
      bytes += ToJson(a.value(), -1).size();
      articles.push_back(std::move(a).value());
    }
    analyze_best = std::min(analyze_best, Seconds(t0));
    if (r > 0 || bytes == 0) continue;
    for (size_t d = 0; d < articles.size(); ++d) {
      std::set<std::tuple<uint32_t, uint32_t, std::string>> predicted;
      for (const Entity& e : articles[d].entities) {
        for (const Mention& m : e.mentions) {
          if (m.field != TextField::kBody) continue;
          predicted.emplace(m.span.begin, m.span.end, std::string(ConllType(e.type)));
        }
      }
      analyze_score.Add(gold_chars[d], predicted);
    }
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);

  std::printf("sitrep NER on %s: %zu documents, %zu tokens\n", dev.c_str(), docs.size(), tokens);
  std::printf("model %s (%s)\n\n", model_path.c_str(), model.value().description().c_str());
  std::printf("tagger (IOB2 spans)\n%s\n", score.Table().c_str());
  std::printf("analyze path (character spans, record types mapped to CoNLL's)\n");
  std::printf("type     precision  recall     F1\n");
  auto row = [](const char* name, const ner::Counts& k) {
    std::printf("%-8s %8.2f%% %6.2f%% %6.2f\n", name, 100 * k.Precision(), 100 * k.Recall(),
                100 * k.F1());
  };
  for (const char* t : {"PER", "ORG", "LOC", "MISC"}) row(t, analyze_score.by_type[t]);
  row("overall", analyze_score.overall);
  std::printf("\n");
  std::printf("tagging only:      %10.0f tokens/s of CPU (best of %d passes, %.1f ms a pass)\n",
              double(tokens) / best, repeat, 1000 * best);
  std::printf("whole analyze:     %10.0f tokens/s of CPU (read, segment, entities, record)\n",
              double(tokens) / analyze_best);
  std::printf("model load:        %10.2f ms of CPU (mmap + checksum, best of 5)\n", load_ms);
  std::printf("resident memory:   %10.1f MB after tagging (%.1f MB at start), peak %.1f MB\n",
              rss_tagger / 1024.0, rss_start / 1024.0, usage.ru_maxrss / 1024.0);
  std::printf("output hash:       %016llx\n", static_cast<unsigned long long>(hash));
  return 0;
}
