// A small, fixed-size memo of what a classifier said about a word: the readers ask the same
// questions of a page's class and id words on element after element ("post-content", "byline"),
// and answering from the memo is cheaper than running the rules again.
//
// Why not std::unordered_map: a map that grows over a batch of pages spreads its nodes over
// megabytes and takes two divisions a look-up; on real pages those look-ups stalled on memory
// and cost more than the rules they saved. This memo is direct-mapped: one slot per hash, the
// word kept in the slot, a miss overwrites it. It stays kSlots * 32 bytes whatever the input,
// and forgets nothing it needs (a forgotten word is classified again, with the same answer).
//
// Not for: words longer than kMaxWord bytes (classified each time), or answers that depend on
// anything but the word. Tested by word_memo_test.cc.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/strings.h"

namespace sitrep {

template <typename Value, size_t kSlots = 1024>
class WordMemo {
  static_assert((kSlots & (kSlots - 1)) == 0, "kSlots must be a power of two");

 public:
  static constexpr size_t kMaxWord = 30;

  // What |classify(word)| returns, from the memo when it holds |word|.
  template <typename Classify>
  Value Get(std::string_view word, Classify&& classify) {
    if (word.size() > kMaxWord) return classify(word);
    Slot& slot = slots_[Hash(word) & (kSlots - 1)];
    if (slot.size == word.size() + 1 && SameBytes(word, std::string_view(slot.word, word.size()))) {
      return slot.value;
    }
    slot.value = classify(word);
    slot.size = static_cast<uint8_t>(word.size() + 1);
    word.copy(slot.word, word.size());
    return slot.value;
  }

 private:
  struct Slot {
    uint8_t size = 0;  // the word's length plus one; 0 for an empty slot
    Value value{};
    char word[kMaxWord];
  };

  // FNV-1a: class words are short, and their bytes vary in the last letters as much as the first.
  static uint32_t Hash(std::string_view word) {
    uint32_t hash = 2166136261u;
    for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return hash ^ (hash >> 15);
  }

  std::array<Slot, kSlots> slots_{};
};

}  // namespace sitrep
