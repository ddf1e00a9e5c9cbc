// Building and reading keyed tables. Tested by keyed_table_test.cc.
#include "recognise/keyed_table.h"

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

std::string BuildKeyedTable(const std::vector<KeyedValue>& values) {
  size_t slots = 16;
  while (slots < values.size() * 2) slots <<= 1;
  std::string out(8 + slots * kSlot, '\0');
  const uint32_t count = uint32_t(slots);
  std::memcpy(out.data(), &count, 4);
  unsigned char* table = reinterpret_cast<unsigned char*>(out.data() + 8);
  for (const KeyedValue& v : values) {
    SITREP_ASSERT(v.key != 0);
    for (size_t i = v.key & (slots - 1);; i = (i + 1) & (slots - 1)) {
      unsigned char* slot = table + i * kSlot;
      const uint64_t there = Load64(slot);
      if (there != 0 && there != v.key) continue;
      std::memcpy(slot, &v.key, 8);
      std::memcpy(slot + 8, &v.first, 4);
      std::memcpy(slot + 12, &v.second, 4);
      break;
    }
  }
  return out;
}

Result<KeyedTable> KeyedTable::View(const unsigned char* data, size_t size) {
  KeyedTable t;
  if (size == 0) return t;
  const uint32_t slots = size >= 8 ? Load32(data) : 0;
  if (slots < 2 || (slots & (slots - 1)) != 0 || size != 8 + size_t(slots) * kSlot) {
    return Status(ErrorCode::kParseError, "keyed table: bad size");
  }
  // A table with no empty slot would make a probe for an absent key run forever.
  size_t used = 0;
  for (size_t i = 0; i < slots; ++i) used += Load64(data + 8 + i * kSlot) != 0;
  if (used * 2 > slots) return Status(ErrorCode::kParseError, "keyed table: over half full");
  t.slots_ = data + 8;
  t.mask_ = slots - 1;
  return t;
}

KeyedValue KeyedTable::Find(uint64_t key) const {
  if (slots_ == nullptr) return {};
  // At most half the slots are full, so an empty one ends every probe.
  for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    const unsigned char* slot = slots_ + i * kSlot;
    const uint64_t there = Load64(slot);
    if (there == key) return {key, Load32(slot + 8), Load32(slot + 12)};
    if (there == 0) return {};
  }
}

}  // namespace sitrep::ner
