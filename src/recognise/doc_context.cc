// Context features. Tested by doc_context_test.cc.
//
// Tokens are grouped by key with one sort of (key, token) pairs, which allocates only the pair
// vector and is cheap next to tagging; each group's tag counts are summed once and a token's
// "others" are the group's counts minus its own tag.
#include "recognise/doc_context.h"

#include <algorithm>
#include <array>

#include "core/result.h"

namespace sitrep::ner {
namespace {

// Template numbers (ner_features.h leaves 1000 and up to this file).
enum ContextTemplate : uint64_t {
  kTypeShare = 1000,  // type x share bucket
  kTypeBegins,        // type, the other occurrence opened its entity
  kTypeContinues,     // type, the other occurrence continued one
  kAllOutside,        // every other occurrence was tagged O
  kMajority,          // the most frequent tag class among the others
};

// 0: all of the others, 1: more than half, 2: some.
uint64_t ShareBucket(uint32_t part, uint32_t whole) {
  return part == whole ? 0 : part * 2 > whole ? 1 : 2;
}

}  // namespace

void ContextFeatures(const std::vector<uint64_t>& keys, const std::vector<Tag>& tags,
                     uint32_t hash_bits, DocumentFeatures* out) {
  SITREP_ASSERT(keys.size() == tags.size());
  const size_t n = keys.size();
  out->ids.clear();
  out->begin.assign(n + 1, 0);
  out->keys.clear();
  std::vector<std::pair<uint64_t, uint32_t>> order(n);
  for (size_t t = 0; t < n; ++t) order[t] = {keys[t], uint32_t(t)};
  std::sort(order.begin(), order.end());
  // (token, id) pairs, gathered group by group, then laid out in token order by counting.
  std::vector<std::pair<uint32_t, uint32_t>> found;
  auto emit = [&](size_t t, uint64_t tmpl, uint64_t value) {
    found.emplace_back(uint32_t(t), FeatureId(tmpl, value, hash_bits));
  };
  for (size_t g = 0; g < n;) {
    size_t end = g;
    std::array<uint32_t, kNumTags> group{};
    while (end < n && order[end].first == order[g].first) ++group[tags[order[end++].second]];
    if (end - g > 1) {
      for (size_t k = g; k < end; ++k) {
        const size_t t = order[k].second;
        std::array<uint32_t, kNumTags> others = group;
        --others[tags[t]];
        const uint32_t total = uint32_t(end - g - 1);
        if (others[kOutside] == total) {
          emit(t, kAllOutside, 1);
          continue;
        }
        uint32_t best = others[kOutside];
        uint64_t majority = 0;  // O, or 1 + the type
        for (int type = 0; type < kNumTypes; ++type) {
          const Tag b = BeginTag(EntityType(type)), i = InsideTag(EntityType(type));
          const uint32_t count = others[b] + others[i];
          if (count == 0) continue;
          emit(t, kTypeShare, uint64_t(type) << 8 | ShareBucket(count, total));
          if (others[b]) emit(t, kTypeBegins, uint64_t(type));
          if (others[i]) emit(t, kTypeContinues, uint64_t(type));
          if (count > best) {
            best = count;
            majority = 1 + uint64_t(type);
          }
        }
        emit(t, kMajority, majority);
      }
    }
    g = end;
  }
  for (const auto& f : found) ++out->begin[f.first + 1];
  for (size_t t = 0; t < n; ++t) out->begin[t + 1] += out->begin[t];
  out->ids.resize(found.size());
  std::vector<uint32_t> next(out->begin.begin(), out->begin.end() - 1);
  for (const auto& f : found) out->ids[next[f.first]++] = f.second;
}

void AppendFeatures(const DocumentFeatures& base, const DocumentFeatures& extra,
                    DocumentFeatures* out) {
  SITREP_ASSERT(base.TokenCount() == extra.TokenCount());
  out->ids.clear();
  out->begin.clear();
  out->keys = base.keys;
  for (size_t t = 0; t < base.TokenCount(); ++t) {
    out->begin.push_back(uint32_t(out->ids.size()));
    out->ids.insert(out->ids.end(), base.ids.begin() + base.begin[t],
                    base.ids.begin() + base.begin[t + 1]);
    out->ids.insert(out->ids.end(), extra.ids.begin() + extra.begin[t],
                    extra.ids.begin() + extra.begin[t + 1]);
  }
  out->begin.push_back(uint32_t(out->ids.size()));
}

}  // namespace sitrep::ner
