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
#include <cstring>
#include <string_view>

#include "read/strings.h"

namespace sitrep {

template <typename Value, size_t kSlots = 1024>
class WordMemo {
  static_assert((kSlots & (kSlots - 1)) == 0, "kSlots must be a power of two");

 public:
  static constexpr size_t kMaxWord = 30;
  static_assert(kMaxWord <= 32, "Hash reads a word in at most four 8-byte loads");

  // What |classify(word)| returns, from the memo when it holds |word|.
  template <typename Classify>
  Value Get(std::string_view word, Classify&& classify) {
    if (word.size() > kMaxWord) return classify(word);
    Slot& slot = slots_[Hash(word) & (kSlots - 1)];
    if (slot.size == word.size() + 1 && SameWord(word.data(), slot.word, word.size())) {
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

  // The word read in at most four loads, overlapping where it is not a multiple of their size,
  // and mixed by multiplication. Every look-up hashes a word, and a hash of one byte at a time
  // (FNV-1a) made each wait on a chain of a dozen multiplications.
  static uint32_t Hash(std::string_view word) {
    constexpr uint64_t kMix = 0x9E3779B97F4A7C15u;
    const char* p = word.data();
    const size_t n = word.size();
    uint64_t a = 0;
    uint64_t b = 0;
    if (n >= 8) {
      a = Load<uint64_t>(p);
      b = Load<uint64_t>(p + n - 8);
      if (n > 16) {  // with the two above, these cover any word up to 32 bytes
        a ^= Load<uint64_t>(p + 8) * kMix;
        b ^= Load<uint64_t>(p + n - 16) * kMix;
      }
    } else if (n >= 4) {
      a = Load<uint32_t>(p);
      b = Load<uint32_t>(p + n - 4);
    } else if (n > 0) {
      a = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
          static_cast<unsigned char>(p[n - 1]) << 16;
    }
    return static_cast<uint32_t>(((a ^ n) * kMix ^ b) * kMix >> 32);
  }

  // Whether the |n| bytes (n <= 32) at |a| and at |b| agree, read in the loads Hash makes: a
  // look-up that finds its word compares all of it, and a byte at a time cost more than the hash.
  static bool SameWord(const char* a, const char* b, size_t n) {
    if (n >= 8) {
      uint64_t diff = (Load<uint64_t>(a) ^ Load<uint64_t>(b)) |
                      (Load<uint64_t>(a + n - 8) ^ Load<uint64_t>(b + n - 8));
      if (n > 16) {
        diff |= (Load<uint64_t>(a + 8) ^ Load<uint64_t>(b + 8)) |
                (Load<uint64_t>(a + n - 16) ^ Load<uint64_t>(b + n - 16));
      }
      return diff == 0;
    }
    if (n >= 4) {
      return ((Load<uint32_t>(a) ^ Load<uint32_t>(b)) |
              (Load<uint32_t>(a + n - 4) ^ Load<uint32_t>(b + n - 4))) == 0;
    }
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  template <typename T>
  static T Load(const char* p) {
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
  }

  std::array<Slot, kSlots> slots_{};
};

}  // namespace sitrep
