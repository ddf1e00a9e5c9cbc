// See html_tree.h. Tested by html_tree_builder_test.cc and through html_reader_test.cc.
#include "read/html_tree.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "read/body.h"
#include "read/strings.h"

namespace sitrep {
namespace {

struct NamedTag {
  std::string_view name;
  Tag tag;
};

// The table of names; the X-macro list is alphabetical, which keeps it easy to read.
constexpr std::array kTagNames = {
#define SITREP_TAG_NAME(id, name) NamedTag{name, Tag::id},
    SITREP_HTML_TAGS(SITREP_TAG_NAME)
#undef SITREP_TAG_NAME
};

constexpr bool IsSorted() {
  for (size_t i = 1; i < kTagNames.size(); ++i) {
    if (!(kTagNames[i - 1].name < kTagNames[i].name)) return false;
  }
  return true;
}
static_assert(IsSorted(), "SITREP_HTML_TAGS must be in alphabetical order");

// TagOfName's hash table: slots hold an index into kTagNames plus one, 0 when empty. Tag names are
// looked up once per tag on every page, so a probe or two beats a binary search.
constexpr size_t kTagSlots = 512;
constexpr size_t kLongestTagName = 10;  // "blockquote", "figcaption"

// A name of at most kLongestTagName bytes as two integers: its first eight bytes, and the rest
// with the length in the top byte, so that equal keys are equal names and two integer compares
// replace a compare a byte.
struct TagKey {
  uint64_t head = 0;
  uint64_t tail = 0;
  constexpr bool operator==(const TagKey&) const = default;
};

constexpr TagKey KeyOf(std::string_view name) {
  TagKey key;
  for (size_t i = 0; i < name.size() && i < 8; ++i) {
    key.head |= uint64_t{static_cast<unsigned char>(name[i])} << (8 * i);
  }
  for (size_t i = 8; i < name.size(); ++i) {
    key.tail |= uint64_t{static_cast<unsigned char>(name[i])} << (8 * (i - 8));
  }
  key.tail |= uint64_t{name.size()} << 56;
  return key;
}

// The |bytes| bytes (up to eight) at |s| as an integer, in the order KeyOf puts them.
uint64_t LoadBytes(const char* s, size_t bytes) {
  uint64_t word = 0;
  std::memcpy(&word, s, bytes);
  return word;
}

// KeyOf for a name of one to kLongestTagName bytes, by two overlapping loads of fixed size
// where KeyOf shifts in a byte at a time: a byte both loads read goes to the same place.
TagKey KeyOfName(std::string_view name) {
  const char* s = name.data();
  const size_t n = name.size();
  TagKey key;
  if (n >= 8) {
    key.head = LoadBytes(s, 8);
    if (n > 8) key.tail = n == 9 ? LoadBytes(s + 8, 1) : LoadBytes(s + 8, 2);
  } else if (n >= 4) {
    key.head = LoadBytes(s, 4) | LoadBytes(s + n - 4, 4) << (8 * (n - 4));
  } else {
    key.head = LoadBytes(s, 1) | LoadBytes(s + n / 2, 1) << (8 * (n / 2)) |
               LoadBytes(s + n - 1, 1) << (8 * (n - 1));
  }
  key.tail |= uint64_t{n} << 56;
  return key;
}

// Mixed by one multiplication: names that share a slot only probe a slot further.
constexpr size_t TagSlot(const TagKey& key) {
  return static_cast<size_t>(((key.head ^ (key.tail << 7)) * 0x9E3779B97F4A7C15u) >> 55);
}
static_assert(kTagSlots == 512);  // 9 bits from TagSlot

constexpr std::array<TagKey, kTagNames.size()> kTagKeys = [] {
  std::array<TagKey, kTagNames.size()> keys{};
  for (size_t i = 0; i < kTagNames.size(); ++i) keys[i] = KeyOf(kTagNames[i].name);
  return keys;
}();

constexpr std::array<uint8_t, kTagSlots> kTagTable = [] {
  std::array<uint8_t, kTagSlots> slots{};
  for (size_t i = 0; i < kTagNames.size(); ++i) {
    size_t slot = TagSlot(kTagKeys[i]);
    while (slots[slot] != 0) slot = (slot + 1) % kTagSlots;
    slots[slot] = static_cast<uint8_t>(i + 1);
  }
  return slots;
}();

constexpr size_t kKeptChunks = 8;

// Chunks a finished document gave back, for the thread's next one.
thread_local std::vector<std::unique_ptr<std::byte[]>> spare_chunks;

}  // namespace

Tag TagOfName(std::string_view lower_name) {
  if (lower_name.empty() || lower_name.size() > kLongestTagName) return Tag::kUnknown;
  const TagKey key = KeyOfName(lower_name);
  for (size_t slot = TagSlot(key); kTagTable[slot] != 0; slot = (slot + 1) % kTagSlots) {
    const size_t index = kTagTable[slot] - 1;
    if (kTagKeys[index] == key) return kTagNames[index].tag;
  }
  return Tag::kUnknown;
}

HtmlArena::~HtmlArena() {
  for (auto& chunk : chunks_) {
    if (spare_chunks.size() >= kKeptChunks) break;
    spare_chunks.push_back(std::move(chunk));
  }
}

void* HtmlArena::AllocateSlow(size_t bytes) {
  if (bytes > kChunkBytes / 4) {
    large_.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes));
    return large_.back().get();
  }
  if (!spare_chunks.empty()) {
    chunks_.push_back(std::move(spare_chunks.back()));
    spare_chunks.pop_back();
  } else {
    chunks_.push_back(std::make_unique_for_overwrite<std::byte[]>(kChunkBytes));
  }
  next_ = chunks_.back().get();
  end_ = next_ + kChunkBytes;
  void* block = next_;
  next_ += bytes;
  return block;
}

std::string_view HtmlArena::Copy(std::string_view s) {
  if (s.empty()) return {};
  auto* bytes = static_cast<char*>(Allocate(s.size()));
  std::copy(s.begin(), s.end(), bytes);
  return {bytes, s.size()};
}

namespace {

// What a byte of a class or id becomes in HtmlNode::class_and_id: white space a ' ', upper case
// lower; one look-up a byte, since class lists are long and every element's is copied.
constexpr std::array<char, 256> kClassBytes = [] {
  std::array<char, 256> bytes{};
  for (int b = 0; b < 256; ++b) {
    const bool space = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    bytes[b] = static_cast<char>(space ? ' ' : b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
  }
  return bytes;
}();

// Copies |value| to |out| as kClassBytes maps it and returns the end of the copy; sixteen bytes a
// step where SSE2 is there (class lists of utility-class sites run to hundreds of bytes).
char* CopyClassBytes(std::string_view value, char* out) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i before_a = _mm_set1_epi8('A' - 1);
  const __m128i after_z = _mm_set1_epi8('Z' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i blank = _mm_set1_epi8(' ');
  for (; i + 16 <= value.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.data() + i));
    // Signed compares: bytes from 0x80 up are negative, so never upper case.
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    __m128i space = _mm_cmpeq_epi8(v, blank);
    for (const char c : {'\t', '\n', '\r', '\f'}) {
      space = _mm_or_si128(space, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
    }
    v = _mm_or_si128(v, _mm_and_si128(upper, case_bit));
    v = _mm_or_si128(_mm_andnot_si128(space, v), _mm_and_si128(space, blank));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), v);
  }
#endif
  for (; i < value.size(); ++i) out[i] = kClassBytes[static_cast<unsigned char>(value[i])];
  return out + value.size();
}

}  // namespace

void IndexAttributes(HtmlNode* node, HtmlArena* arena) {
  // One pass over the attributes finds the bits and the class and id (the first of each name)
  // together: every element with attributes comes here.
  uint8_t names = 0;
  bool have_class = false, have_id = false;
  std::string_view class_value, id;
  for (uint32_t i = 0; i < node->attribute_count; ++i) {
    const HtmlAttribute& attribute = node->attributes[i];
    names |= AttributeNameBit(attribute.name);
    if (!have_class && SameBytes(attribute.name, "class")) {
      have_class = true;
      class_value = attribute.value;
    } else if (!have_id && SameBytes(attribute.name, "id")) {
      have_id = true;
      id = attribute.value;
    }
  }
  node->attribute_names = names;
  if (class_value.empty() && id.empty()) {
    node->class_and_id = {};
    return;
  }
  const size_t size = class_value.size() + id.size() + 2;
  auto* words = static_cast<char*>(arena->Allocate(size));
  char* at = words;
  for (const std::string_view value : {class_value, id}) {
    at = CopyClassBytes(value, at);
    *at++ = ' ';
  }
  node->class_and_id = {words, size};
}

std::string_view Attr(const HtmlNode* node, std::string_view name) {
  if ((node->attribute_names & AttributeNameBit(name)) == 0) return {};
  for (uint32_t i = 0; i < node->attribute_count; ++i) {
    if (SameBytes(node->attributes[i].name, name)) return node->attributes[i].value;
  }
  return {};
}

bool HasAttr(const HtmlNode* node, std::string_view name) {
  if ((node->attribute_names & AttributeNameBit(name)) == 0) return false;
  for (uint32_t i = 0; i < node->attribute_count; ++i) {
    if (SameBytes(node->attributes[i].name, name)) return true;
  }
  return false;
}

std::string ChildText(const HtmlNode* node) {
  std::string text;
  for (const HtmlNode* child = node->first_child; child != nullptr; child = child->next_sibling) {
    if (IsText(child)) text += child->text;
  }
  return CollapseWhitespace(text);
}

}  // namespace sitrep
