// Viterbi with a fixed 9-tag lattice. Tested by viterbi_test.cc.
//
// Nine tags make the inner loop 81 additions a token; the back-pointers of a sentence fit in a
// small vector. Forbidden transitions are skipped rather than scored -infinity, which keeps
// integer scores free of overflow.
#include "recognise/viterbi.h"

#include <array>
#include <vector>

namespace sitrep::ner {
namespace {

struct AllowedTable {
  std::array<std::array<bool, kNumTags>, kTransitionRows> allowed{};
  AllowedTable() {
    for (int prev = 0; prev < kTransitionRows; ++prev) {
      for (int next = 0; next < kNumTags; ++next) {
        std::optional<Tag> p;
        if (prev != kStartRow) p = static_cast<Tag>(prev);
        allowed[prev][next] = AllowedTransition(p, static_cast<Tag>(next));
      }
    }
  }
};

const AllowedTable& Allowed() {
  static const AllowedTable kTable;
  return kTable;
}

template <typename Score>
void Decode(const Score* emission, size_t n, const Score* transition, Tag* out) {
  if (n == 0) return;
  const AllowedTable& ok = Allowed();
  thread_local std::vector<uint8_t> back;
  back.resize(n * kNumTags);
  std::array<Score, kNumTags> best{}, next{};
  std::array<bool, kNumTags> live{}, next_live{};
  for (int t = 0; t < kNumTags; ++t) {
    live[t] = ok.allowed[kStartRow][t];
    best[t] = live[t] ? transition[kStartRow * kNumTags + t] + emission[t] : Score{};
  }
  for (size_t i = 1; i < n; ++i) {
    const Score* e = emission + i * kNumTags;
    for (int t = 0; t < kNumTags; ++t) {
      bool found = false;
      Score top{};
      uint8_t arg = 0;
      for (int p = 0; p < kNumTags; ++p) {
        if (!live[p] || !ok.allowed[p][t]) continue;
        const Score s = best[p] + transition[p * kNumTags + t];
        if (!found || s > top) {
          top = s;
          arg = static_cast<uint8_t>(p);
          found = true;
        }
      }
      next_live[t] = found;
      next[t] = found ? top + e[t] : Score{};
      back[i * kNumTags + t] = arg;
    }
    best = next;
    live = next_live;
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
