// Building and reading the cluster lookup table. Tested by cluster_table_test.cc.
#include "recognise/cluster_table.h"

#include <cstring>

namespace sitrep::ner {
namespace {

constexpr size_t kSlot = 16;

uint64_t Load64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint32_t Load32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

}  // namespace

uint64_t ClusterKey(std::string_view word) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : word) {
    if (c >= '0' && c <= '9') c = '0';
    h = (h ^ c) * 1099511628211ull;
  }
  return h | 1;  // never 0, the empty slot's mark
}

std::string BuildClusterTable(const std::vector<WordPath>& paths) {
  size_t slots = 16;
  while (slots < paths.size() * 2) slots <<= 1;
  std::string out(8 + slots * kSlot, '\0');
  const uint32_t count = uint32_t(slots);
  std::memcpy(out.data(), &count, 4);
  unsigned char* table = reinterpret_cast<unsigned char*>(out.data() + 8);
  for (const WordPath& p : paths) {
    const uint64_t key = ClusterKey(p.word);
    uint32_t bits = 0;
    for (size_t i = 0; i < p.path.size() && i < 32; ++i) {
      if (p.path[i] == '1') bits |= 1u << (31 - i);
    }
    const uint32_t length = uint32_t(p.path.size());
    for (size_t i = key & (slots - 1);; i = (i + 1) & (slots - 1)) {
      unsigned char* slot = table + i * kSlot;
      const uint64_t there = Load64(slot);
      if (there != 0 && there != key) continue;
      std::memcpy(slot, &key, 8);  // a repeated word keeps its last path
      std::memcpy(slot + 8, &bits, 4);
      std::memcpy(slot + 12, &length, 4);
      break;
    }
  }
  return out;
}

Result<ClusterTable> ClusterTable::View(const unsigned char* data, size_t size) {
  ClusterTable t;
  if (size == 0) return t;
  const uint32_t slots = size >= 8 ? Load32(data) : 0;
  if (slots < 2 || (slots & (slots - 1)) != 0 || size != 8 + size_t(slots) * kSlot) {
    return Status(ErrorCode::kParseError, "word cluster table: bad size");
  }
  // A table with no empty slot would make a probe for an absent word run forever.
  size_t used = 0;
  for (size_t i = 0; i < slots; ++i) used += Load64(data + 8 + i * kSlot) != 0;
  if (used * 2 > slots) return Status(ErrorCode::kParseError, "word cluster table: over half full");
  t.slots_ = data + 8;
  t.mask_ = slots - 1;
  return t;
}

ClusterPath ClusterTable::FindKey(uint64_t key) const {
  if (slots_ == nullptr) return {};
  // At most half the slots are full, so an empty one ends every probe.
  for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    const unsigned char* slot = slots_ + i * kSlot;
    const uint64_t there = Load64(slot);
    if (there == key) return {Load32(slot + 8), Load32(slot + 12)};
    if (there == 0) return {};
  }
}

}  // namespace sitrep::ner
