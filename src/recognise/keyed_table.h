// A hash table from 64-bit keys to two 32-bit values, stored as bytes inside the model file and
// read in place from the mapping, so a lookup allocates nothing and touches one cache line. The
// tagger keeps two: word clusters (a word's path bits and length, word_clusters.h) and place
// names (a name's kinds and length in words, place_names.h).
//
// Layout, little-endian: u32 slot count (a power of two), u32 zero, then the slots, 16 bytes
// each: u64 key (0 marks an empty slot, so keys are never 0), u32 first value, u32 second value.
// At most half the slots are used, so probes stay short.
//
// Not for: what the keys and values mean (the files above).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace sitrep::ner {

struct KeyedValue {
  uint64_t key = 0;  // never 0
  uint32_t first = 0;
  uint32_t second = 0;
};

// The table's bytes. A key given twice keeps its last values.
std::string BuildKeyedTable(const std::vector<KeyedValue>& values);

class KeyedTable {
 public:
  KeyedTable() = default;  // empty: every key is absent
  // Checks the layout of |size| bytes at |data| (which must outlive the view) and views them.
  static Result<KeyedTable> View(const unsigned char* data, size_t size);

  // The values filed under |key|, or {key 0, 0, 0} when it is absent.
  KeyedValue Find(uint64_t key) const;
  bool empty() const { return slots_ == nullptr; }

 private:
  const unsigned char* slots_ = nullptr;
  uint64_t mask_ = 0;
};

}  // namespace sitrep::ner
