// The word clusters as the tagger reads them at run time: a hash table from a word to the first
// 32 steps of its cluster path (word_clusters.h), stored as bytes inside the model file and read
// in place from the mapping, so looking a word up allocates nothing and touches one cache line.
//
// Layout, little-endian: u32 slot count (a power of two), u32 zero, then the slots, 16 bytes
// each: u64 key (ClusterKey of the word; 0 marks an empty slot), u32 path bits (step i of the
// path is bit 31 - i), u32 path length. At most half the slots are used, so probes stay short.
//
// Not for: learning the clusters (word_clusters.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "recognise/word_clusters.h"

namespace sitrep::ner {

struct ClusterPath {
  uint32_t bits = 0;
  uint32_t length = 0;  // 0: the word has no cluster
  // The first min(k, length) steps, as one number that also tells the length apart.
  uint64_t Prefix(uint32_t k) const {
    const uint32_t n = k < length ? k : length;
    return n == 0 ? 0 : uint64_t(n) << 32 | (n >= 32 ? bits : bits >> (32 - n));
  }
};

// The key a word is filed under: its bytes with ASCII digits as '0' (ClusterWord), hashed.
uint64_t ClusterKey(std::string_view word);

// The table's bytes for |paths|.
std::string BuildClusterTable(const std::vector<WordPath>& paths);

class ClusterTable {
 public:
  ClusterTable() = default;  // empty: every word is unknown
  // Checks the layout of |size| bytes at |data| (which must be 8-byte aligned and outlive the
  // view) and views them.
  static Result<ClusterTable> View(const unsigned char* data, size_t size);

  ClusterPath Find(std::string_view word) const { return FindKey(ClusterKey(word)); }
  ClusterPath FindKey(uint64_t key) const;
  bool empty() const { return slots_ == nullptr; }

 private:
  const unsigned char* slots_ = nullptr;
  uint64_t mask_ = 0;
};

}  // namespace sitrep::ner
