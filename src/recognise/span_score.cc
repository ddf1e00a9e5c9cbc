// Exact-span scoring. Tested by span_score_test.cc.
#include "recognise/span_score.h"

#include <algorithm>
#include <cstdio>

namespace sitrep::ner {

double Counts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void SpanScore::Add(const std::vector<Tag>& gold, const std::vector<Tag>& predicted) {
  const std::vector<TokenSpan> g = SpansOf(gold), p = SpansOf(predicted);
  for (const TokenSpan& s : g) {
    ++overall_.gold;
    ++by_type_[int(s.type)].gold;
  }
  for (const TokenSpan& s : p) {
    ++overall_.predicted;
    ++by_type_[int(s.type)].predicted;
    // Both lists are sorted by start and non-overlapping, so a binary search finds the match.
    auto it = std::lower_bound(g.begin(), g.end(), s, [](const TokenSpan& a, const TokenSpan& b) {
      return a.begin < b.begin;
    });
    if (it != g.end() && *it == s) {
      ++overall_.correct;
      ++by_type_[int(s.type)].correct;
    }
  }
}

std::string SpanScore::Table() const {
  std::string out = "type        gold  predicted  correct  precision  recall     F1\n";
  char line[128];
  auto row = [&](std::string_view name, const Counts& c) {
    std::snprintf(line, sizeof line, "%-8.*s %7zu %10zu %8zu %9.2f%% %6.2f%% %6.2f\n",
                  int(name.size()), name.data(), c.gold, c.predicted, c.correct,
                  100 * c.Precision(), 100 * c.Recall(), 100 * c.F1());
    out += line;
  };
  for (int t = 0; t < kNumTypes; ++t) row(TypeName(EntityType(t)), by_type_[t]);
  row("overall", overall_);
  return out;
}

}  // namespace sitrep::ner
