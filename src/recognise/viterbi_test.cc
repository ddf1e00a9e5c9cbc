#include "recognise/viterbi.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace sitrep::ner {
namespace {

constexpr Tag O = kOutside;
constexpr Tag BP = BeginTag(EntityType::kPer), IP = InsideTag(EntityType::kPer);
constexpr Tag IL = InsideTag(EntityType::kLoc);

// The reference: every allowed sequence scored in full, the best kept (ties to the first found
// in lexicographic order, as the decoder breaks them).
int64_t ScoreOf(const std::vector<Tag>& tags, const std::vector<int32_t>& e,
                const std::vector<int32_t>& tr) {
  int64_t s = 0;
  for (size_t i = 0; i < tags.size(); ++i) {
    const int row = i == 0 ? kStartRow : tags[i - 1];
    s += tr[row * kNumTags + tags[i]] + e[i * kNumTags + tags[i]];
  }
  return s;
}

bool Valid(const std::vector<Tag>& tags) {
  for (size_t i = 0; i < tags.size(); ++i) {
    std::optional<Tag> prev;
    if (i > 0) prev = tags[i - 1];
    if (!AllowedTransition(prev, tags[i])) return false;
  }
  return true;
}

TEST(Viterbi, NeverOpensWithInside) {
  // The emission strongly prefers I-LOC everywhere; the best valid path must open with a B-.
  std::vector<int32_t> e(3 * kNumTags, 0), tr(kTransitionRows * kNumTags, 0);
  for (int i = 0; i < 3; ++i) e[i * kNumTags + IL] = 100;
  std::vector<Tag> out(3);
  Viterbi(e.data(), 3, tr.data(), out.data());
  EXPECT_TRUE(Valid(out));
  EXPECT_EQ(out[1], IL);
  EXPECT_EQ(out[0], BeginTag(EntityType::kLoc));
}

TEST(Viterbi, FloatAndIntAgree) {
  std::vector<float> ef(2 * kNumTags, 0), trf(kTransitionRows * kNumTags, 0);
  ef[0 * kNumTags + BP] = 2;
  ef[1 * kNumTags + IP] = 1;
  ef[1 * kNumTags + O] = 0.5;
  std::vector<Tag> out(2);
  Viterbi(ef.data(), 2, trf.data(), out.data());
  EXPECT_EQ(out, (std::vector<Tag>{BP, IP}));
}

TEST(Viterbi, MatchesExhaustiveSearch) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int32_t> dist(-50, 50);
  for (int round = 0; round < 200; ++round) {
    const size_t n = 1 + round % 4;
    std::vector<int32_t> e(n * kNumTags), tr(kTransitionRows * kNumTags);
    for (auto& x : e) x = dist(rng);
    for (auto& x : tr) x = dist(rng);
    std::vector<Tag> out(n);
    Viterbi(e.data(), n, tr.data(), out.data());
    ASSERT_TRUE(Valid(out));
    int64_t best = INT64_MIN;
    std::vector<Tag> seq(n, 0);
    for (;;) {
      if (Valid(seq)) best = std::max(best, ScoreOf(seq, e, tr));
      size_t k = 0;
      while (k < n && ++seq[k] == kNumTags) seq[k++] = 0;
      if (k == n) break;
    }
    EXPECT_EQ(ScoreOf(out, e, tr), best) << "round " << round;
  }
}

}  // namespace
}  // namespace sitrep::ner
