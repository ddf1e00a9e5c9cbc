// Viterbi with a fixed 9-tag lattice. Tested by viterbi_test.cc.
//
// Nine tags and the BIO constraint make the inner loop 53 additions a token; the back-pointers
// of a sentence fit in a small vector. Forbidden transitions are never scored (rather than scored
// -infinity), which keeps integer scores free of overflow.
#include "recognise/viterbi.h"

#include <array>
#include <vector>

namespace sitrep::ner {
namespace {

// Each tag's allowed predecessors, in increasing order: all nine for O and B- tags, the B- and
// I- of its own type for an I- tag. Listing them once leaves 53 pairs a token instead of 81, and
// no test of the constraint in the inner loop.
struct Lattice {
  std::array<std::array<uint8_t, kNumTags>, kNumTags> pred{};
  std::array<int, kNumTags> count{};
  std::array<bool, kNumTags> start{};
  Lattice() {
    for (int next = 0; next < kNumTags; ++next) {
      start[next] = AllowedTransition(std::nullopt, static_cast<Tag>(next));
      for (int prev = 0; prev < kNumTags; ++prev) {
        if (AllowedTransition(static_cast<Tag>(prev), static_cast<Tag>(next))) {
          pred[next][count[next]++] = static_cast<uint8_t>(prev);
        }
      }
    }
  }
};

const Lattice& TheLattice() {
  static const Lattice kLattice;
  return kLattice;
}

template <typename Score>
void Decode(const Score* emission, size_t n, const Score* transition, Tag* out) {
  if (n == 0) return;
  const Lattice& lattice = TheLattice();
  thread_local std::vector<uint8_t> back;
  back.resize(n * kNumTags);
  std::array<Score, kNumTags> best{}, next{};
  std::array<bool, kNumTags> live{};
  for (int t = 0; t < kNumTags; ++t) {
    live[t] = lattice.start[t];
    best[t] = live[t] ? transition[kStartRow * kNumTags + t] + emission[t] : Score{};
  }
  // A tag is live when some allowed sequence ends in it; after the first token every tag is
  // (O and every B- are live at the start, and each I- follows its B-), so only the second
  // token's step has to look.
  for (size_t i = 1; i < n; ++i) {
    const Score* e = emission + i * kNumTags;
    uint8_t* b = &back[i * kNumTags];
    const bool check = i == 1;
    for (int t = 0; t < kNumTags; ++t) {
      const uint8_t* pred = lattice.pred[t].data();
      int k = 0;
      if (check) {
        while (!live[pred[k]]) ++k;  // each tag has a live one: O, or its own B-
      }
      uint8_t arg = pred[k];
      Score top = best[arg] + transition[arg * kNumTags + t];
      for (++k; k < lattice.count[t]; ++k) {
        const uint8_t p = pred[k];
        if (check && !live[p]) continue;
        const Score s = best[p] + transition[p * kNumTags + t];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      next[t] = top + e[t];
      b[t] = arg;
    }
    best = next;
    live.fill(true);
  }
  int last = -1;
  for (int t = 0; t < kNumTags; ++t) {
    if (live[t] && (last < 0 || best[t] > best[last])) last = t;
  }
  for (size_t i = n; i-- > 0;) {
    out[i] = static_cast<Tag>(last);
    if (i > 0) last = back[i * kNumTags + last];
  }
}

}  // namespace

void Viterbi(const float* emission, size_t n, const float* transition, Tag* out) {
  Decode(emission, n, transition, out);
}
void Viterbi(const int32_t* emission, size_t n, const int32_t* transition, Tag* out) {
  Decode(emission, n, transition, out);
}

}  // namespace sitrep::ner
